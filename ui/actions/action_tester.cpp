#include "ui/actions/action_tester.h"

#include "results/record_flattener.h"
#include "ui/actions/action_result_view.h"
#include "ui/activity/audit_actor.h"
#include "ui/bots/permission_labels.h"
#include "ui/common/confirmation_dialog.h"
#include "ui/common/message_box.h"
#include "ui/common/user_text.h"
#include "ui/console/soql_highlighter.h"

#include "actions/create_lead_action.h"
#include "actions/dispatcher.h"
#include "actions/get_account_action.h"
#include "actions/run_soql_action.h"
#include "actions/update_opportunity_action.h"
#include "bots/bot_repository.h"
#include "salesforce/session.h"
#include "salesforce/session_manager.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace hilal::ui {

using results::RecordFlattener;

namespace {

QColor errorColor()
{
    return QColor(QStringLiteral("#c0392b"));
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, errorColor());
    label->setPalette(p);
    label->hide();
    return label;
}

} // namespace

QStringList ActionTester::actionNames()
{
    return {actions::CreateLeadAction::actionName(), actions::GetAccountAction::actionName(),
            actions::UpdateOpportunityAction::actionName(), actions::RunSoqlAction::actionName()};
}

ActionTester::~ActionTester()
{
    // The forms' widgets belong to the stack (Qt deletes them); the bookkeeping is ours.
    qDeleteAll(m_forms);
    m_forms.clear();
}

ActionTester::ActionTester(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_bots(services.bots)
    , m_sessions(services.sessions)
    , m_dispatcher(services.dispatcher)
{
    setAccessibleName(tr("Action tester"));
    auto *layout = new QVBoxLayout(this);
    m_botNotice = new QLabel(this);
    m_botNotice->setWordWrap(true);
    m_botNotice->hide();
    layout->addWidget(m_botNotice);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_list = new QListWidget(splitter);
    m_list->setAccessibleName(tr("Chat actions"));
    m_list->setMinimumWidth(150);
    m_list->setMaximumWidth(210);
    // The form at its natural height, the result below it taking the rest.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(right);
    m_stack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_result = new ActionResultView(right);
    m_resultHeading = new QLabel(right);
    m_resultHeading->setObjectName(QStringLiteral("resultHeading"));
    m_resultHeading->setAccessibleName(tr("Which run the result belongs to"));
    m_resultHeading->setForegroundRole(QPalette::PlaceholderText);
    auto *line = new QFrame(right);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    rightLayout->addWidget(m_stack);
    rightLayout->addWidget(line);
    rightLayout->addWidget(m_resultHeading);
    rightLayout->addWidget(m_result, 1);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    buildForm(actions::CreateLeadAction::actionName(), tr("Create Lead"), bots::Permission::CreateLead,
              {{QStringLiteral("LastName"), tr("Last name"), true, false, tr("Required, e.g. Okafor")},
               {QStringLiteral("Company"), tr("Company"), true, false, tr("Required, e.g. Brightwave Ltd")},
               {QStringLiteral("FirstName"), tr("First name"), false, false, {}},
               {QStringLiteral("Email"), tr("Email"), false, false, tr("name@example.com")},
               {QStringLiteral("Phone"), tr("Phone"), false, false, {}},
               {QStringLiteral("Title"), tr("Title"), false, false, {}},
               {QStringLiteral("LeadSource"), tr("Lead source"), false, false, tr("e.g. Web")},
               {QStringLiteral("Website"), tr("Website"), false, false, {}},
               {QStringLiteral("Description"), tr("Description"), false, true, {}}},
              tr("Creates a Lead, as a chat visitor's details would."));
    buildForm(actions::GetAccountAction::actionName(), tr("Get Account"), bots::Permission::ReadAccount,
              {{QStringLiteral("Id"), tr("Account Id"), true, false, tr("15 or 18 characters, starting 001")},
               {QStringLiteral("fields"), tr("Fields"), false, false,
                tr("Optional, comma-separated; default: the configured list")}},
              tr("Reads one Account by its Id."));
    buildForm(actions::UpdateOpportunityAction::actionName(), tr("Update Opportunity"),
              bots::Permission::UpdateOpportunity,
              {{QStringLiteral("Id"), tr("Opportunity Id"), true, false, tr("15 or 18 characters, starting 006")},
               {QStringLiteral("StageName"), tr("Stage"), false, false, tr("e.g. Negotiation/Review")},
               {QStringLiteral("Amount"), tr("Amount"), false, false, tr("e.g. 18500.50")},
               {QStringLiteral("CloseDate"), tr("Close date"), false, false, tr("YYYY-MM-DD")}},
              tr("Changes the stage, amount or close date of one Opportunity. You see current → new "
                 "values before anything is sent."));
    buildForm(actions::RunSoqlAction::actionName(), tr("Run SOQL"), bots::Permission::RunSoql,
              {{QStringLiteral("query"), tr("Query"), true, true, tr("SELECT Id, Name FROM Account LIMIT 10")}},
              tr("Runs one read-only query, capped for chat use (the SOQL Console shows whole results)."));

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        // The stack takes the height of the form shown, not of the tallest one.
        for (int i = 0; i < m_stack->count(); ++i)
            m_stack->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                              i == row ? QSizePolicy::Maximum : QSizePolicy::Ignored);
        m_stack->setCurrentIndex(row);
        // A result belongs to the action that produced it, not to the form now on screen.
        if (!m_resultAction.isEmpty() && m_resultAction != currentAction()) {
            m_result->clear();
            m_resultHeading->clear();
            m_resultAction.clear();
        }
        fitStack();
    });
    m_list->setCurrentRow(0);
    setTabOrder(m_list, m_stack);
    if (m_bots) {
        connect(m_bots, &bots::BotRepository::permissionsChanged, this, [this](const QString &botId) {
            if (botId == m_botId)
                refreshPermissions();
        });
        connect(m_bots, &bots::BotRepository::connectionInfoChanged, this, [this](const QString &botId) {
            if (botId == m_botId)
                refreshTargets();
        });
        connect(m_bots, &bots::BotRepository::botChanged, this, [this](const QString &botId) {
            if (botId == m_botId)
                refreshTargets();
        });
    }
    refreshPermissions();
}

