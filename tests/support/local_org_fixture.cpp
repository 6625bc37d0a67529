#include "local_org_fixture.h"

#include "support/org_http_client.h"
#include "support/wait.h"

#include "salesforce/loopback_redirect_catcher.h"
#include "salesforce/oauth_flow.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>

namespace hilal::test {

bool LocalOrgFixture::start(Consent consent, const QString &botId)
{
    m_consent = consent;
    // The callback port stays taken while the org starts: the org listens on port 0, and the
    // kernel could otherwise hand it the very port the catcher is about to listen on.
    QTcpServer reserved;
    if (!reserved.listen(QHostAddress::LocalHost, 0))
        return fail(QStringLiteral("no free loopback port: ") + reserved.errorString());
    callback = QUrl(QStringLiteral("http://localhost:%1/OauthRedirect").arg(reserved.serverPort()));
    options.redirectUris = {callback.toString()};
    options.autoApprove = consent == Consent::AutoApprove;
    org = std::make_unique<emulator::LocalOrg>(options);
    if (!org->start(&error))
        return false;
    reserved.close();
    return login(botId);
}

bool LocalOrgFixture::login(const QString &botId)
{
    salesforce::LoopbackRedirectCatcher catcher(callback);
    salesforce::OAuthFlow::Settings settings;
    settings.botId = botId;
    settings.loginUrl = org->url();
    salesforce::OAuthFlow flow(settings, &catcher, &network);
    QSignalSpy ready(&flow, &salesforce::OAuthFlow::authorizeUrlReady);
    QSignalSpy finished(&flow, &salesforce::OAuthFlow::finished);
    flow.start();
    if (!ready.wait(20000))
        return fail(QStringLiteral("no authorize URL: ")
                    + (flow.error() ? flow.error().message : QStringLiteral("none came")));
    const QUrl authorizeUrl = ready.first().first().toUrl();
    OrgHttpClient browser;
    QUrl redirect;
    if (m_consent == Consent::AutoApprove) {
        // The authorize URL redirects straight to the callback with a code.
        const HttpResult authorized
            = OrgHttpClient::finish(browser.start("GET", authorizeUrl.toString(QUrl::FullyEncoded)));
        redirect = QUrl::fromEncoded(authorized.header("Location"));
    } else {
        redirect = browser.browse(authorizeUrl);
        if (!redirect.isValid())
            return fail(browser.error());
    }
    if (!redirect.isValid())
        return fail(QStringLiteral("authorize did not redirect"));
    int status = 0;
    browser.fetch(redirect, &status);
    if (finished.isEmpty() && !finished.wait(20000))
        return fail(QStringLiteral("the OAuth flow did not finish"));
    if (flow.error())
        return fail(flow.error().message);
    connection = flow.connection();
    return connection.isValid() || fail(QStringLiteral("no connection"));
}

int LocalOrgFixture::count(const QString &method, const QString &pathPrefix) const
{
    int n = 0;
    for (const auto &r : org->requests())
        n += ((method.isEmpty() || r.method == method) && r.path.startsWith(pathPrefix)) ? 1 : 0;
    return n;
}

bool LocalOrgFixture::fail(const QString &message)
{
    error = message;
    return false;
}

} // namespace hilal::test
