#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace hilal::salesforce {

class ConnectionStore;
class RestClient;
class Session;

// The app-wide registry of per-bot sessions: one Session (hence one single-flight refresh) and
// one RestClient per bot id, sharing one QNetworkAccessManager. Owns what it creates.
//
//   SessionManager sessions(&tokenStore);          // secrets::TokenStore is a ConnectionStore
//   RestReply *r = sessions.client(botId)->create("Lead", fields);
class SessionManager : public QObject
{
    Q_OBJECT
public:
    // `network` null → the manager creates its own.
    explicit SessionManager(ConnectionStore *store, QNetworkAccessManager *network = nullptr,
                            QObject *parent = nullptr);
    ~SessionManager() override;

    Session *session(const QString &botId);
    RestClient *client(const QString &botId);
    // Drops the bot's session and client (after disconnect).
    void forget(const QString &botId);

    QNetworkAccessManager *network() const { return m_network; }
    ConnectionStore *store() const { return m_store; }

private:
    ConnectionStore *m_store;
    QNetworkAccessManager *m_network;
    QHash<QString, Session *> m_sessions;
    QHash<QString, RestClient *> m_clients;
};

} // namespace hilal::salesforce
