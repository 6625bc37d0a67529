#include "ui/common/app_context.h"

#include "ui/activity/audit_actor.h"

#include "actions/connection_service.h"
#include "actions/dispatcher.h"
#include "bots/bot_repository.h"
#include "salesforce/session_manager.h"
#include "secrets/token_store.h"

namespace hilal::ui {

struct AppContext::Private
{
    std::unique_ptr<bots::BotRepository> bots;
    std::unique_ptr<secrets::TokenStore> tokens;
    std::unique_ptr<salesforce::SessionManager> sessions;
    std::unique_ptr<actions::Dispatcher> dispatcher;
    std::unique_ptr<actions::ConnectionService> connections;
};

AppContext::AppContext(QObject *parent)
    : AppContext(Options {}, parent)
{
}

AppContext::AppContext(const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->bots = std::make_unique<bots::BotRepository>(options.databaseFile);
    d->tokens = options.keychainService.isEmpty() ? std::make_unique<secrets::TokenStore>()
                                                  : std::make_unique<secrets::TokenStore>(options.keychainService);
    d->sessions = std::make_unique<salesforce::SessionManager>(d->tokens.get());
    d->dispatcher = std::make_unique<actions::Dispatcher>(d->bots.get(), d->sessions.get());
    d->connections
        = std::make_unique<actions::ConnectionService>(d->bots.get(), d->tokens.get(), d->sessions.get(), auditActor());
    m_services = {d->bots.get(), d->sessions.get(), d->dispatcher.get(), d->tokens.get(), d->connections.get()};

    bots::BotRepository *repo = d->bots.get();
    connect(repo, &bots::BotRepository::botAdded, this, &AppContext::botsChanged);
    connect(repo, &bots::BotRepository::botRemoved, this, &AppContext::botsChanged);
    connect(repo, &bots::BotRepository::botChanged, this, [this](const QString &) { emit botsChanged(); });
    connect(repo, &bots::BotRepository::permissionsChanged, this,
            [this](const QString &botId) { emit botUpdated(botId); });
    connect(repo, &bots::BotRepository::policyChanged, this, [this](const QString &botId) { emit botUpdated(botId); });
    connect(repo, &bots::BotRepository::connectionInfoChanged, this, &AppContext::connectionChanged);
    connect(d->connections.get(), &actions::ConnectionService::connectionChanged, this, &AppContext::connectionChanged);
}

AppContext::~AppContext()
{
    // Reverse order of use: the dispatcher uses sessions and bots, sessions use the token store.
    m_services = {};
    d->connections.reset();
    d->dispatcher.reset();
    d->sessions.reset();
}

bots::BotRepository *AppContext::bots() const
{
    return d->bots.get();
}
secrets::TokenStore *AppContext::tokens() const
{
    return d->tokens.get();
}
salesforce::SessionManager *AppContext::sessions() const
{
    return d->sessions.get();
}
bots::AuditLog *AppContext::auditLog() const
{
    return &d->bots->audit();
}
actions::ConnectionService *AppContext::connections() const
{
    return d->connections.get();
}

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

} // namespace hilal::ui
