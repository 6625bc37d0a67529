#include "ui/app_context.h"

namespace hilal::ui {

// The services are added here as their libraries land (bots, secrets, salesforce, actions).
struct AppContext::Private
{
};

AppContext::AppContext(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

AppContext::~AppContext() = default;

bots::BotRepository *AppContext::bots() const { return nullptr; }
secrets::TokenStore *AppContext::tokens() const { return nullptr; }
salesforce::SessionManager *AppContext::sessions() const { return nullptr; }
actions::Dispatcher *AppContext::dispatcher() const { return nullptr; }
actions::AuditLog *AppContext::auditLog() const { return nullptr; }

QString AppContext::currentBotId() const
{
    return m_currentBotId;
}

void AppContext::setCurrentBotId(const QString &botId)
{
    if (botId == m_currentBotId)
        return;
    m_currentBotId = botId;
    emit currentBotChanged(botId);
}

void AppContext::notifyBotsChanged()
{
    emit botsChanged();
}

void AppContext::notifyBotUpdated(const QString &botId)
{
    emit botUpdated(botId);
}

void AppContext::notifyConnectionChanged(const QString &botId)
{
    emit connectionChanged(botId);
}

} // namespace hilal::ui
