#include "ui/bots/bot_list.h"

#include "ui/activity/audit_actor.h"
#include "ui/bots/add_bot_dialog.h"
#include "ui/bots/bot_properties_dialog.h"
#include "ui/bots/permission_risk_dialog.h"
#include "ui/common/app_context.h"
#include "ui/common/empty_state.h"
#include "ui/common/gui_preferences.h"
#include "ui/common/message_box.h"

#include "actions/connection_service.h"
#include "bots/bot_repository.h"
#include "salesforce/session.h"
#include "salesforce/session_manager.h"

#include <QApplication>
#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace hilal::ui {

namespace {

constexpr int BotIdRole = Qt::UserRole + 1;
constexpr int SubtitleRole = Qt::UserRole + 2;
constexpr int StateRole = Qt::UserRole + 3; // BotList::ConnectionState
constexpr int StateTextRole = Qt::UserRole + 4; // "Connected · Acme"

QColor stateColor(BotList::ConnectionState state)
{
    switch (state) {
    case BotList::ConnectionState::Connected:
        return QColor(QStringLiteral("#1e8449"));
    case BotList::ConnectionState::NeedsReconnect:
        return QColor(QStringLiteral("#d68910"));
    case BotList::ConnectionState::NotConnected:
        break;
    }
    return QColor(QStringLiteral("#808b96"));
}

// Three lines per bot: the name; under it in a muted colour its audience and org kind; then a
// coloured dot with its connection state and the org it is connected to.
class BotItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return QSize(option.rect.width(), fm.height() * 3 + 18);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QRect r = opt.rect.adjusted(10, 8, -10, -8);
        const QFontMetrics fm(opt.font);
        QFont bold = opt.font;
        bold.setBold(true);
        painter->save();
        painter->setFont(bold);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(name, Qt::ElideRight, r.width()));
        painter->setFont(opt.font);
        QColor sub = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(sub);
        painter->drawText(QRect(r.left(), r.top() + fm.height(), r.width(), fm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(SubtitleRole).toString(), Qt::ElideRight, r.width()));
        const int dot = fm.height() / 2;
        const QRect stateLine(r.left(), r.top() + 2 * fm.height() + 2, r.width(), fm.height());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(stateColor(BotList::ConnectionState(index.data(StateRole).toInt())));
        painter->drawEllipse(QRect(stateLine.left(), stateLine.center().y() - dot / 2, dot, dot));
        painter->setPen(sub);
        painter->drawText(stateLine.adjusted(dot + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(StateTextRole).toString(), Qt::ElideRight, r.width() - dot - 6));
        painter->restore();
    }
};

QString describe(const bots::Chatbot &bot)
{
    const QString audience = bot.audience == bots::Audience::Public ? BotList::tr("Public") : BotList::tr("Internal");
    const QString org = bot.orgKind == bots::OrgKind::Sandbox ? BotList::tr("sandbox") : BotList::tr("production");
    return BotList::tr("%1 · %2").arg(audience, org);
}

} // namespace

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
    , m_add(new QPushButton(tr("A&dd…"), this))
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
    m_view->setItemDelegate(new BotItemDelegate(m_view));
    m_view->setAccessibleName(tr("Bots"));
    m_add->setAccessibleName(tr("Add bot"));
    m_rename->setAccessibleName(tr("Rename bot"));
    m_remove->setAccessibleName(tr("Remove bot"));

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    // Two rows, each button at least as wide as its text: three in one row do not fit the
    // column with a 12 pt font or in Arabic, and a squeezed button cuts its words.
    auto *buttons = new QGridLayout;
    for (QPushButton *button : {m_add, m_rename, m_remove})
        button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    buttons->addWidget(m_add, 0, 0, 1, 2);
    buttons->addWidget(m_rename, 1, 0);
    buttons->addWidget(m_remove, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 6, 12);
    layout->addWidget(heading);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &BotList::addBot);
    connect(m_rename, &QPushButton::clicked, this, &BotList::renameSelected);
    connect(m_remove, &QPushButton::clicked, this, &BotList::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &BotList::onSelectionChanged);
    connect(m_view, &QListView::activated, this, [this] { m_context->setCurrentBotId(selectedBotId()); });
    // The bot's own menu where it is: its mnemonics stay inside the menu, so they take no letter
    // from the window.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &at) {
        if (selectedBotId().isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("Re&name…"), this, &BotList::renameSelected);
        menu.addAction(tr("&Properties…"), this, &BotList::showProperties);
        menu.addSeparator();
        menu.addAction(tr("&Remove…"), this, &BotList::removeSelected);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(context, &AppContext::botsChanged, this, &BotList::reload);
    // Connected, disconnected, needs reconnect: the list shows it without a reload by hand.
    connect(context, &AppContext::connectionChanged, this, &BotList::reload);
    connect(context->auditLog(), &bots::AuditLog::appended, this, [this](const bots::AuditEntry &entry) {
        if (entry.kind == bots::AuditEntry::Kind::Connection) // e.g. "reconnect needed"
            reload();
    });
    connect(context, &AppContext::currentBotChanged, this, &BotList::selectBot);

    reload();
}

