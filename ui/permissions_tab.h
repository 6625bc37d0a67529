#pragma once

#include "ui/bot_tab.h"

#include <QWidget>

class QStackedWidget;

namespace hilal::ui {

class AppContext;
class EmptyState;

// The Permissions tab: what the selected bot may do (the seven permissions in two groups), the
// confirmation policy, and whether the dispatcher is unlocked. Every change is saved at once and
// audited by the repository.
class PermissionsTab : public QWidget, public BotTab
{
    Q_OBJECT
public:
    explicit PermissionsTab(AppContext *context, QWidget *parent = nullptr);

    void setBot(const QString &botId) override;
    QString botId() const { return m_botId; }

private:
    AppContext *m_context;
    QString m_botId;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
};

} // namespace hilal::ui
