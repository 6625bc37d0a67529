// The local org's OAuth endpoints over real loopback HTTP (docs/oauth.md): the authorize
// pages, PKCE, the three grants, revoke, userinfo and the identity URL.
#include "support/org_http_client.h"

#include "emulator/local_org.h"
#include "emulator/seed/demo_defaults.h"

#include <QMessageAuthenticationCode>
#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

namespace {

const QString kVerifier = QStringLiteral("sK9vQ2mX7pLr4TnW8yZb3Hc6Jd1Fg5Ae0Uo_Iq-Ew2Rt");
const QString kChallenge = QStringLiteral("qFcLoRHiFh48An0sheAMWM_nqHTdghqZFOiMiN3PrjE");
const QString kSecretClient = QStringLiteral("3MVG9DEMO.confidential");
const QString kSecret = QStringLiteral("DEMO-CONSUMER-SECRET");
const QString kRotatingClient = QStringLiteral("3MVG9DEMO.rotating");
const QString kOtherRedirect = QStringLiteral("http://127.0.0.1:8123/callback");

using Params = QList<QPair<QString, QString>>;

Params demoAuthorize(const QString &state = QStringLiteral("4f1c9a77e2b0"))
{
    return {{QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), QString(demo::kClientId)},
            {QStringLiteral("redirect_uri"), QString(demo::kRedirectUri)},
            {QStringLiteral("scope"), QStringLiteral("api refresh_token")},
            {QStringLiteral("state"), state},
            {QStringLiteral("code_challenge"), kChallenge}};
}

Params with(Params params, const QString &key, const QString &value)
{
    for (auto &pair : params) {
        if (pair.first == key) {
            pair.second = value;
            return params;
        }
    }
    params.append({key, value});
    return params;
}

Params without(Params params, const QString &key)
{
    params.erase(std::remove_if(params.begin(), params.end(), [&](const auto &p) { return p.first == key; }),
                 params.end());
    return params;
}

} // namespace

class TestOAuthServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void workedPkcePairVerifies();
    void authorizeShowsLoginPageWithHint();
    void authorizeUnknownClientIs400PageNoRedirect();
    void authorizeRedirectMismatchIs400Page_data();
    void authorizeRedirectMismatchIs400Page();
    void authorizePlainChallengeRedirectsInvalidRequest();
    void authorizeOtherErrorsRedirectWithState_data();
    void authorizeOtherErrorsRedirectWithState();
    void authorizeByPostShowsLoginPage();
    void wrongPasswordShowsErrorOnPage();
    void consentListsScopes();
    void allowRedirectsWithCodeAndState();
    void denyRedirectsAccessDenied();
    void staleTxnIs400Page();
    void fullFlowIssuesTokens();
    void absentAndExplicitS256BothWork();
    void reusedCodeFails();
    void wrongOrMissingVerifierFails_data();
    void wrongOrMissingVerifierFails();
    void tokenRedirectMismatchFails();
    void expiredCodeFails();
    void tokenEndpointErrors_data();
    void tokenEndpointErrors();
    void tokenGetMustUsePost();
    void refreshIssuesNewAccessTokenOnly();
    void refreshRotationReplacesRefreshToken();
    void revokeRefreshTokenKillsItsSessions();
    void revokeAccessTokenOnlyKillsThatSession();
    void revokeUnknownTokenIs400();
    void passwordGrantNeedsSecret();
    void confidentialClientMustSendSecret();
    void userinfoAnswersForToken();
    void userinfoRejectsBadTokenInPlainText();
    void identityUrlAcceptsAllTokenForms();
    void identityUrlErrors();
    void autoApproveSkipsPages();

private:
    QJsonObject exchange(const QString &code, const QString &verifier,
                         const QString &redirect = QString(demo::kRedirectUri), HttpResult *raw = nullptr);
    QString codeFor(const Params &params);

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
};

void TestOAuthServer::initTestCase()
{
    LocalOrgOptions options;
    options.records = 20;
    options.redirectUris.append(kOtherRedirect);
    options.extraClients.append({kSecretClient, kSecret, {QString(demo::kRedirectUri)}, {}, false});
    options.extraClients.append({kRotatingClient, QString(), {QString(demo::kRedirectUri)}, {}, true});
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_http = std::make_unique<OrgHttpClient>(m_org->url());
}

void TestOAuthServer::cleanupTestCase()
{
    m_http.reset();
    m_org.reset();
}

QString TestOAuthServer::codeFor(const Params &params)
{
    const HttpResult redirect
        = m_http->loginAndDecide(params, QString(demo::kUsername), QString(demo::kPassword), true);
    return OrgHttpClient::param(OrgHttpClient::redirectParams(redirect), QStringLiteral("code"));
}

