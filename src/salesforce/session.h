#pragma once

#include "salesforce/connection.h"
#include "salesforce/salesforce_error.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace hilal::salesforce {

class ConnectionStore;

// Sforce-Limit-Info as last seen ("api-usage=18/15000").
struct LimitInfo
{
    qint64 used = -1;
    qint64 max = -1;
    QString raw;
    bool isKnown() const { return used >= 0; }
};

// One bot's session: owns its Connection (loaded lazily from the ConnectionStore), and refreshes
// the access token single-flight — N requests that see a 401 at once cause exactly one token
// request, and a request sent before a refresh that has since finished is simply retried with
// the new token (as jsforce does). A refused refresh (invalid_grant) is terminal: every waiter
// gets ReconnectNeeded and the session never retries it. Refreshed tokens are persisted through
// the store. Lives in one thread (the one that created it).
class Session : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SalesforceError &)>;

    Session(const QString &botId, ConnectionStore *store, QNetworkAccessManager *network, QObject *parent = nullptr);

    QString botId() const { return m_botId; }
    QNetworkAccessManager *network() const { return m_network; }
    ConnectionStore *store() const { return m_store; }

    // Loads the connection from the store the first time; afterwards answers at once (queued).
    // While the bot is not connected or needs a reconnect, every call looks in the store again,
    // so a connection stored meanwhile (GUI Connect, `hilal-sf connect`) is picked up.
    // Error NotConnected when the bot has none, Keychain when the store failed.
    void whenReady(QObject *context, Done done);

    bool isLoaded() const { return m_loadState == Loaded; }
    bool hasConnection() const { return m_connection.isValid(); }
    Connection connection() const { return m_connection; }

    // Adopts a fresh connection (after OAuthFlow or `connect --access-token`); persists it when
    // `persist` and a store exists. `done` (optional) gets the store's answer.
    void setConnection(const Connection &connection, bool persist = true, QObject *context = nullptr, Done done = {});
    // Forgets the connection in memory (after disconnect); the store entry is the caller's business.
    void clear();

    // Increments each time the access token changes. A request remembers the generation it was
    // sent with; see refresh().
    quint64 generation() const { return m_generation; }

    // Single-flight refresh. If the token changed since `sentWithGeneration`, answers at once
    // (no token request). Otherwise joins the in-flight refresh or starts one.
    void refresh(quint64 sentWithGeneration, QObject *context, Done done);

    // Token requests actually sent by this session (for tests and the status view).
    int refreshRequestCount() const { return m_refreshRequests; }
    bool needsReconnect() const { return m_reconnectNeeded; }

    // Timeout for the token request, milliseconds.
    void setRefreshTimeout(int ms) { m_refreshTimeoutMs = ms; }

    // Records the discovered API version on the connection (persisted with the next save).
    void setApiVersion(const QString &version);

    void recordLimitInfo(const QByteArray &headerValue);
    LimitInfo limitInfo() const { return m_limitInfo; }

    // Applies a token endpoint answer (code exchange or refresh) to `connection`: new access
    // token, refresh token only when one is sent, instance_url, id, issued_at (ms string).
    static void applyTokenResponse(Connection *connection, const QJsonObject &tokens);

Q_SIGNALS:
    void connectionChanged(const hilal::salesforce::Connection &connection);
    void refreshed();
    void reconnectNeeded(const QString &botId, const QString &message);
    void limitInfoChanged();

private:
    enum LoadState { NotLoaded, Loading, Loaded };
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };
    void finishLoad(const SalesforceError &error);
    void finishRefresh(const SalesforceError &error);
    static void notify(std::vector<Waiter> waiters, const SalesforceError &error);
    void onRefreshReply(QNetworkReply *reply);
    void dropConnection();
    void confirmWithStore(const SalesforceError &refused);

    QString m_botId;
    ConnectionStore *m_store;
    QNetworkAccessManager *m_network;
    Connection m_connection;
    LoadState m_loadState = NotLoaded;
    SalesforceError m_loadError;
    std::vector<Waiter> m_loadWaiters;
    std::vector<Waiter> m_refreshWaiters;
    QPointer<QNetworkReply> m_refreshReply;
    quint64 m_generation = 1;
    int m_refreshRequests = 0;
    int m_refreshTimeoutMs = 30000;
    bool m_reconnectNeeded = false;
    bool m_checkingStore = false; // after a refused refresh, until the store has answered
    LimitInfo m_limitInfo;
};

} // namespace hilal::salesforce
