// The local org's test controls, over HTTP (/__admin/) and as LocalOrg methods: token expiry
// and revocation, faults (latency without blocking, 5xx, dropped connections, request limit),
// and the request log.
#include "support/org_http_client.h"

#include "emulator/http/admin_routes.h"
#include "emulator/http/request_log.h"
#include "emulator/local_org.h"
#include "emulator/seed/demo_defaults.h"

#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

class TestAdminRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void expireAccessTokensForcesRefresh();
    void revokeRefreshTokensForcesReconnect();
    void controlsAsMethods();
    void failRateAnswersFailStatus_data();
    void failRateAnswersFailStatus();
    void failRateAlsoHitsOAuth();
    void emptyFaultsObjectClears();
    void badFaultsAreRefused_data();
    void badFaultsAreRefused();
    void limitExceededRefusesRest();
    void dropClosesWithoutAnswer();
    void latencyDelaysWithoutBlocking();
    void requestLogRecordsApiRequests();
    void resetRequestsEmptiesTheLog();
    void requestLogKeepsTheNewest();
    void adminRoutesAreNotLogged();
    void unknownControlAndWrongMethod();
    void controlsRefuseNonLoopbackClients();

private:
    QJsonObject setFaults(const QByteArray &json);
    OrgHttpClient::Headers auth() const { return OrgHttpClient::bearer(m_access); }
    HttpResult refresh();

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
    QString m_access;
    QString m_refresh;
};

void TestAdminRoutes::initTestCase()
{
    LocalOrgOptions options;
    options.records = 20;
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_http = std::make_unique<OrgHttpClient>(m_org->url());
}

void TestAdminRoutes::init()
{
    m_org->setFaults({});
    const QJsonObject tokens = m_http->connectDemo();
    m_access = tokens.value(QStringLiteral("access_token")).toString();
    m_refresh = tokens.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!m_access.isEmpty());
    QVERIFY(!m_refresh.isEmpty());
}

void TestAdminRoutes::cleanupTestCase()
{
    m_http.reset();
    m_org.reset();
}

QJsonObject TestAdminRoutes::setFaults(const QByteArray &json)
{
    const HttpResult result
        = m_http->send("POST", QStringLiteral("/__admin/faults"), json, {{"Content-Type", "application/json"}});
    return result.status == 200 ? result.object() : QJsonObject();
}

HttpResult TestAdminRoutes::refresh()
{
    return m_http->postForm(QStringLiteral("/services/oauth2/token"),
                            {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("refresh_token"), m_refresh},
                             {QStringLiteral("client_id"), QString(demo::kClientId)}});
}

void TestAdminRoutes::expireAccessTokensForcesRefresh()
{
    QCOMPARE(m_http->get(QStringLiteral("/services/data/v60.0/limits"), auth()).status, 200);
    QCOMPARE(m_http->send("POST", QStringLiteral("/__admin/expire-access-tokens")).status, 204);
    const HttpResult expired = m_http->get(QStringLiteral("/services/data/v60.0/limits"), auth());
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("INVALID_SESSION_ID"));
    const HttpResult refreshed = refresh();
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(m_http
                 ->get(QStringLiteral("/services/data/v60.0/limits"),
                       OrgHttpClient::bearer(refreshed.object().value(QStringLiteral("access_token")).toString()))
                 .status,
             200);
}

void TestAdminRoutes::revokeRefreshTokensForcesReconnect()
{
    QCOMPARE(m_http->send("POST", QStringLiteral("/__admin/revoke-refresh-tokens")).status, 204);
    const HttpResult refused = refresh();
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.oauthError(), QStringLiteral("invalid_grant"));
    QCOMPARE(refused.oauthDescription(), QStringLiteral("expired access/refresh token"));
    // Sessions issued from the revoked refresh tokens die with them (docs/oauth.md).
    QCOMPARE(m_http->get(QStringLiteral("/services/data/v60.0/limits"), auth()).status, 401);
}

void TestAdminRoutes::controlsAsMethods()
{
    m_org->expireAccessTokens();
    QCOMPARE(m_http->get(QStringLiteral("/services/data/v60.0/limits"), auth()).status, 401);
    m_org->revokeRefreshTokens();
    QCOMPARE(refresh().oauthError(), QStringLiteral("invalid_grant"));
    Faults faults;
    faults.failRate = 1.0;
    faults.failStatus = 503;
    m_org->setFaults(faults);
    QCOMPARE(m_org->faults().failStatus, 503);
    QCOMPARE(m_http->get(QStringLiteral("/services/data")).status, 503);
    m_org->setFaults({});
    QCOMPARE(m_http->get(QStringLiteral("/services/data")).status, 200);
    m_org->resetRequests();
    QVERIFY(m_org->requests().isEmpty());
    m_http->get(QStringLiteral("/services/data/"));
    QCOMPARE(m_org->requests(),
             (QVector<RequestLogEntry> {{QStringLiteral("GET"), QStringLiteral("/services/data/"), 200}}));
}

