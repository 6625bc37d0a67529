#pragma once

#include <QString>

namespace hilal::ui {

// A tab on the right of the main window that shows one bot at a time (Integrations,
// Permissions, SOQL Console, Actions, Activity).
//
// How a tab is hosted: it is a QWidget that also derives BotTab, and is constructed as
//     explicit SomeTab(AppContext *context, QWidget *parent = nullptr);
// MainWindow creates it once, puts it in the tab widget, and calls setBot() whenever the
// selection in the bot list changes — with an empty id when no bot is selected (the tab then
// shows its empty state). Everything else (repository, token store, sessions, dispatcher, audit
// log, and signals when a bot is renamed, its permissions change or it (dis)connects) comes
// from AppContext (ui/app_context.h).
//
// The SOQL Console, Actions and Activity tabs (issue 9) are SoqlConsoleTab, ActionsTab and
// ActivityTab ("ui/console/soql_console_tab.h", "ui/actions/actions_tab.h", "ui/activity/activity_tab.h"); their
// sources go in ui/console.cmake with target_sources(hilal_ui PRIVATE ...).
class BotTab
{
public:
    virtual ~BotTab() = default;

    // The bot to show; empty = none selected. Called after construction too.
    virtual void setBot(const QString &botId) = 0;
};

} // namespace hilal::ui
