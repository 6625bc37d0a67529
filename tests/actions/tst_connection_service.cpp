// The connection service against the local org: a finished connect is stored once with the
// org's name from the flow; disconnect and remove revoke at the org; the permission checks; and
// the one failure policy — a revoke that cannot reach the org is kept as "revoke pending" in the
// keychain, the bot is disconnected at once (its chat actions answer 403), and a retry once the
// org is back revokes the token and drops the pending entry.

#include "support/org_fixture.h"

#include "actions/connection_service.h"
#include "secrets/pending_revokes.h"
#include "secrets/token_store.h"

#include <QUuid>

using namespace hilal;
using actions::ConnectionService;
using bots::Permission;
using bots::PermissionSet;
using Status = ConnectionService::Result::Status;

class TestConnectionService : public QObject
{
    Q_OBJECT

    test::OrgFixture fx;
    std::unique_ptr<secrets::TokenStore> tokens;
    std::unique_ptr<salesforce::SessionManager> sessions;
    std::unique_ptr<ConnectionService> service;
    std::unique_ptr<actions::Dispatcher> dispatcher;

    ConnectionService::Result call(const std::function<void(ConnectionService::Done)> &start)
    {
        ConnectionService::Result result;
        bool done = false;
        start([&](const ConnectionService::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qFatal("the connection service never answered");
        return result;
    }

    bool storedInKeychain(const QString &botId)
    {
        secrets::TokenJob *job = tokens->load(botId);
        bool done = false;
        bool found = false;
        connect(job, &secrets::TokenJob::finished, this, [&] {
            found = job->ok();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("the keychain never answered");
        return found;
    }

    QList<salesforce::Connection> pendingRevokes()
    {
        secrets::PendingRevokes pending(tokens.get());
        QList<salesforce::Connection> list;
        bool done = false;
        pending.load(nullptr, [&](const QList<salesforce::Connection> &l, const QString &) {
            list = l;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("the keychain never answered");
        return list;
    }

    // What the org says to a bearer of `token`: 200 while it lives, an error (Salesforce's
    // userinfo says 403 Bad_OAuth_Token) once revoked.
    int userInfoStatus(const QString &token)
    {
        QNetworkRequest request(QUrl(fx.org->url().toString() + QStringLiteral("/services/oauth2/userinfo")));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = fx.network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    // Both tokens: the access token answers userinfo, the refresh token gets a new session.
    bool isAlive(const salesforce::Connection &c)
    {
        const int info = userInfoStatus(c.accessToken);
        QNetworkRequest request(QUrl(fx.org->url().toString() + QStringLiteral("/services/oauth2/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply
            = fx.network.post(request,
                              "grant_type=refresh_token&client_id=" + QUrl::toPercentEncoding(c.clientId)
                                  + "&refresh_token=" + QUrl::toPercentEncoding(c.refreshToken));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
        const int refresh = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if ((info == 200) != (refresh == 200))
            qWarning("access token answers %d, refresh token %d", info, refresh);
        return info == 200 || refresh == 200;
    }

    // A bot holding a fresh login of its own (so revoking it leaves the other bots alone).
    QString connectedBot(const PermissionSet &permissions, salesforce::Connection *connection)
    {
        if (!fx.relogin())
            qFatal("login failed: %s", qPrintable(fx.error));
        const QString botId = fx.addBot(permissions, false);
        const ConnectionService::Result r
            = call([&](ConnectionService::Done done) { service->finishConnect(botId, fx.connection, this, done); });
        if (!r.ok())
            qFatal("connect failed: %s", qPrintable(r.message));
        *connection = fx.connection;
        connection->botId = botId;
        return botId;
    }

    static PermissionSet integration()
    {
        return PermissionSet {Permission::CreateOAuth, Permission::ReadIntegrations, Permission::DeleteIntegrations,
                              Permission::ReadAccount};
    }

private slots:
    void initTestCase()
    {
        fx.options.port = test::freePort();
        QVERIFY2(fx.start(50), qPrintable(fx.error));
        tokens = std::make_unique<secrets::TokenStore>(QStringLiteral("hilal-sf-test-")
                                                       + QUuid::createUuid().toString(QUuid::WithoutBraces));
        sessions = std::make_unique<salesforce::SessionManager>(tokens.get(), &fx.network);
        service
            = std::make_unique<ConnectionService>(fx.repo.get(), tokens.get(), sessions.get(), QStringLiteral("test"));
        service->setRevokeTimeout(5000);
        dispatcher = std::make_unique<actions::Dispatcher>(fx.repo.get(), sessions.get());
    }

    void finishConnectStoresOnceWithTheOrgName()
    {
        QCOMPARE(fx.connection.orgName, QString(emulator::demo::kOrgName)); // from the flow itself
        salesforce::Connection c;
        const QString botId = connectedBot(integration(), &c);
        QVERIFY(storedInKeychain(botId));
        const auto info = fx.repo->connectionInfo(botId);
        QVERIFY(info);
        QCOMPARE(info->orgName, QString(emulator::demo::kOrgName));
        QCOMPARE(info->orgId, fx.org->organizationId());
        QCOMPARE(info->username, c.username);
        // The flow's answer is everything: no Organization query after the login.
        fx.org->resetRequests();
        const QString other = fx.addBot(integration(), false);
        const auto r
            = call([&](ConnectionService::Done done) { service->finishConnect(other, fx.connection, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(fx.org->requests().isEmpty());
    }

    void connectNeedsCreateOAuth()
    {
        const QString botId = fx.addBot(PermissionSet {Permission::ReadAccount}, false);
        const auto r
            = call([&](ConnectionService::Done done) { service->finishConnect(botId, fx.connection, this, done); });
        QCOMPARE(r.status, Status::NotAllowed);
        QVERIFY2(r.message.contains(QLatin1String("CREATE_OAUTH")), qPrintable(r.message));
        QVERIFY(!storedInKeychain(botId));
        QVERIFY(!fx.repo->connectionInfo(botId));
    }

    void disconnectNeedsDeleteIntegrations()
    {
        salesforce::Connection c;
        const QString botId = connectedBot(PermissionSet {Permission::CreateOAuth, Permission::ReadAccount}, &c);
        const auto r = call([&](ConnectionService::Done done) { service->disconnect(botId, this, done); });
        QCOMPARE(r.status, Status::NotAllowed);
        QVERIFY2(r.message.contains(QLatin1String("DELETE_INTEGRATIONS")), qPrintable(r.message));
        QVERIFY(storedInKeychain(botId));
        QVERIFY(isAlive(c));
    }

    void disconnectRevokesAtTheOrg()
    {
        salesforce::Connection c;
        const QString botId = connectedBot(integration(), &c);
        QVERIFY(isAlive(c));
        const auto r = call([&](ConnectionService::Done done) { service->disconnect(botId, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.wasConnected);
        QVERIFY(!r.revokePending);
        QVERIFY(!isAlive(c));
        QVERIFY(!storedInKeychain(botId));
        QVERIFY(!fx.repo->connectionInfo(botId));
        // Again: nothing to revoke, still fine.
        const auto again = call([&](ConnectionService::Done done) { service->disconnect(botId, this, done); });
        QVERIFY(again.ok());
        QVERIFY(!again.wasConnected);
    }

    void removeRevokesAndRemoves()
    {
        salesforce::Connection c;
        const QString botId = connectedBot(integration(), &c);
        const auto r = call([&](ConnectionService::Done done) { service->remove(botId, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!isAlive(c));
        QVERIFY(!fx.repo->get(botId));
        QVERIFY(!storedInKeychain(botId));
        const auto missing = call([&](ConnectionService::Done done) { service->remove(botId, this, done); });
        QCOMPARE(missing.status, Status::NotFound);
    }

    void unreachableOrgLeavesRevokePendingUntilARetry()
    {
        salesforce::Connection c;
        const QString botId = connectedBot(integration(), &c);
        QVERIFY(pendingRevokes().isEmpty());

        fx.org->stop();
        const auto r = call([&](ConnectionService::Done done) { service->disconnect(botId, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.revokePending);
        QVERIFY2(r.message.contains(QLatin1String("revoke pending")), qPrintable(r.message));
        // Disconnected here at once: no keychain entry, no card details, chat actions 403.
        QVERIFY(!storedInKeychain(botId));
        QVERIFY(!fx.repo->connectionInfo(botId));
        QVERIFY(service->isRevokePending(botId));
        actions::ActionResult refused;
        bool answered = false;
        actions::ActionRequest request;
        request.action = QStringLiteral("get-account");
        request.parameters = QJsonObject {{QStringLiteral("Id"), QStringLiteral("001000000000001AAA")}};
        dispatcher->dispatch(botId, request, this, [&](const actions::ActionResult &a) {
            refused = a;
            answered = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 20000));
        QCOMPARE(refused.status, 403);
        // The token is kept, in the keychain, for the retry.
        const QList<salesforce::Connection> pending = pendingRevokes();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().botId, botId);
        QCOMPARE(pending.first().refreshToken, c.refreshToken);

        // Still unreachable: the retry keeps it.
        int revoked = -1, left = -1;
        service->retryPendingRevokes(this, [&](int r2, int l, const QString &) {
            revoked = r2;
            left = l;
        });
        QVERIFY(QTest::qWaitFor([&] { return left >= 0; }, 30000));
        QCOMPARE(revoked, 0);
        QCOMPARE(left, 1);
        QCOMPARE(pendingRevokes().size(), 1);

        // The org is back: the retry revokes, the entry goes.
        QVERIFY2(fx.org->start(&fx.error), qPrintable(fx.error));
        QVERIFY(isAlive(c)); // alive until revoked
        revoked = left = -1;
        QSignalSpy pendingChanged(service.get(), &ConnectionService::pendingRevokesChanged);
        service->retryPendingRevokes(this, [&](int r2, int l, const QString &) {
            revoked = r2;
            left = l;
        });
        QVERIFY(QTest::qWaitFor([&] { return left >= 0; }, 30000));
        QCOMPARE(revoked, 1);
        QCOMPARE(left, 0);
        QVERIFY(!isAlive(c));
        QVERIFY(pendingRevokes().isEmpty());
        QVERIFY(!service->isRevokePending(botId));
        QVERIFY(pendingChanged.count() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectionService)
#include "tst_connection_service.moc"
