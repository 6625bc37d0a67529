// ConfirmationStore: tokens are single-use even across two stores on one file (two processes),
// bound to bot + action + exact parameters, expire, and are stored only as hashes.
#include "actions/confirmation_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hilal::actions;
using Outcome = ConfirmationStore::Outcome;

class TestConfirmationStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("tokens.sqlite")); }
    const QJsonObject params {{QStringLiteral("Id"), QStringLiteral("0065g00000Q1rStAAJ")},
                              {QStringLiteral("Amount"), 5}};
    const QString bot = QStringLiteral("bot_aaaaaaaa");
    const QString action = QStringLiteral("update-opportunity");

private Q_SLOTS:
    void singleUseAcrossStores()
    {
        ConfirmationStore a(file());
        ConfirmationStore b(file());
        QVERIFY(a.isOpen() && b.isOpen());
        const QJsonObject binding {
            {QStringLiteral("lastModifiedDate"), QStringLiteral("2024-11-19T08:41:07.000+0000")}};
        const QString token = a.issue(bot, action, params, binding, 600);
        QVERIFY(token.startsWith(QStringLiteral("cfm_")));
        QJsonObject got;
        QCOMPARE(b.consume(token, bot, action, params, QStringLiteral("alice"), &got), Outcome::Accepted);
        QCOMPARE(got, binding);
        QCOMPARE(a.consume(token, bot, action, params, QStringLiteral("bob"), &got), Outcome::AlreadyUsed);
        QCOMPARE(b.consume(token, bot, action, params, QStringLiteral("alice"), &got), Outcome::AlreadyUsed);
    }

    void boundToTheRequest()
    {
        ConfirmationStore s(file());
        const QString token = s.issue(bot, action, params, {}, 600);
        QJsonObject other = params;
        other.insert(QStringLiteral("Amount"), 6);
        QCOMPARE(s.consume(token, bot, action, other, {}, nullptr), Outcome::OtherRequest);
        QCOMPARE(s.consume(token, QStringLiteral("bot_bbbbbbbb"), action, params, {}, nullptr), Outcome::OtherRequest);
        QCOMPARE(s.consume(token, bot, QStringLiteral("create-lead"), params, {}, nullptr), Outcome::OtherRequest);
        QCOMPARE(s.consume(QStringLiteral("cfm_unknown"), bot, action, params, {}, nullptr), Outcome::Unknown);
        // Refusals did not use it up.
        QCOMPARE(s.consume(token, bot, action, params, {}, nullptr), Outcome::Accepted);
    }

    void expires()
    {
        ConfirmationStore s(file());
        const QString token = s.issue(bot, action, params, {}, 0);
        QCOMPARE(s.consume(token, bot, action, params, {}, nullptr), Outcome::Expired);
        QVERIFY(!ConfirmationStore::describe(Outcome::Expired).isEmpty());
    }

    void onlyHashesAreStored()
    {
        QString token;
        {
            ConfirmationStore s(file());
            token = s.issue(bot, action, params, {}, 600);
        }
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(file() + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(token.toLatin1()));
    }

    void canonicalParameters()
    {
        // Key order does not matter; values do.
        const QJsonObject reordered {{QStringLiteral("Amount"), 5},
                                     {QStringLiteral("Id"), QStringLiteral("0065g00000Q1rStAAJ")}};
        QCOMPARE(ConfirmationStore::requestHash(bot, action, params),
                 ConfirmationStore::requestHash(bot, action, reordered));
        QJsonObject typed = params;
        typed.insert(QStringLiteral("Amount"), QStringLiteral("5"));
        QVERIFY(ConfirmationStore::requestHash(bot, action, params)
                != ConfirmationStore::requestHash(bot, action, typed));
    }
};

QTEST_GUILESS_MAIN(TestConfirmationStore)
#include "tst_confirmation_store.moc"