QJsonObject TestOAuthServer::exchange(const QString &code, const QString &verifier, const QString &redirect,
                                      HttpResult *raw)
{
    Params form {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("client_id"), QString(demo::kClientId)},
                 {QStringLiteral("redirect_uri"), redirect}};
    if (!verifier.isNull())
        form.append({QStringLiteral("code_verifier"), verifier});
    const HttpResult result = m_http->postForm(QStringLiteral("/services/oauth2/token"), form);
    if (raw)
        *raw = result;
    return result.object();
}

void TestOAuthServer::workedPkcePairVerifies()
{
    // docs/oauth.md's worked pair, computed independently of the server's code.
    QCOMPARE(OrgHttpClient::s256(kVerifier), kChallenge);
    const QString code = codeFor(demoAuthorize());
    QVERIFY(!code.isEmpty());
    const QJsonObject tokens = exchange(code, kVerifier);
    QVERIFY2(tokens.contains(QStringLiteral("access_token")), QJsonDocument(tokens).toJson().constData());
}

void TestOAuthServer::authorizeShowsLoginPageWithHint()
{
    const HttpResult page
        = m_http->authorize(with(demoAuthorize(), QStringLiteral("login_hint"), QString(demo::kUsername)));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    for (const char *needle : {"id=\"login_form\"", "id=\"username\"", "id=\"password\"", "id=\"login\"",
                               "type=\"password\"", "action=\"/services/oauth2/authorize\""})
        QVERIFY2(page.body.contains(needle), needle);
    QVERIFY(page.body.contains("value=\"admin@hilal-demo.example\""));
    QVERIFY(!OrgHttpClient::txnOf(page.body).isEmpty());
}

void TestOAuthServer::authorizeUnknownClientIs400PageNoRedirect()
{
    const HttpResult page
        = m_http->authorize(with(demoAuthorize(), QStringLiteral("client_id"), QStringLiteral("nope")));
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("Location").isEmpty());
    QCOMPARE(page.body, QByteArray("error=invalid_client_id&error_description=client%20identifier%20invalid"));
}

void TestOAuthServer::authorizeRedirectMismatchIs400Page_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::newRow("other port") << QStringLiteral("http://localhost:1718/OauthRedirect");
    QTest::newRow("trailing slash") << QStringLiteral("http://localhost:1717/OauthRedirect/");
    QTest::newRow("https") << QStringLiteral("https://localhost:1717/OauthRedirect");
    QTest::newRow("case") << QStringLiteral("http://localhost:1717/oauthredirect");
    QTest::newRow("missing") << QString();
}

void TestOAuthServer::authorizeRedirectMismatchIs400Page()
{
    QFETCH(QString, redirect);
    const Params params = redirect.isNull() ? without(demoAuthorize(), QStringLiteral("redirect_uri"))
                                            : with(demoAuthorize(), QStringLiteral("redirect_uri"), redirect);
    const HttpResult page = m_http->authorize(params);
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("Location").isEmpty());
    QCOMPARE(page.body,
             QByteArray("error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match%20configuration"));
}

void TestOAuthServer::authorizePlainChallengeRedirectsInvalidRequest()
{
    const HttpResult redirect = m_http->authorize(
        with(demoAuthorize(QStringLiteral("s1")), QStringLiteral("code_challenge_method"), QStringLiteral("plain")));
    QCOMPARE(redirect.status, 302);
    QVERIFY(redirect.header("Location").startsWith("http://localhost:1717/OauthRedirect?"));
    const auto params = OrgHttpClient::redirectParams(redirect);
    QCOMPARE(OrgHttpClient::param(params, QStringLiteral("error")), QStringLiteral("invalid_request"));
    QCOMPARE(OrgHttpClient::param(params, QStringLiteral("state")), QStringLiteral("s1"));
    QVERIFY(OrgHttpClient::param(params, QStringLiteral("code")).isEmpty());
}

void TestOAuthServer::authorizeOtherErrorsRedirectWithState_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("response_type token") << "response_type"
                                         << "token"
                                         << "unsupported_response_type";
    QTest::newRow("no response_type") << "response_type"
                                      << ""
                                      << "unsupported_response_type";
    QTest::newRow("unknown scope") << "scope"
                                   << "api launch_missiles"
                                   << "invalid_scope";
    QTest::newRow("immediate") << "immediate"
                               << "true"
                               << "immediate_unsuccessful";
    QTest::newRow("method without challenge") << "code_challenge"
                                              << ""
                                              << "invalid_request";
}

