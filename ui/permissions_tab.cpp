#include "ui/permissions_tab.h"

#include "ui/app_context.h"
#include "ui/empty_state.h"
#include "ui/message_box.h"

#include "bots/bot_repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTime>
#include <QVBoxLayout>

namespace hilal::ui {

using bots::ConfirmationPolicy;
using bots::Permission;
using bots::PermissionGroup;
using bots::Permissions;
using bots::PermissionSet;

namespace {

const auto kActor = QStringLiteral("gui");

QLabel *descriptionLabel(const QString &text, QWidget *parent, bool underCheckBox = true)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(underCheckBox ? 24 : 0, 0, 0, 4); // under the checkbox text, not its indicator
    // Never squeezed below its text when the window is short: the tab scrolls instead.
    // (setSizePolicy replaces the word-wrap height-for-width flag; keep it.)
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    return label;
}

QString riskWarning(Permission p)
{
    switch (p) {
    case Permission::RunSoql:
        return PermissionsTab::tr("RUN_SOQL on a public bot lets anyone who chats with it read any record the "
                                  "connected Salesforce user can see.");
    case Permission::UpdateOpportunity:
        return PermissionsTab::tr("UPDATE_OPPORTUNITY on a public bot lets anyone who chats with it change "
                                  "deals. Keep “Ask before updating” on, or grant it to an internal bot only.");
    default:
        return {};
    }
}

} // namespace

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
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildEditor());
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(context, &AppContext::botUpdated, this, [this](const QString &id) { if (id == m_botId && !m_loading) load(); });
    connect(context, &AppContext::botsChanged, this, [this] { if (!m_loading) load(); });
}

QWidget *PermissionsTab::buildEditor()
{
    auto *page = new QWidget;
    m_title = new QLabel(page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_audience = new QLabel(page);
    m_audience->setWordWrap(true);
    m_audience->setForegroundRole(QPalette::PlaceholderText);

    m_dispatcher = new QLabel(page);
    m_dispatcher->setWordWrap(true);
    m_dispatcher->setAccessibleName(tr("Dispatcher status"));
    m_dispatcher->setFrameShape(QFrame::StyledPanel);
    m_dispatcher->setMargin(8);

    m_warning = new QLabel(page);
    m_warning->setWordWrap(true);
    m_warning->setAccessibleName(tr("Warning"));
    m_warning->setObjectName(QStringLiteral("publicBotWarning"));
    m_warning->setStyleSheet(QStringLiteral("QLabel#publicBotWarning { background: rgba(214,137,16,0.16); "
                                            "border-left: 3px solid #d68910; padding: 8px; }"));
    m_warning->hide();

    m_safePreset = new QPushButton(tr("&Safe for Public Bots"), page);
    m_safePreset->setToolTip(tr("Grants exactly CREATE_LEAD and READ_ACCOUNT and revokes every other permission."));
    m_safePreset->setAccessibleName(tr("Apply the safe preset for public bots"));
    connect(m_safePreset, &QPushButton::clicked, this, &PermissionsTab::applySafePreset);
    auto *presetRow = new QHBoxLayout;
    auto *presetHint = new QLabel(tr("Preset: only create leads and read accounts."), page);
    presetHint->setForegroundRole(QPalette::PlaceholderText);
    presetRow->addWidget(m_safePreset);
    presetRow->addWidget(presetHint, 1);

    auto *policyBox = new QGroupBox(tr("Ask a person first"), page);
    m_confirmUpdates = new QCheckBox(tr("Before &updating an opportunity"), policyBox);
    m_confirmCreates = new QCheckBox(tr("Before creating a &lead"), policyBox);
    m_confirmSoql = new QComboBox(policyBox);
    m_confirmSoql->addItem(tr("Never"), int(ConfirmationPolicy::Soql::Off));
    m_confirmSoql->addItem(tr("For costly queries (recommended)"), int(ConfirmationPolicy::Soql::NonTrivial));
    m_confirmSoql->addItem(tr("For every query"), int(ConfirmationPolicy::Soql::All));
    m_confirmSoql->setAccessibleName(tr("Ask before running a SOQL query"));
    auto *soqlLabel = new QLabel(tr("Before running a SOQL &query:"), policyBox);
    soqlLabel->setBuddy(m_confirmSoql);
    auto *policyLayout = new QVBoxLayout(policyBox);
    policyLayout->addWidget(descriptionLabel(tr("The bot answers “needs confirmation” with a preview, and acts "
                                                "only after someone confirms it."), policyBox, false));
    policyLayout->addWidget(m_confirmUpdates);
    policyLayout->addWidget(m_confirmCreates);
    auto *soqlRow = new QHBoxLayout;
    soqlRow->addWidget(soqlLabel);
    soqlRow->addWidget(m_confirmSoql);
    soqlRow->addStretch();
    policyLayout->addLayout(soqlRow);
    connect(m_confirmUpdates, &QCheckBox::toggled, this, &PermissionsTab::savePolicy);
    connect(m_confirmCreates, &QCheckBox::toggled, this, &PermissionsTab::savePolicy);
    connect(m_confirmSoql, &QComboBox::currentIndexChanged, this, &PermissionsTab::savePolicy);

    m_saved = new QLabel(page);
    m_saved->setForegroundRole(QPalette::PlaceholderText);
    m_saved->setAccessibleName(tr("Save status"));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_audience);
    layout->addWidget(m_dispatcher);
    layout->addWidget(m_warning);
    auto *groups = new QHBoxLayout;
    groups->setSpacing(12);
    QWidget *integration = buildGroup(tr("Integration"), PermissionGroup::Integration);
    QWidget *chat = buildGroup(tr("Chat actions"), PermissionGroup::ChatAction);
    groups->addWidget(integration, 1, Qt::AlignTop);
    groups->addWidget(chat, 1, Qt::AlignTop);
    layout->addLayout(groups);
    layout->addLayout(presetRow);
    layout->addWidget(policyBox);
    layout->addWidget(m_saved);
    layout->addStretch();
    page->setMaximumWidth(820);
    return page;
}

