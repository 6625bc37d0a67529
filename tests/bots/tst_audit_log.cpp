// AuditLog: masking of emails and phone numbers, newest-first listing, per-bot filter and paging,
// and the worker-thread listing.
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
        QTest::newRow("email") << "Email" << "n.okafor@brightwave.example" << "n***@brightwave.example";
        QTest::newRow("email lower key") << "email" << "a@b.co" << "a***@b.co";
        QTest::newRow("phone") << "Phone" << "+44 20 7946 0018" << "+** ** **** **18";
        QTest::newRow("mobile") << "MobilePhone" << "0171234567" << "********67";
        QTest::newRow("email inside soql")
            << "query" << "SELECT Id FROM Lead WHERE Email = 'jo@x.example'" << "SELECT Id FROM Lead WHERE Email = 'j***@x.example'";
        QTest::newRow("plain text untouched") << "LastName" << "Okafor" << "Okafor";
    }
    void masking()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, masked);
        const QJsonObject out = AuditLog::maskParameters(QJsonObject{{key, value}, {QStringLiteral("Amount"), 5}});
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
            e.parameters = QJsonObject{{QStringLiteral("Email"), QStringLiteral("someone@example.com")},
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
