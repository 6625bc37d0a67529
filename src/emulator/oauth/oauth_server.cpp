#include "emulator/oauth/oauth_server.h"

#include "emulator/oauth/login_page.h"
#include "emulator/oauth/token_registry.h"
#include "emulator/rest/api_versions.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace hilal::emulator {

namespace {

const QString kUnknownTxn
    = QStringLiteral("This login page has expired or was already used. Go back to your application and connect again.");

QString param(const HttpRequest::Params &params, const char *key)
{
    return HttpRequest::value(params, QLatin1String(key));
}

bool has(const HttpRequest::Params &params, const char *key)
{
    return HttpRequest::contains(params, QLatin1String(key));
}

QStringList splitScopes(const QString &scope)
{
    QStringList scopes;
    for (const QString &s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!scopes.contains(s))
            scopes.append(s);
    }
    return scopes;
}

bool grantsRefresh(const QStringList &scopes)
{
    return scopes.contains(QLatin1String("refresh_token")) || scopes.contains(QLatin1String("offline_access"));
}

// Compares secrets without leaking their common prefix length through timing.
bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= char(x[i] ^ y[i]);
    return diff == 0;
}

HttpResponse badAuthorizePage(const QByteArray &error, const QByteArray &description)
{
    // Not redirected: the redirect target itself can't be trusted (docs/oauth.md).
    HttpResponse response = HttpResponse::text(
        400, "error=" + error + "&error_description=" + QUrl::toPercentEncoding(QString::fromLatin1(description)));
    return response;
}

