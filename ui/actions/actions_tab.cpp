#include "ui/actions/actions_tab.h"

#include "ui/actions/action_tester.h"
#include "ui/common/app_context.h"

#include <QVBoxLayout>

namespace hilal::ui {

ActionsTab::ActionsTab(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_tester(new ActionTester(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tester);
    if (context)
        m_tester->setServices(context->bots(), context->sessions(), context->dispatcher());
    setFocusProxy(m_tester);
}

void ActionsTab::setBot(const QString &botId)
{
    m_tester->setBot(botId);
}

} // namespace hilal::ui
