#pragma once

#include "ui/bots/bot_tab.h"

#include <QWidget>

namespace hilal::ui {

class AppContext;
class SoqlConsole;

// The main window's "SOQL Console" tab: a SoqlConsole wired to AppContext's repository,
// sessions and dispatcher, following the bot selection.
class SoqlConsoleTab : public QWidget, public BotTab
{
    Q_OBJECT

public:
    explicit SoqlConsoleTab(AppContext *context, QWidget *parent = nullptr);

    void setBot(const QString &botId) override;
    SoqlConsole *console() const { return m_console; }

private:
    AppContext *m_context;
    SoqlConsole *m_console;
};

} // namespace hilal::ui
