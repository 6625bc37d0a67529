#include "ui/bots/permissions_tab.h"

#include "ui/activity/audit_actor.h"
#include "ui/bots/permission_labels.h"
#include "ui/bots/permission_risk_dialog.h"
#include "ui/common/empty_state.h"
#include "ui/common/message_box.h"

#include "bots/bot_repository.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
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
        return PermissionsTab::tr("%1 on a public bot lets anyone who chats with it read any record the "
                                  "connected Salesforce user can see.")
            .arg(PermissionLabels::displayName(p));
    case Permission::UpdateOpportunity:
        return PermissionsTab::tr("%1 on a public bot lets anyone who chats with it change "
                                  "deals. Keep “Ask before updating” on, or grant it to an internal bot only.")
            .arg(PermissionLabels::displayName(p));
    default:
        return {};
    }
}

} // namespace

PermissionsTab::PermissionsTab(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_bots(services.bots)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(tr("No bot selected"),
                             tr("Select a bot on the left to choose what it may do in Salesforce "
                                "and when it must ask a person first."),
                             this))
{
    m_stack->addWidget(m_empty);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Permissions and confirmation policy"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildEditor());
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    onBotChanged(services, this, [this](const QString &id) {
        if (id == m_botId && !m_loading)
            load(hasPendingChanges());
    });
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
    m_warning->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // On a public bot the warning's place is kept while it is hidden (room for both warnings),
    // so ticking a box never pushes the checkboxes away from under the pointer.
    m_warning->setMinimumHeight(m_warning->fontMetrics().lineSpacing() * 4 + 16);
    m_warning->hide();

    m_safePreset = new QPushButton(tr("&Safe for Public Bots"), page);
    m_safePreset->setToolTip(tr("Stages exactly %1 and %2 and revokes every other permission "
                                "(Apply stores it).")
                                 .arg(PermissionLabels::displayName(Permission::CreateLead),
                                      PermissionLabels::displayName(Permission::ReadAccount)));
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
    for (QCheckBox *check : {m_confirmUpdates, m_confirmCreates})
        check->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_confirmSoql = new QComboBox(policyBox);
    m_confirmSoql->addItem(tr("Never"), int(ConfirmationPolicy::Soql::Off));
    m_confirmSoql->addItem(tr("For costly queries (recommended)"), int(ConfirmationPolicy::Soql::NonTrivial));
    m_confirmSoql->addItem(tr("For every query"), int(ConfirmationPolicy::Soql::All));
    m_confirmSoql->setAccessibleName(tr("Ask before running a SOQL query"));
    auto *soqlLabel = new QLabel(tr("Before running a SOQL &query:"), policyBox);
    soqlLabel->setBuddy(m_confirmSoql);
    auto *policyLayout = new QVBoxLayout(policyBox);
    policyLayout->addWidget(descriptionLabel(tr("The bot answers “needs confirmation” with a preview, and acts "
                                                "only after someone confirms it."),
                                             policyBox, false));
    policyLayout->addWidget(m_confirmUpdates);
    policyLayout->addWidget(m_confirmCreates);
    auto *soqlRow = new QHBoxLayout;
    soqlRow->addWidget(soqlLabel);
    soqlRow->addWidget(m_confirmSoql);
    soqlRow->addStretch();
    policyLayout->addLayout(soqlRow);
    connect(m_confirmUpdates, &QCheckBox::toggled, this, &PermissionsTab::stagePolicy);
    connect(m_confirmCreates, &QCheckBox::toggled, this, &PermissionsTab::stagePolicy);
    connect(m_confirmSoql, &QComboBox::currentIndexChanged, this, &PermissionsTab::stagePolicy);

    m_saved = new QLabel(page);
    m_saved->setForegroundRole(QPalette::PlaceholderText);
    m_saved->setAccessibleName(tr("Save status"));
    m_revert = new QPushButton(tr("Re&vert"), page);
    m_revert->setToolTip(tr("Drop the changes not applied yet."));
    m_apply = new QPushButton(tr("Appl&y"), page);
    m_apply->setToolTip(tr("Store the changes; the bot uses them from its next request."));
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &PermissionsTab::apply);
    connect(m_revert, &QPushButton::clicked, this, &PermissionsTab::revert);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_saved, 1);
    applyRow->addWidget(m_revert);
    applyRow->addWidget(m_apply);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_audience);
    layout->addWidget(m_dispatcher);
    layout->addWidget(m_warning);
    QWidget *integration = buildGroup(tr("Integration"), PermissionGroup::Integration);
    QWidget *chat = buildGroup(tr("Chat actions"), PermissionGroup::ChatAction);
    // Side by side when both fit a 1000 px window's tab; under each other when their labels
    // are long (a 12 pt font, Arabic), so no check box is cut.
    const bool sideBySide = integration->minimumSizeHint().width() + chat->minimumSizeHint().width() + 12 <= 700;
    auto *groups = new QBoxLayout(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    groups->setSpacing(12);
    groups->addWidget(integration, 1, Qt::AlignTop);
    groups->addWidget(chat, 1, Qt::AlignTop);
    layout->addLayout(groups);
    layout->addLayout(presetRow);
    layout->addWidget(policyBox);
    layout->addLayout(applyRow);
    layout->addStretch();
    // Lines stay short on a wide window, but never so short that a check box cuts its label
    // (a 12 pt font, Arabic).
    page->setMaximumWidth(qMax(820, page->minimumSizeHint().width()));
    return page;
}

