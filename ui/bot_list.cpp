#include "ui/bot_list.h"

#include "ui/app_context.h"
#include "ui/empty_state.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace hilal::ui {

namespace {
constexpr int BotIdRole = Qt::UserRole + 1;
}

BotList::BotList(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new QStandardItemModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(tr("No bots yet"),
                             tr("Add a bot to connect it to a Salesforce org and choose what it "
                                "may do there."),
                             this))
    , m_view(new QListView(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
{
    setMinimumWidth(220);
    auto *heading = new QLabel(tr("Bots"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setBuddy(m_view);

    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setAccessibleName(tr("Bots"));
    m_add->setAccessibleName(tr("Add bot"));
    m_rename->setAccessibleName(tr("Rename bot"));
    m_remove->setAccessibleName(tr("Remove bot"));

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 6, 12);
    layout->addWidget(heading);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    reload();
}

void BotList::reload()
{
    m_stack->setCurrentWidget(m_model->rowCount() ? static_cast<QWidget *>(m_view) : m_empty);
    updateButtons();
}

void BotList::selectBot(const QString &botId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(BotIdRole).toString() == botId) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

QString BotList::selectedBotId() const
{
    return m_view->currentIndex().data(BotIdRole).toString();
}

int BotList::count() const
{
    return m_model->rowCount();
}

void BotList::updateButtons()
{
    const bool hasSelection = !selectedBotId().isEmpty();
    m_rename->setEnabled(hasSelection);
    m_remove->setEnabled(hasSelection);
}

} // namespace hilal::ui
