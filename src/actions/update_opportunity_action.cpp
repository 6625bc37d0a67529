#include "actions/update_opportunity_action.h"

#include "actions/error_mapper.h"
#include "actions/field_validator.h"
#include "actions/picklists.h"

#include "actions/messages.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace hilal::actions {

namespace {

const QStringList &changeableFields()
{
    static const QStringList f = {QStringLiteral("StageName"), QStringLiteral("Amount"), QStringLiteral("CloseDate")};
    return f;
}

bool sameValue(const QString &field, const QJsonValue &current, const QJsonValue &wanted)
{
    if (field == QLatin1String("Amount")) {
        if (current.isNull() || current.isUndefined())
            return false;
        return std::fabs(current.toDouble() - wanted.toDouble()) < 0.005;
    }
    return current.toString() == wanted.toString();
}

} // namespace

QStringList UpdateOpportunityAction::fields()
{
    return {QStringLiteral("Id"), QStringLiteral("StageName"), QStringLiteral("Amount"), QStringLiteral("CloseDate")};
}

FieldErrors UpdateOpportunityAction::validate(const QJsonObject &parameters, QJsonObject *normalized)
{
    FieldValidator v(parameters);
    v.acceptOnly(fields());
    v.recordId(QStringLiteral("Id"), QStringLiteral("Opportunity"), true);
    v.text(QStringLiteral("StageName"), 255, false);
    v.number(QStringLiteral("Amount"), 0.0, 16, 2, false);
    v.date(QStringLiteral("CloseDate"), false);
    bool any = false;
    for (const QString &f : changeableFields())
        any = any || v.has(f);
    if (!any) {
        v.addError(QStringLiteral("parameters"),
                   Messages::tr("Nothing to change: give at least one of StageName, Amount or CloseDate "
                                "(no other Opportunity field can be changed from a chat)."));
    }
    if (normalized)
        *normalized = v.normalized();
    return v.errors();
}

