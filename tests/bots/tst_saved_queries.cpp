// SavedQueries on a real SQLite file: save, overwrite, rename and delete per bot; bad names and
// empty queries are refused with a sentence and change nothing; a bot's queries go with it; a
// version 7 file migrates to 8 with its data kept.
#include "bots/bot_repository.h"
#include "bots/database.h"
#include "bots/saved_queries.h"
#include "core/app_paths.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hilal;
using namespace hilal::bots;

class TestSavedQueries : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static QStringList names(const SavedQueries &saved, const QString &botId)
    {
        QStringList out;
        for (const SavedQuery &q : saved.list(botId))
            out.append(q.name);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppPaths::setDataDirOverride(m_dir.path());
    }

    void saveRenameRemovePerBot()
    {
        BotRepository repo(file("saved.sqlite"));
        QVERIFY(repo.isOpen());
        const QString a = repo.add(QStringLiteral("A"), Audience::Internal, OrgKind::Production, {})->id;
        const QString b = repo.add(QStringLiteral("B"), Audience::Internal, OrgKind::Production, {})->id;
        SavedQueries saved(file("saved.sqlite"));
        QVERIFY2(saved.isOpen(), qPrintable(saved.errorString()));

        QString error;
        QVERIFY(saved.save(a, QStringLiteral("open deals"), QStringLiteral("SELECT Id FROM Opportunity"), &error));
        QVERIFY(saved.save(a, QStringLiteral("Big accounts"), QStringLiteral("SELECT Id FROM Account"), &error));
        QVERIFY(saved.save(b, QStringLiteral("open deals"), QStringLiteral("SELECT Name FROM Opportunity"), &error));
        QCOMPARE(names(saved, a), (QStringList {QStringLiteral("Big accounts"), QStringLiteral("open deals")}));
        QCOMPARE(saved.get(b, QStringLiteral("open deals"))->soql, QStringLiteral("SELECT Name FROM Opportunity"));

        // The same name (whatever its case) replaces the query and keeps the first spelling.
        QVERIFY(
            saved.save(a, QStringLiteral("OPEN DEALS"), QStringLiteral("SELECT Id FROM Opportunity LIMIT 5"), &error));
        QCOMPARE(saved.list(a).size(), 2);
        QCOMPARE(saved.get(a, QStringLiteral("open deals"))->soql,
                 QStringLiteral("SELECT Id FROM Opportunity LIMIT 5"));
        QCOMPARE(saved.get(a, QStringLiteral("Open Deals"))->name, QStringLiteral("open deals"));

        // Rename: refused onto another query's name, allowed to change its own case.
        QVERIFY(!saved.rename(a, QStringLiteral("open deals"), QStringLiteral("big ACCOUNTS"), &error));
        QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
        QVERIFY(saved.rename(a, QStringLiteral("open deals"), QStringLiteral("Open deals"), &error));
        QVERIFY(saved.rename(a, QStringLiteral("Open deals"), QStringLiteral("Pipeline"), &error));
        QCOMPARE(names(saved, a), (QStringList {QStringLiteral("Big accounts"), QStringLiteral("Pipeline")}));
        QVERIFY(!saved.rename(a, QStringLiteral("nothing"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QLatin1String("no saved query")), qPrintable(error));

        // Bad input: a sentence, nothing changed.
        for (const QString &bad :
             {QString(), QStringLiteral("   "), QString(81, QLatin1Char('x')), QStringLiteral("a\nb")}) {
            error.clear();
            QVERIFY(!saved.save(a, bad, QStringLiteral("SELECT Id FROM Lead"), &error));
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(!saved.save(a, QStringLiteral("empty"), QStringLiteral("  "), &error));
        QVERIFY2(error.contains(QLatin1String("no query")), qPrintable(error));
        QCOMPARE(saved.list(a).size(), 2);

        QVERIFY(saved.remove(a, QStringLiteral("pipeline"), &error));
        QVERIFY(!saved.remove(a, QStringLiteral("pipeline"), &error));
        QCOMPARE(names(saved, a), QStringList {QStringLiteral("Big accounts")});
        QCOMPARE(saved.list(b).size(), 1);

        // A removed bot takes its saved queries with it.
        QVERIFY(repo.remove(a));
        QVERIFY(saved.list(a).isEmpty());
        QCOMPARE(saved.list(b).size(), 1);
    }

    void versionSevenFileMigrates()
    {
        const QString path = file("v7.sqlite");
        {
            const QString name = Database::uniqueConnectionName("v7");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QString error;
                QVERIFY2(Database::migrate(db, &error, 7), qPrintable(error));
                QSqlQuery q(db);
                QVERIFY(
                    q.exec(QStringLiteral("INSERT INTO bots (id, name, audience, org_kind, created) "
                                          "VALUES ('b1', 'Old', 'internal', 'production', '2026-01-01T00:00:00Z')")));
                QCOMPARE(Database::version(db), 7);
            }
            QSqlDatabase::removeDatabase(name);
        }
        SavedQueries saved(path);
        QVERIFY2(saved.isOpen(), qPrintable(saved.errorString()));
        QVERIFY(saved.save(QStringLiteral("b1"), QStringLiteral("kept"), QStringLiteral("SELECT Id FROM Lead")));
        BotRepository repo(path);
        QVERIFY(repo.get(QStringLiteral("b1")).has_value());
        QCOMPARE(Database::SchemaVersion, 8);
    }
};

QTEST_GUILESS_MAIN(TestSavedQueries)
#include "tst_saved_queries.moc"