QJsonObject photoUrls(const QString &base)
{
    const QString picture = base + QStringLiteral("/profilephoto/005/F");
    const QString thumbnail = base + QStringLiteral("/profilephoto/005/T");
    return QJsonObject {{QStringLiteral("picture"), picture}, {QStringLiteral("thumbnail"), thumbnail}};
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

OAuthServer::OAuthServer(const LocalOrgOptions &options, TokenRegistry *tokens, Directory directory)
    : m_username(options.username)
    , m_codeTtlSecs(options.authorizationCodeTtlSecs)
    , m_autoApprove(options.autoApprove)
    , m_tokens(tokens)
    , m_directory(std::move(directory))
{
    m_clients.append({options.clientId, options.clientSecret, options.redirectUris, {}, false, options.requirePkce});
    m_clients += options.extraClients;
    for (OAuthClientConfig &client : m_clients) {
        if (client.scopes.isEmpty())
            client.scopes = QString(demo::kAllowedScopes).split(QLatin1Char(' '));
    }
}

void OAuthServer::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

std::optional<HttpResponse> OAuthServer::handle(const HttpRequest &request, const QString &path)
{
    if (path == QLatin1String("/services/oauth2/authorize"))
        return authorize(request);
    if (path == QLatin1String("/services/oauth2/token"))
        return token(request);
    if (path == QLatin1String("/services/oauth2/revoke"))
        return revoke(request);
    if (path == QLatin1String("/services/oauth2/userinfo"))
        return userinfo(request);
    if (path.startsWith(QLatin1String("/id/")))
        return identity(request, path);
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// authorize

HttpResponse OAuthServer::authorize(const HttpRequest &request)
{
    HttpRequest::Params params = request.query;
    if (request.method == QLatin1String("POST"))
        params = request.form() + params; // the form wins over the query
    else if (request.method != QLatin1String("GET"))
        return HttpResponse::text(405, "Method Not Allowed");

    dropExpiredPending();
    if (has(params, "txn"))
        return continueLogin(params);

    // 1. Who asks and where the answer goes: no redirect when either is wrong.
    const OAuthClientConfig *app = client(param(params, "client_id"));
    if (!app)
        return badAuthorizePage("invalid_client_id", "client identifier invalid");
    const QString redirectUri = param(params, "redirect_uri");
    if (!app->redirectUris.contains(redirectUri))
        return badAuthorizePage("redirect_uri_mismatch", "redirect_uri must match configuration");

    // 2. Everything else is answered at the redirect URI, with the state.
    const QString state = param(params, "state");
    auto fail = [&](const char *error, const char *description) {
        QList<QPair<QString, QString>> query {{QStringLiteral("error"), QLatin1String(error)},
                                              {QStringLiteral("error_description"), QLatin1String(description)}};
        if (has(params, "state"))
            query.append({QStringLiteral("state"), state});
        return HttpResponse::redirect(redirectWith(redirectUri, query));
    };
    if (param(params, "response_type") != QLatin1String("code"))
        return fail("unsupported_response_type", "response type not supported");
    const QString method = param(params, "code_challenge_method");
    const QString challenge = param(params, "code_challenge");
    // Salesforce reads an absent method as S256 (jsforce never sends one); `plain` is refused.
    if (!method.isEmpty() && method != QLatin1String("S256"))
        return fail("invalid_request", "invalid code_challenge_method: only S256 is supported");
    if ((!method.isEmpty() || app->requirePkce) && challenge.isEmpty())
        return fail("invalid_request", "missing required code challenge");
    QStringList scopes = splitScopes(param(params, "scope"));
    if (scopes.isEmpty())
        scopes = QString(demo::kDefaultScopes).split(QLatin1Char(' '));
    for (const QString &scope : std::as_const(scopes)) {
        if (!app->scopes.contains(scope))
            return fail("invalid_scope", "the requested scope is not allowed");
    }

    Pending pending;
    pending.client = app;
    pending.redirectUri = redirectUri;
    pending.state = has(params, "state") ? state : QString();
    pending.scopes = scopes;
    pending.codeChallenge = challenge;
    pending.loginHint = param(params, "login_hint");
    pending.expiresAt = QDateTime::currentDateTimeUtc().addSecs(15 * 60);

    if (m_autoApprove) {
        const std::optional<UserRecord> user = m_directory.userByUsername(m_username);
        if (user) {
            pending.userId = user->id;
            pending.username = user->username;
            return issueCodeRedirect(pending);
        }
    }
    // No session cookie here, so there is never a login to reuse.
    if (param(params, "immediate") == QLatin1String("true"))
        return fail("immediate_unsuccessful", "user is not logged in");

    const QString txn = TokenRegistry::randomToken(32);
    // Pending logins are capped: past the cap the one closest to expiry goes (its login page
    // then says it expired), so a client opening login pages in a loop cannot grow memory.
    while (m_pending.size() >= kMaxPendingLogins) {
        auto oldest = m_pending.begin();
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            if (it.value().expiresAt < oldest.value().expiresAt)
                oldest = it;
        }
        m_pending.erase(oldest);
    }
    m_pending.insert(txn, pending);
    return HttpResponse::html(200, LoginPage::login(txn, app->id, pending.loginHint));
}

HttpResponse OAuthServer::continueLogin(const HttpRequest::Params &params)
{
    const QString txn = param(params, "txn");
    const auto it = m_pending.find(txn);
    if (it == m_pending.end())
        return HttpResponse::html(400, LoginPage::problem(QStringLiteral("Page expired"), kUnknownTxn));
    Pending &pending = it.value();

    if (has(params, "username") || has(params, "password")) {
        const QString username = param(params, "username").trimmed();
        const std::optional<UserRecord> user = m_directory.authenticate(username, param(params, "password"));
        if (!user || !user->isActive) {
            return HttpResponse::html(
                200,
                LoginPage::login(txn, pending.client->id, username,
                                 QStringLiteral("Please check your username and password. If you "
                                                "still can't log in, contact your Salesforce administrator.")));
        }
        pending.userId = user->id;
        pending.username = user->username;
        return HttpResponse::html(200, LoginPage::consent(txn, pending.client->id, pending.username, pending.scopes));
    }

    const QString decision = param(params, "decision");
    if (pending.userId.isEmpty() || (decision != QLatin1String("allow") && decision != QLatin1String("deny"))) {
        return HttpResponse::html(
            400,
            LoginPage::problem(QStringLiteral("Log in first"),
                               QStringLiteral("Log in with your username and password, then allow or deny access.")));
    }
    const Pending done = pending;
    m_pending.erase(it);
    if (decision == QLatin1String("deny")) {
        QList<QPair<QString, QString>> query {
            {QStringLiteral("error"), QStringLiteral("access_denied")},
            {QStringLiteral("error_description"), QStringLiteral("end-user denied authorization")}};
        if (!done.state.isNull())
            query.append({QStringLiteral("state"), done.state});
        return HttpResponse::redirect(redirectWith(done.redirectUri, query));
    }
    return issueCodeRedirect(done);
}

HttpResponse OAuthServer::issueCodeRedirect(const Pending &pending)
{
    AuthorizationCode code;
    code.clientId = pending.client->id;
    code.redirectUri = pending.redirectUri;
    code.userId = pending.userId;
    code.scopes = pending.scopes;
    code.codeChallenge = pending.codeChallenge;
    code.expiresAt = QDateTime::currentDateTimeUtc().addSecs(m_codeTtlSecs);
    QList<QPair<QString, QString>> query {{QStringLiteral("code"), m_tokens->issueCode(code)}};
    if (!pending.state.isNull())
        query.append({QStringLiteral("state"), pending.state});
    return HttpResponse::redirect(redirectWith(pending.redirectUri, query));
}

QString OAuthServer::redirectWith(const QString &redirectUri, const QList<QPair<QString, QString>> &params)
{
    QByteArray query;
    for (const auto &pair : params) {
        if (!query.isEmpty())
            query += '&';
        // Full percent-encoding (a code's "==" arrives as %3D%3D), spaces as '+', as Salesforce.
        query += QUrl::toPercentEncoding(pair.first) + '=' + QUrl::toPercentEncoding(pair.second).replace("%20", "+");
    }
    const QChar joiner = redirectUri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    return redirectUri + joiner + QString::fromLatin1(query);
}

void OAuthServer::dropExpiredPending()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it.value().expiresAt <= now)
            it = m_pending.erase(it);
        else
            ++it;
    }
}

