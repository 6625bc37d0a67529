#include "ui/permissions_tab.h"

#include "ui/app_context.h"
#include "ui/empty_state.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace hilal::ui {

PermissionsTab::PermissionsTab(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(tr("No bot selected"),
                             tr("Select a bot on the left to choose what it may do in Salesforce "
                                "and when it must ask a person first."),
                             this))
{
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void PermissionsTab::setBot(const QString &botId)
{
    m_botId = botId;
    m_stack->setCurrentWidget(m_empty);
}

} // namespace hilal::ui
