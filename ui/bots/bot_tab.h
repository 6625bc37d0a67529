#pragma once

#include "ui/common/services.h"

#include <QString>

namespace hilal::ui {

// A tab on the right of the main window that shows one bot at a time (Integrations,
// Permissions, SOQL Console, Actions, Activity, Lead fields).
//
// How a tab is hosted: it is a QWidget that also derives BotTab, and is constructed as
//     explicit SomeTab(const Services &services, QWidget *parent = nullptr);
// with the objects it works with (ui/common/services.h: AppContext's in the app, a fixture's in
// a test). MainWindow creates it once, puts it in the tab widget, and calls setBot() whenever the
// selection in the bot list changes — with an empty id when no bot is selected (the tab then
// shows its empty state). A tab learns of changes from the services' own signals
// (onBotChanged() for "anything about this bot"), so it sees a change whoever made it.
class BotTab
{
public:
    virtual ~BotTab() = default;

    // The bot to show; empty = none selected. Called after construction too.
    virtual void setBot(const QString &botId) = 0;
};

} // namespace hilal::ui