// ---------------------------------------------------------------------------------------------
// token

HttpResponse OAuthServer::token(const HttpRequest &request)
{
    if (request.method != QLatin1String("POST"))
        return HttpResponse::oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("must use HTTP POST"));
    const HttpRequest::Params params = request.form() + request.query;

    QString clientId = param(params, "client_id");
    QString clientSecret = param(params, "client_secret");
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(pair.left(colon));
            clientSecret = QUrl::fromPercentEncoding(pair.mid(colon + 1));
        }
    }

    const QString grantType = param(params, "grant_type");
    if (grantType.isEmpty())
        return HttpResponse::oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("missing grant type"));
    const bool known = grantType == QLatin1String("authorization_code") || grantType == QLatin1String("refresh_token")
        || grantType == QLatin1String("password");
    if (!known)
        return HttpResponse::oauthError(400, QStringLiteral("unsupported_grant_type"),
                                        QStringLiteral("grant type not supported"));

    const OAuthClientConfig *app = client(clientId);
    if (!app)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_client_id"),
                                        QStringLiteral("client identifier invalid"));
    // A client with a secret must present it; the password grant needs one at all.
    const bool secretRequired = !app->secret.isEmpty() || grantType == QLatin1String("password");
    if (secretRequired && (app->secret.isEmpty() || !sameSecret(clientSecret, app->secret)))
        return HttpResponse::oauthError(400, QStringLiteral("invalid_client"),
                                        QStringLiteral("invalid client credentials"));

    if (grantType == QLatin1String("authorization_code"))
        return authorizationCodeGrant(*app, params);
    if (grantType == QLatin1String("refresh_token"))
        return refreshTokenGrant(*app, params);
    return passwordGrant(*app, params);
}

HttpResponse OAuthServer::authorizationCodeGrant(const OAuthClientConfig &app, const HttpRequest::Params &params)
{
    const QString codeValue = param(params, "code");
    if (codeValue.isEmpty())
        return HttpResponse::oauthError(400, QStringLiteral("invalid_request"),
                                        QStringLiteral("missing required code"));
    AuthorizationCode code;
    switch (m_tokens->takeCode(codeValue, &code)) {
    case TokenRegistry::CodeState::Unknown:
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("invalid authorization code"));
    case TokenRegistry::CodeState::Expired:
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("expired authorization code"));
    case TokenRegistry::CodeState::Replayed: // what it was exchanged for is revoked now
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("invalid authorization code"));
    case TokenRegistry::CodeState::Valid:
        break;
    }
    if (code.clientId != app.id)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("invalid authorization code"));
    if (param(params, "redirect_uri") != code.redirectUri)
        return HttpResponse::oauthError(400, QStringLiteral("redirect_uri_mismatch"),
                                        QStringLiteral("redirect_uri must match configuration"));
    if (code.codeChallenge.isEmpty() && app.requirePkce)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("invalid code verifier"));
    if (!code.codeChallenge.isEmpty()) {
        const QString verifier = param(params, "code_verifier");
        if (verifier.isEmpty() || s256(verifier) != code.codeChallenge)
            return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                            QStringLiteral("invalid code verifier"));
    }
    const std::optional<UserRecord> user = m_directory.userById(code.userId);
    if (!user || !user->isActive)
        return HttpResponse::oauthError(400, QStringLiteral("inactive_user"), QStringLiteral("user is inactive"));
    QString refresh;
    if (grantsRefresh(code.scopes))
        refresh = m_tokens->issueRefreshToken({app.id, code.userId, code.scopes, QString()});
    const HttpResponse response = tokenResponse(app, code.userId, code.scopes, refresh, refresh);
    const QString access
        = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("access_token")).toString();
    m_tokens->recordIssuedFromCode(codeValue, {access, refresh});
    return response;
}

