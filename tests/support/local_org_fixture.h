#pragma once
// The one local-org login fixture of the tests: a local org on a free loopback port, served by
// this thread's event loop, and a real OAuth web-server login through it with the app's own
// OAuthFlow and loopback catcher. The consent either comes at once (the org's auto-approve) or
// through the org's login and consent pages, played as a browser would (OrgHttpClient::browse).
// The dispatcher, serve and GUI fixtures build on this one.

#include "emulator/local_org.h"
#include "salesforce/connection.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <memory>

namespace hilal::test {

class LocalOrgFixture
{
public:
    enum class Consent { AutoApprove, LoginPages };

    // Set before start(): records, custom fields, rules, extra clients… The callback URL and
    // auto-approve are filled in by start().
    emulator::LocalOrgOptions options;
    std::unique_ptr<emulator::LocalOrg> org;
    QNetworkAccessManager network;
    salesforce::Connection connection; // from the last login
    QUrl callback; // the OAuth redirect URI registered for the demo client
    QString error; // why start() or login() failed

    // Starts the org and logs in once. False with error() set on failure.
    bool start(Consent consent = Consent::AutoApprove, const QString &botId = QStringLiteral("fixture"));
    // A new login on the running org (e.g. after a test revoked every refresh token).
    bool login(const QString &botId = QStringLiteral("fixture"));

    // Requests the org logged with `method` (any when empty) whose path starts with `pathPrefix`.
    int count(const QString &method, const QString &pathPrefix) const;

protected:
    bool fail(const QString &message);

private:
    Consent m_consent = Consent::AutoApprove;
};

} // namespace hilal::test
