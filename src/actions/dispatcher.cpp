#include "actions/dispatcher.h"

#include "actions/create_lead_action.h"
#include "actions/error_mapper.h"
#include "actions/get_account_action.h"
#include "actions/logging.h"
#include "actions/record_lookup.h"
#include "actions/run_soql_action.h"
#include "actions/update_opportunity_action.h"

#include "bots/bot_repository.h"
#include "core/log_text.h"
#include "salesforce/session.h"
#include "salesforce/session_manager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace hilal::actions {

using namespace hilal::bots;

struct Dispatcher::Run
{
    QString botId;
    ActionRequest request;
    const Action *action = nullptr;
    QJsonObject parameters; // normalized once validated
    bool validated = false;
    ConfirmationPolicy policy;
    QString confirmedBy;
    FieldErrors tokenErrors; // why a presented token was not accepted
    QPointer<QObject> context;
    bool hasContext = false;
    Done done;
    QElapsedTimer timer;
    std::optional<RecordReference> reference; // the record as the request named it, if not by Id
    QJsonObject found; // what the lookup found (Id, Name, …)
    bool keyClaimed = false; // this run holds request.idempotencyKey and must settle it
    bool mayHaveRun = false; // an earlier attempt with the key may have reached Salesforce
    QJsonObject priorBinding; // what that attempt was about to send
};

namespace {

// An audit entry stays small whatever a request sends: parameters at most ~4 KB, the detail at
// most 1,000 characters, each with a visible marker where it was cut.
const int kAuditParametersBytes = 4096;
const int kAuditValueChars = 500;
const int kAuditDetailChars = 1000;
const QString kAuditCutKey = QStringLiteral("…");

// Long values (a 32,000-character Description, a long query) are cut in the audit copy. Values
// that never passed validation are not kept at all, only their names.
QJsonObject auditCopy(const QJsonObject &parameters, bool validated)
{
    QJsonObject out;
    qint64 bytes = 2;
    int left = int(parameters.size());
    for (auto it = parameters.begin(); it != parameters.end(); ++it, --left) {
        QJsonValue value = it.value();
        if (!validated)
            value = QStringLiteral("(not validated)");
        else if (value.isString() && value.toString().size() > kAuditValueChars)
            value = QString(value.toString().left(kAuditValueChars) + QStringLiteral("…"));
        else if (value.isArray() || value.isObject())
            value = QStringLiteral("(%1 not kept)")
                        .arg(value.isArray() ? QStringLiteral("list") : QStringLiteral("object"));
        const QString key = it.key().left(100);
        const qint64 size
            = key.toUtf8().size() + QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).size() + 4;
        if (bytes + size > kAuditParametersBytes) {
            // not user text: the audit record
            out.insert(kAuditCutKey, QStringLiteral("cut: %1 more parameter(s) not kept").arg(left));
            break;
        }
        bytes += size;
        out.insert(key, value);
    }
    return out;
}

QString auditDetail(const QString &detail)
{
    if (detail.size() <= kAuditDetailChars)
        return detail;
    return detail.left(kAuditDetailChars) + QStringLiteral("… (cut)");
}

} // namespace