void ActionTester::buildForm(const QString &action, const QString &title, bots::Permission permission,
                             const QList<Field> &fields, const QString &intro)
{
    auto *f = new Form;
    f->action = action;
    f->title = title;
    f->permission = permission;
    auto *page = new QWidget(m_stack);
    page->setAccessibleName(tr("%1 form").arg(title));
    f->page = page;
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(title, page);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    heading->setFont(font);
    layout->addWidget(heading);
    auto *introLabel = new QLabel(intro, page);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    f->notice = errorLabel(page);
    f->notice->setObjectName(QStringLiteral("permissionNotice"));
    f->notice->setAccessibleName(tr("Permission notice"));
    layout->addWidget(f->notice);

    // A grid rather than a QFormLayout: it passes height-for-width to the wrapped problem labels.
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    int gridRow = 0;
    for (const Field &field : fields) {
        QWidget *editor;
        if (field.multiline) {
            auto *edit = new QPlainTextEdit(page);
            edit->setTabChangesFocus(true);
            edit->setPlaceholderText(field.placeholder);
            edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
            if (action == actions::RunSoqlAction::actionName()) {
                edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
                new SoqlHighlighter(edit->document());
            }
            connect(edit, &QPlainTextEdit::textChanged, this, [this, f, name = field.name] {
                f->touched.insert(name);
                revalidate(*f);
            });
            editor = edit;
        } else {
            auto *edit = new QLineEdit(page);
            edit->setPlaceholderText(field.placeholder);
            edit->setClearButtonEnabled(true);
            connect(edit, &QLineEdit::textEdited, this, [this, f, name = field.name] {
                f->touched.insert(name);
                revalidate(*f);
            });
            connect(edit, &QLineEdit::textChanged, this, [this, f] { revalidate(*f); });
            connect(edit, &QLineEdit::returnPressed, this, &ActionTester::run);
            editor = edit;
        }
        editor->setObjectName(field.name);
        editor->setAccessibleName(field.label);
        const QString label = field.required ? tr("%1 *").arg(field.label) : field.label;
        auto *labelWidget = new QLabel(label, page);
        labelWidget->setBuddy(editor);
        grid->addWidget(labelWidget, gridRow, 0, field.multiline ? Qt::AlignTop : Qt::AlignVCenter);
        grid->addWidget(editor, gridRow, 1);
        // The problem shows right under the field, only when there is one.
        QLabel *error = errorLabel(page);
        error->setObjectName(field.name + QStringLiteral("Error"));
        error->setAccessibleName(tr("%1 problem").arg(field.label));
        grid->addWidget(error, gridRow + 1, 1);
        gridRow += 2;
        f->editors.insert(field.name, editor);
        f->errors.insert(field.name, error);
        f->order.append(field.name);
    }
    layout->addLayout(grid);

    f->writes
        = action == actions::CreateLeadAction::actionName() || action == actions::UpdateOpportunityAction::actionName();
    f->target = new QLabel(page);
    f->target->setObjectName(QStringLiteral("target"));
    f->target->setAccessibleName(tr("What running it changes"));
    f->target->setWordWrap(true);
    f->target->setVisible(f->writes);
    QFont targetFont = f->target->font();
    targetFont.setBold(true);
    f->target->setFont(targetFont);
    layout->addWidget(f->target);

    auto *runRow = new QHBoxLayout;
    f->why = new QLabel(page);
    f->why->setObjectName(QStringLiteral("blockedReason"));
    f->why->setAccessibleName(tr("Why the action can't run yet"));
    f->why->setWordWrap(true);
    runRow->addWidget(f->why, 1);
    f->run = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run %1").arg(title), page);
    f->run->setObjectName(QStringLiteral("run"));
    f->run->setAccessibleName(tr("Run %1").arg(title));
    connect(f->run, &QPushButton::clicked, this, &ActionTester::run);
    runRow->addWidget(f->run);
    layout->addLayout(runRow);
    layout->addStretch(1);
    m_stack->addWidget(page);

    auto *item = new QListWidgetItem(title, m_list);
    item->setData(Qt::UserRole, action);
    item->setData(Qt::AccessibleTextRole, title);
    m_forms.append(f);
    revalidate(*f);
}

