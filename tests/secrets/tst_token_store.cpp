// TokenStore against a real Secret Service (gnome-keyring in the private D-Bus session that
// scripts/with-test-session.sh provides) and with no keychain reachable at all (a child process
// whose D-Bus address points nowhere).
#include "secrets/token_store.h"
#include "support/wait.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <cstdio>

using hilal::salesforce::Connection;
using hilal::salesforce::OrgKind;
using hilal::secrets::TokenJob;
using hilal::secrets::TokenStore;
using hilal::test::waitFor;

namespace {

Connection sampleConnection(const QString &botId)
{
    Connection c;
    c.botId = botId;
    c.accessToken = QStringLiteral("00D5g000004FxQp!AQ4AQDemoAccessTokenValue8fJ2kLmN0pQrStUvWxYz");
    c.refreshToken = QStringLiteral("5Aep861DemoRefreshTokenValueQx7Zr0Yw3Tn9Lm");
    c.instanceUrl = QUrl(QStringLiteral("https://acme-demo.my.salesforce.com"));
    c.identityUrl = QUrl(QStringLiteral("https://login.salesforce.com/id/00D5g000004FxQpEAK/0055g00000BnRwAAAV"));
    c.loginUrl = QUrl(QStringLiteral("https://test.salesforce.com"));
    c.clientId = QStringLiteral("PlatformCLI");
    c.orgKind = OrgKind::Sandbox;
    c.issuedAt = QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1732406400000), Qt::UTC);
    c.orgId = QStringLiteral("00D5g000004FxQpEAK");
    c.userId = QStringLiteral("0055g00000BnRwAAAV");
    c.username = QStringLiteral("dana.admin@acme-demo.example");
    c.isSandbox = true;
    c.apiVersion = QStringLiteral("60.0");
    return c;
}

