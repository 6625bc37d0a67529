#pragma once

#include "emulator/http/http_request.h"
#include "emulator/http/http_response.h"
#include "emulator/local_org_options.h"
#include "emulator/store/org_store.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>

#include <functional>
#include <optional>

namespace hilal::emulator {

class TokenRegistry;

// Salesforce's OAuth endpoints as the local org serves them (docs/oauth.md):
//   /services/oauth2/authorize  login page → consent page → 302 to the redirect URI
//   /services/oauth2/token      authorization_code (PKCE), refresh_token, password
//   /services/oauth2/revoke     access or refresh token
//   /services/oauth2/userinfo   OpenID Connect user info
//   /id/{orgId}/{userId}        the identity URL of the token response
// Client secrets: a client that has one must present it on every token call (form or HTTP
// Basic); the password grant needs a client with a secret, as Salesforce's does.
class OAuthServer
{
public:
    struct Directory
    {
        QString orgId18;
        std::function<std::optional<UserRecord>(const QString &userId)> userById;
        std::function<std::optional<UserRecord>(const QString &username)> userByUsername;
        std::function<std::optional<UserRecord>(const QString &username, const QString &password)> authenticate;
    };

    OAuthServer(const LocalOrgOptions &options, TokenRegistry *tokens, Directory directory);

    // The instance URL (= login host): http://127.0.0.1:PORT. Set once listening.
    void setBaseUrl(const QUrl &url);

    // Login pages shown but not finished, kept at most (each also expires after 15 minutes).
    static constexpr int kMaxPendingLogins = 1000;

    // Answers when `path` (no trailing slash) is one of the OAuth or identity routes.
    std::optional<HttpResponse> handle(const HttpRequest &request, const QString &path);

    // The access token of an `Authorization: Bearer|OAuth <t>` header; empty when none.
    static QString bearerToken(const HttpRequest &request);
    // base64url(SHA-256(verifier)), no padding (RFC 7636 S256).
    static QString s256(const QString &verifier);

private:
    // A login in progress between the authorize request and the consent decision.
    struct Pending
    {
        const OAuthClientConfig *client = nullptr;
        QString redirectUri;
        QString state;
        QStringList scopes;
        QString codeChallenge;
        QString loginHint;
        QString userId; // set once the password was right
        QString username;
        QDateTime expiresAt;
    };

    HttpResponse authorize(const HttpRequest &request);
    HttpResponse continueLogin(const HttpRequest::Params &params);
    HttpResponse token(const HttpRequest &request);
    HttpResponse authorizationCodeGrant(const OAuthClientConfig &client, const HttpRequest::Params &params);
    HttpResponse refreshTokenGrant(const OAuthClientConfig &client, const HttpRequest::Params &params);
    HttpResponse passwordGrant(const OAuthClientConfig &client, const HttpRequest::Params &params);
    HttpResponse tokenResponse(const OAuthClientConfig &client, const QString &userId, const QStringList &scopes,
                               const QString &refreshToken, const QString &newRefreshToken);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse userinfo(const HttpRequest &request);
    HttpResponse identity(const HttpRequest &request, const QString &path);

    HttpResponse issueCodeRedirect(const Pending &pending);
    std::optional<UserRecord> authenticatedUser(const HttpRequest &request, HttpResponse *error) const;
    const OAuthClientConfig *client(const QString &id) const;
    QString identityUrl(const QString &userId) const;
    QJsonObject urls(const QString &version, const QString &userId) const;

    static QString redirectWith(const QString &redirectUri, const QList<QPair<QString, QString>> &params);
    void dropExpiredPending();

    QVector<OAuthClientConfig> m_clients;
    QString m_username;
    int m_codeTtlSecs;
    bool m_autoApprove;
    TokenRegistry *m_tokens;
    Directory m_directory;
    QUrl m_baseUrl;
    QHash<QString, Pending> m_pending;
};

} // namespace hilal::emulator