void ActionTester::setBot(const QString &botId)
{
    if (botId == m_botId)
        return;
    ++m_runId; // a result for the previous bot is no longer shown
    m_busy = false;
    m_botId = botId;
    m_result->clear();
    m_resultHeading->clear();
    m_resultAction.clear();
    clearForms(); // what was typed for one bot is not sent as another
    refreshPermissions();
}

void ActionTester::clearForms()
{
    for (Form *f : std::as_const(m_forms)) {
        for (QWidget *editor : std::as_const(f->editors)) {
            if (auto *line = qobject_cast<QLineEdit *>(editor))
                line->clear();
            else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
                plain->clear();
        }
        f->touched.clear();
        f->attempted = false;
        revalidate(*f);
    }
}

QString ActionTester::resultHeading() const
{
    return m_resultHeading->text();
}

QString ActionTester::targetText(const QString &action) const
{
    const Form *f = form(action);
    return f && f->writes ? f->target->text() : QString();
}

bool ActionTester::isProductionOrg() const
{
    if (!m_bots || m_botId.isEmpty())
        return false;
    // What the org said when it was connected wins over what the admin chose when adding the bot.
    if (const auto info = m_bots->connectionInfo(m_botId))
        return !info->sandbox;
    const auto bot = m_bots->get(m_botId);
    return bot && bot->orgKind == bots::OrgKind::Production;
}

QString ActionTester::orgText() const
{
    const auto info = m_bots ? m_bots->connectionInfo(m_botId) : std::nullopt;
    const QString kind = isProductionOrg() ? tr("production") : tr("sandbox");
    if (info && !info->orgName.isEmpty())
        return tr("%1 (%2)").arg(info->orgName, kind);
    if (info && info->instanceUrl.isValid())
        return tr("%1 (%2)").arg(info->instanceUrl.host(), kind);
    return tr("the bot's %1 org").arg(kind);
}