void TestAdminRoutes::failRateAnswersFailStatus_data()
{
    QTest::addColumn<QByteArray>("faults");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("500 default") << QByteArray(R"({"failRate": 1})") << 500 << "UNKNOWN_EXCEPTION";
    QTest::newRow("503") << QByteArray(R"({"failRate": 1, "failStatus": 503})") << 503 << "SERVER_UNAVAILABLE";
}

void TestAdminRoutes::failRateAnswersFailStatus()
{
    QFETCH(QByteArray, faults);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QCOMPARE(setFaults(faults).value(QStringLiteral("failStatus")).toInt(), status);
    for (int i = 0; i < 3; ++i) {
        const HttpResult result = m_http->get(QStringLiteral("/services/data/v60.0/limits"), auth());
        QCOMPARE(result.status, status);
        QCOMPARE(result.errorCode(), errorCode);
    }
    // The controls themselves never fail.
    QCOMPARE(m_http->get(QStringLiteral("/__admin/requests")).status, 200);
}

void TestAdminRoutes::failRateAlsoHitsOAuth()
{
    setFaults(R"({"failRate": 1})");
    QCOMPARE(refresh().status, 500);
}

void TestAdminRoutes::emptyFaultsObjectClears()
{
    setFaults(R"({"failRate": 1, "latencyMs": 5, "limitExceeded": true})");
    const QJsonObject cleared = setFaults("{}");
    QCOMPARE(cleared.value(QStringLiteral("failRate")).toDouble(), 0.0);
    QCOMPARE(cleared.value(QStringLiteral("latencyMs")).toInt(), 0);
    QCOMPARE(cleared.value(QStringLiteral("limitExceeded")).toBool(), false);
    QCOMPARE(m_http->get(QStringLiteral("/__admin/faults")).object(), cleared);
    QCOMPARE(m_http->get(QStringLiteral("/services/data/v60.0/limits"), auth()).status, 200);
    QVERIFY(m_org->faults().isClear());
}

void TestAdminRoutes::badFaultsAreRefused_data()
{
    QTest::addColumn<QByteArray>("faults");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("rate > 1") << QByteArray(R"({"failRate": 2})") << "failRate";
    QTest::newRow("status 404") << QByteArray(R"({"failRate": 1, "failStatus": 404})") << "failStatus";
    QTest::newRow("unknown key") << QByteArray(R"({"slowness": 1})") << "slowness";
    QTest::newRow("not json") << QByteArray("fail please") << "JSON";
    QTest::newRow("negative latency") << QByteArray(R"({"latencyMs": -5})") << "latencyMs";
}

void TestAdminRoutes::badFaultsAreRefused()
{
    QFETCH(QByteArray, faults);
    QFETCH(QString, mentions);
    setFaults(R"({"latencyMs": 1})");
    const HttpResult result
        = m_http->send("POST", QStringLiteral("/__admin/faults"), faults, {{"Content-Type", "application/json"}});
    QCOMPARE(result.status, 400);
    QVERIFY2(result.object().value(QStringLiteral("error")).toString().contains(mentions), result.body.constData());
    QCOMPARE(m_org->faults().latencyMs, 1); // unchanged
}

void TestAdminRoutes::limitExceededRefusesRest()
{
    setFaults(R"({"limitExceeded": true})");
    const HttpResult refused = m_http->get(QStringLiteral("/services/data/v60.0/sobjects"), auth());
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.body,
             QByteArray(R"([{"errorCode":"REQUEST_LIMIT_EXCEEDED","message":"TotalRequests Limit exceeded."}])"));
    QVERIFY(!refused.header("Sforce-Limit-Info").isEmpty());
    // OAuth and the unauthenticated version list still answer.
    QCOMPARE(refresh().status, 200);
    QCOMPARE(m_http->get(QStringLiteral("/services/data")).status, 200);
}

void TestAdminRoutes::dropClosesWithoutAnswer()
{
    m_org->resetRequests();
    setFaults(R"({"dropRate": 1})");
    const HttpResult dropped = m_http->get(QStringLiteral("/services/data/v60.0/limits"), auth());
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    const QVector<RequestLogEntry> log = m_org->requests();
    QVERIFY(!log.isEmpty()); // QNAM may retry once on a closed keep-alive connection
    for (const RequestLogEntry &entry : log)
        QCOMPARE(entry, (RequestLogEntry {QStringLiteral("GET"), QStringLiteral("/services/data/v60.0/limits"), 0}));
}