void TestOAuthServer::authorizeOtherErrorsRedirectWithState()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);
    Params params = with(demoAuthorize(QStringLiteral("xyz")), key, value);
    if (key == QLatin1String("code_challenge"))
        params = with(params, QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    const HttpResult redirect = m_http->authorize(params);
    QCOMPARE(redirect.status, 302);
    const auto query = OrgHttpClient::redirectParams(redirect);
    QCOMPARE(OrgHttpClient::param(query, QStringLiteral("error")), error);
    QVERIFY(!OrgHttpClient::param(query, QStringLiteral("error_description")).isEmpty());
    QCOMPARE(OrgHttpClient::param(query, QStringLiteral("state")), QStringLiteral("xyz"));
}

void TestOAuthServer::authorizeByPostShowsLoginPage()
{
    const HttpResult page = m_http->postForm(QStringLiteral("/services/oauth2/authorize"), demoAuthorize());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("id=\"login_form\""));
}

void TestOAuthServer::wrongPasswordShowsErrorOnPage()
{
    const HttpResult login = m_http->authorize(demoAuthorize());
    const QString txn = OrgHttpClient::txnOf(login.body);
    const HttpResult again = m_http->postForm(QStringLiteral("/services/oauth2/authorize"),
                                              {{QStringLiteral("txn"), txn},
                                               {QStringLiteral("username"), QString(demo::kUsername)},
                                               {QStringLiteral("password"), QStringLiteral("hilaldemo1!")}});
    QCOMPARE(again.status, 200);
    QVERIFY(again.body.contains("id=\"error\""));
    QVERIFY(again.body.contains("Please check your username and password."));
    QVERIFY(again.body.contains("id=\"password\""));
    QVERIFY(again.body.contains("value=\"admin@hilal-demo.example\"")); // username kept
    // The same page still works with the right password.
    const HttpResult consent
        = m_http->postForm(QStringLiteral("/services/oauth2/authorize"),
                           {{QStringLiteral("txn"), OrgHttpClient::txnOf(again.body)},
                            {QStringLiteral("username"), QStringLiteral("ADMIN@hilal-demo.example")},
                            {QStringLiteral("password"), QString(demo::kPassword)}});
    QCOMPARE(consent.status, 200);
    QVERIFY(consent.body.contains("id=\"allow\""));
}

void TestOAuthServer::consentListsScopes()
{
    const HttpResult login
        = m_http->authorize(with(demoAuthorize(), QStringLiteral("scope"), QStringLiteral("api web refresh_token")));
    const HttpResult consent = m_http->postForm(QStringLiteral("/services/oauth2/authorize"),
                                                {{QStringLiteral("txn"), OrgHttpClient::txnOf(login.body)},
                                                 {QStringLiteral("username"), QString(demo::kUsername)},
                                                 {QStringLiteral("password"), QString(demo::kPassword)}});
    QCOMPARE(consent.status, 200);
    for (const char *needle :
         {"id=\"consent_form\"", "id=\"scopes\"", "data-scope=\"api\"", "data-scope=\"web\"",
          "data-scope=\"refresh_token\"", "id=\"allow\"", "id=\"deny\"", "Manage user data via APIs"})
        QVERIFY2(consent.body.contains(needle), needle);
}

void TestOAuthServer::allowRedirectsWithCodeAndState()
{
    const HttpResult redirect = m_http->loginAndDecide(demoAuthorize(QStringLiteral("4f1c9a77e2b0")),
                                                       QString(demo::kUsername), QString(demo::kPassword), true);
    QCOMPARE(redirect.status, 302);
    const QByteArray location = redirect.header("Location");
    static const QRegularExpression shape(
        QStringLiteral("^http://localhost:1717/OauthRedirect\\?code=aPrx[A-Za-z0-9]+%3D%3D&state=4f1c9a77e2b0$"));
    QVERIFY2(shape.match(QString::fromLatin1(location)).hasMatch(), location.constData());
}

void TestOAuthServer::denyRedirectsAccessDenied()
{
    const HttpResult redirect = m_http->loginAndDecide(demoAuthorize(QStringLiteral("4f1c9a77e2b0")),
                                                       QString(demo::kUsername), QString(demo::kPassword), false);
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.header("Location"),
             QByteArray("http://localhost:1717/OauthRedirect?error=access_denied&error_description=end-user+denied+"
                        "authorization&state=4f1c9a77e2b0"));
}

