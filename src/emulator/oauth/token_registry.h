#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <optional>

namespace hilal::emulator {

// What an authorization code stands for (docs/oauth.md): single-use, bound to the
// client, the redirect URI, the user, the scopes and the PKCE challenge.
struct AuthorizationCode
{
    QString clientId;
    QString redirectUri;
    QString userId;
    QStringList scopes;
    QString codeChallenge; // empty when the authorize request had none
    QDateTime expiresAt;
};

// A live session (access token) or a refresh token's grant.
struct TokenGrant
{
    QString clientId;
    QString userId;
    QStringList scopes;
    QString refreshToken; // for an access token: the refresh token it came from, if any
};

// The OAuth server's memory: codes, access tokens, refresh tokens. Thread-safe, so the test
// controls can be called from any thread. Tokens are random, from the system's CSPRNG; none of
// them ever reaches a log. Sessions are kept by the SHA-256 of the token, never the token
// itself, so the optional persistence file (`--db FILE` → FILE.tokens.json) holds no secret.
class TokenRegistry
{
public:
    // Replayed: the code was exchanged before; whatever that exchange issued is now revoked
    // (RFC 6749 §4.1.2: a code used twice should revoke the tokens issued from it).
    enum class CodeState { Valid, Unknown, Expired, Replayed };

    // `orgId15` prefixes access tokens as Salesforce's do: `<org15>!<random>`.
    explicit TokenRegistry(const QString &orgId15 = QString());
    void setOrgId15(const QString &orgId15);
    // Keep access and refresh tokens (hashed) in `path` across restarts; loads what is there
    // when it belongs to the same org. Codes are never persisted (they live minutes).
    void setPersistenceFile(const QString &path);

    // A fresh code (`aPrx…==`, like Salesforce's) for `code`.
    QString issueCode(const AuthorizationCode &code);
    // Unused codes kept at most; an expired code is still told apart from an unknown one for
    // this long, then forgotten.
    static constexpr int kMaxUnusedCodes = 1000;
    static constexpr int kExpiredCodeGraceSecs = 3600;
    int unusedCodeCount() const;
    // Removes the code whatever its state: a code is spent by its first exchange attempt.
    CodeState takeCode(const QString &code, AuthorizationCode *out);
    // The tokens the (taken) `code` was exchanged for, to revoke them if it comes back.
    void recordIssuedFromCode(const QString &code, const QStringList &tokens);

    QString issueAccessToken(const TokenGrant &grant);
    QString issueRefreshToken(const TokenGrant &grant);

    std::optional<TokenGrant> accessGrant(const QString &accessToken) const;
    std::optional<TokenGrant> refreshGrant(const QString &refreshToken) const;

    // Revokes an access token (that session only) or a refresh token (and every access token
    // issued from it). False when the token is unknown.
    bool revoke(const QString &token);

    // Test controls: every access token stops working (clients must refresh) / every refresh
    // token is revoked with its access tokens (clients must reconnect).
    void expireAccessTokens();
    void revokeRefreshTokens();

    static QString randomToken(int length); // [A-Za-z0-9]

private:
    static QString key(const QString &token);
    void revokeKeyLocked(const QString &hashed);
    void saveLocked() const;

    mutable QMutex m_mutex;
    QString m_orgId15;
    QHash<QString, AuthorizationCode> m_codes;
    QHash<QString, TokenGrant> m_access; // by key(token); refreshToken holds key(refresh)
    QHash<QString, TokenGrant> m_refresh; // by key(token)
    QHash<QString, QStringList> m_spentCodes; // key(code) → keys of the tokens it was exchanged for
    QString m_file;
};

} // namespace hilal::emulator