// The child half of noKeychainMeansSessionOnly(): prints one JSON line with what it saw.
int runWithoutKeychain()
{
    TokenStore store;
    int unavailable = 0;
    QString message;
    QObject::connect(&store, &TokenStore::keychainUnavailable, [&](const QString &m) {
        ++unavailable;
        message = m;
    });
    QJsonObject out;
    const Connection c = sampleConnection(QStringLiteral("bot-no-keychain"));
    TokenJob *save = store.save(c);
    waitFor(save);
    out.insert(QStringLiteral("saveOk"), save->ok());
    TokenJob *load = store.load(c.botId);
    waitFor(load);
    out.insert(QStringLiteral("loadOk"), load->ok());
    out.insert(QStringLiteral("loadedRefresh"), load->connection().refreshToken == c.refreshToken);
    TokenJob *again = store.save(c);
    waitFor(again);
    out.insert(QStringLiteral("persistent"), store.isPersistent());
    out.insert(QStringLiteral("unavailableSignals"), unavailable);
    out.insert(QStringLiteral("message"), message);
    out.insert(QStringLiteral("storage"), store.storageDescription());
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripInTheRealKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with a Secret Service: run under scripts/with-test-session.sh");
        TokenStore store;
        QCOMPARE(store.service(), qEnvironmentVariable("HILAL_SF_KEYCHAIN_SERVICE", QStringLiteral("hilal-sf-admin")));
        const QString botId = QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Connection c = sampleConnection(botId);

        TokenJob *save = store.save(c);
        QVERIFY(waitFor(save));
        QVERIFY2(save->ok(), qPrintable(save->errorString()));
        QVERIFY2(store.isPersistent(), qPrintable(store.fallbackReason()));

        // A second store instance (as another process would) reads it back from the keychain.
        TokenStore other;
        TokenJob *load = other.load(botId);
        QVERIFY(waitFor(load));
        QVERIFY2(load->ok(), qPrintable(load->errorString()));
        const Connection back = load->connection();
        QCOMPARE(back.toJson(), c.toJson());
        QCOMPARE(back.issuedAt, c.issuedAt);
        QCOMPARE(back.orgKind, OrgKind::Sandbox);

        TokenJob *remove = store.remove(botId);
        QVERIFY(waitFor(remove));
        QVERIFY(remove->ok());
        TokenJob *gone = store.load(botId);
        QVERIFY(waitFor(gone));
        QVERIFY(gone->notFound());
        TokenJob *removeAgain = store.remove(botId);
        QVERIFY(waitFor(removeAgain));
        // libsecret reports deleting a missing item as success; other backends as not found.
        QVERIFY(removeAgain->ok() || removeAgain->notFound());
    }

    // A store destroyed while its keychain jobs run (the app closing, a test's AppContext ending):
    // the keychain answers them later, into nothing, and the next store works as before.
    void storeDestroyedWhileJobsRun()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with a Secret Service: run under scripts/with-test-session.sh");
        const QString botId = QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto *store = new TokenStore;
        QSignalSpy finished(store->save(sampleConnection(botId)), &TokenJob::finished);
        store->load(botId);
        store->remove(botId);
        // The keychain jobs start on the next turn of the event loop (queued, in order); the store
        // goes away on the turn after they sent their requests, before any answer is back.
        QEventLoop loop;
        int pendingAtDestruction = 0;
        QMetaObject::invokeMethod(
            &loop,
            [&] {
                pendingAtDestruction = store->pendingJobs();
                delete store;
                loop.quit();
            },
            Qt::QueuedConnection);
        loop.exec();
        QCOMPARE(pendingAtDestruction, 3);
        QVERIFY(finished.isEmpty()); // the answers had not arrived
        // The Secret Service answers in order: once a later store's jobs are done, the three
        // answers above have arrived too.
        TokenStore later;
        for (int i = 0; i < 3; ++i) {
            TokenJob *load = later.load(botId);
            QVERIFY(waitFor(load));
            QVERIFY2(load->ok() || load->notFound(), qPrintable(load->errorString()));
        }
        TokenJob *remove = later.remove(botId);
        QVERIFY(waitFor(remove));
        QVERIFY(remove->ok() || remove->notFound());
        QVERIFY2(later.isPersistent(), qPrintable(later.fallbackReason()));
    }

    // The Connected App's consumer secret lives in the keychain beside the connections.
    void clientSecretRoundTrip()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with a Secret Service: run under scripts/with-test-session.sh");
        const QString service = QStringLiteral("hilal-sf-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        TokenStore store(service);
        TokenJob *none = store.loadSecret(TokenStore::kClientSecretKey);
        QVERIFY(waitFor(none));
        QVERIFY(none->notFound());
        TokenJob *save = store.saveSecret(TokenStore::kClientSecretKey, QStringLiteral("s3cret ü"));
        QVERIFY(waitFor(save));
        QVERIFY2(save->ok(), qPrintable(save->errorString()));
        TokenStore other(service);
        TokenJob *load = other.loadSecret(TokenStore::kClientSecretKey);
        QVERIFY(waitFor(load));
        QVERIFY2(load->ok(), qPrintable(load->errorString()));
        QCOMPARE(load->secret(), QStringLiteral("s3cret ü"));
        TokenJob *clear = store.saveSecret(TokenStore::kClientSecretKey, QString());
        QVERIFY(waitFor(clear));
        TokenJob *gone = other.loadSecret(TokenStore::kClientSecretKey);
        QVERIFY(waitFor(gone));
        QVERIFY(gone->notFound());
    }

    void connectionStoreInterface()
    {
        TokenStore store;
        store.forceSessionOnly(QStringLiteral("test"));
        QVERIFY(!store.isPersistent());
        hilal::salesforce::ConnectionStore *cs = &store;
        bool saved = false;
        cs->saveConnection(sampleConnection(QStringLiteral("b")), this, [&](const auto &e) { saved = !e.isError(); });
        QTRY_VERIFY(saved);
        bool found = false;
        QString username;
        cs->loadConnection(QStringLiteral("b"), this, [&](bool f, const Connection &c, const auto &) {
            found = f;
            username = c.username;
        });
        QTRY_VERIFY(found);
        QCOMPARE(username, QStringLiteral("dana.admin@acme-demo.example"));
        bool missingAnswered = false;
        cs->loadConnection(QStringLiteral("nobody"), this,
                           [&](bool f, const Connection &, const auto &e) { missingAnswered = !f && !e.isError(); });
        QTRY_VERIFY(missingAnswered);
    }

    void noKeychainMeansSessionOnly()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HILAL_TOKEN_STORE_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/hilal-no-bus"));
        env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        const QByteArray out = child.readAllStandardOutput().trimmed();
        const QJsonObject result = QJsonDocument::fromJson(out.split('\n').last()).object();
        QVERIFY2(!result.isEmpty(), out.constData());
        QVERIFY(result.value(QLatin1String("saveOk")).toBool());
        QVERIFY(result.value(QLatin1String("loadOk")).toBool());
        QVERIFY(result.value(QLatin1String("loadedRefresh")).toBool());
        QCOMPARE(result.value(QLatin1String("persistent")).toBool(), false);
        QCOMPARE(result.value(QLatin1String("unavailableSignals")).toInt(), 1); // one clear error, once
        const QString message = result.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QLatin1String("No system keychain is reachable")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("this session only")), qPrintable(message));
        QVERIFY(result.value(QLatin1String("storage")).toString().contains(QLatin1String("memory only")));
        // The secret never shows up in the child's diagnostics.
        QVERIFY(!child.readAllStandardError().contains("5Aep861Demo"));
    }

    void everyKeychainErrorHasASentence()
    {
        // QtKeychain's own wording stays in the log: the sentence is the app's.
        const QString raw = QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
        for (int e = 1; e <= 7; ++e) {
            const QString s = TokenStore::describeKeychainError(e, raw);
            QVERIFY(s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char(')')));
            QVERIFY(s.size() > 20);
            QVERIFY2(!s.contains(QLatin1String("freedesktop")), qPrintable(s));
        }
        QVERIFY(TokenStore::describeKeychainError(0, {}).isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("HILAL_TOKEN_STORE_CHILD"))
        return runWithoutKeychain();
    TestTokenStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_token_store.moc"