QWidget *PermissionsTab::buildGroup(const QString &title, PermissionGroup group)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(2);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    for (Permission p : Permissions::inGroup(group)) {
        auto *check = new QCheckBox(Permissions::name(p), box);
        check->setAccessibleName(Permissions::name(p));
        check->setAccessibleDescription(Permissions::description(p));
        check->setToolTip(Permissions::description(p));
        m_checks.insert(p, check);
        layout->addWidget(check);
        layout->addWidget(descriptionLabel(Permissions::description(p), box));
        connect(check, &QCheckBox::toggled, this, [this, p](bool on) {
            if (m_loading)
                return;
            PermissionSet set = m_context->bots()->permissions(m_botId);
            set.set(p, on);
            savePermissions(set);
        });
    }
    return box;
}

void PermissionsTab::setBot(const QString &botId)
{
    m_botId = botId;
    m_saved->clear();
    load();
}

void PermissionsTab::load()
{
    const auto bot = m_context->bots()->get(m_botId);
    if (!bot) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_loading = true;
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("What “%1” may do").arg(bot->name));
    m_audience->setText(bot->audience == bots::Audience::Public
                            ? tr("Public bot: anyone on your website can chat with it, so grant only what a stranger may do.")
                            : tr("Internal bot: only your staff can chat with it."));
    const PermissionSet set = m_context->bots()->permissions(bot->id);
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it)
        it.value()->setChecked(set.has(it.key()));
    const ConfirmationPolicy policy = m_context->bots()->policy(bot->id);
    m_confirmUpdates->setChecked(policy.confirmUpdates);
    m_confirmCreates->setChecked(policy.confirmCreates);
    m_confirmSoql->setCurrentIndex(m_confirmSoql->findData(int(policy.confirmSoql)));
    m_loading = false;
    updateIndicators();
}

void PermissionsTab::applySafePreset()
{
    savePermissions(PermissionSet::safeForPublicBots());
}

void PermissionsTab::savePermissions(const PermissionSet &permissions)
{
    // The public-bot rule: RUN_SOQL / UPDATE_OPPORTUNITY need the admin's reason, asked here
    // after naming the risk; no reason, nothing saved.
    QString reason;
    const PermissionSet added = permissions.removed(m_context->bots()->permissions(m_botId));
    const PermissionSet risky = m_context->bots()->publicRisksWithoutReason(m_botId, added);
    if (!risky.isEmpty()) {
        QStringList rules;
        for (Permission p : risky.toList())
            rules << PermissionSet::publicRiskRule(p);
        reason = MessageBox::askReason(this, tr("Allow on a Public Bot?"), rules.join(QLatin1Char(' ')),
                                       tr("To allow it anyway, say why you accept the risk (it is kept in the audit log):"));
        if (reason.isEmpty()) {
            load(); // unticks it again
            return;
        }
    }
    m_loading = true;
    const bool ok = m_context->bots()->setPermissions(m_botId, permissions, kActor, reason);
    m_loading = false;
    if (!ok)
        MessageBox::warning(this, tr("Permissions Not Saved"), m_context->bots()->errorString());
    else
        m_saved->setText(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    load(); // show what is stored, whatever happened
}

void PermissionsTab::savePolicy()
{
    if (m_loading || m_botId.isEmpty())
        return;
    ConfirmationPolicy policy;
    policy.confirmUpdates = m_confirmUpdates->isChecked();
    policy.confirmCreates = m_confirmCreates->isChecked();
    policy.confirmSoql = ConfirmationPolicy::Soql(m_confirmSoql->currentData().toInt());
    m_loading = true;
    const bool ok = m_context->bots()->setPolicy(m_botId, policy, kActor);
    m_loading = false;
    if (!ok)
        MessageBox::warning(this, tr("Policy Not Saved"), m_context->bots()->errorString());
    else
        m_saved->setText(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    load();
}

void PermissionsTab::updateIndicators()
{
    const auto bot = m_context->bots()->get(m_botId);
    if (!bot)
        return;
    const PermissionSet set = m_context->bots()->permissions(bot->id);
    m_dispatcher->setText(set.isDispatcherUnlocked()
                              ? tr("<b>Chat actions unlocked.</b> The dispatcher serves this bot's granted actions.")
                              : tr("<b>Chat actions locked.</b> No chat permission is granted, so every action "
                                   "the bot asks for is refused (403)."));
    QStringList warnings;
    if (bot->audience == bots::Audience::Public) {
        for (Permission p : Permissions::all()) {
            if (set.has(p) && Permissions::isRiskyForPublicBots(p))
                warnings << riskWarning(p);
        }
    }
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

} // namespace hilal::ui