void TestOAuthServer::staleTxnIs400Page()
{
    const HttpResult page = m_http->postForm(
        QStringLiteral("/services/oauth2/authorize"),
        {{QStringLiteral("txn"), QStringLiteral("nope")}, {QStringLiteral("decision"), QStringLiteral("allow")}});
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("Location").isEmpty());
    QVERIFY(page.body.contains("expired"));
    // Allow without logging in first is refused too.
    const HttpResult login = m_http->authorize(demoAuthorize());
    const HttpResult early = m_http->postForm(QStringLiteral("/services/oauth2/authorize"),
                                              {{QStringLiteral("txn"), OrgHttpClient::txnOf(login.body)},
                                               {QStringLiteral("decision"), QStringLiteral("allow")}});
    QCOMPARE(early.status, 400);
    QVERIFY(early.header("Location").isEmpty());
}

void TestOAuthServer::fullFlowIssuesTokens()
{
    HttpResult raw;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject tokens = exchange(codeFor(demoAuthorize()), kVerifier, QString(demo::kRedirectUri), &raw);
    QCOMPARE(raw.status, 200);
    QCOMPARE(raw.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
    const QString org18 = m_org->organizationId();
    QCOMPARE(org18.size(), 18);
    QVERIFY(tokens.value(QStringLiteral("access_token")).toString().startsWith(org18.left(15) + QLatin1Char('!')));
    QVERIFY(tokens.value(QStringLiteral("refresh_token")).toString().size() > 20);
    QCOMPARE(tokens.value(QStringLiteral("instance_url")).toString(), m_org->url().toString());
    QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(tokens.value(QStringLiteral("scope")).toString(), QStringLiteral("api refresh_token"));
    const QString id = tokens.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(m_org->url().toString() + QStringLiteral("/id/") + org18 + QLatin1Char('/')));
    QCOMPARE(id.section(QLatin1Char('/'), -1).size(), 18);
    QVERIFY(id.section(QLatin1Char('/'), -1).startsWith(QLatin1String("005")));
    // issued_at: milliseconds, as a string.
    const QJsonValue issuedAt = tokens.value(QStringLiteral("issued_at"));
    QVERIFY(issuedAt.isString());
    QCOMPARE(issuedAt.toString().size(), 13);
    QVERIFY(issuedAt.toString().toLongLong() >= before);
    QVERIFY(issuedAt.toString().toLongLong() <= QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!tokens.contains(QStringLiteral("expires_in")));
    QVERIFY(!tokens.contains(QStringLiteral("signature"))); // public client: nothing to sign with
}

void TestOAuthServer::absentAndExplicitS256BothWork()
{
    const QString verifier = QString(QLatin1Char('a')).repeated(171); // jsforce's 171-char verifiers
    Params params = with(demoAuthorize(), QStringLiteral("code_challenge"), OrgHttpClient::s256(verifier));
    QVERIFY(exchange(codeFor(params), verifier).contains(QStringLiteral("access_token")));
    params = with(params, QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    QVERIFY(exchange(codeFor(params), verifier).contains(QStringLiteral("access_token")));
}

void TestOAuthServer::reusedCodeFails()
{
    const QString code = codeFor(demoAuthorize());
    QVERIFY(exchange(code, kVerifier).contains(QStringLiteral("access_token")));
    HttpResult raw;
    exchange(code, kVerifier, QString(demo::kRedirectUri), &raw);
    QCOMPARE(raw.status, 400);
    QCOMPARE(raw.oauthError(), QStringLiteral("invalid_grant"));
    QCOMPARE(raw.oauthDescription(), QStringLiteral("invalid authorization code"));
}

void TestOAuthServer::wrongOrMissingVerifierFails_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::newRow("missing") << QString();
    QTest::newRow("wrong") << QStringLiteral("sK9vQ2mX7pLr4TnW8yZb3Hc6Jd1Fg5Ae0Uo_Iq-Ew2Ru");
    // A client that mixes them up and sends the challenge as the verifier.
    QTest::newRow("challenge itself") << kChallenge;
    // The classic mistake: a hex digest where base64url belongs.
    QTest::newRow("hex digest") << QString::fromLatin1(
        QCryptographicHash::hash(kVerifier.toLatin1(), QCryptographicHash::Sha256).toHex());
}

void TestOAuthServer::wrongOrMissingVerifierFails()
{
    QFETCH(QString, verifier);
    const QString code = codeFor(demoAuthorize());
    HttpResult raw;
    exchange(code, verifier, QString(demo::kRedirectUri), &raw);
    QCOMPARE(raw.status, 400);
    QCOMPARE(raw.oauthError(), QStringLiteral("invalid_grant"));
    QCOMPARE(raw.oauthDescription(), QStringLiteral("invalid code verifier"));
    // The code was spent by the failed attempt.
    exchange(code, kVerifier, QString(demo::kRedirectUri), &raw);
    QCOMPARE(raw.oauthDescription(), QStringLiteral("invalid authorization code"));
}