HttpResponse OAuthServer::refreshTokenGrant(const OAuthClientConfig &app, const HttpRequest::Params &params)
{
    // jsforce re-sends code_verifier here; it means nothing for this grant and is ignored.
    const QString refreshToken = param(params, "refresh_token");
    if (refreshToken.isEmpty())
        return HttpResponse::oauthError(400, QStringLiteral("invalid_request"),
                                        QStringLiteral("missing required refresh_token"));
    const std::optional<TokenGrant> grant = m_tokens->refreshGrant(refreshToken);
    if (!grant || grant->clientId != app.id)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("expired access/refresh token"));
    const std::optional<UserRecord> user = m_directory.userById(grant->userId);
    if (!user || !user->isActive)
        return HttpResponse::oauthError(400, QStringLiteral("inactive_user"), QStringLiteral("user is inactive"));
    if (!app.rotateRefreshTokens)
        return tokenResponse(app, grant->userId, grant->scopes, refreshToken, QString());
    m_tokens->revoke(refreshToken);
    const QString rotated = m_tokens->issueRefreshToken(*grant);
    return tokenResponse(app, grant->userId, grant->scopes, rotated, rotated);
}

HttpResponse OAuthServer::passwordGrant(const OAuthClientConfig &app, const HttpRequest::Params &params)
{
    const QString username = param(params, "username").trimmed();
    const std::optional<UserRecord> user = m_directory.authenticate(username, param(params, "password"));
    if (!user || !user->isActive)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("authentication failure"));
    // Salesforce issues no refresh token for this grant.
    QStringList scopes = app.scopes;
    scopes.removeAll(QStringLiteral("refresh_token"));
    scopes.removeAll(QStringLiteral("offline_access"));
    return tokenResponse(app, user->id, scopes, QString(), QString());
}

HttpResponse OAuthServer::tokenResponse(const OAuthClientConfig &app, const QString &userId, const QStringList &scopes,
                                        const QString &refreshToken, const QString &newRefreshToken)
{
    const QString access = m_tokens->issueAccessToken({app.id, userId, scopes, refreshToken});
    const QString issuedAt = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString id = identityUrl(userId);
    QJsonObject body {{QStringLiteral("access_token"), access},
                      {QStringLiteral("instance_url"), m_baseUrl.toString(QUrl::FullyEncoded)},
                      {QStringLiteral("id"), id},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("issued_at"), issuedAt},
                      {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))}};
    if (!newRefreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), newRefreshToken);
    if (!app.secret.isEmpty()) {
        const QByteArray mac = QMessageAuthenticationCode::hash((id + issuedAt).toUtf8(), app.secret.toUtf8(),
                                                                QCryptographicHash::Sha256);
        body.insert(QStringLiteral("signature"), QString::fromLatin1(mac.toBase64()));
    }
    HttpResponse response = HttpResponse::json(200, QJsonDocument(body));
    response.setHeader(QByteArrayLiteral("Cache-Control"),
                       QByteArrayLiteral("no-cache,must-revalidate,max-age=0,no-store,private"));
    return response;
}

// ---------------------------------------------------------------------------------------------
// revoke, userinfo, identity

HttpResponse OAuthServer::revoke(const HttpRequest &request)
{
    if (request.method != QLatin1String("POST") && request.method != QLatin1String("GET"))
        return HttpResponse::oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("must use HTTP POST"));
    HttpRequest::Params params = request.query;
    if (request.method == QLatin1String("POST"))
        params = request.form() + params;
    const QString token = param(params, "token");
    if (token.isEmpty() || !m_tokens->revoke(token))
        return HttpResponse::oauthError(400, QStringLiteral("invalid_token"), QStringLiteral("invalid token"));
    return HttpResponse::empty(200);
}

