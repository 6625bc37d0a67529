#pragma once

#include "ui/bots/bot_tab.h"

#include <QWidget>

namespace hilal::ui {

class ActionTester;
class AppContext;

// The main window's "Actions" tab: an ActionTester on AppContext's repository, sessions and
// dispatcher, following the bot selection.
class ActionsTab : public QWidget, public BotTab
{
    Q_OBJECT

public:
    explicit ActionsTab(AppContext *context, QWidget *parent = nullptr);

    void setBot(const QString &botId) override;
    ActionTester *tester() const { return m_tester; }

private:
    ActionTester *m_tester;
};

} // namespace hilal::ui