void ActionTester::refreshTargets()
{
    for (Form *f : std::as_const(m_forms)) {
        if (!f->writes)
            continue;
        QString text;
        if (!m_botId.isEmpty()) {
            text = f->action == actions::CreateLeadAction::actionName()
                ? tr("Creates a real Lead in %1.").arg(orgText())
                : tr("Changes a real Opportunity in %1.").arg(orgText());
        }
        f->target->setText(text);
        f->target->setVisible(!text.isEmpty());
    }
}

ActionTester::Form *ActionTester::form(const QString &action) const
{
    for (Form *f : m_forms) {
        if (f->action == action)
            return f;
    }
    return nullptr;
}

void ActionTester::selectAction(const QString &action)
{
    const int index = int(actionNames().indexOf(action));
    if (index >= 0)
        m_list->setCurrentRow(index);
}

QString ActionTester::currentAction() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_forms.size() ? m_forms.at(row)->action : QString();
}

QWidget *ActionTester::fieldEditor(const QString &action, const QString &field) const
{
    const Form *f = form(action);
    return f ? f->editors.value(field) : nullptr;
}

void ActionTester::setFieldText(const QString &action, const QString &field, const QString &value)
{
    Form *f = form(action);
    if (!f || !f->editors.contains(field))
        return;
    f->touched.insert(field);
    QWidget *editor = f->editors.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->setPlainText(value);
    revalidate(*f);
}

QString ActionTester::fieldError(const QString &action, const QString &field) const
{
    const Form *f = form(action);
    const QLabel *label = f ? f->errors.value(field) : nullptr;
    return label && !label->isHidden() ? label->text() : QString();
}

QString ActionTester::blockedReason(const QString &action) const
{
    const Form *f = form(action);
    return f ? f->blocked : QString();
}

QPushButton *ActionTester::runButton(const QString &action) const
{
    const Form *f = form(action);
    return f ? f->run : nullptr;
}

QString ActionTester::text(const Form &form, const QString &field) const
{
    QWidget *editor = form.editors.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        return plain->toPlainText();
    return QString();
}

QJsonObject ActionTester::parameters(const QString &action) const
{
    const Form *f = form(action);
    QJsonObject params;
    if (!f)
        return params;
    for (const QString &field : f->order) {
        const QString value = text(*f, field);
        // Empty optional fields are left out, as a chat would leave them out; the validator says
        // when a required one is missing.
        if (value.isEmpty())
            continue;
        if (field == QLatin1String("Amount")) {
            bool ok = false;
            const double number = QLocale::c().toDouble(value.trimmed(), &ok);
            params.insert(field, ok ? QJsonValue(number) : QJsonValue(value)); // text: the validator says why
        } else if (action == actions::GetAccountAction::actionName() && field == QLatin1String("fields")) {
            QJsonArray names;
            for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                names.append(name.trimmed());
            params.insert(field, names);
        } else {
            params.insert(field, value);
        }
    }
    return params;
}

actions::FieldErrors ActionTester::validate(const Form &form, const QJsonObject &parameters) const
{
    // The dispatcher's own rules (its configured action when there is one), never a copy.
    if (m_dispatcher) {
        if (const actions::Action *action = m_dispatcher->action(form.action)) {
            QJsonObject normalized;
            return action->validateParameters(parameters, &normalized);
        }
    }
    if (form.action == actions::CreateLeadAction::actionName())
        return actions::CreateLeadAction::validate(parameters);
    if (form.action == actions::GetAccountAction::actionName())
        return actions::GetAccountAction::validate(parameters);
    if (form.action == actions::UpdateOpportunityAction::actionName())
        return actions::UpdateOpportunityAction::validate(parameters);
    return actions::RunSoqlAction::validate(parameters);
}