Dispatcher::Dispatcher(BotRepository *repository, salesforce::SessionManager *sessions,
                       const DispatcherOptions &options, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_sessions(sessions)
    , m_options(options)
    , m_confirmations(std::make_unique<ConfirmationStore>(repository->databaseFile()))
    , m_idempotency(std::make_unique<IdempotencyStore>(repository->databaseFile(), options.idempotencyLeaseSeconds))
{
    buildActions();
}

Dispatcher::~Dispatcher() = default;

void Dispatcher::buildActions()
{
    m_actions.clear();
    std::unique_ptr<Action> list[]
        = {std::make_unique<CreateLeadAction>(), std::make_unique<GetAccountAction>(m_options.accountFields),
           std::make_unique<UpdateOpportunityAction>(), std::make_unique<RunSoqlAction>()};
    for (auto &a : list) {
        const QString name = a->name();
        m_actions[name] = std::move(a);
    }
}

void Dispatcher::setOptions(const DispatcherOptions &options)
{
    m_options = options;
    buildActions();
}

QStringList Dispatcher::actionNames()
{
    return {CreateLeadAction::actionName(), GetAccountAction::actionName(), UpdateOpportunityAction::actionName(),
            RunSoqlAction::actionName()};
}

const Action *Dispatcher::action(const QString &name) const
{
    const auto it = m_actions.find(name);
    return it == m_actions.end() ? nullptr : it->second.get();
}

ActionReply *Dispatcher::dispatch(const QString &botId, const ActionRequest &request)
{
    auto *reply = new ActionReply(this);
    QPointer<ActionReply> guard(reply);
    dispatch(botId, request, reply, [guard](const ActionResult &result) {
        if (guard)
            guard->finish(result);
    });
    return reply;
}

void Dispatcher::dispatch(const QString &botId, const ActionRequest &request, QObject *context, Done done)
{
    auto run = std::make_shared<Run>();
    run->timer.start();
    run->botId = botId;
    run->request = request;
    run->context = context;
    run->hasContext = context != nullptr;
    run->done = std::move(done);
    run->parameters = request.parameters;

    // Answers are always delivered from the event loop, even when decided right here.
    const auto answer = [this, run](ActionResult result) {
        QMetaObject::invokeMethod(
            this, [this, run, result] { finish(run, result); }, Qt::QueuedConnection);
    };

    run->action = action(request.action);
    if (!run->action) {
        answer(ActionResult::failure(
            400, QStringLiteral("action"),
            tr("'%1' is not an action; use one of %2.").arg(request.action, actionNames().join(QStringLiteral(", ")))));
        return;
    }
    const std::optional<Chatbot> bot = m_repository->get(botId);
    if (!bot) {
        answer(ActionResult::failure(403, QStringLiteral("bot"), tr("There is no bot with id '%1'.").arg(botId)));
        return;
    }
    const PermissionSet permissions = m_repository->permissions(botId);
    if (!permissions.isDispatcherUnlocked()) {
        answer(ActionResult::failure(403, QStringLiteral("permission"),
                                     tr("The dispatcher is locked for this bot: none of the chat permissions "
                                        "(CREATE_LEAD, READ_ACCOUNT, UPDATE_OPPORTUNITY, RUN_SOQL) is granted. "
                                        "An admin can grant one (hilal-sf grant --bot %1 PERMISSION).")
                                         .arg(botId)));
        return;
    }
    const Permission needed = run->action->permission();
    if (!permissions.has(needed)) {
        answer(ActionResult::failure(403, QStringLiteral("permission"),
                                     tr("The bot lacks the %1 permission, which %2 needs; an admin can grant it "
                                        "(hilal-sf grant --bot %3 %1).")
                                         .arg(Permissions::name(needed), request.action, botId)));
        return;
    }
    // The public-bot rule: RUN_SOQL and UPDATE_OPPORTUNITY only with an admin's recorded reason.
    if (!m_repository->publicRisksWithoutReason(botId, PermissionSet {needed}).isEmpty()) {
        answer(ActionResult::failure(403, QStringLiteral("permission"),
                                     PermissionSet::publicRiskRule(needed)
                                         + tr(" This bot is public and no admin has accepted the risk; to allow it "
                                              "anyway: hilal-sf grant --bot %1 --allow-public-risk \"REASON\" %2.")
                                               .arg(botId, Permissions::name(needed))));
        return;
    }
    run->policy = m_repository->policy(botId);
    ActionResult early;
    if (!claimKey(run, &early)) {
        answer(early);
        return;
    }
    checkConnection(run);
}

bool Dispatcher::claimKey(const std::shared_ptr<Run> &run, ActionResult *answer)
{
    const QString &key = run->request.idempotencyKey;
    if (key.isEmpty())
        return true;
    const QString problem = IdempotencyStore::checkKey(key);
    if (!problem.isEmpty()) {
        *answer = ActionResult::failure(400, QStringLiteral("Idempotency-Key"), problem);
        return false;
    }
    IdempotencyStore::Attempt attempt
        = m_idempotency->claim(run->botId, key, run->request.action, run->request.parameters);
    switch (attempt.claim) {
    case IdempotencyStore::Claim::New:
        run->keyClaimed = true;
        run->mayHaveRun = attempt.mayHaveRun;
        run->priorBinding = attempt.binding;
        return true;
    case IdempotencyStore::Claim::Replay:
        *answer = attempt.result;
        answer->replayed = true;
        return false;
    case IdempotencyStore::Claim::InProgress:
        *answer
            = ActionResult::failure(409, QStringLiteral("Idempotency-Key"),
                                    tr("A request with this Idempotency-Key is still being handled; nothing "
                                       "was sent this time. Retry in a moment with the same key to get its answer."));
        return false;
    case IdempotencyStore::Claim::Mismatch:
        *answer
            = ActionResult::failure(422, QStringLiteral("Idempotency-Key"),
                                    tr("This Idempotency-Key was already used with a different request (action "
                                       "or parameters differ); nothing was sent. Use a new key for a new request."));
        return false;
    case IdempotencyStore::Claim::Failed:
        *answer = attempt.result;
        return false;
    }
    return false;
}

void Dispatcher::checkConnection(const std::shared_ptr<Run> &run)
{
    salesforce::Session *session = m_sessions->session(run->botId);
    connect(session, &salesforce::Session::reconnectNeeded, this, &Dispatcher::onReconnectNeeded, Qt::UniqueConnection);
    session->whenReady(this, [this, run, session](const salesforce::SalesforceError &error) {
        if (error) {
            finish(run, ErrorMapper::toResult(error, run->botId));
            return;
        }
        if (!session->hasConnection()) {
            finish(run, ErrorMapper::toResult(salesforce::SalesforceError::notConnected(run->botId), run->botId));
            return;
        }
        if (session->needsReconnect()) {
            finish(run, ErrorMapper::toResult(salesforce::SalesforceError::reconnectNeeded({}), run->botId));
            return;
        }
        lookUpReference(run);
    });
}

void Dispatcher::lookUpReference(const std::shared_ptr<Run> &run)
{
    const QString object = run->action->lookupObject();
    QJsonObject parameters = run->request.parameters;
    FieldErrors errors;
    const std::optional<RecordReference> reference = RecordLookup::extract(
        object, &parameters, object.isEmpty() ? QString() : m_repository->lookupField(run->botId, object), &errors);
    if (!errors.isEmpty()) {
        finish(run, ActionResult::failure(400, errors));
        return;
    }
    if (!reference) {
        validate(run, run->request.parameters);
        return;
    }
    // Everything but the missing Id is checked before the lookup reads anything.
    const FieldErrors others = run->action->validateParameters(parameters, nullptr);
    for (const FieldError &e : others) {
        if (e.field != QLatin1String("Id"))
            errors.append(e);
    }
    if (!errors.isEmpty()) {
        finish(run, ActionResult::failure(400, errors));
        return;
    }
    run->reference = reference;
    RecordLookup::resolve(contextFor(run), *reference,
                          [this, run, parameters](const ActionResult &failure, const QJsonObject &record) mutable {
                              if (failure.status != 0) {
                                  finish(run, failure);
                                  return;
                              }
                              run->found = record;
                              parameters.insert(QStringLiteral("Id"), record.value(QStringLiteral("Id")));
                              validate(run, parameters);
                          });
}

void Dispatcher::validate(const std::shared_ptr<Run> &run, const QJsonObject &parameters)
{
    QJsonObject normalized;
    const FieldErrors errors = run->action->validateInContext(contextFor(run), parameters, &normalized);
    if (!errors.isEmpty()) {
        finish(run, ActionResult::failure(400, errors));
        return;
    }
    run->parameters = normalized;
    run->validated = true;
    afterValidation(run);
}

void Dispatcher::onReconnectNeeded(const QString &botId, const QString &message)
{
    m_repository->recordConnectionEvent(botId, QStringLiteral("reconnect-needed"),
                                        tr("Salesforce refused to refresh the session; the bot must be reconnected. ")
                                            + message,
                                        QStringLiteral("dispatcher"));
}

ActionContext Dispatcher::contextFor(const std::shared_ptr<Run> &run)
{
    ActionContext c;
    c.botId = run->botId;
    c.client = m_sessions->client(run->botId);
    c.policy = run->policy;
    c.options = &m_options;
    c.lifetime = this; // replies arriving after the dispatcher is gone are dropped
    c.leadFields = m_repository->leadFieldMapping(run->botId);
    if (run->keyClaimed)
        c.requestId = IdempotencyStore::requestId(run->botId, run->request.idempotencyKey);
    c.mayHaveRun = run->mayHaveRun;
    return c;
}

void Dispatcher::afterValidation(const std::shared_ptr<Run> &run)
{
    // A retry after an attempt that may have reached Salesforce sends exactly what that attempt
    // sent (an update with its If-Unmodified-Since), so it cannot apply over a newer change.
    if (run->mayHaveRun && !run->priorBinding.isEmpty()) {
        execute(run, run->priorBinding);
        return;
    }
    // A presented token that matches skips prepare(): execute() must use exactly what the human
    // saw (for an update, the LastModifiedDate read for the preview).
    if (!run->request.confirmationToken.isEmpty()) {
        QJsonObject binding;
        const ConfirmationStore::Outcome outcome = m_confirmations->consume(
            run->request.confirmationToken, run->botId, run->action->name(), run->parameters,
            run->request.actor.isEmpty() ? QStringLiteral("unknown") : run->request.actor, &binding);
        if (outcome == ConfirmationStore::Outcome::Accepted) {
            run->confirmedBy = run->request.actor.isEmpty() ? QStringLiteral("unknown") : run->request.actor;
            execute(run, binding);
            return;
        }
        run->tokenErrors.append({QStringLiteral("confirmationToken"), ConfirmationStore::describe(outcome)});
    }
    run->action->prepare(contextFor(run), run->parameters,
                         [this, run](const ActionResult &failure, const Preparation &preparation) {
                             if (failure.status != 0) {
                                 finish(run, failure);
                                 return;
                             }
                             afterPreparation(run, preparation);
                         });
}

void Dispatcher::afterPreparation(const std::shared_ptr<Run> &run, const Preparation &preparation)
{
    if (!preparation.needsConfirmation) {
        execute(run, preparation.binding);
        return;
    }
    const QString token = m_confirmations->issue(run->botId, run->action->name(), run->parameters, preparation.binding,
                                                 m_options.confirmationTtlSeconds);
    if (token.isEmpty()) {
        finish(run,
               ActionResult::failure(503, QStringLiteral("confirmationToken"),
                                     tr("A confirmation token could not be stored in the local database; "
                                        "check that the data folder is writable.")));
        return;
    }
    ActionResult r;
    r.status = 409;
    r.confirmationToken = token;
    r.preview = preparation.preview;
    r.preview.insert(QStringLiteral("action"), run->action->name());
    if (run->reference) {
        r.preview.insert(QStringLiteral("foundBy"),
                         QJsonObject {{QStringLiteral("field"), run->reference->field},
                                      {QStringLiteral("value"), run->reference->value}});
    }
    r.preview.insert(QStringLiteral("expiresInSeconds"), m_options.confirmationTtlSeconds);
    r.errors = run->tokenErrors;
    r.errors.append({QStringLiteral("confirmationToken"),
                     tr("This bot's policy asks a human to confirm %1 first: check the preview, then send the "
                        "same request again with this confirmationToken (valid once, for %2 minutes).")
                         .arg(run->action->name())
                         .arg(m_options.confirmationTtlSeconds / 60)});
    finish(run, r);
}

void Dispatcher::execute(const std::shared_ptr<Run> &run, const QJsonObject &binding)
{
    if (run->keyClaimed)
        m_idempotency->recordBinding(run->botId, run->request.idempotencyKey, binding);
    run->action->execute(contextFor(run), run->parameters, binding,
                         [this, run](const ActionResult &result) { finish(run, result); });
}

void Dispatcher::finish(const std::shared_ptr<Run> &run, ActionResult result)
{
    if (run->keyClaimed)
        m_idempotency->settle(run->botId, run->request.idempotencyKey, result, result.outcomeUnknown);
    AuditEntry e;
    e.botId = run->botId;
    e.kind = AuditEntry::Kind::Dispatch;
    e.action = run->request.action;
    e.parameters = auditCopy(run->parameters, run->validated);
    // An update keeps its old → new per field, so the trail says what the change replaced.
    const QJsonValue changed = result.data.toObject().value(QLatin1String("changed"));
    if (changed.isObject() && !changed.toObject().isEmpty())
        e.parameters.insert(QStringLiteral("changes"), changed);
    e.status = result.status;
    e.salesforceId = result.salesforceId;
    if (e.salesforceId.isEmpty() && run->action)
        e.salesforceId = run->action->subjectId(run->parameters);
    e.durationMs = run->timer.elapsed();
    e.confirmedBy = run->confirmedBy;
    e.actor = run->request.actor;
    if (result.replayed)
        // not user text: the audit record
        e.detail = QStringLiteral("answered again from an earlier request with the same idempotency key; nothing sent");
    else if (result.needsConfirmation())
        // not user text: the audit record
        e.detail = QStringLiteral("waiting for a human to confirm");
    else if (!result.errors.isEmpty())
        e.detail = auditDetail(result.errors.first().message);
    if (run->reference) {
        // The audit names the record as the chat named it and as it was found.
        e.parameters.insert(run->reference->field, run->reference->value);
        if (!run->found.isEmpty()) {
            const QString found = QStringLiteral("%1 \"%2\" (%3) found by %4")
                                      .arg(run->reference->object, run->found.value(QStringLiteral("Name")).toString(),
                                           run->found.value(QStringLiteral("Id")).toString(), run->reference->field);
            e.detail = e.detail.isEmpty() ? found : found + QStringLiteral("; ") + e.detail;
        }
    }
    e.action = e.action.left(100);
    m_repository->audit().append(e);
    qCDebug(lcActions) << LogText::escaped(run->botId) << LogText::escaped(run->request.action) << result.status
                       << e.durationMs << "ms";

    Q_EMIT dispatched(run->botId, run->request.action, result);
    if (run->hasContext && !run->context)
        return;
    if (run->done)
        run->done(result);
}

} // namespace hilal::actions
