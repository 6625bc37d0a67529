#include "salesforce/oauth_flow.h"

#include "core/config.h"
#include "salesforce/logging.h"
#include "salesforce/network_error_text.h"
#include "salesforce/query_cursor.h"
#include "salesforce/redirect_catcher.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"

#include <QAbstractOAuthReplyHandler>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace hilal::salesforce {

// QOAuth2AuthorizationCodeFlow, with the one step we must do ourselves made reachable: in Qt 6.4
// its callback handler looks at `error` before it checks `state`, and on a state mismatch or a
// missing code it only logs a warning and never signals — the flow would hang. So the redirect
// never reaches Qt's handler (our reply handler never emits callbackReceived); OAuthFlow checks
// state → error → code itself and then calls the protected requestAccessToken() through this
// subclass. Everything else (authorize URL, the token POST, the modify-parameters hook for PKCE)
// is Qt's.
class SalesforceCodeFlow : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
    void exchangeCode(const QString &code) { requestAccessToken(code); }
};

namespace {

// The reply handler Qt requires: gives Qt the redirect_uri and parses the token endpoint's
// answer. Qt 6.4's stock handlers drop error answers (HTTP 400 invalid_grant) with a log line
// and no signal, so this one reports them through tokenRequestFailed().
class TokenReplyHandler : public QAbstractOAuthReplyHandler
{
    Q_OBJECT
public:
    TokenReplyHandler(const QUrl &callback, QObject *parent)
        : QAbstractOAuthReplyHandler(parent)
        , m_callback(callback)
    {
    }

    QString callback() const override { return m_callback.toString(QUrl::FullyEncoded); }

    void networkReplyFinished(QNetworkReply *reply) override
    {
        if (!reply)
            return;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            qCInfo(lcSalesforce) << "token request failed:" << reply->error() << reply->errorString();
            emit tokenRequestFailed(SalesforceError::make(
                SalesforceError::Kind::Network,
                tr("Could not reach Salesforce to finish the login (%1). Check the network and try again.")
                    .arg(NetworkErrorText::reason(reply->error()))));
            return;
        }
        const QJsonObject tokens = QJsonDocument::fromJson(body).object();
        if (status != 200 || tokens.value(QLatin1String("access_token")).toString().isEmpty()) {
            SalesforceError error = SalesforceError::fromHttp(status == 200 ? 400 : status, body);
            if (error.kind == SalesforceError::Kind::OAuth)
                error.message = OAuthFlow::describeOAuthError(error.errorCode, error.message);
            emit tokenRequestFailed(error);
            return;
        }
        emit tokensReceived(tokens.toVariantMap());
    }

Q_SIGNALS:
    void tokenRequestFailed(const hilal::salesforce::SalesforceError &error);

private:
    QUrl m_callback;
};

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        bytes[i] = char(rng->bounded(256));
    return bytes;
}

} // namespace

OAuthFlow::OAuthFlow(const Settings &settings, RedirectCatcher *catcher, QNetworkAccessManager *network,
                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_catcher(catcher)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    if (m_settings.apiVersion.isEmpty())
        m_settings.apiVersion = Config::get(Config::SalesforceApiVersion);
}

OAuthFlow::~OAuthFlow() = default;

QString OAuthFlow::newCodeVerifier()
{
    return base64Url(randomBytes(48)); // 64 chars of [A-Za-z0-9-_]
}

