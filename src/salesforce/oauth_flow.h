#pragma once

#include "salesforce/connection.h"
#include "salesforce/salesforce_error.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace hilal::salesforce {

class RedirectCatcher;
class SalesforceCodeFlow;

// Connecting a bot: OAuth 2.0 web-server flow with PKCE (S256) as Salesforce runs it
// (section 1), on QtNetworkAuth's QOAuth2AuthorizationCodeFlow, then userinfo and the
// Organization row. One object per attempt; it emits succeeded() or failed() exactly once, then
// finished(). It does not store anything — the caller saves connection() via TokenStore.
//
//   auto *flow = new OAuthFlow(settings, myCatcher, network, this);
//   connect(flow, &OAuthFlow::authorizeUrlReady, this, [](const QUrl &u) { /* open browser */ });
//   connect(flow, &OAuthFlow::succeeded, this, [](const Connection &c) { store->save(c); });
//   connect(flow, &OAuthFlow::failed, this, [](const SalesforceError &e) { show(e.message); });
//   flow->start();
class OAuthFlow : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString botId;
        QString clientId = QStringLiteral("PlatformCLI"); // Config salesforce.clientId
        QString clientSecret; // empty for public (PKCE) clients
        QUrl loginUrl; // loginUrlFor(orgKind, customLoginUrl)
        OrgKind orgKind = OrgKind::Production;
        QString scope = QStringLiteral("api refresh_token");
        QString prompt = QStringLiteral("login"); // empty → not sent
        QString loginHint;
        QString apiVersion; // empty → Config salesforce.apiVersion
        int timeoutMs = 30000; // per HTTP request after the browser step
    };

    enum class Stage { Idle, WaitingForBrowser, ExchangingCode, ReadingIdentity, Done };
    Q_ENUM(Stage)

    // `catcher` supplies the redirect_uri and catches the callback; not owned. `network` null →
    // the flow creates its own.
    OAuthFlow(const Settings &settings, RedirectCatcher *catcher, QNetworkAccessManager *network = nullptr,
              QObject *parent = nullptr);
    ~OAuthFlow() override;

    // Starts the catcher and builds the authorize URL (authorizeUrlReady follows, queued).
    void start();
    // Gives up; failed(Cancelled) follows unless already finished.
    void cancel();

    Stage stage() const { return m_stage; }
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    Connection connection() const { return m_connection; }
    const SalesforceError &error() const { return m_error; }

    // PKCE helpers (RFC 7636): a fresh 43+ char verifier from [A-Za-z0-9-._~] and its S256
    // challenge, base64url without padding.
    static QString newCodeVerifier();
    static QString codeChallengeS256(const QString &verifier);
    // A fresh random state (128 bits, base64url).
    static QString newState();
    // A sentence for an OAuth `error` (+ description) from the redirect or the token endpoint.
    static QString describeOAuthError(const QString &error, const QString &description);

    // Completes a Connection from a bare access token (`connect --access-token`): userinfo and
    // the Organization row. Emits succeeded/failed like the browser flow. No refresh token.
    void adoptAccessToken(const QString &accessToken, const QUrl &instanceUrl);

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    void stageChanged(hilal::salesforce::OAuthFlow::Stage stage);
    void succeeded(const hilal::salesforce::Connection &connection);
    void failed(const hilal::salesforce::SalesforceError &error);
    void finished();

private:
    void setStage(Stage stage);
    void onRedirect(const QUrl &url);
    void onTokens(const QVariantMap &tokens);
    void readIdentity();
    void readOrganization();
    void succeed();
    void fail(const SalesforceError &error);

    Settings m_settings;
    QPointer<RedirectCatcher> m_catcher;
    QNetworkAccessManager *m_network;
    SalesforceCodeFlow *m_flow = nullptr;
    class Session *m_session = nullptr;
    class RestClient *m_client = nullptr;
    Stage m_stage = Stage::Idle;
    QString m_state;
    QString m_verifier;
    QUrl m_authorizeUrl;
    Connection m_connection;
    SalesforceError m_error;
    bool m_finished = false;
    bool m_adopting = false; // adoptAccessToken(): the token came from the user, not a login
};

} // namespace hilal::salesforce
