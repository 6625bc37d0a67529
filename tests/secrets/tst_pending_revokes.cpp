// PendingRevokes against a real Secret Service (the private session of
// scripts/with-test-session.sh): changes to the one keychain entry never lose each other, whether
// they come from one object or from two (two processes, each with its own lock file handle).
#include "core/app_paths.h"
#include "secrets/pending_revokes.h"
#include "secrets/token_store.h"

#include <QDir>
#include <QLockFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hilal::AppPaths;
using hilal::salesforce::Connection;
using hilal::secrets::PendingRevokes;
using hilal::secrets::TokenStore;

namespace {

Connection connectionOf(const QString &botId)
{
    Connection c;
    c.botId = botId;
    c.accessToken = QStringLiteral("00D5g000004FxQp!AQ4AQ") + botId;
    c.refreshToken = QStringLiteral("5Aep861Refresh") + botId;
    c.instanceUrl = QUrl(QStringLiteral("https://acme-demo.my.salesforce.com"));
    return c;
}

// What the entry holds, read through a third object as a new process would.
QSet<QString> storedBotIds(TokenStore *store)
{
    PendingRevokes reader(store);
    QSet<QString> ids;
    bool done = false;
    reader.load(nullptr, [&](const QList<Connection> &pending, const QString &) {
        for (const Connection &c : pending)
            ids.insert(c.botId);
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return {QStringLiteral("(the entry could not be read)")};
    return ids;
}

} // namespace

class TestPendingRevokes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<TokenStore> m_store;

private Q_SLOTS:
    void init()
    {
        AppPaths::setDataDirOverride(m_home.path());
        // A fresh service per test: entries never leak from one test into the next.
        m_store = std::make_unique<TokenStore>(QStringLiteral("hilal-sf-admin-test-pending-")
                                               + QUuid::createUuid().toString(QUuid::Id128));
    }

    // Two processes disconnecting while the org is down, at the same moment: both revokes stay.
    void twoWritersAtOnceKeepBothEntries()
    {
        PendingRevokes gui(m_store.get());
        PendingRevokes cli(m_store.get());
        int finished = 0;
        QStringList errors;
        const auto done = [&](const QString &error) {
            ++finished;
            if (!error.isEmpty())
                errors << error;
        };
        gui.add(connectionOf(QStringLiteral("bot_gui")), nullptr, done);
        cli.add(connectionOf(QStringLiteral("bot_cli")), nullptr, done);
        QVERIFY(QTest::qWaitFor([&] { return finished == 2; }, 20000));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(storedBotIds(m_store.get()), (QSet<QString> {QStringLiteral("bot_gui"), QStringLiteral("bot_cli")}));
    }

    // One object asked for three changes without waiting: they run in the order asked.
    void changesFromOneObjectRunInOrder()
    {
        PendingRevokes revokes(m_store.get());
        QStringList order;
        revokes.add(connectionOf(QStringLiteral("bot_a")), nullptr,
                    [&](const QString &) { order << QStringLiteral("add a"); });
        revokes.add(connectionOf(QStringLiteral("bot_b")), nullptr,
                    [&](const QString &) { order << QStringLiteral("add b"); });
        revokes.remove({connectionOf(QStringLiteral("bot_a"))}, nullptr,
                       [&](const QString &) { order << QStringLiteral("remove a"); });
        QVERIFY(QTest::qWaitFor([&] { return order.size() == 3; }, 20000));
        QCOMPARE(order, (QStringList {QStringLiteral("add a"), QStringLiteral("add b"), QStringLiteral("remove a")}));
        QCOMPARE(storedBotIds(m_store.get()), QSet<QString> {QStringLiteral("bot_b")});
        QCOMPARE(revokes.botIds(), QSet<QString> {QStringLiteral("bot_b")});
    }

    // While another process holds the lock, a change waits for it without blocking the event
    // loop, then goes through.
    void aChangeWaitsForAnotherProcesssLock()
    {
        QLockFile other(QDir(AppPaths::dataDir()).filePath(QStringLiteral("pending-revokes.lock")));
        QVERIFY(other.tryLock(0));
        PendingRevokes revokes(m_store.get());
        bool done = false;
        QString error;
        revokes.add(connectionOf(QStringLiteral("bot_waiting")), nullptr, [&](const QString &e) {
            done = true;
            error = e;
        });
        // Two keychain round trips while the lock is held (the event loop turns in each): the
        // second is sent after any write an unlocked add would have sent, and still finds nothing.
        QVERIFY(storedBotIds(m_store.get()).isEmpty());
        QVERIFY(storedBotIds(m_store.get()).isEmpty());
        QVERIFY(!done);
        other.unlock();
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(storedBotIds(m_store.get()), QSet<QString> {QStringLiteral("bot_waiting")});
    }

    // A caller that goes away mid-change is not called back, and the next change still runs.
    void aCallerGoneMidChangeDoesNotStallTheQueue()
    {
        PendingRevokes revokes(m_store.get());
        bool calledBack = false;
        {
            QObject caller;
            revokes.add(connectionOf(QStringLiteral("bot_left")), &caller, [&](const QString &) { calledBack = true; });
        }
        bool next = false;
        revokes.add(connectionOf(QStringLiteral("bot_next")), nullptr, [&](const QString &) { next = true; });
        QVERIFY(QTest::qWaitFor([&] { return next; }, 20000));
        QVERIFY(!calledBack);
        QCOMPARE(storedBotIds(m_store.get()), (QSet<QString> {QStringLiteral("bot_left"), QStringLiteral("bot_next")}));
    }
};

QTEST_GUILESS_MAIN(TestPendingRevokes)
#include "tst_pending_revokes.moc"
