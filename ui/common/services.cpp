#include "ui/common/services.h"

#include "actions/connection_service.h"
#include "bots/bot_repository.h"

namespace hilal::ui {

void onBotChanged(const Services &services, QObject *receiver, const std::function<void(const QString &)> &changed)
{
    const auto forward = [changed](const QString &botId) { changed(botId); };
    if (bots::BotRepository *repo = services.bots) {
        QObject::connect(repo, &bots::BotRepository::botChanged, receiver, forward);
        QObject::connect(repo, &bots::BotRepository::botRemoved, receiver, forward);
        QObject::connect(repo, &bots::BotRepository::permissionsChanged, receiver, forward);
        QObject::connect(repo, &bots::BotRepository::policyChanged, receiver, forward);
        QObject::connect(repo, &bots::BotRepository::connectionInfoChanged, receiver, forward);
    }
    if (services.connections)
        QObject::connect(services.connections, &actions::ConnectionService::connectionChanged, receiver, forward);
}

} // namespace hilal::ui