QDateTime UpdateOpportunityAction::parseSalesforceDateTime(const QString &text)
{
    QString s = text.trimmed();
    // Salesforce writes the offset without a colon ("+0000"); Qt's ISO parser wants "+00:00".
    static const QRegularExpression offset(QStringLiteral("([+-])(\\d{2})(\\d{2})$"));
    s.replace(offset, QStringLiteral("\\1\\2:\\3"));
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

void UpdateOpportunityAction::prepare(const ActionContext &context, const QJsonObject &parameters, Prepared done) const
{
    if (!parameters.contains(QStringLiteral("StageName"))) {
        readCurrent(context, parameters, done);
        return;
    }
    Picklists::fetch(context.client, QStringLiteral("Opportunity"), QStringLiteral("StageName"), context.lifetime,
                     [context, parameters, done](const QStringList &values, const salesforce::SalesforceError &error) {
                         if (error) {
                             done(ErrorMapper::toResult(error, context.botId, QStringLiteral("Opportunity")), {});
                             return;
                         }
                         FieldValidator v(parameters);
                         v.oneOf(QStringLiteral("StageName"), values, false);
                         if (!v.ok()) {
                             done(ActionResult::failure(400, v.errors()), {});
                             return;
                         }
                         readCurrent(context, parameters, done);
                     });
}

void UpdateOpportunityAction::readCurrent(const ActionContext &context, const QJsonObject &parameters, Prepared done)
{
    const QString id = parameters.value(QStringLiteral("Id")).toString();
    salesforce::RestReply *reply
        = context.client->retrieve(QStringLiteral("Opportunity"), id,
                                   {QStringLiteral("Name"), QStringLiteral("StageName"), QStringLiteral("Amount"),
                                    QStringLiteral("CloseDate"), QStringLiteral("LastModifiedDate")});
    const QString botId = context.botId;
    const bool confirmUpdates = context.policy.confirmUpdates;
    QObject::connect(
        reply, &salesforce::RestReply::finished, context.lifetime,
        [reply, botId, id, parameters, confirmUpdates, done] {
            if (reply->error()) {
                done(ErrorMapper::toResult(reply->error(), botId, QStringLiteral("Opportunity")), {});
                return;
            }
            const QJsonObject current = reply->object();
            QJsonObject changes; // field → new value (what the PATCH sends)
            QJsonObject shown; // field → {from, to} (what a human sees)
            QJsonArray unchanged;
            for (const QString &f : changeableFields()) {
                if (!parameters.contains(f))
                    continue;
                const QJsonValue wanted = parameters.value(f);
                if (sameValue(f, current.value(f), wanted)) {
                    unchanged.append(f);
                    continue;
                }
                changes.insert(f, wanted);
                shown.insert(f,
                             QJsonObject {{QStringLiteral("from"), current.value(f)}, {QStringLiteral("to"), wanted}});
            }
            const QString lastModified = current.value(QStringLiteral("LastModifiedDate")).toString();
            Preparation p;
            p.needsConfirmation = confirmUpdates && !changes.isEmpty();
            p.preview = QJsonObject {{QStringLiteral("object"), QStringLiteral("Opportunity")},
                                     {QStringLiteral("Id"), current.value(QStringLiteral("Id")).toString(id)},
                                     {QStringLiteral("Name"), current.value(QStringLiteral("Name"))},
                                     {QStringLiteral("changes"), shown},
                                     {QStringLiteral("unchanged"), unchanged},
                                     {QStringLiteral("lastModifiedDate"), lastModified}};
            p.binding = QJsonObject {{QStringLiteral("changes"), changes},
                                     {QStringLiteral("lastModifiedDate"), lastModified},
                                     {QStringLiteral("preview"), p.preview}};
            done({}, p);
        });
}

void UpdateOpportunityAction::execute(const ActionContext &context, const QJsonObject &parameters,
                                      const QJsonObject &binding, Done done) const
{
    const QString id = parameters.value(QStringLiteral("Id")).toString();
    const QJsonObject changes = binding.value(QStringLiteral("changes")).toObject();
    const QJsonObject preview = binding.value(QStringLiteral("preview")).toObject();
    const QJsonObject data {{QStringLiteral("Id"), id},
                            {QStringLiteral("Name"), preview.value(QStringLiteral("Name"))},
                            {QStringLiteral("changed"), preview.value(QStringLiteral("changes"))}};
    if (changes.isEmpty()) {
        QJsonObject same = data;
        same.insert(QStringLiteral("message"),
                    Messages::tr("Nothing was sent: the opportunity already has these values."));
        done(ActionResult::success(200, same, id));
        return;
    }
    const QDateTime since = parseSalesforceDateTime(binding.value(QStringLiteral("lastModifiedDate")).toString());
    if (context.mayHaveRun) {
        // An earlier attempt may have been applied. If-Unmodified-Since has whole seconds only,
        // so first compare LastModifiedDate to the millisecond: any change since the read means
        // that attempt (or someone else) got there — and the values tell which.
        salesforce::RestReply *check
            = context.client->retrieve(QStringLiteral("Opportunity"), id, {QStringLiteral("LastModifiedDate")});
        QObject::connect(check, &salesforce::RestReply::finished, context.lifetime,
                         [context, check, id, changes, data, since, done] {
                             if (check->error()) {
                                 ActionResult r = ErrorMapper::toResult(check->error(), context.botId,
                                                                        QStringLiteral("Opportunity"));
                                 r.outcomeUnknown = r.status >= 500;
                                 done(r);
                                 return;
                             }
                             const QDateTime modified = parseSalesforceDateTime(
                                 check->object().value(QStringLiteral("LastModifiedDate")).toString());
                             if (!since.isValid() || !modified.isValid() || modified > since) {
                                 confirmApplied(context, id, changes, data, done);
                                 return;
                             }
                             send(context, id, changes, data, since, done);
                         });
        return;
    }
    send(context, id, changes, data, since, done);
}

void UpdateOpportunityAction::send(const ActionContext &context, const QString &id, const QJsonObject &changes,
                                   const QJsonObject &data, const QDateTime &since, Done done)
{
    salesforce::RestReply *reply = context.client->update(QStringLiteral("Opportunity"), id, changes, since);
    const QString botId = context.botId;
    QObject::connect(
        reply, &salesforce::RestReply::finished, context.lifetime, [context, reply, botId, id, data, changes, done] {
            const salesforce::SalesforceError &error = reply->error();
            if (error.kind == salesforce::SalesforceError::Kind::Network
                || error.kind == salesforce::SalesforceError::Kind::Timeout) {
                ActionResult r = ActionResult::failure(
                    502, QStringLiteral("salesforce"),
                    Messages::tr(
                        "Outcome unknown: the connection to Salesforce ended before it answered the update, so it may "
                        "or may not have been applied. Retry with the same Idempotency-Key: the retry is sent with the "
                        "same If-Unmodified-Since and cannot overwrite a newer change."));
                r.outcomeUnknown = true;
                done(r);
                return;
            }
            if (error.httpStatus == 412 && context.mayHaveRun) {
                // The retry of an update whose answer was lost: 412 either because that update was
                // applied, or because someone else changed the record since. The values tell.
                confirmApplied(context, id, changes, data, done);
                return;
            }
            if (error) {
                done(ErrorMapper::toResult(error, botId, QStringLiteral("Opportunity")));
                return;
            }
            done(ActionResult::success(204, data, id));
        });
}

void UpdateOpportunityAction::confirmApplied(const ActionContext &context, const QString &id,
                                             const QJsonObject &changes, const QJsonObject &data, Done done)
{
    salesforce::RestReply *reply = context.client->retrieve(QStringLiteral("Opportunity"), id, changes.keys());
    const QString botId = context.botId;
    QObject::connect(
        reply, &salesforce::RestReply::finished, context.lifetime, [reply, botId, id, changes, data, done] {
            if (reply->error()) {
                ActionResult r = ErrorMapper::toResult(reply->error(), botId, QStringLiteral("Opportunity"));
                r.outcomeUnknown = true;
                done(r);
                return;
            }
            const QJsonObject current = reply->object();
            for (auto it = changes.begin(); it != changes.end(); ++it) {
                if (!sameValue(it.key(), current.value(it.key()), it.value())) {
                    done(ActionResult::failure(
                        409, QStringLiteral("Id"),
                        Messages::tr(
                            "Id: the Opportunity was changed in Salesforce after this request was first sent, so "
                            "nothing was overwritten. Send a new request to see the current values.")));
                    return;
                }
            }
            done(ActionResult::success(204, data, id)); // the earlier attempt was applied
        });
}

} // namespace hilal::actions
