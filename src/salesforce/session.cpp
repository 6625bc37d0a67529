#include "salesforce/session.h"

#include "salesforce/connection_store.h"
#include "salesforce/logging.h"
#include "salesforce/network_error_text.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace hilal::salesforce {

namespace {

QByteArray formValue(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

} // namespace

Session::Session(const QString &botId, ConnectionStore *store, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_botId(botId)
    , m_store(store)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

void Session::notify(std::vector<Waiter> waiters, const SalesforceError &error)
{
    for (Waiter &w : waiters) {
        if (w.hasContext && !w.context)
            continue; // the caller is gone
        w.done(error);
    }
}

void Session::whenReady(QObject *context, Done done)
{
    Waiter waiter {context, context != nullptr, std::move(done)};
    // Not connected, or the refresh token was refused: look in the store again, since Connect
    // (in the GUI, or `hilal-sf connect` in another process) may have stored a fresh connection.
    if (m_loadState == Loaded && m_store && (!hasConnection() || m_reconnectNeeded))
        m_loadState = NotLoaded;
    if (m_loadState == Loaded) {
        const SalesforceError error = hasConnection()
            ? SalesforceError()
            : (m_loadError.isError() ? m_loadError : SalesforceError::notConnected(m_botId));
        QTimer::singleShot(0, this, [waiter, error] { notify({waiter}, error); });
        return;
    }
    m_loadWaiters.push_back(std::move(waiter));
    if (m_loadState == Loading)
        return;
    if (!m_store) {
        m_loadState = Loaded;
        QTimer::singleShot(0, this, [this] { finishLoad({}); });
        return;
    }
    m_loadState = Loading;
    m_store->loadConnection(
        m_botId, this, [this](bool found, const Connection &connection, const SalesforceError &error) {
            if (m_loadState != Loading)
                return; // setConnection() won the race
            if (!found && !error.isError() && hasConnection()) {
                // The store no longer has it: the bot was disconnected (perhaps by another process),
                // so the cached tokens must not be used any more.
                qCInfo(lcSalesforce) << "bot" << m_botId
                                     << "has no stored connection any more; dropping the cached one";
                dropConnection();
            }
            const bool fresh = found && !error.isError()
                && !(m_reconnectNeeded && connection.refreshToken == m_connection.refreshToken);
            if (fresh) {
                m_connection = connection;
                if (m_connection.botId.isEmpty())
                    m_connection.botId = m_botId;
                m_reconnectNeeded = false;
                ++m_generation;
                emit connectionChanged(m_connection);
            }
            m_loadError = error;
            m_loadState = Loaded;
            finishLoad(error);
        });
}

void Session::finishLoad(const SalesforceError &error)
{
    std::vector<Waiter> waiters;
    waiters.swap(m_loadWaiters);
    SalesforceError result = error;
    if (!result.isError() && !hasConnection())
        result = SalesforceError::notConnected(m_botId);
    notify(std::move(waiters), result);
}

void Session::setConnection(const Connection &connection, bool persist, QObject *context, Done done)
{
    m_connection = connection;
    if (m_connection.botId.isEmpty())
        m_connection.botId = m_botId;
    m_loadError = {};
    m_reconnectNeeded = false;
    ++m_generation;
    const bool wasLoading = m_loadState == Loading;
    m_loadState = Loaded;
    if (wasLoading)
        finishLoad({});
    emit connectionChanged(m_connection);
    if (persist && m_store) {
        Waiter waiter {context, context != nullptr, std::move(done)};
        m_store->saveConnection(m_connection, this, [waiter](const SalesforceError &error) {
            if (waiter.done)
                notify({waiter}, error);
        });
    } else if (done) {
        Waiter waiter {context, context != nullptr, std::move(done)};
        QTimer::singleShot(0, this, [waiter] { notify({waiter}, {}); });
    }
}

void Session::clear()
{
    m_connection = Connection();
    m_connection.botId = m_botId;
    m_connection.accessToken.clear();
    ++m_generation;
    m_loadState = Loaded;
    m_loadError = {};
    emit connectionChanged(m_connection);
}

void Session::dropConnection()
{
    m_reconnectNeeded = false;
    clear();
}

void Session::confirmWithStore(const SalesforceError &refused)
{
    // Salesforce refused the refresh token. Before calling it "reconnect needed", ask the store:
    // another process may have disconnected the bot (removed: not connected at all, 403) or
    // connected it again (a new refresh token: adopt it and let the waiters retry).
    m_checkingStore = true;
    const QString refreshToken = m_connection.refreshToken;
    m_store->loadConnection(
        m_botId, this,
        [this, refused, refreshToken](bool found, const Connection &stored, const SalesforceError &loadError) {
            m_checkingStore = false;
            if (!loadError.isError() && !found) {
                dropConnection();
                finishRefresh(SalesforceError::notConnected(m_botId));
                return;
            }
            if (!loadError.isError() && found && stored.refreshToken != refreshToken && stored.isValid()) {
                m_connection = stored;
                if (m_connection.botId.isEmpty())
                    m_connection.botId = m_botId;
                ++m_generation;
                emit connectionChanged(m_connection);
                finishRefresh({});
                return;
            }
            m_reconnectNeeded = true;
            emit reconnectNeeded(m_botId, refused.message);
            finishRefresh(refused);
        });
}

void Session::setApiVersion(const QString &version)
{
    m_connection.apiVersion = version;
}

void Session::refresh(quint64 sentWithGeneration, QObject *context, Done done)
{
    Waiter waiter {context, context != nullptr, std::move(done)};
    auto answerLater = [this, waiter](const SalesforceError &error) {
        QTimer::singleShot(0, this, [waiter, error] { notify({waiter}, error); });
    };
    if (m_reconnectNeeded) {
        answerLater(SalesforceError::reconnectNeeded(QString()));
        return;
    }
    // A refresh that finished after this request was sent already produced a new token: retry
    // with it instead of refreshing again (jsforce's rule).
    if (sentWithGeneration != m_generation && !m_refreshReply && !m_checkingStore) {
        answerLater({});
        return;
    }
    m_refreshWaiters.push_back(waiter);
    if (m_refreshReply || m_checkingStore)
        return; // join the refresh in flight
    if (!m_connection.canRefresh()) {
        m_reconnectNeeded = true;
        finishRefresh(
            SalesforceError::reconnectNeeded(tr("the session expired and this connection has no refresh token")));
        return;
    }
    QUrl url = m_connection.instanceUrl;
    url.setPath(QStringLiteral("/services/oauth2/token"));
    url.setQuery(QString());
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_refreshTimeoutMs);
    QByteArray body = "grant_type=refresh_token&refresh_token=" + formValue(m_connection.refreshToken);
    if (!m_connection.clientId.isEmpty())
        body += "&client_id=" + formValue(m_connection.clientId);
    // A Connected App that requires its secret wants it on refresh too (docs/security.md).
    if (!m_connection.clientSecret.isEmpty())
        body += "&client_secret=" + formValue(m_connection.clientSecret);
    ++m_refreshRequests;
    qCDebug(lcSalesforce) << "refreshing the access token of bot" << m_botId;
    m_refreshReply = m_network->post(request, body);
    QNetworkReply *reply = m_refreshReply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onRefreshReply(reply); });
}