std::optional<UserRecord> OAuthServer::authenticatedUser(const HttpRequest &request, HttpResponse *error) const
{
    QString token = bearerToken(request);
    if (token.isEmpty())
        token = request.queryValue(QStringLiteral("oauth_token"));
    if (token.isEmpty() && request.method == QLatin1String("POST"))
        token = HttpRequest::value(request.form(), QStringLiteral("oauth_token"));
    if (token.isEmpty()) {
        *error = HttpResponse::text(403, "Missing_OAuth_Token");
        return std::nullopt;
    }
    const std::optional<TokenGrant> grant = m_tokens->accessGrant(token);
    const std::optional<UserRecord> user = grant ? m_directory.userById(grant->userId) : std::nullopt;
    if (!user) {
        *error = HttpResponse::text(403, "Bad_OAuth_Token");
        return std::nullopt;
    }
    if (!user->isActive) {
        *error = HttpResponse::text(404, "Inactive");
        return std::nullopt;
    }
    return user;
}

HttpResponse OAuthServer::userinfo(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<UserRecord> user = authenticatedUser(request, &error);
    if (!user)
        return error;
    const QString base = m_baseUrl.toString(QUrl::FullyEncoded);
    const QString name = user->name;
    const QJsonObject photos = photoUrls(base);
    const QJsonObject body {
        {QStringLiteral("sub"), identityUrl(user->id)},
        {QStringLiteral("user_id"), user->id},
        {QStringLiteral("organization_id"), m_directory.orgId18},
        {QStringLiteral("preferred_username"), user->username},
        {QStringLiteral("nickname"), user->username.section(QLatin1Char('@'), 0, 0)},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), user->email},
        {QStringLiteral("email_verified"), true},
        {QStringLiteral("given_name"), user->firstName},
        {QStringLiteral("family_name"), user->lastName},
        {QStringLiteral("zoneinfo"), user->timeZoneSidKey},
        {QStringLiteral("photos"), photos},
        {QStringLiteral("profile"), QString(base + QLatin1Char('/') + user->id)},
        {QStringLiteral("picture"), photos.value(QStringLiteral("picture"))},
        {QStringLiteral("address"), QJsonObject {{QStringLiteral("country"), QStringLiteral("DE")}}},
        {QStringLiteral("is_salesforce_integration_user"), false},
        {QStringLiteral("urls"), urls(ApiVersions::latest(), user->id)},
        {QStringLiteral("active"), user->isActive},
        {QStringLiteral("user_type"), user->userType.toUpper()},
        {QStringLiteral("language"), user->languageLocaleKey},
        {QStringLiteral("locale"), user->localeSidKey},
        {QStringLiteral("utcOffset"), 3600000},
        {QStringLiteral("updated_at"), user->lastModifiedDate.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("is_app_installed"), true}};
    return HttpResponse::json(200, QJsonDocument(body));
}

