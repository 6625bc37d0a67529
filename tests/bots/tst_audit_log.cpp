// AuditLog: masking of emails and phone numbers, newest-first listing, per-bot filter and paging,
// the worker-thread listing, and the JSON an auditor reads (query, old → new, reason, outcome).
#include "bots/audit_log.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hilal::bots;

class TestAuditLog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void masking_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        QTest::newRow("email") << "Email"
                               << "n.okafor@brightwave.example"
                               << "n***@brightwave.example";
        QTest::newRow("email lower key") << "email"
                                         << "a@b.co"
                                         << "a***@b.co";
        QTest::newRow("phone") << "Phone"
                               << "+44 20 7946 0018"
                               << "+** ** **** **18";
        QTest::newRow("mobile") << "MobilePhone"
                                << "0171234567"
                                << "********67";
        QTest::newRow("email inside soql") << "query"
                                           << "SELECT Id FROM Lead WHERE Email = 'jo@x.example'"
                                           << "SELECT Id FROM Lead WHERE Email = 'j***@x.example'";
        QTest::newRow("plain text untouched") << "LastName"
                                              << "Okafor"
                                              << "Okafor";
    }
    void masking()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, masked);
        const QJsonObject out = AuditLog::maskParameters(QJsonObject {{key, value}, {QStringLiteral("Amount"), 5}});
        QCOMPARE(out.value(key).toString(), masked);
        QCOMPARE(out.value(QStringLiteral("Amount")).toInt(), 5);
    }

    void appendListFilterPage()
    {
        AuditLog log(m_dir.filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(log.isOpen());
        QSignalSpy appended(&log, &AuditLog::appended);
        for (int i = 0; i < 10; ++i) {
            AuditEntry e;
            e.botId = i % 2 ? QStringLiteral("bot_bbbbbbbb") : QStringLiteral("bot_aaaaaaaa");
            e.action = QStringLiteral("create-lead");
            e.parameters = QJsonObject {{QStringLiteral("Email"), QStringLiteral("someone@example.com")},
                                        {QStringLiteral("n"), i}};
            e.status = 201;
            e.salesforceId = QStringLiteral("00Q5g00000aBcDeEAK");
            e.durationMs = 12;
            e.confirmedBy = QStringLiteral("cli");
            QVERIFY(log.append(e) > 0);
        }
        QCOMPARE(appended.count(), 10);
        const QList<AuditEntry> all = log.entries({QString(), 0, 0});
        QCOMPARE(all.size(), 10);
        QCOMPARE(all.first().parameters.value(QStringLiteral("n")).toInt(), 9); // newest first
        QCOMPARE(all.first().parameters.value(QStringLiteral("Email")).toString(), QStringLiteral("s***@example.com"));
        QCOMPARE(all.first().status, 201);
        QCOMPARE(all.first().durationMs, 12);
        QVERIFY(all.first().at.isValid());

        const QList<AuditEntry> a = log.entries({QStringLiteral("bot_aaaaaaaa"), 3, 0});
        QCOMPARE(a.size(), 3);
        const QList<AuditEntry> next = log.entries({QStringLiteral("bot_aaaaaaaa"), 3, a.last().id});
        QCOMPARE(next.size(), 2);
        QVERIFY(next.first().id < a.last().id);
    }

    void jsonCarriesWhatAnAuditorNeeds()
    {
        AuditLog log(m_dir.filePath(QStringLiteral("audit-json.sqlite")));
        QVERIFY(log.isOpen());
        AuditEntry update;
        update.botId = QStringLiteral("bot_aaaaaaaa");
        update.action = QStringLiteral("update-opportunity");
        update.status = 204;
        update.parameters
            = QJsonObject {{QStringLiteral("Id"), QStringLiteral("0065g00000Q1rStAAJ")},
                           {QStringLiteral("changes"),
                            QJsonObject {{QStringLiteral("StageName"),
                                          QJsonObject {{QStringLiteral("from"), QStringLiteral("Prospecting")},
                                                       {QStringLiteral("to"), QStringLiteral("Closed Won")}}}}}};
        QVERIFY(log.append(update) > 0);
        AuditEntry soql;
        soql.botId = update.botId;
        soql.action = QStringLiteral("run-soql");
        soql.status = 409;
        soql.parameters = QJsonObject {
            {QStringLiteral("query"), QStringLiteral("SELECT Id FROM Lead WHERE Email = 'ada@example.com'")}};
        QVERIFY(log.append(soql) > 0);
        AuditEntry grant;
        grant.botId = update.botId;
        grant.kind = AuditEntry::Kind::Permission;
        grant.action = QStringLiteral("override");
        grant.parameters = QJsonObject {{QStringLiteral("reason"), QStringLiteral("partner portal")}};
        QVERIFY(log.append(grant) > 0);

        const QList<AuditEntry> all = log.entries({QString(), 0, 0});
        QCOMPARE(all.size(), 3);
        const QJsonObject grantJson = all.at(0).toJson();
        QCOMPARE(grantJson.value(QStringLiteral("reason")).toString(), QStringLiteral("partner portal"));
        QVERIFY(!grantJson.contains(QStringLiteral("outcome")));
        const QJsonObject soqlJson = all.at(1).toJson();
        QCOMPARE(soqlJson.value(QStringLiteral("outcome")).toString(), QStringLiteral("awaiting-confirmation"));
        // The query text is kept, with the email in it masked like any other.
        QCOMPARE(soqlJson.value(QStringLiteral("query")).toString(),
                 QStringLiteral("SELECT Id FROM Lead WHERE Email = 'a***@example.com'"));
        const QJsonObject updateJson = all.at(2).toJson();
        QCOMPARE(updateJson.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(updateJson.value(QStringLiteral("changes"))
                     .toObject()
                     .value(QStringLiteral("StageName"))
                     .toObject()
                     .value(QStringLiteral("from"))
                     .toString(),
                 QStringLiteral("Prospecting"));
        QCOMPARE(AuditEntry::outcomeName(403), QStringLiteral("refused"));
        QCOMPARE(AuditEntry::outcomeName(502), QStringLiteral("failed"));
    }

    void asyncListingOnAWorkerThread()
    {
        AuditLog log(m_dir.filePath(QStringLiteral("async.sqlite")));
        for (int i = 0; i < 50; ++i) {
            AuditEntry e;
            e.botId = QStringLiteral("bot_cccccccc");
            e.action = QStringLiteral("run-soql");
            QVERIFY(log.append(e));
        }
        QFutureWatcher<QList<AuditEntry>> watcher;
        QSignalSpy done(&watcher, &QFutureWatcher<QList<AuditEntry>>::finished);
        watcher.setFuture(log.entriesAsync({QStringLiteral("bot_cccccccc"), 20, 0}));
        QVERIFY(done.wait(5000));
        QCOMPARE(watcher.result().size(), 20);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