void Session::onRefreshReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (status == 0) {
        const bool timeout
            = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        qCInfo(lcSalesforce) << "session renewal failed:" << reply->error() << reply->errorString();
        finishRefresh(SalesforceError::make(
            timeout ? SalesforceError::Kind::Timeout : SalesforceError::Kind::Network,
            timeout ? tr("Salesforce did not answer the session renewal in time. Try again.")
                    : tr("Could not reach Salesforce to renew the session (%1). Check the network "
                         "connection and try again.")
                          .arg(NetworkErrorText::reason(reply->error()))));
        return;
    }
    const QJsonObject tokens = QJsonDocument::fromJson(body).object();
    if (status == 200 && !tokens.value(QLatin1String("access_token")).toString().isEmpty()) {
        applyTokenResponse(&m_connection, tokens);
        ++m_generation;
        emit connectionChanged(m_connection);
        if (m_store) {
            m_store->saveConnection(m_connection, this, [this](const SalesforceError &error) {
                if (error.isError())
                    qCWarning(lcSalesforce)
                        << "could not store the renewed session of bot" << m_botId << ":" << error.message;
            });
        }
        emit refreshed();
        finishRefresh({});
        return;
    }
    SalesforceError error = SalesforceError::fromHttp(status, body);
    if (error.errorCode == QLatin1String("invalid_grant")) {
        // Terminal: never retried. Every waiter (and later caller) hears "reconnect".
        error = SalesforceError::reconnectNeeded(error.message);
        error.httpStatus = status;
        if (m_store) {
            confirmWithStore(error);
            return;
        }
        m_reconnectNeeded = true;
        emit reconnectNeeded(m_botId, error.message);
    } else if (error.kind == SalesforceError::Kind::OAuth) {
        error.message = tr("Salesforce refused to renew the session: %1.").arg(error.message);
    }
    finishRefresh(error);
}

void Session::finishRefresh(const SalesforceError &error)
{
    m_refreshReply = nullptr;
    std::vector<Waiter> waiters;
    waiters.swap(m_refreshWaiters);
    notify(std::move(waiters), error);
}

void Session::recordLimitInfo(const QByteArray &headerValue)
{
    if (headerValue.isEmpty())
        return;
    static const QRegularExpression re(QStringLiteral("api-usage=(\\d+)/(\\d+)"));
    const QString raw = QString::fromLatin1(headerValue);
    const auto match = re.match(raw);
    m_limitInfo.raw = raw;
    if (match.hasMatch()) {
        m_limitInfo.used = match.captured(1).toLongLong();
        m_limitInfo.max = match.captured(2).toLongLong();
    }
    emit limitInfoChanged();
}

void Session::applyTokenResponse(Connection *connection, const QJsonObject &tokens)
{
    connection->accessToken = tokens.value(QLatin1String("access_token")).toString();
    // Refresh answers normally carry no refresh token: keep the old one; rotation sends a new one.
    const QString refresh = tokens.value(QLatin1String("refresh_token")).toString();
    if (!refresh.isEmpty())
        connection->refreshToken = refresh;
    const QString instance = tokens.value(QLatin1String("instance_url")).toString();
    if (!instance.isEmpty())
        connection->instanceUrl = QUrl(instance);
    const QString id = tokens.value(QLatin1String("id")).toString();
    if (!id.isEmpty()) {
        connection->identityUrl = QUrl(id);
        const QStringList parts = QUrl(id).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() >= 2) {
            connection->orgId = parts.at(parts.size() - 2);
            connection->userId = parts.last();
        }
    }
    // issued_at is milliseconds since the epoch, as a string.
    bool ok = false;
    const qint64 ms = tokens.value(QLatin1String("issued_at")).toString().toLongLong(&ok);
    connection->issuedAt = ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

} // namespace hilal::salesforce
