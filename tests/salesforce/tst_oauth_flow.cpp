// OAuthFlow: PKCE and state units, then every outcome against the real local org over HTTP —
// success (through the loopback catcher, as the CLI does), deny, wrong state, missing and wrong
// PKCE verifier, a reused code — with the login and consent pages driven by plain HTTP posts.
#include "support/org_http_client.h"
#include "support/wait.h"

#include "emulator/local_org.h"
#include "salesforce/loopback_redirect_catcher.h"
#include "salesforce/oauth_flow.h"
#include "salesforce/redirect_catcher.h"
#include "salesforce/session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "core/app_paths.h"

using namespace hilal::salesforce;
using hilal::emulator::LocalOrg;
using hilal::emulator::LocalOrgOptions;
using hilal::test::waitFor;

using hilal::test::freePort;
using hilal::test::OrgHttpClient;

namespace {

// The seam in its simplest form: the test hands the flow the redirect itself (the GUI's web
// view does the same from a navigation request).
class ManualCatcher : public RedirectCatcher
{
public:
    explicit ManualCatcher(const QUrl &callback)
        : m_callback(callback)
    {
    }
    QUrl callbackUrl() const override { return m_callback; }
    bool start(QString *) override { return true; }
    void openAuthorizeUrl(const QUrl &url) override { opened = url; }
    void finish(bool ok, const QString &message) override
    {
        finished = true;
        success = ok;
        finalMessage = message;
    }
    void deliver(const QUrl &url) { emit redirectReceived(url); }

    QUrl opened;
    bool finished = false;
    bool success = false;
    QString finalMessage;

private:
    QUrl m_callback;
};

QUrl withQueryItem(QUrl url, const QString &key, const QString &value)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(key);
    q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

int tokenRequests(const LocalOrg &org)
{
    int n = 0;
    for (const auto &r : org.requests())
        n += (r.method == QLatin1String("POST") && r.path == QLatin1String("/services/oauth2/token")) ? 1 : 0;
    return n;
}

} // namespace

class TestOAuthFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    std::unique_ptr<LocalOrg> m_org;
    QUrl m_callback;
    QNetworkAccessManager m_network;

    OAuthFlow::Settings settings() const
    {
        OAuthFlow::Settings s;
        s.botId = QStringLiteral("bot-1");
        s.clientId = QStringLiteral("PlatformCLI");
        s.loginUrl = m_org->url();
        s.timeoutMs = 20000;
        return s;
    }

    // Starts a flow with `catcher` and returns the authorize URL it produced.
    QUrl startFlow(OAuthFlow &flow)
    {
        QSignalSpy ready(&flow, &OAuthFlow::authorizeUrlReady);
        flow.start();
        if (!ready.wait(10000))
            return {};
        return ready.first().first().toUrl();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        hilal::AppPaths::setDataDirOverride(m_dataDir.path());
        m_callback = QUrl(QStringLiteral("http://localhost:%1/OauthRedirect").arg(freePort()));
        LocalOrgOptions options;
        options.records = 20;
        options.redirectUris = {m_callback.toString()};
        // A Connected App that requires its consumer secret (the default for new apps).
        options.extraClients.append({QStringLiteral("3MVG9SECRET.app"),
                                     QStringLiteral("s3cret-consumer-value"),
                                     {m_callback.toString()},
                                     {},
                                     false});
        m_org = std::make_unique<LocalOrg>(options);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    void pkceWorkedPair()
    {
        // docs/oauth.md.
        QCOMPARE(OAuthFlow::codeChallengeS256(QStringLiteral("sK9vQ2mX7pLr4TnW8yZb3Hc6Jd1Fg5Ae0Uo_Iq-Ew2Rt")),
                 QStringLiteral("qFcLoRHiFh48An0sheAMWM_nqHTdghqZFOiMiN3PrjE"));
    }

    void verifiersAndStatesAreFreshAndWellFormed()
    {
        const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
        const QString a = OAuthFlow::newCodeVerifier();
        const QString b = OAuthFlow::newCodeVerifier();
        QVERIFY(unreserved.match(a).hasMatch());
        QVERIFY(a != b);
        QVERIFY(OAuthFlow::newState() != OAuthFlow::newState());
        QVERIFY(OAuthFlow::newState().size() >= 16);
    }

    void loginHosts()
    {
        QCOMPARE(loginUrlFor(OrgKind::Production), QUrl(QStringLiteral("https://login.salesforce.com")));
        QCOMPARE(loginUrlFor(OrgKind::Sandbox), QUrl(QStringLiteral("https://test.salesforce.com")));
        QCOMPARE(loginUrlFor(OrgKind::Sandbox, QUrl(QStringLiteral("https://acme--dev.sandbox.my.salesforce.com/x?y"))),
                 QUrl(QStringLiteral("https://acme--dev.sandbox.my.salesforce.com")));
    }

    void authorizeUrlCarriesPkceStateAndScopes()
    {
        ManualCatcher catcher(m_callback);
        OAuthFlow::Settings s = settings();
        s.loginUrl = QUrl(QStringLiteral("https://test.salesforce.com"));
        s.orgKind = OrgKind::Sandbox;
        OAuthFlow flow(s, &catcher, &m_network);
        const QUrl url = startFlow(flow);
        QCOMPARE(url.host(), QStringLiteral("test.salesforce.com"));
        QCOMPARE(url.path(), QStringLiteral("/services/oauth2/authorize"));
        QCOMPARE(catcher.opened, url);
        const QUrlQuery q(url);
        auto item = [&q](const char *k) { return q.queryItemValue(QLatin1String(k), QUrl::FullyDecoded); };
        QCOMPARE(item("response_type"), QStringLiteral("code"));
        QCOMPARE(item("client_id"), QStringLiteral("PlatformCLI"));
        QCOMPARE(item("redirect_uri"), m_callback.toString());
        QCOMPARE(item("scope"), QStringLiteral("api refresh_token"));
        QCOMPARE(item("code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(item("code_challenge").size(), 43);
        QCOMPARE(item("prompt"), QStringLiteral("login"));
        QVERIFY(item("state").size() >= 16);
        QCOMPARE(q.allQueryItemValues(QStringLiteral("state")).size(), 1);
        QCOMPARE(flow.stage(), OAuthFlow::Stage::WaitingForBrowser);
    }

    void successThroughTheLoopbackCatcher()
    {
        m_org->resetRequests();
        LoopbackRedirectCatcher catcher(m_callback);
        OAuthFlow flow(settings(), &catcher, &m_network);
        QSignalSpy succeeded(&flow, &OAuthFlow::succeeded);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        const QUrl authorize = startFlow(flow);
        QVERIFY(authorize.isValid());

        OrgHttpClient browser;
        const QUrl redirect = browser.browse(authorize);
        QVERIFY2(redirect.isValid(), qPrintable(browser.error()));
        QCOMPARE(redirect.port(), m_callback.port());
        // The browser follows the redirect to our loopback listener, which answers once the
        // flow is complete.
        int status = 0;
        const QByteArray page = browser.fetch(redirect, &status);
        QCOMPARE(status, 200);
        QVERIFY(page.contains("Connected to Salesforce"));
        QTRY_COMPARE(succeeded.count() + failed.count(), 1);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(flow.error().message));

        const Connection c = flow.connection();
        QCOMPARE(c.botId, QStringLiteral("bot-1"));
        QVERIFY(!c.accessToken.isEmpty());
        QVERIFY(!c.refreshToken.isEmpty());
        QCOMPARE(c.instanceUrl.port(), m_org->url().port());
        QCOMPARE(c.orgId, m_org->organizationId());
        QCOMPARE(c.username, QString(hilal::emulator::demo::kUsername));
        QCOMPARE(c.userId.size(), 18);
        QVERIFY(c.identityUrl.path().endsWith(c.userId));
        QVERIFY(c.issuedAt.isValid());
        QVERIFY(qAbs(c.issuedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120); // ms were read as ms
        QVERIFY(!c.apiVersion.isEmpty());
        QCOMPARE(c.clientId, QStringLiteral("PlatformCLI"));
        // From the Organization row (authoritative), not just from the login host.
        QVERIFY(!c.isSandbox);
        QVERIFY2(!c.organizationType.isEmpty(), "the Organization query did not run");
        QCOMPARE(tokenRequests(*m_org), 1);
        // A second browser hit on the callback is refused: the listener is closed.
        int again = 0;
        browser.fetch(redirect, &again);
        QVERIFY(again != 200);
    }

    // Any local process can reach the loopback listener: a request with a wrong state is
    // answered 400 and ignored, and the real redirect still completes the login.
    void loopbackCatcherIgnoresAWrongState()
    {
        LoopbackRedirectCatcher catcher(m_callback);
        OAuthFlow flow(settings(), &catcher, &m_network);
        QSignalSpy succeeded(&flow, &OAuthFlow::succeeded);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        const QUrl authorize = startFlow(flow);
        QVERIFY(authorize.isValid());
        OrgHttpClient browser;
        int status = 0;
        QUrl forged = m_callback;
        forged.setQuery(QStringLiteral("error=access_denied&state=forged"));
        browser.fetch(forged, &status);
        QCOMPARE(status, 400);
        forged.setQuery(QStringLiteral("code=whatever"));
        browser.fetch(forged, &status);
        QCOMPARE(status, 400);
        QTest::qWait(50);
        QVERIFY(failed.isEmpty());

        const QUrl redirect = browser.browse(authorize);
        QVERIFY2(redirect.isValid(), qPrintable(browser.error()));
        const QByteArray page = browser.fetch(redirect, &status);
        QCOMPARE(status, 200);
        QVERIFY(page.contains("Connected to Salesforce"));
        QTRY_COMPARE(succeeded.count() + failed.count(), 1);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(flow.error().message));
    }

    // The consumer secret goes with the code exchange and with every refresh; it is kept with
    // the connection (in the keychain), never in a setting.
    void clientSecretIsSentOnTokenAndRefreshCalls()
    {
        OAuthFlow::Settings s = settings();
        s.clientId = QStringLiteral("3MVG9SECRET.app");
        s.clientSecret = QStringLiteral("s3cret-consumer-value");
        LoopbackRedirectCatcher catcher(m_callback);
        OAuthFlow flow(s, &catcher, &m_network);
        QSignalSpy succeeded(&flow, &OAuthFlow::succeeded);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        OrgHttpClient browser;
        const QUrl redirect = browser.browse(startFlow(flow));
        QVERIFY2(redirect.isValid(), qPrintable(browser.error()));
        int status = 0;
        browser.fetch(redirect, &status);
        QTRY_COMPARE(succeeded.count() + failed.count(), 1);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(flow.error().message));
        const Connection c = flow.connection();
        QCOMPARE(c.clientSecret, s.clientSecret);
        QCOMPARE(Connection::fromJson(c.toJson()).clientSecret, s.clientSecret);

        auto refresh = [this](const Connection &connection) {
            Session session(connection.botId, nullptr, &m_network);
            session.setConnection(connection, false);
            SalesforceError result = SalesforceError::make(SalesforceError::Kind::Timeout, QStringLiteral("no answer"));
            bool done = false;
            session.refresh(session.generation(), nullptr, [&](const SalesforceError &e) {
                result = e;
                done = true;
            });
            [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return done; }, 20000);
            return result;
        };
        QVERIFY2(!refresh(c).isError(), qPrintable(refresh(c).message));
        Connection withoutSecret = c;
        withoutSecret.clientSecret.clear();
        const SalesforceError refused = refresh(withoutSecret);
        QVERIFY(refused.isError());
    }

    // A Connected App that requires its secret refuses the code exchange without it, with
    // Salesforce's own error (docs/oauth.md).
    void codeExchangeWithoutTheRequiredSecretIsRefused()
    {
        OAuthFlow::Settings s = settings();
        s.clientId = QStringLiteral("3MVG9SECRET.app");
        LoopbackRedirectCatcher catcher(m_callback);
        OAuthFlow flow(s, &catcher, &m_network);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        OrgHttpClient browser;
        const QUrl redirect = browser.browse(startFlow(flow));
        QVERIFY2(redirect.isValid(), qPrintable(browser.error()));
        int status = 0;
        browser.fetch(redirect, &status);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(flow.error().errorCode, QStringLiteral("invalid_client"));
        QVERIFY2(flow.error().message.contains(QLatin1String("invalid client credentials")),
                 qPrintable(flow.error().message));
    }

    void denyIsAClearSentence()
    {
        LoopbackRedirectCatcher catcher(m_callback);
        OAuthFlow flow(settings(), &catcher, &m_network);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        OrgHttpClient browser;
        const QUrl redirect = browser.browse(startFlow(flow), QStringLiteral("deny"));
        QVERIFY2(redirect.isValid(), qPrintable(browser.error()));
        int status = 0;
        const QByteArray page = browser.fetch(redirect, &status);
        QCOMPARE(status, 400);
        QVERIFY(page.contains("denied"));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(flow.error().kind, SalesforceError::Kind::OAuth);
        QCOMPARE(flow.error().errorCode, QStringLiteral("access_denied"));
        QVERIFY(flow.error().message.contains(QLatin1String("denied")));
    }

    void hyphenatedDenialIsToleratedToo()
    {
        ManualCatcher catcher(m_callback);
        OAuthFlow flow(settings(), &catcher, &m_network);
        const QUrl authorize = startFlow(flow);
        const QString state = QUrlQuery(authorize).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        QUrl redirect = m_callback;
        redirect.setQuery(QStringLiteral("error=access-denied&error_description=end-user+denied+authorization&state=")
                          + state);
        catcher.deliver(redirect);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(flow.error().errorCode, QStringLiteral("access_denied"));
        QVERIFY(catcher.finished && !catcher.success);
    }

    void wrongStateIsRefusedBeforeAnythingElse()
    {
        m_org->resetRequests();
        ManualCatcher catcher(m_callback);
        OAuthFlow flow(settings(), &catcher, &m_network);
        QSignalSpy failed(&flow, &OAuthFlow::failed);
        OrgHttpClient browser;
        const QUrl redirect = browser.browse(startFlow(flow));
        QVERIFY2(redirect.isValid(), qPrintable(browser.error()));
        QVERIFY(QUrlQuery(redirect).hasQueryItem(QStringLiteral("code")));
        catcher.deliver(withQueryItem(redirect, QStringLiteral("state"), QStringLiteral("forged-state")));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(flow.error().errorCode, QStringLiteral("state_mismatch"));
        QVERIFY(flow.error().message.contains(QLatin1String("state")));
        QCOMPARE(tokenRequests(*m_org), 0); // the code was never used
        QVERIFY(catcher.finished && !catcher.success);

        // Even an error answer is ignored when its state is wrong: state is checked first.
        ManualCatcher catcher2(m_callback);
        OAuthFlow flow2(settings(), &catcher2, &m_network);
        startFlow(flow2);
        QSignalSpy failed2(&flow2, &OAuthFlow::failed);
        QUrl forgedDeny = m_callback;
        forgedDeny.setQuery(QStringLiteral("error=access_denied&state=forged"));
        catcher2.deliver(forgedDeny);
        QTRY_COMPARE(failed2.count(), 1);
        QCOMPARE(flow2.error().errorCode, QStringLiteral("state_mismatch"));
    }

    void missingOrWrongVerifierAndReusedCode()
    {
        OrgHttpClient browser;
        QUrl tokenUrl = m_org->url();
        tokenUrl.setPath(QStringLiteral("/services/oauth2/token"));
        auto exchange = [&](const QString &code, const QString &verifier) {
            QByteArray body = "grant_type=authorization_code&client_id=PlatformCLI&code="
                + QUrl::toPercentEncoding(code) + "&redirect_uri=" + QUrl::toPercentEncoding(m_callback.toString());
            if (!verifier.isNull())
                body += "&code_verifier=" + QUrl::toPercentEncoding(verifier);
            QNetworkRequest req(tokenUrl);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            QNetworkReply *reply = m_network.post(req, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
            reply->deleteLater();
            return SalesforceError::fromHttp(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                             reply->readAll());
        };

        // Missing verifier: the org refuses the code.
        ManualCatcher c1(m_callback);
        OAuthFlow f1(settings(), &c1, &m_network);
        const QUrl r1 = browser.browse(startFlow(f1));
        const SalesforceError missing
            = exchange(QUrlQuery(r1).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QString());
        QCOMPARE(missing.errorCode, QStringLiteral("invalid_grant"));
        QCOMPARE(missing.message, QStringLiteral("invalid code verifier"));

        // Wrong verifier (a hex digest is the classic mistake).
        ManualCatcher c2(m_callback);
        OAuthFlow f2(settings(), &c2, &m_network);
        const QUrl r2 = browser.browse(startFlow(f2));
        const SalesforceError wrong = exchange(QUrlQuery(r2).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                                               QStringLiteral("sK9vQ2mX7pLr4TnW8yZb3Hc6Jd1Fg5Ae0Uo_Iq-Ew2Rt"));
        QCOMPARE(wrong.errorCode, QStringLiteral("invalid_grant"));
        QCOMPARE(wrong.message, QStringLiteral("invalid code verifier"));
        QVERIFY(OAuthFlow::describeOAuthError(wrong.errorCode, wrong.message)
                    .contains(QLatin1String("invalid code verifier")));

        // The flow then gets the same (now used) code: Salesforce says invalid authorization
        // code, and the flow fails with a sentence instead of hanging.
        QSignalSpy failed(&f2, &OAuthFlow::failed);
        c2.deliver(r2);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(f2.error().kind, SalesforceError::Kind::OAuth);
        QCOMPARE(f2.error().errorCode, QStringLiteral("invalid_grant"));
        QVERIFY2(f2.error().message.contains(QLatin1String("invalid authorization code")),
                 qPrintable(f2.error().message));
        QVERIFY(f2.error().message.contains(QLatin1String("Start Connect again")));
    }

    void adoptAnAccessToken()
    {
        ManualCatcher catcher(m_callback);
        OAuthFlow flow(settings(), &catcher, &m_network);
        OrgHttpClient browser;
        const QUrl redirect = browser.browse(startFlow(flow));
        QSignalSpy ok(&flow, &OAuthFlow::succeeded);
        catcher.deliver(redirect);
        QVERIFY(ok.wait(20000));

        OAuthFlow adopt(settings(), nullptr, &m_network);
        QSignalSpy adopted(&adopt, &OAuthFlow::succeeded);
        adopt.adoptAccessToken(flow.connection().accessToken, m_org->url());
        QVERIFY(adopted.wait(20000));
        const Connection c = adopt.connection();
        QCOMPARE(c.orgId, m_org->organizationId());
        QCOMPARE(c.username, QString(hilal::emulator::demo::kUsername));
        QVERIFY(c.refreshToken.isEmpty());
        QVERIFY(!c.canRefresh());

        OAuthFlow bad(settings(), nullptr, &m_network);
        QSignalSpy badFailed(&bad, &OAuthFlow::failed);
        bad.adoptAccessToken(QStringLiteral("not-a-token"), m_org->url());
        QVERIFY(badFailed.wait(20000));
        QVERIFY(!bad.error().message.isEmpty());
    }

    void loopbackCatcherServesOnlyTheCallback()
    {
        const QUrl callback(QStringLiteral("http://localhost:%1/OauthRedirect").arg(freePort()));
        LoopbackRedirectCatcher catcher(callback);
        QString error;
        QVERIFY2(catcher.start(&error), qPrintable(error));
        OrgHttpClient browser;
        int status = 0;
        QUrl other = callback;
        other.setPath(QStringLiteral("/favicon.ico"));
        browser.fetch(other, &status);
        QCOMPARE(status, 404);
        // A second listener on the same port says why it can't.
        LoopbackRedirectCatcher second(callback);
        QVERIFY(!second.start(&error));
        QVERIFY(error.contains(QString::number(callback.port())));
        // Non-local callbacks can't be caught here.
        LoopbackRedirectCatcher remote(QUrl(QStringLiteral("https://example.com/cb")));
        QVERIFY(!remote.start(&error));
        QVERIFY(error.contains(QLatin1String("salesforce.callbackUrl")));
    }
};

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauth_flow.moc"