QString OAuthFlow::codeChallengeS256(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

QString OAuthFlow::newState()
{
    return base64Url(randomBytes(16));
}

QString OAuthFlow::describeOAuthError(const QString &error, const QString &description)
{
    // Salesforce's wire value is access_denied; one help page prints access-denied. Accept both.
    if (error == QLatin1String("access_denied") || error == QLatin1String("access-denied"))
        return tr("Access was denied at the Salesforce consent page, so the bot was not connected. "
                  "Connect again and choose Allow.");
    const QString detail
        = description.isEmpty() || description == error ? QString() : QStringLiteral(" (%1)").arg(description);
    if (error == QLatin1String("invalid_grant"))
        return tr("Salesforce did not accept the login%1. Start Connect again.").arg(detail);
    if (error == QLatin1String("invalid_client"))
        return tr("Salesforce refused the Connected App's credentials%1: the app requires its consumer "
                  "secret, or the stored one is wrong. Set it in Settings or with `hilal-sf config set "
                  "salesforce.clientSecret -`.")
            .arg(detail);
    if (error == QLatin1String("invalid_client_id"))
        return tr("Salesforce does not know the Connected App%1. Check salesforce.clientId.").arg(detail);
    if (error == QLatin1String("redirect_uri_mismatch"))
        return tr("The callback URL is not registered for the Connected App%1. Check salesforce.callbackUrl.")
            .arg(detail);
    if (error == QLatin1String("OAUTH_APP_BLOCKED") || error == QLatin1String("OAUTH_APP_ACCESS_DENIED"))
        return tr("The org's admin policy does not allow this app for your user%1. Ask the Salesforce "
                  "admin to pre-authorize it.")
            .arg(detail);
    return tr("Salesforce refused the login: %1%2.").arg(error, detail);
}

void OAuthFlow::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

void OAuthFlow::start()
{
    if (m_stage != Stage::Idle)
        return;
    if (!m_catcher) {
        QTimer::singleShot(0, this, [this] {
            fail(SalesforceError::make(SalesforceError::Kind::OAuth, tr("No way to catch the login redirect.")));
        });
        return;
    }
    QString why;
    if (!m_catcher->start(&why)) {
        QTimer::singleShot(0, this, [this, why] { fail(SalesforceError::make(SalesforceError::Kind::OAuth, why)); });
        return;
    }
    connect(m_catcher, &RedirectCatcher::redirectReceived, this, &OAuthFlow::onRedirect);
    connect(m_catcher, &RedirectCatcher::failed, this,
            [this](const QString &message) { fail(SalesforceError::make(SalesforceError::Kind::OAuth, message)); });

    m_state = newState();
    m_catcher->expectState(m_state);
    m_verifier = newCodeVerifier();
    QUrl login = m_settings.loginUrl.isValid() ? m_settings.loginUrl : loginUrlFor(m_settings.orgKind);
    login.setPath(QString());
    auto endpoint = [login](const char *path) {
        QUrl u = login;
        u.setPath(QLatin1String(path));
        return u;
    };

    m_flow = new SalesforceCodeFlow(m_network, this);
    m_flow->setClientIdentifier(m_settings.clientId);
    if (!m_settings.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_settings.clientSecret);
    m_flow->setAuthorizationUrl(endpoint("/services/oauth2/authorize"));
    m_flow->setAccessTokenUrl(endpoint("/services/oauth2/token"));
    m_flow->setScope(m_settings.scope);
    m_flow->setState(m_state);
    auto *handler = new TokenReplyHandler(m_catcher->callbackUrl(), m_flow);
    m_flow->setReplyHandler(handler);
    connect(handler, &QAbstractOAuthReplyHandler::tokensReceived, this, &OAuthFlow::onTokens);
    connect(handler, &TokenReplyHandler::tokenRequestFailed, this, &OAuthFlow::fail);

    // PKCE (Qt 6.4 has none built in) and Salesforce's extras, added through Qt's hook.
    const QString challenge = codeChallengeS256(m_verifier);
    const QString verifier = m_verifier;
    const QString state = m_state;
    const QString prompt = m_settings.prompt;
    const QString loginHint = m_settings.loginHint;
    m_flow->setModifyParametersFunction([=](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->remove(QStringLiteral("state"));
            parameters->insert(QStringLiteral("state"), state);
            parameters->insert(QStringLiteral("code_challenge"), challenge);
            parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (!prompt.isEmpty())
                parameters->insert(QStringLiteral("prompt"), prompt);
            if (!loginHint.isEmpty())
                parameters->insert(QStringLiteral("login_hint"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(loginHint)));
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->insert(QStringLiteral("code_verifier"), verifier);
        }
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_authorizeUrl = url;
        setStage(Stage::WaitingForBrowser);
        emit authorizeUrlReady(url);
        if (m_catcher)
            m_catcher->openAuthorizeUrl(url);
    });
    // grant() emits authorizeWithBrowser synchronously; defer so callers can connect first.
    QTimer::singleShot(0, m_flow, [this] { m_flow->grant(); });
}

