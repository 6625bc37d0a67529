#include "ui/activity/activity_tab.h"

#include "ui/activity/audit_model.h"

#include "bots/audit_log.h"
#include "bots/bot_repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace hilal::ui {

namespace {

constexpr int kListLimit = 1000;

// A date edit whose lowest date reads "any": that end of the range is open.
QDateEdit *openDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(ActivityTab::tr("any"));
    edit->setDate(edit->minimumDate());
    return edit;
}

} // namespace

ActivityTab::ActivityTab(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_bots(services.bots)
    , m_audit(m_bots ? &m_bots->audit() : nullptr)
    , m_model(new AuditModel(this))
{
    setAccessibleName(tr("Activity"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    auto addFilter = [this, filters](const QString &label, QComboBox *box, const QString &name) {
        auto *l = new QLabel(label, this);
        l->setBuddy(box);
        box->setAccessibleName(name);
        // Sized for a short entry ("Any status"), not the longest one: the row must fit a 1000 px
        // window with a 12 pt font, in Arabic too. The entries have no icon, so the room kept for
        // one holds text. The open list and the tool tip still show an entry whole.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(7);
        connect(box, &QComboBox::currentTextChanged, box, &QComboBox::setToolTip);
        filters->addWidget(l);
        filters->addWidget(box, 1); // the room to spare shows more of a long bot name
    };
    m_bot = new QComboBox(this);
    m_action = new QComboBox(this);
    m_status = new QComboBox(this);
    addFilter(tr("B&ot:"), m_bot, tr("Filter by bot"));
    addFilter(tr("Action t&ype:"), m_action, tr("Filter by action"));
    addFilter(tr("&Status:"), m_status, tr("Filter by status"));
    m_status->addItem(tr("Any status"), int(AuditModel::StatusFilter::All));
    m_status->addItem(tr("Succeeded (2xx)"), int(AuditModel::StatusFilter::Success));
    m_status->addItem(tr("Waiting for confirmation (409)"), int(AuditModel::StatusFilter::Pending));
    m_status->addItem(tr("Refused (4xx)"), int(AuditModel::StatusFilter::Refused));
    m_status->addItem(tr("Failed (5xx)"), int(AuditModel::StatusFilter::Failed));
    m_status->addItem(tr("Permission, policy and connection changes"), int(AuditModel::StatusFilter::Changes));
    m_action->addItem(tr("Any action"), QString());
    m_reload = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&load"), this);
    m_reload->setAccessibleName(tr("Reload the activity log"));
    filters->addWidget(m_reload);
    layout->addLayout(filters);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the query text, record Ids, who, details…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the activity log"));
    auto *searchLabel = new QLabel(tr("Te&xt:"), this);
    searchLabel->setBuddy(m_search);
    m_from = openDateEdit(this);
    m_from->setAccessibleName(tr("From date"));
    m_to = openDateEdit(this);
    m_to->setAccessibleName(tr("To date"));
    auto *fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&Until:"), this);
    toLabel->setBuddy(m_to);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(fromLabel);
    searchRow->addWidget(m_from);
    searchRow->addWidget(toLabel);
    searchRow->addWidget(m_to);
    layout->addLayout(searchRow);
    connect(m_search, &QLineEdit::textChanged, m_model, &AuditModel::setSearchText);
    connect(m_from, &QDateEdit::dateChanged, this, &ActivityTab::applyDates);
    connect(m_to, &QDateEdit::dateChanged, this, &ActivityTab::applyDates);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Activity log, newest first"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(AuditModel::Time, 150);
    m_view->setColumnWidth(AuditModel::Bot, 130);
    m_view->setColumnWidth(AuditModel::Action, 170);
    m_view->setColumnWidth(AuditModel::Status, 60);
    m_view->setColumnWidth(AuditModel::Record, 160);
    m_view->setColumnWidth(AuditModel::Duration, 80);
    m_view->setColumnWidth(AuditModel::Actor, 90);
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Activity summary"));
    layout->addWidget(m_summary);

    connect(m_bot, qOverload<int>(&QComboBox::activated), this, [this] { reload(); });
    connect(m_action, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_model->setActionFilter(m_action->currentData().toString()); });
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_model->setStatusFilter(AuditModel::StatusFilter(m_status->currentData().toInt())); });
    connect(m_reload, &QPushButton::clicked, this, &ActivityTab::reload);
    connect(&m_watcher, &QFutureWatcher<QList<bots::AuditEntry>>::finished, this, [this] {
        m_loading = false;
        const QList<bots::AuditEntry> entries = m_watcher.future().isValid() && m_watcher.future().resultCount() > 0
            ? m_watcher.result()
            : QList<bots::AuditEntry>();
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
            return;
        }
        m_loadedCount = int(entries.size());
        m_model->setEntries(entries);
        refreshActions();
        updateSummary();
        m_reload->setEnabled(true);
        Q_EMIT loaded(int(entries.size()));
    });
    auto *sizer = m_model;
    connect(sizer, &QAbstractItemModel::modelReset, this, [this] {
        m_view->setToolTip(m_model->rowCount() == 0 ? tr("Nothing matches these filters yet.") : QString());
        updateSummary();
    });
    connect(sizer, &QAbstractItemModel::rowsInserted, this, &ActivityTab::updateSummary);

    if (m_audit)
        connect(m_audit, &bots::AuditLog::appended, this, &ActivityTab::onAppended);
    if (m_bots) {
        connect(m_bots, &bots::BotRepository::botAdded, this, &ActivityTab::refreshBots);
        connect(m_bots, &bots::BotRepository::botRemoved, this, &ActivityTab::refreshBots);
        connect(m_bots, &bots::BotRepository::botChanged, this, &ActivityTab::refreshBots);
    }
    refreshBots();
    reload();
}