QWidget *PermissionsTab::buildGroup(const QString &title, PermissionGroup group)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(2);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    for (Permission p : Permissions::inGroup(group)) {
        auto *check = new QCheckBox(PermissionLabels::displayName(p), box);
        check->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // never narrower than its label
        check->setAccessibleName(PermissionLabels::label(p));
        check->setAccessibleDescription(Permissions::description(p));
        check->setToolTip(Permissions::description(p));
        m_checks.insert(p, check);
        layout->addWidget(check);
        layout->addWidget(descriptionLabel(Permissions::description(p), box));
        connect(check, &QCheckBox::toggled, this, [this, p](bool on) {
            if (m_loading)
                return;
            m_staged.set(p, on);
            updateIndicators();
        });
    }
    return box;
}

void PermissionsTab::setBot(const QString &botId)
{
    // Staged changes belong to the bot they were made for; another bot starts from what is stored.
    m_botId = botId;
    m_saved->clear();
    load();
}

bool PermissionsTab::hasPendingChanges() const
{
    if (m_botId.isEmpty() || !m_bots->contains(m_botId))
        return false;
    return m_staged != m_bots->permissions(m_botId) || (m_policyEdited && !(stagedPolicy() == m_bots->policy(m_botId)));
}

void PermissionsTab::load(bool keepStaged)
{
    const auto bot = m_bots->get(m_botId);
    if (!bot) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_loading = true;
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("What “%1” may do").arg(bot->name));
    m_audience->setText(
        bot->audience == bots::Audience::Public
            ? tr("Public bot: anyone on your website can chat with it, so grant only what a stranger may do.")
            : tr("Internal bot: only your staff can chat with it."));
    QSizePolicy warningPolicy = m_warning->sizePolicy();
    warningPolicy.setRetainSizeWhenHidden(bot->audience == bots::Audience::Public);
    m_warning->setSizePolicy(warningPolicy);
    if (!keepStaged) {
        m_staged = m_bots->permissions(bot->id);
        const ConfirmationPolicy policy = m_bots->policy(bot->id);
        m_confirmUpdates->setChecked(policy.confirmUpdates);
        m_confirmCreates->setChecked(policy.confirmCreates);
        m_confirmSoql->setCurrentIndex(m_confirmSoql->findData(int(policy.confirmSoql)));
        m_policyEdited = false;
    }
    m_loading = false;
    showStaged();
}

