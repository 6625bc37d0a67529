#include "ui/console/soql_console_tab.h"

#include "ui/common/app_context.h"
#include "ui/console/soql_console.h"
#include "ui/console/soql_editor.h"

#include <QVBoxLayout>

namespace hilal::ui {

SoqlConsoleTab::SoqlConsoleTab(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_console(new SoqlConsole(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_console);
    if (m_context)
        m_console->setServices(m_context->bots(), m_context->sessions(), m_context->dispatcher());
    setFocusProxy(m_console->editor());
}

void SoqlConsoleTab::setBot(const QString &botId)
{
    m_console->setBot(botId);
}

} // namespace hilal::ui