void TestOAuthServer::tokenRedirectMismatchFails()
{
    const QString code = codeFor(demoAuthorize());
    HttpResult raw;
    exchange(code, kVerifier, kOtherRedirect, &raw); // registered, but not the one authorize used
    QCOMPARE(raw.status, 400);
    QCOMPARE(raw.oauthError(), QStringLiteral("redirect_uri_mismatch"));
}

void TestOAuthServer::expiredCodeFails()
{
    LocalOrgOptions options;
    options.records = 0;
    options.authorizationCodeTtlSecs = 0;
    LocalOrg org(options);
    QVERIFY(org.start());
    OrgHttpClient http(org.url());
    const HttpResult redirect
        = http.loginAndDecide(demoAuthorize(), QString(demo::kUsername), QString(demo::kPassword), true);
    const QString code = OrgHttpClient::param(OrgHttpClient::redirectParams(redirect), QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    const HttpResult raw = http.postForm(QStringLiteral("/services/oauth2/token"),
                                         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                          {QStringLiteral("code"), code},
                                          {QStringLiteral("client_id"), QString(demo::kClientId)},
                                          {QStringLiteral("redirect_uri"), QString(demo::kRedirectUri)},
                                          {QStringLiteral("code_verifier"), kVerifier}});
    QCOMPARE(raw.status, 400);
    QCOMPARE(raw.oauthError(), QStringLiteral("invalid_grant"));
    QCOMPARE(raw.oauthDescription(), QStringLiteral("expired authorization code"));
}

void TestOAuthServer::tokenEndpointErrors_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::newRow("no grant_type") << QByteArray("client_id=PlatformCLI") << "invalid_request"
                                   << "missing grant type";
    QTest::newRow("unknown grant_type") << QByteArray("grant_type=client_credentials&client_id=PlatformCLI")
                                        << "unsupported_grant_type"
                                        << "grant type not supported";
    QTest::newRow("unknown client") << QByteArray("grant_type=refresh_token&client_id=Nope&refresh_token=x")
                                    << "invalid_client_id"
                                    << "client identifier invalid";
    QTest::newRow("unknown code") << QByteArray(
        "grant_type=authorization_code&client_id=PlatformCLI&code=aPrxNope%3D%3D"
        "&redirect_uri=http%3A%2F%2Flocalhost%3A1717%2FOauthRedirect")
                                  << "invalid_grant"
                                  << "invalid authorization code";
    QTest::newRow("no code") << QByteArray("grant_type=authorization_code&client_id=PlatformCLI") << "invalid_request"
                             << "missing required code";
    QTest::newRow("unknown refresh token")
        << QByteArray("grant_type=refresh_token&client_id=PlatformCLI&refresh_token=5AepNope") << "invalid_grant"
        << "expired access/refresh token";
}

