#pragma once

#include "actions/action_result.h"
#include "actions/field_error.h"

#include "bots/confirmation_policy.h"
#include "bots/lead_field_mapping.h"
#include "bots/permission.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace hilal::salesforce {
class RestClient;
}

namespace hilal::actions {

struct DispatcherOptions;

// What an action needs to talk to the org on behalf of one bot.
struct ActionContext
{
    QString botId;
    salesforce::RestClient *client = nullptr;
    bots::ConfirmationPolicy policy;
    const DispatcherOptions *options = nullptr;
    QPointer<QObject> lifetime; // replies are dropped once this is gone
    bots::LeadFieldMapping leadFields; // the bot's chat parameter → Lead field mapping (create-lead)
    // With an idempotency key: a per-bot hash of it (what a Lead's request-id field carries), and
    // whether an earlier attempt with the key may already have reached Salesforce.
    QString requestId;
    bool mayHaveRun = false;
};

// The outcome of prepare(): whether the policy wants a human, the preview to show them, and the
// state execute() needs (bound to the confirmation token, e.g. the LastModifiedDate read for
// the preview).
struct Preparation
{
    bool needsConfirmation = false;
    QJsonObject preview;
    QJsonObject binding;
};

// One chat action. Concrete actions also offer a static validate(const QJsonObject&) so forms
// can check input as the user types with exactly the dispatcher's rules.
class Action
{
public:
    using Prepared = std::function<void(const ActionResult &failure, const Preparation &preparation)>;
    using Done = std::function<void(const ActionResult &result)>;

    virtual ~Action();

    virtual QString name() const = 0; // "create-lead"
    virtual bots::Permission permission() const = 0; // CREATE_LEAD
    virtual QStringList acceptedFields() const = 0;

    // Local checks only — never touches the network. *normalized gets the canonical parameters
    // (field names in Salesforce's case, values trimmed, Ids as 18 characters).
    virtual FieldErrors validateParameters(const QJsonObject &parameters, QJsonObject *normalized) const = 0;
    // The same with the bot's settings at hand (create-lead applies the bot's Lead field mapping);
    // still local only. The dispatcher calls this one.
    virtual FieldErrors validateInContext(const ActionContext &context, const QJsonObject &parameters,
                                          QJsonObject *normalized) const
    {
        Q_UNUSED(context)
        return validateParameters(parameters, normalized);
    }

    // Checks that need the org's metadata (picklists), builds the preview and asks the policy.
    // `failure.status` is 0 when all is well.
    virtual void prepare(const ActionContext &context, const QJsonObject &parameters, Prepared done) const = 0;

    // Does it. Only called with parameters that passed validateParameters() and prepare().
    virtual void execute(const ActionContext &context, const QJsonObject &parameters, const QJsonObject &binding,
                         Done done) const = 0;

    // The Salesforce Id a request is about (for the audit log), if any.
    virtual QString subjectId(const QJsonObject &parameters) const;

    // The object whose record a request may name by Name or the bot's lookup field instead of
    // "Id" (actions/record_lookup.h); empty when the action takes no record reference.
    virtual QString lookupObject() const { return {}; }
};

} // namespace hilal::actions
