#pragma once

#include <QString>

#include <functional>

class QObject;

namespace hilal::bots {
class BotRepository;
}
namespace hilal::secrets {
class TokenStore;
}
namespace hilal::salesforce {
class SessionManager;
}
namespace hilal::actions {
class ConnectionService;
class Dispatcher;
} // namespace hilal::actions

namespace hilal::ui {

// What the GUI's tabs work with, not owned: AppContext builds one over its own objects (the app),
// a test fills one with its fixture's. Every tab takes it the same way (ui/bots/bot_tab.h), so a
// change made in one tab is seen by all, and a test needs no more than the objects it uses.
struct Services
{
    bots::BotRepository *bots = nullptr;
    salesforce::SessionManager *sessions = nullptr;
    actions::Dispatcher *dispatcher = nullptr;
    secrets::TokenStore *tokens = nullptr; // the Integrations page (the connected app's secret)
    actions::ConnectionService *connections = nullptr; // the Integrations page (connect, disconnect)
};

// Calls `changed(botId)` in `receiver`'s thread, for as long as it lives, whenever something stored
// about a bot changes (name, audience, permissions, confirmation policy, connection) or the bot is
// removed. These are the repository's and the connection service's own signals, so a change is
// seen whoever made it.
void onBotChanged(const Services &services, QObject *receiver, const std::function<void(const QString &)> &changed);

} // namespace hilal::ui