void ActivityTab::refreshBots()
{
    const QString current = m_bot->currentData().toString();
    m_bot->clear();
    m_bot->addItem(tr("All bots"), QString());
    QHash<QString, QString> names;
    if (m_bots) {
        for (const bots::Chatbot &bot : m_bots->list()) {
            m_bot->addItem(bot.name, bot.id);
            names.insert(bot.id, bot.name);
        }
    }
    m_model->setBotNames(names);
    const int index = m_bot->findData(current);
    m_bot->setCurrentIndex(index >= 0 ? index : 0);
}

void ActivityTab::refreshActions()
{
    const QString current = m_action->currentData().toString();
    QSignalBlocker blocker(m_action);
    m_action->clear();
    m_action->addItem(tr("Any action"), QString());
    for (const QString &action : m_model->actions())
        m_action->addItem(action, action);
    const int index = m_action->findData(current);
    m_action->setCurrentIndex(index >= 0 ? index : 0);
    m_model->setActionFilter(m_action->currentData().toString());
}

void ActivityTab::setBot(const QString &botId)
{
    const int index = m_bot->findData(botId);
    m_bot->setCurrentIndex(index >= 0 ? index : 0);
    reload();
}

void ActivityTab::reload()
{
    if (!m_audit)
        return;
    if (m_loading) {
        m_reloadAgain = true; // the filter changed while a listing was under way
        return;
    }
    bots::AuditQuery query;
    query.botId = m_bot->currentData().toString();
    query.limit = kListLimit;
    m_loading = true;
    m_reload->setEnabled(false);
    m_summary->setText(tr("Loading…"));
    m_watcher.setFuture(m_audit->entriesAsync(query));
}

QString ActivityTab::summaryText() const
{
    return m_summary->text();
}

void ActivityTab::applyDates()
{
    const QDate from = m_from->date() == m_from->minimumDate() ? QDate() : m_from->date();
    const QDate to = m_to->date() == m_to->minimumDate() ? QDate() : m_to->date();
    m_model->setDateRange(from, to);
}

void ActivityTab::updateSummary()
{
    if (m_loading)
        return;
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    QString text;
    if (total == 0)
        text = tr("Nothing recorded yet: chat actions, permission, policy and connection changes will appear "
                  "here as they happen.");
    else if (shown == total)
        text = total == 1 ? tr("1 entry.") : tr("%1 entries.").arg(QLocale().toString(total));
    else
        text = tr("%1 of %2 entries match the filters.").arg(QLocale().toString(shown), QLocale().toString(total));
    if (m_loadedCount >= kListLimit)
        text += QLatin1Char(' ') + tr("Only the newest %1 are listed.").arg(QLocale().toString(kListLimit));
    m_summary->setText(text);
}

void ActivityTab::onAppended(const bots::AuditEntry &entry)
{
    const QString bot = m_bot->currentData().toString();
    if (!bot.isEmpty() && entry.botId != bot)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_model->prepend(entry);
    if (m_action->findData(entry.action) < 0)
        refreshActions();
}

} // namespace hilal::ui