void PermissionsTab::showStaged()
{
    m_loading = true;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it)
        it.value()->setChecked(m_staged.has(it.key()));
    m_loading = false;
    updateIndicators();
}

void PermissionsTab::applySafePreset()
{
    m_staged = PermissionSet::safeForPublicBots();
    showStaged();
}

ConfirmationPolicy PermissionsTab::stagedPolicy() const
{
    ConfirmationPolicy policy;
    policy.confirmUpdates = m_confirmUpdates->isChecked();
    policy.confirmCreates = m_confirmCreates->isChecked();
    policy.confirmSoql = ConfirmationPolicy::Soql(m_confirmSoql->currentData().toInt());
    return policy;
}

void PermissionsTab::stagePolicy()
{
    if (m_loading || m_botId.isEmpty())
        return;
    m_policyEdited = true;
    updateIndicators();
}

namespace {

// Keeps the admin's reason for widening a public bot in the audit trail, next to the grant
// itself. The one place to adapt when the repository stores override reasons on its own.
bool recordWideningReason(bots::BotRepository *repository, const QString &botId, const PermissionSet &widening,
                          const QString &reason, const QString &actor)
{
    bots::AuditEntry entry;
    entry.botId = botId;
    entry.kind = bots::AuditEntry::Kind::Permission;
    entry.action = QStringLiteral("override");
    entry.actor = actor;
    entry.parameters = QJsonObject {{QStringLiteral("permissions"), QJsonArray::fromStringList(widening.names())},
                                    {QStringLiteral("reason"), reason}};
    entry.detail
        = QStringLiteral("widened a public bot with %1: %2").arg(widening.names().join(QStringLiteral(", ")), reason);
    return repository->audit().append(entry) != 0;
}

} // namespace

bool PermissionsTab::apply()
{
    const auto bot = m_bots->get(m_botId);
    if (!bot || !hasPendingChanges())
        return false;
    bots::BotRepository *repository = m_bots;
    const PermissionSet stored = repository->permissions(bot->id);
    // Only what this change adds beyond the safe preset needs the admin's word.
    const PermissionSet widening = bot->audience == bots::Audience::Public
        ? m_staged.removed(stored).removed(PermissionSet::safeForPublicBots())
        : PermissionSet();
    std::optional<QString> reason;
    if (!widening.isEmpty()) {
        reason = PermissionRiskDialog::ask(this, bot->name, widening);
        if (!reason || reason->trimmed().isEmpty()) {
            m_saved->setText(tr("Not applied: widening a public bot needs a reason."));
            return false;
        }
    }
    const QString actor = auditActor();
    m_loading = true;
    bool ok = repository->setPermissions(bot->id, m_staged, actor, reason ? reason->trimmed() : QString());
    if (ok && reason)
        ok = recordWideningReason(repository, bot->id, widening, reason->trimmed(), actor);
    if (ok && m_policyEdited)
        ok = repository->setPolicy(bot->id, stagedPolicy(), actor);
    m_loading = false;
    if (!ok) {
        MessageBox::warning(this, tr("Changes Not Applied"), repository->errorString());
        load(true); // keep what the admin staged, so nothing is lost
        return false;
    }
    load();
    m_saved->setText(tr("Applied at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

void PermissionsTab::revert()
{
    m_saved->clear();
    load();
}

void PermissionsTab::updateIndicators()
{
    const auto bot = m_bots->get(m_botId);
    if (!bot)
        return;
    const PermissionSet &set = m_staged;
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

    const bool pending = hasPendingChanges();
    m_apply->setEnabled(pending);
    m_revert->setEnabled(pending);
    if (pending)
        m_saved->setText(tr("Changes not applied yet."));
    else if (m_saved->text() == tr("Changes not applied yet."))
        m_saved->clear();
}

} // namespace hilal::ui