HttpResponse OAuthServer::identity(const HttpRequest &request, const QString &path)
{
    HttpResponse error;
    const std::optional<UserRecord> user = authenticatedUser(request, &error);
    if (!user)
        return error;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // id, org, user
    if (parts.size() != 3)
        return HttpResponse::text(404, "Bad_Id");
    // Either Id length is fine; compare on the case-sensitive 15-char part.
    if (parts[1].left(15) != m_directory.orgId18.left(15))
        return HttpResponse::text(403, "Wrong_Org");
    if (parts[2].size() != 15 && parts[2].size() != 18)
        return HttpResponse::text(404, "Bad_Id");
    if (parts[2].left(15) != user->id.left(15))
        return HttpResponse::text(404, "No_Access");

    QString version = QStringLiteral("{version}");
    if (request.hasQuery(QStringLiteral("version"))) {
        version = request.queryValue(QStringLiteral("version"));
        if (version == QLatin1String("latest"))
            version = ApiVersions::latest();
        else if (!ApiVersions::isAccepted(version))
            return HttpResponse::text(406, "Invalid_Version");
    }
    const QString base = m_baseUrl.toString(QUrl::FullyEncoded);
    const QJsonObject body {
        {QStringLiteral("id"), identityUrl(user->id)},
        {QStringLiteral("asserted_user"), true},
        {QStringLiteral("user_id"), user->id},
        {QStringLiteral("organization_id"), m_directory.orgId18},
        {QStringLiteral("username"), user->username},
        {QStringLiteral("nick_name"), user->username.section(QLatin1Char('@'), 0, 0)},
        {QStringLiteral("display_name"), user->name},
        {QStringLiteral("email"), user->email},
        {QStringLiteral("email_verified"), true},
        {QStringLiteral("first_name"), orNull(user->firstName)},
        {QStringLiteral("last_name"), user->lastName},
        {QStringLiteral("timezone"), user->timeZoneSidKey},
        {QStringLiteral("photos"), photoUrls(base)},
        {QStringLiteral("addr_street"), QJsonValue::Null},
        {QStringLiteral("addr_city"), QJsonValue::Null},
        {QStringLiteral("addr_state"), QJsonValue::Null},
        {QStringLiteral("addr_country"), QStringLiteral("DE")},
        {QStringLiteral("addr_zip"), QJsonValue::Null},
        {QStringLiteral("mobile_phone"), QJsonValue::Null},
        {QStringLiteral("mobile_phone_verified"), false},
        {QStringLiteral("is_lightning_login_user"), false},
        {QStringLiteral("status"),
         QJsonObject {{QStringLiteral("created_date"), QJsonValue::Null}, {QStringLiteral("body"), QJsonValue::Null}}},
        {QStringLiteral("urls"), urls(version, user->id)},
        {QStringLiteral("active"), user->isActive},
        {QStringLiteral("user_type"), user->userType.toUpper()},
        {QStringLiteral("language"), user->languageLocaleKey},
        {QStringLiteral("locale"), user->localeSidKey},
        {QStringLiteral("utcOffset"), 3600000},
        {QStringLiteral("last_modified_date"),
         user->lastModifiedDate.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000"))},
        {QStringLiteral("is_app_installed"), true}};
    return HttpResponse::json(200, QJsonDocument(body));
}

QJsonObject OAuthServer::urls(const QString &version, const QString &userId) const
{
    const QString base = m_baseUrl.toString(QUrl::FullyEncoded);
    const QString org15 = m_directory.orgId18.left(15);
    const QString data = base + QStringLiteral("/services/data/v") + version;
    QJsonObject urls;
    urls.insert(QStringLiteral("enterprise"),
                QString(base + QStringLiteral("/services/Soap/c/") + version + QLatin1Char('/') + org15));
    urls.insert(QStringLiteral("partner"),
                QString(base + QStringLiteral("/services/Soap/u/") + version + QLatin1Char('/') + org15));
    urls.insert(QStringLiteral("rest"), QString(data + QLatin1Char('/')));
    urls.insert(QStringLiteral("sobjects"), QString(data + QStringLiteral("/sobjects/")));
    urls.insert(QStringLiteral("search"), QString(data + QStringLiteral("/search/")));
    urls.insert(QStringLiteral("query"), QString(data + QStringLiteral("/query/")));
    urls.insert(QStringLiteral("recent"), QString(data + QStringLiteral("/recent/")));
    urls.insert(QStringLiteral("limits"), QString(data + QStringLiteral("/limits/")));
    urls.insert(QStringLiteral("profile"), QString(base + QLatin1Char('/') + userId));
    urls.insert(QStringLiteral("custom_domain"), base);
    return urls;
}

// ---------------------------------------------------------------------------------------------
// helpers

const OAuthClientConfig *OAuthServer::client(const QString &id) const
{
    for (const OAuthClientConfig &c : m_clients) {
        if (!id.isEmpty() && c.id == id)
            return &c;
    }
    return nullptr;
}

QString OAuthServer::identityUrl(const QString &userId) const
{
    return m_baseUrl.toString(QUrl::FullyEncoded) + QStringLiteral("/id/") + m_directory.orgId18 + QLatin1Char('/')
        + userId;
}

QString OAuthServer::bearerToken(const HttpRequest &request)
{
    const QByteArray header = request.header("Authorization");
    const qsizetype space = header.indexOf(' ');
    if (space <= 0)
        return {};
    const QByteArray scheme = header.left(space);
    // restforce sends `OAuth <token>`, everyone else `Bearer <token>`.
    if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0 && scheme.compare("OAuth", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(header.mid(space + 1).trimmed());
}

QString OAuthServer::s256(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace hilal::emulator
