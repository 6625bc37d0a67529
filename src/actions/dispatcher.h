#pragma once

#include "actions/action.h"
#include "actions/action_reply.h"
#include "actions/action_request.h"
#include "actions/action_result.h"
#include "actions/confirmation_store.h"
#include "actions/dispatcher_options.h"
#include "actions/idempotency_store.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <map>
#include <memory>

namespace hilal::bots {
class BotRepository;
}
namespace hilal::salesforce {
class SessionManager;
}

namespace hilal::actions {

// The one way a chat action reaches Salesforce — used by the GUI's action tester, the CLI
// (`hilal-sf action`) and `hilal-sf serve`. In order:
//
//   unknown action → 400 "action"; unknown bot → 403 "bot"
//   no chat permission at all → 403 (dispatcher locked); the action's permission missing → 403
//   naming it; not connected → 403; reconnect needed → 502
//   parameters invalid → 400, one error per field (local checks, then the org's picklists)
//   policy wants a human and no valid token → 409 with a preview and a one-time token
//   the Salesforce call → 200/201/204 or the mapped error (ErrorMapper)
//
// With an idempotency key (checked once the permissions are): a key already answered for the
// same request → that answer again, nothing sent; for another request → 422; still being
// dispatched elsewhere → 409 on "Idempotency-Key" (retry shortly). See IdempotencyStore.
//
// and every dispatch, whatever the outcome, is written to the audit log. Nothing invalid leaves
// the machine: the only requests before validation passes are describe reads for picklists.
// Lives in the thread that created it, like the repository and sessions it uses.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ActionResult &result)>;

    // `repository` and `sessions` must outlive the dispatcher. Confirmation tokens go to the
    // repository's database file.
    Dispatcher(bots::BotRepository *repository, salesforce::SessionManager *sessions,
               const DispatcherOptions &options = {}, QObject *parent = nullptr);
    ~Dispatcher() override;

    // `done` runs once, asynchronously, unless `context` is destroyed first.
    void dispatch(const QString &botId, const ActionRequest &request, QObject *context, Done done);
    ActionReply *dispatch(const QString &botId, const ActionRequest &request);

    // "create-lead", "get-account", "update-opportunity", "run-soql".
    static QStringList actionNames();
    const Action *action(const QString &name) const;

    DispatcherOptions options() const { return m_options; }
    void setOptions(const DispatcherOptions &options);

Q_SIGNALS:
    // After each dispatch (for activity views); `result` is what the caller got.
    void dispatched(const QString &botId, const QString &action, const hilal::actions::ActionResult &result);

private Q_SLOTS:
    // Salesforce refused a bot's refresh: recorded once per session in the audit trail.
    void onReconnectNeeded(const QString &botId, const QString &message);

private:
    struct Run;
    void checkConnection(const std::shared_ptr<Run> &run);
    // A record named by Name or the bot's lookup field becomes an Id first (record_lookup.h).
    void lookUpReference(const std::shared_ptr<Run> &run);
    void validate(const std::shared_ptr<Run> &run, const QJsonObject &parameters);
    bool claimKey(const std::shared_ptr<Run> &run, ActionResult *answer);
    void afterValidation(const std::shared_ptr<Run> &run);
    void afterPreparation(const std::shared_ptr<Run> &run, const Preparation &preparation);
    void execute(const std::shared_ptr<Run> &run, const QJsonObject &binding);
    void finish(const std::shared_ptr<Run> &run, ActionResult result);
    ActionContext contextFor(const std::shared_ptr<Run> &run);
    void buildActions();

    bots::BotRepository *m_repository;
    salesforce::SessionManager *m_sessions;
    DispatcherOptions m_options;
    std::unique_ptr<ConfirmationStore> m_confirmations;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::map<QString, std::unique_ptr<Action>> m_actions;
};

} // namespace hilal::actions
