// A bot's Lead field mapping in BotRepository on a real SQLite file: set, replace, unset, the
// audit entry of each change, refused names and values (nothing changes), removal with the bot,
// and the migration of a version-3 file.
#include "bots/bot_repository.h"
#include "bots/database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hilal::bots;

class TestLeadFieldMapping : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static LeadFieldSource from(const QString &field, const QString &param)
    {
        return {field, LeadFieldSource::Kind::Parameter, param};
    }
    static LeadFieldSource fixed(const QString &field, const QString &value)
    {
        return {field, LeadFieldSource::Kind::Fixed, value};
    }

private Q_SLOTS:
    void setReplaceUnsetAudited()
    {
        BotRepository repo(file("map.sqlite"));
        QVERIFY2(repo.isOpen(), qPrintable(repo.errorString()));
        const auto bot = repo.add(QStringLiteral("Concierge"), Audience::Public, OrgKind::Production);
        QVERIFY(bot);
        QSignalSpy changed(&repo, &BotRepository::leadFieldMappingChanged);
        QVERIFY(repo.leadFieldMapping(bot->id).isEmpty());

        QVERIFY2(repo.setLeadFieldSource(bot->id, fixed(QStringLiteral("Region__c"), QStringLiteral("EMEA")),
                                         QStringLiteral("cli")),
                 qPrintable(repo.errorString()));
        QVERIFY(repo.setLeadFieldSource(bot->id, fixed(QStringLiteral("LeadSource"), QStringLiteral("Chat")),
                                        QStringLiteral("cli")));
        LeadFieldMapping m = repo.leadFieldMapping(bot->id);
        QCOMPARE(m.sources().size(), 2);
        QCOMPARE(m.sources().first().field, QStringLiteral("LeadSource")); // sorted by field
        QCOMPARE(m.source(QStringLiteral("region__c"))->value, QStringLiteral("EMEA"));

        // Replacing by another spelling of the same field keeps one row.
        QVERIFY(repo.setLeadFieldSource(bot->id, from(QStringLiteral("REGION__C"), QStringLiteral("region")),
                                        QStringLiteral("gui")));
        m = repo.leadFieldMapping(bot->id);
        QCOMPARE(m.sources().size(), 2);
        QVERIFY(m.source(QStringLiteral("Region__c"))->isParameter());
        QCOMPARE(m.parameters(), QStringList {QStringLiteral("region")});
        QCOMPARE(m.toJson().value(QStringLiteral("REGION__C")).toObject().value(QStringLiteral("from")).toString(),
                 QStringLiteral("region"));

        // Same source again: no change, no audit entry.
        const int before = changed.count();
        QVERIFY(repo.setLeadFieldSource(bot->id, from(QStringLiteral("REGION__C"), QStringLiteral("region"))));
        QCOMPARE(changed.count(), before);

        QVERIFY(repo.unsetLeadField(bot->id, QStringLiteral("leadsource"), QStringLiteral("cli")));
        QCOMPARE(repo.leadFieldMapping(bot->id).sources().size(), 1);
        QVERIFY(!repo.unsetLeadField(bot->id, QStringLiteral("LeadSource")));
        QVERIFY(repo.errorString().contains(QStringLiteral("has no Lead field LeadSource")));
        QCOMPARE(changed.count(), 4);

        QStringList details;
        for (const AuditEntry &e : repo.audit().entries(AuditQuery {bot->id, 0, 0})) {
            if (e.action == QLatin1String("lead-field-mapping"))
                details << e.detail;
        }
        QCOMPARE(details.size(), 4);
        QVERIFY2(
            details.join(QLatin1Char('|'))
                .contains(QStringLiteral("Lead field REGION__C: from the chat's \"region\" (was default \"EMEA\")")),
            qPrintable(details.join(QLatin1Char('|'))));
        QVERIFY(details.join(QLatin1Char('|'))
                    .contains(QStringLiteral("Lead field LeadSource: unmapped (was default \"Chat\")")));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("parameter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("field with space") << QStringLiteral("Region c") << true << QStringLiteral("region")
                                          << QStringLiteral("not a Salesforce field name");
        QTest::newRow("double underscore") << QStringLiteral("A__b__c") << true << QStringLiteral("region")
                                           << QStringLiteral("not a Salesforce field name");
        QTest::newRow("param with space") << QStringLiteral("Region__c") << true << QStringLiteral("the region")
                                          << QStringLiteral("not a chat parameter name");
        QTest::newRow("empty default") << QStringLiteral("Region__c") << false << QString()
                                       << QStringLiteral("1 to 32000 characters");
        QTest::newRow("control char") << QStringLiteral("Region__c") << false
                                      << QStringLiteral("EM\x01"
                                                        "EA")
                                      << QStringLiteral("without control characters");
        QTest::newRow("param taken") << QStringLiteral("City") << true << QStringLiteral("taken")
                                     << QStringLiteral("already feeds Company");
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, field);
        QFETCH(bool, parameter);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        BotRepository repo(file("bad.sqlite"));
        const auto bot = repo.add(QStringLiteral("Bad"), Audience::Public, OrgKind::Production);
        QVERIFY(repo.setLeadFieldSource(bot->id, from(QStringLiteral("Company"), QStringLiteral("taken"))));
        const LeadFieldMapping before = repo.leadFieldMapping(bot->id);
        const qsizetype audits = repo.audit().entries(AuditQuery {bot->id, 0, 0}).size();
        QVERIFY(!repo.setLeadFieldSource(
            bot->id, {field, parameter ? LeadFieldSource::Kind::Parameter : LeadFieldSource::Kind::Fixed, value}));
        QVERIFY2(repo.errorString().contains(expected), qPrintable(repo.errorString()));
        QCOMPARE(repo.leadFieldMapping(bot->id).toJson(), before.toJson());
        QCOMPARE(repo.audit().entries(AuditQuery {bot->id, 0, 0}).size(), audits);
        QVERIFY(!repo.setLeadFieldSource(QStringLiteral("bot_nope0000"),
                                         fixed(QStringLiteral("Region__c"), QStringLiteral("EMEA"))));
    }

    void removedWithTheBot()
    {
        BotRepository repo(file("remove.sqlite"));
        const auto bot = repo.add(QStringLiteral("Gone"), Audience::Public, OrgKind::Production);
        QVERIFY(repo.setLeadFieldSource(bot->id, fixed(QStringLiteral("Region__c"), QStringLiteral("EMEA"))));
        QVERIFY(repo.remove(bot->id));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        {
            db.setDatabaseName(file("remove.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM bot_lead_fields")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void migratesFromVersionThree()
    {
        const QString path = file("v3.sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Database::migrate(db, &error, 3), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO bots VALUES ('bot_bbbbbbbb', 'Three', 'public', 'production', NULL, "
                                      "'2025-01-01T00:00:00.000Z')")));
            QVERIFY(!q.exec(QStringLiteral("SELECT 1 FROM bot_lead_fields")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        BotRepository repo(path);
        QVERIFY2(repo.isOpen(), qPrintable(repo.errorString()));
        QVERIFY(repo.setLeadFieldSource(QStringLiteral("bot_bbbbbbbb"),
                                        fixed(QStringLiteral("Region__c"), QStringLiteral("APAC"))));
        QCOMPARE(repo.leadFieldMapping(QStringLiteral("bot_bbbbbbbb")).source(QStringLiteral("Region__c"))->value,
                 QStringLiteral("APAC"));
    }
};

QTEST_GUILESS_MAIN(TestLeadFieldMapping)
#include "tst_lead_field_mapping.moc"