void TestOAuthServer::tokenEndpointErrors()
{
    QFETCH(QByteArray, form);
    QFETCH(QString, error);
    QFETCH(QString, description);
    const HttpResult raw = m_http->send("POST", QStringLiteral("/services/oauth2/token"), form,
                                        {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(raw.status, 400);
    QCOMPARE(raw.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
    QCOMPARE(raw.oauthError(), error);
    QCOMPARE(raw.oauthDescription(), description);
}

void TestOAuthServer::tokenGetMustUsePost()
{
    const HttpResult raw = m_http->get(QStringLiteral("/services/oauth2/token?grant_type=password"));
    QCOMPARE(raw.status, 400);
    QCOMPARE(raw.oauthError(), QStringLiteral("invalid_request"));
    QCOMPARE(raw.oauthDescription(), QStringLiteral("must use HTTP POST"));
}

void TestOAuthServer::refreshIssuesNewAccessTokenOnly()
{
    const QJsonObject first = m_http->connectDemo();
    const QString refresh = first.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refresh.isEmpty());
    // jsforce re-sends code_verifier on refresh; it must be ignored.
    const HttpResult raw = m_http->postForm(QStringLiteral("/services/oauth2/token"),
                                            {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                             {QStringLiteral("refresh_token"), refresh},
                                             {QStringLiteral("client_id"), QString(demo::kClientId)},
                                             {QStringLiteral("code_verifier"), QStringLiteral("whatever")}});
    QCOMPARE(raw.status, 200);
    const QJsonObject second = raw.object();
    QVERIFY(!second.contains(QStringLiteral("refresh_token")));
    const QString access = second.value(QStringLiteral("access_token")).toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(access != first.value(QStringLiteral("access_token")).toString());
    QCOMPARE(second.value(QStringLiteral("id")), first.value(QStringLiteral("id")));
    QCOMPARE(second.value(QStringLiteral("scope")).toString(), QStringLiteral("api refresh_token"));
    // Both sessions work.
    QCOMPARE(m_http->get(QStringLiteral("/services/data/v60.0/limits"), OrgHttpClient::bearer(access)).status, 200);
    QCOMPARE(m_http
                 ->get(QStringLiteral("/services/data/v60.0/limits"),
                       OrgHttpClient::bearer(first.value(QStringLiteral("access_token")).toString()))
                 .status,
             200);
}

void TestOAuthServer::refreshRotationReplacesRefreshToken()
{
    const QString verifier = QStringLiteral("rotating-verifier-rotating-verifier-rotating-verifier");
    Params params = with(demoAuthorize(), QStringLiteral("client_id"), kRotatingClient);
    params = with(params, QStringLiteral("code_challenge"), OrgHttpClient::s256(verifier));
    const QString code = codeFor(params);
    const HttpResult tokens = m_http->postForm(QStringLiteral("/services/oauth2/token"),
                                               {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                {QStringLiteral("code"), code},
                                                {QStringLiteral("client_id"), kRotatingClient},
                                                {QStringLiteral("redirect_uri"), QString(demo::kRedirectUri)},
                                                {QStringLiteral("code_verifier"), verifier}});
    const QString oldRefresh = tokens.object().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!oldRefresh.isEmpty());
    auto refresh = [&](const QString &token) {
        return m_http->postForm(QStringLiteral("/services/oauth2/token"),
                                {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                 {QStringLiteral("refresh_token"), token},
                                 {QStringLiteral("client_id"), kRotatingClient}});
    };
    const HttpResult rotated = refresh(oldRefresh);
    QCOMPARE(rotated.status, 200);
    const QString newRefresh = rotated.object().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(newRefresh != oldRefresh);
    QCOMPARE(refresh(oldRefresh).oauthError(), QStringLiteral("invalid_grant"));
    QCOMPARE(refresh(newRefresh).status, 200);
}

void TestOAuthServer::revokeRefreshTokenKillsItsSessions()
{
    const QJsonObject tokens = m_http->connectDemo();
    const QString access = tokens.value(QStringLiteral("access_token")).toString();
    const QString refresh = tokens.value(QStringLiteral("refresh_token")).toString();
    const HttpResult revoked
        = m_http->postForm(QStringLiteral("/services/oauth2/revoke"), {{QStringLiteral("token"), refresh}});
    QCOMPARE(revoked.status, 200);
    QVERIFY(revoked.body.isEmpty());
    const HttpResult rest = m_http->get(QStringLiteral("/services/data/v60.0/limits"), OrgHttpClient::bearer(access));
    QCOMPARE(rest.status, 401);
    QCOMPARE(rest.errorCode(), QStringLiteral("INVALID_SESSION_ID"));
    const HttpResult again = m_http->postForm(QStringLiteral("/services/oauth2/token"),
                                              {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                               {QStringLiteral("refresh_token"), refresh},
                                               {QStringLiteral("client_id"), QString(demo::kClientId)}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.oauthError(), QStringLiteral("invalid_grant"));
    QCOMPARE(again.oauthDescription(), QStringLiteral("expired access/refresh token"));
}

void TestOAuthServer::revokeAccessTokenOnlyKillsThatSession()
{
    const QJsonObject tokens = m_http->connectDemo();
    const QString access = tokens.value(QStringLiteral("access_token")).toString();
    // GET ?token= works as well as the form.
    const HttpResult revoked = m_http->get(QStringLiteral("/services/oauth2/revoke?token=")
                                           + QString::fromLatin1(QUrl::toPercentEncoding(access)));
    QCOMPARE(revoked.status, 200);
    QCOMPARE(m_http->get(QStringLiteral("/services/data/v60.0/limits"), OrgHttpClient::bearer(access)).status, 401);
    const HttpResult refreshed
        = m_http->postForm(QStringLiteral("/services/oauth2/token"),
                           {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                            {QStringLiteral("refresh_token"), tokens.value(QStringLiteral("refresh_token")).toString()},
                            {QStringLiteral("client_id"), QString(demo::kClientId)}});
    QCOMPARE(refreshed.status, 200);
}

void TestOAuthServer::revokeUnknownTokenIs400()
{
    const HttpResult revoked = m_http->postForm(QStringLiteral("/services/oauth2/revoke"),
                                                {{QStringLiteral("token"), QStringLiteral("nope")}});
    QCOMPARE(revoked.status, 400);
    QCOMPARE(revoked.oauthError(), QStringLiteral("invalid_token"));
    QCOMPARE(m_http->postForm(QStringLiteral("/services/oauth2/revoke"), {}).status, 400);
}

void TestOAuthServer::passwordGrantNeedsSecret()
{
    auto password = [&](const QString &client, const QString &secret, const QString &pass,
                        const OrgHttpClient::Headers &headers = {}) {
        Params form {{QStringLiteral("grant_type"), QStringLiteral("password")},
                     {QStringLiteral("username"), QString(demo::kUsername)},
                     {QStringLiteral("password"), pass}};
        if (!client.isNull())
            form.append({QStringLiteral("client_id"), client});
        if (!secret.isNull())
            form.append({QStringLiteral("client_secret"), secret});
        return m_http->postForm(QStringLiteral("/services/oauth2/token"), form, headers);
    };
    // A public client can't use it: Salesforce wants the consumer secret for this grant.
    const HttpResult publicClient = password(QString(demo::kClientId), QString(), QString(demo::kPassword));
    QCOMPARE(publicClient.status, 400);
    QCOMPARE(publicClient.oauthError(), QStringLiteral("invalid_client"));
    QCOMPARE(password(kSecretClient, QStringLiteral("wrong"), QString(demo::kPassword)).oauthError(),
             QStringLiteral("invalid_client"));
    const HttpResult badPassword = password(kSecretClient, kSecret, QStringLiteral("wrong"));
    QCOMPARE(badPassword.oauthError(), QStringLiteral("invalid_grant"));
    QCOMPARE(badPassword.oauthDescription(), QStringLiteral("authentication failure"));

    const HttpResult ok = password(kSecretClient, kSecret, QString(demo::kPassword));
    QCOMPARE(ok.status, 200);
    const QJsonObject tokens = ok.object();
    QVERIFY(!tokens.contains(QStringLiteral("refresh_token")));
    // signature = base64(HMAC-SHA256(secret, id + issued_at)), checked independently.
    const QByteArray expected
        = QMessageAuthenticationCode::hash(
              (tokens.value(QStringLiteral("id")).toString() + tokens.value(QStringLiteral("issued_at")).toString())
                  .toUtf8(),
              kSecret.toUtf8(), QCryptographicHash::Sha256)
              .toBase64();
    QCOMPARE(tokens.value(QStringLiteral("signature")).toString().toLatin1(), expected);

    // HTTP Basic client authentication works too.
    const QByteArray basic = "Basic " + (kSecretClient + QLatin1Char(':') + kSecret).toUtf8().toBase64();
    QCOMPARE(password(QString(), QString(), QString(demo::kPassword), {{"Authorization", basic}}).status, 200);
}

void TestOAuthServer::confidentialClientMustSendSecret()
{
    Params params = with(demoAuthorize(), QStringLiteral("client_id"), kSecretClient);
    auto exchangeWith = [&](const QString &secret) {
        Params form {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                     {QStringLiteral("code"), codeFor(params)},
                     {QStringLiteral("client_id"), kSecretClient},
                     {QStringLiteral("redirect_uri"), QString(demo::kRedirectUri)},
                     {QStringLiteral("code_verifier"), kVerifier}};
        if (!secret.isNull())
            form.append({QStringLiteral("client_secret"), secret});
        return m_http->postForm(QStringLiteral("/services/oauth2/token"), form);
    };
    QCOMPARE(exchangeWith(QString()).oauthError(), QStringLiteral("invalid_client"));
    const HttpResult ok = exchangeWith(kSecret);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.object().contains(QStringLiteral("signature")));
}

void TestOAuthServer::userinfoAnswersForToken()
{
    const QJsonObject tokens = m_http->connectDemo();
    const HttpResult info = m_http->get(QStringLiteral("/services/oauth2/userinfo"),
                                        OrgHttpClient::bearer(tokens.value(QStringLiteral("access_token")).toString()));
    QCOMPARE(info.status, 200);
    const QJsonObject body = info.object();
    QCOMPARE(body.value(QStringLiteral("sub")), tokens.value(QStringLiteral("id")));
    QCOMPARE(body.value(QStringLiteral("preferred_username")).toString(), QString(demo::kUsername));
    QCOMPARE(body.value(QStringLiteral("organization_id")).toString(), m_org->organizationId());
    QCOMPARE(body.value(QStringLiteral("user_id")).toString(),
             tokens.value(QStringLiteral("id")).toString().section(QLatin1Char('/'), -1));
    for (const char *key :
         {"name", "email", "given_name", "family_name", "zoneinfo", "locale", "language", "urls", "updated_at"})
        QVERIFY2(body.contains(QLatin1String(key)), key);
}

void TestOAuthServer::userinfoRejectsBadTokenInPlainText()
{
    const HttpResult bad
        = m_http->get(QStringLiteral("/services/oauth2/userinfo"), OrgHttpClient::bearer(QStringLiteral("00Dx!nope")));
    QCOMPARE(bad.status, 403);
    QVERIFY(bad.header("Content-Type").startsWith("text/plain"));
    QCOMPARE(bad.body, QByteArray("Bad_OAuth_Token"));
    const HttpResult missing = m_http->get(QStringLiteral("/services/oauth2/userinfo"));
    QCOMPARE(missing.status, 403);
    QCOMPARE(missing.body, QByteArray("Missing_OAuth_Token"));
}

void TestOAuthServer::identityUrlAcceptsAllTokenForms()
{
    const QJsonObject tokens = m_http->connectDemo();
    const QString access = tokens.value(QStringLiteral("access_token")).toString();
    const QString idPath = QUrl(tokens.value(QStringLiteral("id")).toString()).path();
    const HttpResult bearer = m_http->get(idPath, OrgHttpClient::bearer(access));
    QCOMPARE(bearer.status, 200);
    QCOMPARE(bearer.object().value(QStringLiteral("id")), tokens.value(QStringLiteral("id")));
    QCOMPARE(bearer.object().value(QStringLiteral("username")).toString(), QString(demo::kUsername));
    QVERIFY(bearer.object()
                .value(QStringLiteral("urls"))
                .toObject()
                .value(QStringLiteral("rest"))
                .toString()
                .contains(QLatin1String("{version}")));
    QCOMPARE(m_http->get(idPath, {{"Authorization", "OAuth " + access.toLatin1()}}).status, 200);
    const HttpResult query = m_http->get(idPath + QStringLiteral("?version=latest&oauth_token=")
                                         + QString::fromLatin1(QUrl::toPercentEncoding(access)));
    QCOMPARE(query.status, 200);
    QCOMPARE(query.object().value(QStringLiteral("urls")).toObject().value(QStringLiteral("rest")).toString(),
             m_org->url().toString() + QStringLiteral("/services/data/v62.0/"));
}

void TestOAuthServer::identityUrlErrors()
{
    const QJsonObject tokens = m_http->connectDemo();
    const auto auth = OrgHttpClient::bearer(tokens.value(QStringLiteral("access_token")).toString());
    const QString userId = tokens.value(QStringLiteral("id")).toString().section(QLatin1Char('/'), -1);
    const HttpResult wrongOrg = m_http->get(QStringLiteral("/id/00D5g000004FxQpEAK/") + userId, auth);
    QCOMPARE(wrongOrg.status, 403);
    QCOMPARE(wrongOrg.body, QByteArray("Wrong_Org"));
    const HttpResult badId
        = m_http->get(QStringLiteral("/id/") + m_org->organizationId() + QStringLiteral("/xyz"), auth);
    QCOMPARE(badId.status, 404);
    QCOMPARE(badId.body, QByteArray("Bad_Id"));
    const HttpResult badVersion = m_http->get(
        QUrl(tokens.value(QStringLiteral("id")).toString()).path() + QStringLiteral("?version=7.0"), auth);
    QCOMPARE(badVersion.status, 406);
    QCOMPARE(m_http->get(QUrl(tokens.value(QStringLiteral("id")).toString()).path()).body,
             QByteArray("Missing_OAuth_Token"));
}

void TestOAuthServer::autoApproveSkipsPages()
{
    LocalOrgOptions options;
    options.records = 0;
    options.autoApprove = true;
    LocalOrg org(options);
    QVERIFY(org.start());
    OrgHttpClient http(org.url());
    const HttpResult redirect = http.authorize(demoAuthorize(QStringLiteral("auto")));
    QCOMPARE(redirect.status, 302);
    const auto params = OrgHttpClient::redirectParams(redirect);
    QCOMPARE(OrgHttpClient::param(params, QStringLiteral("state")), QStringLiteral("auto"));
    const QString code = OrgHttpClient::param(params, QStringLiteral("code"));
    QVERIFY(code.startsWith(QLatin1String("aPrx")));
    // Bad client/redirect are still 400 pages, never redirects.
    QCOMPARE(http.authorize(with(demoAuthorize(), QStringLiteral("client_id"), QStringLiteral("x"))).status, 400);
}

QTEST_GUILESS_MAIN(TestOAuthServer)
#include "tst_oauth_server.moc"