void ActionTester::revalidate(Form &form)
{
    const actions::FieldErrors errors = validate(form, parameters(form.action));
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const actions::FieldError &error : errors) {
        if (form.errors.contains(error.field))
            byField[error.field].append(UserText::withoutCliHints(error.message));
        else
            general.append(UserText::withoutCliHints(error.message));
    }
    for (auto it = form.errors.begin(); it != form.errors.end(); ++it) {
        // A field says what is wrong once the user has been there (or tried to run).
        const bool show = byField.contains(it.key()) && (form.touched.contains(it.key()) || form.attempted);
        QLabel *label = it.value();
        label->setText(byField.value(it.key()).join(QLatin1Char('\n')));
        label->setVisible(show);
    }

    QString blocked;
    if (!form.notice->text().isEmpty())
        blocked = form.notice->text();
    else if (m_botId.isEmpty())
        blocked = tr("Select a bot to run actions as that bot.");
    else if (!m_dispatcher)
        blocked = tr("The action tester is not connected to the app's dispatcher.");
    else if (!errors.isEmpty())
        blocked = UserText::withoutCliHints(errors.first().message);
    else if (m_busy)
        blocked = tr("Running…");
    form.blocked = blocked;
    form.run->setEnabled(blocked.isEmpty());
    form.run->setToolTip(blocked);
    form.why->setText(blocked.isEmpty() || !form.notice->text().isEmpty() ? QString()
                                                                          : tr("Can't run yet: %1").arg(blocked));
    Q_UNUSED(general)
    if (m_stack && form.page == m_stack->currentWidget())
        fitStack();
}

void ActionTester::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // After the layouts have given the stack its new width.
    QTimer::singleShot(0, this, &ActionTester::fitStack);
}

void ActionTester::fitStack()
{
    // The stack takes the height of the form shown, not of the tallest one.
    if (QWidget *page = m_stack->currentWidget()) {
        page->layout()->activate();
        const int width = std::max(m_stack->width(), page->minimumSizeHint().width());
        const int height = page->hasHeightForWidth() ? page->heightForWidth(width) : page->sizeHint().height();
        // An explicit minimum too: QStackedLayout's own is the largest page's.
        m_stack->setMinimumHeight(std::min(height, page->minimumSizeHint().height()));
        m_stack->setMaximumHeight(height);
    }
}

void ActionTester::refreshPermissions()
{
    refreshTargets();
    const bots::PermissionSet granted
        = (m_bots && !m_botId.isEmpty()) ? m_bots->permissions(m_botId) : bots::PermissionSet();
    m_botNotice->setVisible(m_botId.isEmpty());
    m_botNotice->setText(tr("Select a bot on the left to try its chat actions."));
    for (int i = 0; i < m_forms.size(); ++i) {
        Form *f = m_forms.at(i);
        QString reason;
        if (!m_botId.isEmpty() && m_bots && !granted.has(f->permission))
            reason = tr("This bot lacks %1, so it cannot %2. Grant it on the Permissions tab.")
                         .arg(PermissionLabels::displayName(f->permission), f->title.toLower());
        f->notice->setText(reason);
        f->notice->setVisible(!reason.isEmpty());
        for (QWidget *editor : std::as_const(f->editors))
            editor->setEnabled(reason.isEmpty());
        QListWidgetItem *item = m_list->item(i);
        item->setForeground(reason.isEmpty() ? palette().brush(QPalette::Text)
                                             : palette().brush(QPalette::Disabled, QPalette::Text));
        item->setToolTip(reason);
        item->setData(Qt::AccessibleDescriptionRole, reason);
        revalidate(*f);
    }
}

void ActionTester::run()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_forms.size() || m_busy)
        return;
    Form &f = *m_forms.at(row);
    f.attempted = true;
    revalidate(f);
    if (!f.blocked.isEmpty())
        return;
    // In production a write is real: ask first, unless the bot's policy is about to ask anyway
    // (its confirmation names the org too).
    if (f.writes && isProductionOrg() && !policyWillAsk(f) && !confirmProductionWrite(f))
        return;
    dispatch(f, parameters(f.action), QString());
}

void ActionTester::dispatch(Form &form, const QJsonObject &parameters, const QString &token)
{
    m_busy = true;
    for (Form *f : std::as_const(m_forms))
        revalidate(*f);
    m_result->clear();
    m_resultHeading->clear();
    m_resultAction.clear();
    actions::ActionRequest request;
    request.action = form.action;
    request.parameters = parameters;
    request.confirmationToken = token;
    request.actor = auditActor();
    const quint64 runId = ++m_runId;
    const QString action = form.action;
    m_dispatcher->dispatch(m_botId, request, this, [this, runId, action, parameters](const actions::ActionResult &r) {
        if (runId == m_runId)
            onResult(action, parameters, r);
    });
}

