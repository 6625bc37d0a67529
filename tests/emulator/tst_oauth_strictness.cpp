// Where the local org is as strict as Salesforce about OAuth, over real loopback HTTP
// (docs/oauth-scopes.md): the REST API needs the `api` (or `full`) scope, a client can require
// PKCE, and an authorization code used twice revokes the tokens its first exchange issued.
#include "support/org_http_client.h"

#include "emulator/local_org.h"
#include "emulator/seed/demo_defaults.h"

#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

namespace {

const QString kVerifier = QStringLiteral("sTrIcTvErIfIeR-0123456789_abcdefghijklmnopqrstuvwxyz.~ABCDEFG");

QList<QPair<QString, QString>> authorizeParams(bool withPkce,
                                               const QString &scope = QStringLiteral("api refresh_token"))
{
    QList<QPair<QString, QString>> params {{QStringLiteral("response_type"), QStringLiteral("code")},
                                           {QStringLiteral("client_id"), QString(demo::kClientId)},
                                           {QStringLiteral("redirect_uri"), QString(demo::kRedirectUri)},
                                           {QStringLiteral("scope"), scope},
                                           {QStringLiteral("state"), QStringLiteral("s")}};
    if (withPkce)
        params.append({QStringLiteral("code_challenge"), OrgHttpClient::s256(kVerifier)});
    return params;
}

} // namespace

class TestOAuthStrictness : public QObject
{
    Q_OBJECT

private slots:
    void restNeedsTheApiScope();
    void clientCanRequirePkce();
    void replayedCodeRevokesWhatItIssued();

private:
    static std::unique_ptr<LocalOrg> startOrg(bool requirePkce);
    HttpResult exchange(OrgHttpClient &http, const QString &code, bool withVerifier);
};

std::unique_ptr<LocalOrg> TestOAuthStrictness::startOrg(bool requirePkce)
{
    LocalOrgOptions options;
    options.records = 10;
    options.requirePkce = requirePkce;
    auto org = std::make_unique<LocalOrg>(options);
    QString error;
    if (!org->start(&error))
        qFatal("%s", qPrintable(error));
    return org;
}

HttpResult TestOAuthStrictness::exchange(OrgHttpClient &http, const QString &code, bool withVerifier)
{
    QList<QPair<QString, QString>> form {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                         {QStringLiteral("code"), code},
                                         {QStringLiteral("client_id"), QString(demo::kClientId)},
                                         {QStringLiteral("redirect_uri"), QString(demo::kRedirectUri)}};
    if (withVerifier)
        form.append({QStringLiteral("code_verifier"), kVerifier});
    return http.postForm(QStringLiteral("/services/oauth2/token"), form);
}

void TestOAuthStrictness::restNeedsTheApiScope()
{
    const auto org = startOrg(false);
    OrgHttpClient http(org->url());
    const QString idOnly
        = http.connectDemo(QStringLiteral("id refresh_token")).value(QStringLiteral("access_token")).toString();
    QVERIFY(!idOnly.isEmpty());
    const HttpResult refused
        = http.get(OrgHttpClient::dataPath(QStringLiteral("/limits")), OrgHttpClient::bearer(idOnly));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("INVALID_SESSION_ID"));
    QCOMPARE(refused.array().at(0).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("This session is not valid for use with the REST API"));
    // The identity side still answers such a token.
    QCOMPARE(http.get(QStringLiteral("/services/oauth2/userinfo"), OrgHttpClient::bearer(idOnly)).status, 200);

    for (const QString &scope : {QStringLiteral("api"), QStringLiteral("full")}) {
        const QString token = http.connectDemo(scope).value(QStringLiteral("access_token")).toString();
        QCOMPARE(http.get(OrgHttpClient::dataPath(QStringLiteral("/limits")), OrgHttpClient::bearer(token)).status,
                 200);
    }
}

void TestOAuthStrictness::clientCanRequirePkce()
{
    const auto strict = startOrg(true);
    OrgHttpClient http(strict->url());
    const HttpResult refused = http.authorize(authorizeParams(false));
    QCOMPARE(refused.status, 302);
    const auto params = OrgHttpClient::redirectParams(refused);
    QCOMPARE(OrgHttpClient::param(params, QStringLiteral("error")), QStringLiteral("invalid_request"));
    QCOMPARE(OrgHttpClient::param(params, QStringLiteral("error_description")),
             QStringLiteral("missing required code challenge"));
    QVERIFY(!http.connectDemo().value(QStringLiteral("access_token")).toString().isEmpty()); // with PKCE: fine

    // Without the setting, a flow without PKCE is allowed.
    const auto lax = startOrg(false);
    OrgHttpClient laxHttp(lax->url());
    const HttpResult redirect
        = laxHttp.loginAndDecide(authorizeParams(false), QString(demo::kUsername), QString(demo::kPassword), true);
    const QString code = OrgHttpClient::param(OrgHttpClient::redirectParams(redirect), QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    QCOMPARE(exchange(laxHttp, code, false).status, 200);
}

void TestOAuthStrictness::replayedCodeRevokesWhatItIssued()
{
    const auto org = startOrg(false);
    OrgHttpClient http(org->url());
    const HttpResult redirect
        = http.loginAndDecide(authorizeParams(true), QString(demo::kUsername), QString(demo::kPassword), true);
    const QString code = OrgHttpClient::param(OrgHttpClient::redirectParams(redirect), QStringLiteral("code"));
    const HttpResult first = exchange(http, code, true);
    QCOMPARE(first.status, 200);
    const QString access = first.object().value(QStringLiteral("access_token")).toString();
    const QString refresh = first.object().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refresh.isEmpty());
    QCOMPARE(http.get(OrgHttpClient::dataPath(QStringLiteral("/limits")), OrgHttpClient::bearer(access)).status, 200);
    // A token from a different flow is not affected.
    const QString other = http.connectDemo().value(QStringLiteral("access_token")).toString();

    const HttpResult replay = exchange(http, code, true);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.oauthError(), QStringLiteral("invalid_grant"));
    QCOMPARE(http.get(OrgHttpClient::dataPath(QStringLiteral("/limits")), OrgHttpClient::bearer(access)).status, 401);
    const HttpResult refreshed = http.postForm(QStringLiteral("/services/oauth2/token"),
                                               {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                {QStringLiteral("refresh_token"), refresh},
                                                {QStringLiteral("client_id"), QString(demo::kClientId)}});
    QCOMPARE(refreshed.status, 400);
    QCOMPARE(refreshed.oauthError(), QStringLiteral("invalid_grant"));
    QCOMPARE(http.get(OrgHttpClient::dataPath(QStringLiteral("/limits")), OrgHttpClient::bearer(other)).status, 200);
}

QTEST_GUILESS_MAIN(TestOAuthStrictness)
#include "tst_oauth_strictness.moc"