void TestAdminRoutes::latencyDelaysWithoutBlocking()
{
    setFaults(R"({"latencyMs": 3000})");
    // Five requests at once, all waiting out their latency together (QNAM opens up to six
    // connections per host: the sixth is left for the admin request below).
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 5; ++i)
        replies.append(m_http->start("GET", QStringLiteral("/services/data/v60.0/limits"), {}, auth()));
    // Meanwhile the org answers at once, and admin routes are never delayed: the latency is a
    // timer, not a blocked thread. (An order of events, not a time: the five are still waiting.)
    QCOMPARE(m_http->get(QStringLiteral("/__admin/faults")).status, 200);
    for (QNetworkReply *reply : std::as_const(replies))
        QVERIFY(!reply->isFinished());
    for (QNetworkReply *reply : std::as_const(replies)) {
        const HttpResult result = OrgHttpClient::finish(reply);
        QCOMPARE(result.status, 200);
        QVERIFY2(result.elapsedMs >= 2990, qPrintable(QString::number(result.elapsedMs)));
    }
}

void TestAdminRoutes::requestLogRecordsApiRequests()
{
    QCOMPARE(m_http->send("POST", QStringLiteral("/__admin/reset-requests")).status, 204);
    m_http->get(QStringLiteral("/services/data/v60.0/limits/?x=secret"), auth());
    m_http->get(QStringLiteral("/services/data/v60.0/nope"), auth());
    refresh();
    m_http->get(QStringLiteral("/services/oauth2/revoke?token=nope"));
    const HttpResult log = m_http->get(QStringLiteral("/__admin/requests"));
    QCOMPARE(log.status, 200);
    const QJsonArray expected {QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
                                            {QStringLiteral("path"), QStringLiteral("/services/data/v60.0/limits/")},
                                            {QStringLiteral("status"), 200}},
                               QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
                                            {QStringLiteral("path"), QStringLiteral("/services/data/v60.0/nope")},
                                            {QStringLiteral("status"), 404}},
                               QJsonObject {{QStringLiteral("method"), QStringLiteral("POST")},
                                            {QStringLiteral("path"), QStringLiteral("/services/oauth2/token")},
                                            {QStringLiteral("status"), 200}},
                               QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
                                            {QStringLiteral("path"), QStringLiteral("/services/oauth2/revoke")},
                                            {QStringLiteral("status"), 400}}};
    QCOMPARE(log.array(), expected);
    QVERIFY(!log.body.contains("secret")); // no query strings: they carry tokens
}

void TestAdminRoutes::resetRequestsEmptiesTheLog()
{
    m_http->get(QStringLiteral("/services/data"));
    QVERIFY(!m_org->requests().isEmpty());
    QCOMPARE(m_http->send("POST", QStringLiteral("/__admin/reset-requests")).status, 204);
    QCOMPARE(m_http->get(QStringLiteral("/__admin/requests")).array(), QJsonArray());
}

void TestAdminRoutes::requestLogKeepsTheNewest()
{
    RequestLog log;
    for (int i = 0; i <= RequestLog::kMaxEntries; ++i)
        log.append({QStringLiteral("GET"), QStringLiteral("/r/%1").arg(i), 200});
    const QVector<RequestLogEntry> entries = log.entries();
    QCOMPARE(entries.size(), RequestLog::kMaxEntries - RequestLog::kMaxEntries / 10 + 1);
    QCOMPARE(entries.first().path, QStringLiteral("/r/%1").arg(RequestLog::kMaxEntries / 10));
    QCOMPARE(entries.last().path, QStringLiteral("/r/%1").arg(RequestLog::kMaxEntries));
}

void TestAdminRoutes::adminRoutesAreNotLogged()
{
    m_org->resetRequests();
    setFaults("{}");
    m_http->get(QStringLiteral("/__admin/faults"));
    m_http->send("POST", QStringLiteral("/__admin/expire-access-tokens"));
    QVERIFY(m_org->requests().isEmpty());
}

void TestAdminRoutes::unknownControlAndWrongMethod()
{
    QCOMPARE(m_http->send("POST", QStringLiteral("/__admin/explode")).status, 404);
    const HttpResult wrong = m_http->get(QStringLiteral("/__admin/expire-access-tokens"));
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.header("Allow"), QByteArray("POST"));
    QCOMPARE(m_http->send("POST", QStringLiteral("/__admin/requests")).status, 405);
}

void TestAdminRoutes::controlsRefuseNonLoopbackClients()
{
    // A LAN client can't be simulated over loopback; ask the routes directly.
    AdminRoutes routes(m_org.get());
    HttpRequest request;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/__admin/expire-access-tokens");
    request.remoteAddress = QHostAddress(QStringLiteral("192.168.1.20"));
    QCOMPARE(routes.handle(request, request.path).status, 403);
    QCOMPARE(m_http->get(QStringLiteral("/services/data/v60.0/limits"), auth()).status, 200); // not expired
    request.remoteAddress = QHostAddress(QHostAddress::LocalHostIPv6);
    QCOMPARE(routes.handle(request, request.path).status, 204);
}

QTEST_GUILESS_MAIN(TestAdminRoutes)
#include "tst_admin_routes.moc"