void BotList::reload()
{
    const QString selected = m_context->currentBotId();
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->clear();
    for (const bots::Chatbot &bot : m_context->bots()->list()) {
        auto *item = new QStandardItem(bot.name);
        item->setData(describe(bot), SubtitleRole);
        item->setData(bot.id, BotIdRole);
        const ConnectionState state = connectionState(bot.id);
        const QString stateText = connectionText(bot.id);
        item->setData(int(state), StateRole);
        item->setData(stateText, StateTextRole);
        item->setToolTip(tr("%1 (%2), id %3\n%4").arg(bot.name, describe(bot), bot.id, stateText));
        item->setData(tr("%1, %2, %3").arg(bot.name, describe(bot), stateText), Qt::AccessibleTextRole);
        m_model->appendRow(item);
    }
    m_stack->setCurrentWidget(m_model->rowCount() ? static_cast<QWidget *>(m_view) : m_empty);
    selectBot(selected);
    // The current bot is gone (removed): select the first one so the tabs show something.
    if (selectedBotId().isEmpty() && m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
    m_context->setCurrentBotId(selectedBotId());
}

void BotList::onSelectionChanged()
{
    updateButtons();
    m_context->setCurrentBotId(selectedBotId());
}

void BotList::addBot()
{
    AddBotDialog dialog(this);
    dialog.setAudience(GuiPreferences::newBotAudience());
    dialog.setOrgKind(GuiPreferences::newBotOrgKind());
    if (m_context->isDemo())
        dialog.offerDemoOrg(m_context->demoOrgUrl());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto bot
        = m_context->bots()->add(dialog.name(), dialog.audience(), dialog.orgKind(), dialog.loginUrl(), auditActor());
    if (!bot) {
        MessageBox::warning(this, tr("Bot Not Added"), m_context->bots()->errorString());
        return;
    }
    m_context->setCurrentBotId(bot->id);
    selectBot(bot->id);
}

void BotList::renameSelected()
{
    const auto bot = m_context->bots()->get(selectedBotId());
    if (!bot)
        return;
    AddBotDialog dialog(*bot, this);
    if (dialog.exec() != QDialog::Accepted || dialog.name() == bot->name)
        return;
    if (!m_context->bots()->rename(bot->id, dialog.name(), auditActor()))
        MessageBox::warning(this, tr("Bot Not Renamed"), m_context->bots()->errorString());
}

void BotList::removeSelected()
{
    const auto bot = m_context->bots()->get(selectedBotId());
    if (!bot)
        return;
    const auto answer
        = MessageBox::question(this, tr("Remove Bot"), tr("Remove “%1”?").arg(bot->name),
                               tr("Its Salesforce connection is revoked first, then its permissions and confirmation "
                                  "policy are deleted. The activity log keeps its entries."),
                               MessageBox::Remove);
    if (answer != MessageBox::Remove)
        return;
    const QString botId = bot->id;
    m_context->connections()->remove(botId, this, [this](const actions::ConnectionService::Result &result) {
        if (!result.ok())
            MessageBox::warning(this, tr("Bot Not Removed"), result.message);
        else if (result.revokePending)
            MessageBox::warning(this, tr("Bot Removed, Revoke Pending"), result.message);
    });
}

void BotList::showProperties()
{
    const auto bot = m_context->bots()->get(selectedBotId());
    if (!bot)
        return;
    BotPropertiesDialog dialog(*bot, m_context->bots()->connectionInfo(bot->id), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bots::Audience audience = dialog.audience();
    const bots::OrgKind orgKind = dialog.orgKind();
    if (audience == bot->audience && orgKind == bot->orgKind)
        return;
    // Going public: the same question as widening a public bot's permissions (Permissions tab).
    QString reason;
    if (audience == bots::Audience::Public && bot->audience != bots::Audience::Public) {
        const bots::PermissionSet widening
            = m_context->bots()->permissions(bot->id).removed(bots::PermissionSet::safeForPublicBots());
        if (!widening.isEmpty()) {
            const std::optional<QString> answer = PermissionRiskDialog::ask(this, bot->name, widening);
            if (!answer || answer->trimmed().isEmpty())
                return;
            reason = answer->trimmed();
        }
    }
    if (dialog.endsConnection()) {
        const auto answer = MessageBox::question(this, tr("Change Org Kind"),
                                                 tr("Disconnect “%1” and change its org kind?").arg(bot->name),
                                                 dialog.noteText(), MessageBox::Disconnect);
        if (answer != MessageBox::Disconnect)
            return;
    }
    m_context->connections()->changeAudienceAndOrgKind(
        bot->id, audience, orgKind, reason, this, [this](const actions::ConnectionService::Result &result) {
            if (!result.ok())
                MessageBox::warning(this, tr("Bot Not Changed"), result.message);
            else if (result.revokePending)
                MessageBox::warning(this, tr("Bot Changed, Revoke Pending"), result.message);
        });
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

BotList::ConnectionState BotList::connectionState(const QString &botId) const
{
    if (!m_context->bots()->connectionInfo(botId))
        // An org kind change ended the connection: it asks to be connected again.
        return m_context->bots()->reconnectReason(botId).isEmpty() ? ConnectionState::NotConnected
                                                                   : ConnectionState::NeedsReconnect;
    // Salesforce refused the stored token (revoked, expired): connected on paper only.
    if (m_context->sessions() && m_context->sessions()->session(botId)->needsReconnect())
        return ConnectionState::NeedsReconnect;
    return ConnectionState::Connected;
}

QString BotList::connectionText(const QString &botId) const
{
    const auto info = m_context->bots()->connectionInfo(botId);
    QString org;
    if (info)
        org = !info->orgName.isEmpty() ? info->orgName : info->instanceUrl.host();
    switch (connectionState(botId)) {
    case ConnectionState::Connected:
        return org.isEmpty() ? tr("Connected") : tr("Connected · %1").arg(org);
    case ConnectionState::NeedsReconnect:
        return org.isEmpty() ? tr("Needs reconnect") : tr("Needs reconnect · %1").arg(org);
    case ConnectionState::NotConnected:
        break;
    }
    return tr("Not connected");
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