void OAuthFlow::onRedirect(const QUrl &url)
{
    if (m_finished || m_stage != Stage::WaitingForBrowser)
        return;
    const QUrlQuery query(url);
    auto value = [&query](const char *key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    // State first: an answer that isn't for this attempt says nothing we may trust.
    const QString state = value("state");
    if (state.isEmpty() || state != m_state) {
        fail(SalesforceError::make(SalesforceError::Kind::OAuth,
                                   tr("The login answer did not belong to this connection attempt (state "
                                      "mismatch), so it was ignored and nothing was connected. Start Connect again."),
                                   QStringLiteral("state_mismatch")));
        return;
    }
    const QString error = value("error");
    if (!error.isEmpty()) {
        fail(SalesforceError::make(
            SalesforceError::Kind::OAuth,
            describeOAuthError(error, value("error_description").replace(QLatin1Char('+'), QLatin1Char(' '))),
            error == QLatin1String("access-denied") ? QStringLiteral("access_denied") : error));
        return;
    }
    const QString code = value("code");
    if (code.isEmpty()) {
        fail(SalesforceError::make(SalesforceError::Kind::OAuth,
                                   tr("Salesforce's redirect carried no authorization code. Start Connect again."),
                                   QStringLiteral("missing_code")));
        return;
    }
    setStage(Stage::ExchangingCode);
    QTimer::singleShot(m_settings.timeoutMs, this, [this] {
        if (m_stage == Stage::ExchangingCode)
            fail(SalesforceError::make(SalesforceError::Kind::Timeout,
                                       tr("Salesforce did not answer the token request in time. Try again.")));
    });
    m_flow->exchangeCode(code); // decoded exactly once above; Qt encodes it once for the POST
}

void OAuthFlow::onTokens(const QVariantMap &tokens)
{
    if (m_finished)
        return;
    m_connection = Connection();
    m_connection.botId = m_settings.botId;
    m_connection.clientId = m_settings.clientId;
    m_connection.clientSecret = m_settings.clientSecret; // the refresh needs it too
    m_connection.orgKind = m_settings.orgKind;
    m_connection.loginUrl = m_flow ? QUrl(m_flow->authorizationUrl().toString(QUrl::RemovePath)) : m_settings.loginUrl;
    Session::applyTokenResponse(&m_connection, QJsonObject::fromVariantMap(tokens));
    readIdentity();
}

void OAuthFlow::adoptAccessToken(const QString &accessToken, const QUrl &instanceUrl)
{
    m_adopting = true;
    m_connection = Connection();
    m_connection.botId = m_settings.botId;
    m_connection.clientId = m_settings.clientId;
    m_connection.orgKind = m_settings.orgKind;
    m_connection.accessToken = accessToken;
    m_connection.instanceUrl
        = QUrl(instanceUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash));
    m_connection.loginUrl = m_connection.instanceUrl;
    m_connection.issuedAt = QDateTime::currentDateTimeUtc();
    QTimer::singleShot(0, this, &OAuthFlow::readIdentity);
}

