#include "salesforce/session_manager.h"

#include "salesforce/rest_client.h"
#include "salesforce/session.h"

#include <QNetworkAccessManager>

namespace hilal::salesforce {

SessionManager::SessionManager(ConnectionStore *store, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

SessionManager::~SessionManager() = default;

Session *SessionManager::session(const QString &botId)
{
    Session *&s = m_sessions[botId];
    if (!s)
        s = new Session(botId, m_store, m_network, this);
    return s;
}

RestClient *SessionManager::client(const QString &botId)
{
    RestClient *&c = m_clients[botId];
    if (!c)
        c = new RestClient(session(botId), this);
    return c;
}

void SessionManager::forget(const QString &botId)
{
    if (RestClient *c = m_clients.take(botId))
        c->deleteLater();
    if (Session *s = m_sessions.take(botId))
        s->deleteLater();
}

} // namespace hilal::salesforce