void ActionTester::onResult(const QString &action, const QJsonObject &parameters, const actions::ActionResult &result)
{
    m_busy = false;
    Form *f = form(action);
    if (result.needsConfirmation() && f) {
        if (confirm(*f, result)) {
            dispatch(*f, parameters, result.confirmationToken);
            return;
        }
        for (Form *other : std::as_const(m_forms))
            revalidate(*other);
        m_result->clear();
        actions::ActionResult cancelled;
        Q_EMIT actionFinished(cancelled);
        return;
    }
    for (Form *other : std::as_const(m_forms))
        revalidate(*other);
    QUrl instance;
    if (m_sessions && !m_botId.isEmpty())
        instance = m_sessions->session(m_botId)->connection().instanceUrl;
    showResult(action, result, instance);
    Q_EMIT actionFinished(result);
}

void ActionTester::showResult(const QString &action, const actions::ActionResult &result, const QUrl &instance)
{
    // Two runs of the same action look alike; the heading tells them apart.
    const Form *f = form(action);
    const auto bot = m_bots ? m_bots->get(m_botId) : std::nullopt;
    m_resultHeading->setText(tr("Run at %1 · %2 · %3")
                                 .arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat),
                                      f ? f->title : action, bot ? bot->name : m_botId));
    m_resultAction = action;
    m_result->setResult(result, instance);
}

bool ActionTester::policyWillAsk(const Form &form) const
{
    if (!m_bots)
        return false;
    const bots::ConfirmationPolicy policy = m_bots->policy(m_botId);
    return form.action == actions::CreateLeadAction::actionName() ? policy.confirmCreates : policy.confirmUpdates;
}

bool ActionTester::confirmProductionWrite(const Form &form)
{
    return MessageBox::question(this, tr("Write to Production?"), form.target->text(),
                                tr("This is a production org: the record is real and people may see it at "
                                   "once. Use a sandbox bot to experiment."),
                                MessageBox::Yes)
        == MessageBox::Yes;
}

bool ActionTester::confirm(const Form &form, const actions::ActionResult &result)
{
    const QJsonObject preview = result.preview;
    ConfirmationDialog::Content content;
    content.confirmLabel = form.title;
    content.detail = QString::fromUtf8(QJsonDocument(preview).toJson(QJsonDocument::Indented));
    const QJsonObject changes = preview.value(QLatin1String("changes")).toObject();
    if (!changes.isEmpty()) {
        const QString name = preview.value(QLatin1String("Name")).toString();
        content.title = tr("Update this opportunity?");
        content.heading = name.isEmpty() ? tr("Change this opportunity in Salesforce?")
                                         : tr("Change “%1” in Salesforce?").arg(name);
        content.objects = {preview.value(QLatin1String("object")).toString(QStringLiteral("Opportunity"))};
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            const QJsonObject change = it.value().toObject();
            content.changes.append({it.key(),
                                    RecordFlattener::text(RecordFlattener::scalar(change.value(QLatin1String("from")))),
                                    RecordFlattener::text(RecordFlattener::scalar(change.value(QLatin1String("to"))))});
        }
        content.reasons = {tr("This bot's policy asks before any update."), form.target->text()};
        content.detail.clear();
    } else {
        content.title = tr("Run %1?").arg(form.title);
        content.heading = tr("This bot's policy asks you to confirm before it runs.");
        for (const QJsonValue &v : preview.value(QLatin1String("objects")).toArray())
            content.objects.append(v.toString());
        for (const QJsonValue &v : preview.value(QLatin1String("fields")).toArray())
            content.fields.append(v.toString());
        for (const QJsonValue &v : preview.value(QLatin1String("reasons")).toArray())
            content.reasons.append(v.toString());
        if (form.writes)
            content.reasons.append(form.target->text());
        if (preview.contains(QLatin1String("estimatedRows")))
            content.estimate
                = tr("About %1 rows (Salesforce's estimate).")
                      .arg(QLocale().toString(qint64(preview.value(QLatin1String("estimatedRows")).toDouble())));
    }
    return ConfirmationDialog::ask(this, content);
}

} // namespace hilal::ui