void OAuthFlow::readIdentity()
{
    setStage(Stage::ReadingIdentity);
    delete m_client;
    delete m_session;
    m_session = new Session(m_settings.botId, nullptr, m_network, this);
    m_session->setConnection(m_connection, false);
    RestClient::Options options;
    options.timeoutMs = m_settings.timeoutMs;
    options.apiVersion = m_settings.apiVersion;
    m_client = new RestClient(m_session, options, this);
    RestReply *reply = m_client->userInfo();
    connect(reply, &RestReply::finished, this, [this, reply] {
        if (m_finished)
            return;
        if (reply->error()) {
            // Nothing is connected until the identity is known: say what failed, never "connected".
            SalesforceError e = reply->error();
            const bool refused = e.kind == SalesforceError::Kind::ReconnectNeeded
                || e.kind == SalesforceError::Kind::NotConnected || e.httpStatus == 401 || e.httpStatus == 403;
            if (m_adopting && refused)
                e.message = tr("Salesforce refused the access token (%1); nothing was stored. Check that the "
                               "token is current and belongs to the org at %2.")
                                .arg(e.message, m_connection.instanceUrl.toString());
            else if (m_adopting)
                e.message
                    = tr("Could not check the access token with Salesforce (%1); nothing was stored.").arg(e.message);
            else
                e.message = tr("Salesforce accepted the login but would not say who you are (%1); nothing "
                               "was stored. Try again.")
                                .arg(e.message);
            fail(e);
            return;
        }
        const QJsonObject info = reply->object();
        const QString org = info.value(QLatin1String("organization_id")).toString();
        const QString user = info.value(QLatin1String("user_id")).toString();
        if (!org.isEmpty())
            m_connection.orgId = org;
        if (!user.isEmpty())
            m_connection.userId = user;
        m_connection.username = info.value(QLatin1String("preferred_username")).toString();
        if (m_connection.identityUrl.isEmpty())
            m_connection.identityUrl = QUrl(info.value(QLatin1String("sub")).toString());
        readOrganization();
    });
}

void OAuthFlow::readOrganization()
{
    // The login host says sandbox or not; the Organization row says it authoritatively.
    m_connection.isSandbox = m_connection.orgKind == OrgKind::Sandbox;
    RestReply *versions = m_client->discoverApiVersion();
    connect(versions, &RestReply::finished, this, [this, versions] {
        if (m_finished)
            return;
        if (!versions->error())
            m_connection.apiVersion = m_session->connection().apiVersion;
        QueryCursor *cursor = m_client->query(QStringLiteral(
            "SELECT Name, IsSandbox, TrialExpirationDate, OrganizationType, InstanceName FROM Organization"));
        cursor->setAccumulate(true);
        connect(cursor, &QueryCursor::finished, this, [this, cursor] {
            if (m_finished)
                return;
            if (!cursor->error() && cursor->recordCount() > 0) {
                const QJsonObject org = cursor->record(0);
                m_connection.isSandbox = org.value(QLatin1String("IsSandbox")).toBool();
                m_connection.organizationType = org.value(QLatin1String("OrganizationType")).toString();
                m_connection.instanceName = org.value(QLatin1String("InstanceName")).toString();
                m_connection.orgName = org.value(QLatin1String("Name")).toString();
            } else if (cursor->error()) {
                qCInfo(lcSalesforce) << "Organization query failed; sandbox taken from the login host:"
                                     << cursor->error().message;
            }
            succeed();
        });
    });
}

void OAuthFlow::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    setStage(Stage::Done);
    if (m_catcher)
        m_catcher->finish(
            true,
            tr("Bot connected to %1 as %2. You can close this window.").arg(m_connection.orgId, m_connection.username));
    emit succeeded(m_connection);
    emit finished();
}

void OAuthFlow::fail(const SalesforceError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    setStage(Stage::Done);
    if (m_catcher)
        m_catcher->finish(false, error.message);
    emit failed(error);
    emit finished();
}

void OAuthFlow::cancel()
{
    fail(SalesforceError::cancelled());
}

} // namespace hilal::salesforce

#include "oauth_flow.moc"
