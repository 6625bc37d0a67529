#include "actions/create_lead_action.h"

#include "actions/error_mapper.h"
#include "actions/field_validator.h"
#include "actions/picklists.h"

#include "actions/dispatcher_options.h"

#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"
#include "soql/literal_escaper.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace hilal::actions {

QStringList CreateLeadAction::fields()
{
    return {QStringLiteral("LastName"), QStringLiteral("Company"), QStringLiteral("FirstName"), QStringLiteral("Email"),
            QStringLiteral("Phone"), QStringLiteral("Title"), QStringLiteral("LeadSource"), QStringLiteral("Description"),
            QStringLiteral("Website")};
}

FieldErrors CreateLeadAction::validate(const QJsonObject &parameters, QJsonObject *normalized)
{
    FieldValidator v(parameters);
    v.acceptOnly(fields());
    v.text(QStringLiteral("LastName"), 80, true);
    v.text(QStringLiteral("Company"), 255, true);
    v.text(QStringLiteral("FirstName"), 40, false);
    v.email(QStringLiteral("Email"), 80, false);
    v.phone(QStringLiteral("Phone"), 40, false);
    v.text(QStringLiteral("Title"), 128, false);
    v.text(QStringLiteral("LeadSource"), 255, false);
    // Issue 7: no line breaks anywhere in a lead — not even in Description, a long text area in
    // Salesforce: chat input arrives as one line, and a break is how header-style injection starts.
    v.text(QStringLiteral("Description"), 32000, false);
    v.url(QStringLiteral("Website"), 255, false);
    if (normalized)
        *normalized = v.normalized();
    return v.errors();
}

void CreateLeadAction::prepare(const ActionContext &context, const QJsonObject &parameters, Prepared done) const
{
    const bool confirm = context.policy.confirmCreates;
    const QJsonObject preview{{QStringLiteral("object"), QStringLiteral("Lead")},
                              {QStringLiteral("create"), parameters}};
    if (!parameters.contains(QStringLiteral("LeadSource"))) {
        done({}, {confirm, preview, {}});
        return;
    }
    // LeadSource values differ per org: check against the org's own picklist before sending.
    Picklists::fetch(context.client, QStringLiteral("Lead"), QStringLiteral("LeadSource"), context.lifetime,
                     [context, parameters, preview, confirm, done](const QStringList &values,
                                                                   const salesforce::SalesforceError &error) {
                         if (error) {
                             done(ErrorMapper::toResult(error, context.botId, QStringLiteral("Lead")), {});
                             return;
                         }
                         FieldValidator v(parameters);
                         v.oneOf(QStringLiteral("LeadSource"), values, false);
                         if (!v.ok()) {
                             done(ActionResult::failure(400, v.errors()), {});
                             return;
                         }
                         done({}, {confirm, preview, {}});
                     });
}

namespace {

bool lostAfterSend(const salesforce::SalesforceError &error)
{
    // No HTTP answer after the body went out: the org may have saved the Lead or not.
    return error.kind == salesforce::SalesforceError::Kind::Network
        || error.kind == salesforce::SalesforceError::Kind::Timeout
        || error.kind == salesforce::SalesforceError::Kind::Cancelled;
}

ActionResult outcomeUnknown(const QString &why)
{
    ActionResult r = ActionResult::failure(
        502, QStringLiteral("salesforce"),
        QStringLiteral("Outcome unknown: %1 The Lead may or may not have been created; nothing else will be created "
                       "for this request until that is known. Retry with the same Idempotency-Key.").arg(why));
    r.outcomeUnknown = true;
    return r;
}

ActionResult created(const QString &id)
{
    return ActionResult::success(201, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("Lead")}}, id);
}

// How the org can carry a request id on its Leads (from describe).
enum class IdField { None, Plain, ExternalId };

IdField requestIdField(const QJsonObject &describe, const QString &name)
{
    for (const QJsonValue &f : describe.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject field = f.toObject();
        if (field.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!field.value(QStringLiteral("createable")).toBool())
            return IdField::None;
        return field.value(QStringLiteral("externalId")).toBool() ? IdField::ExternalId : IdField::Plain;
    }
    return IdField::None;
}

// The SOQL that finds the Lead an earlier attempt may have created: by the request id when the
// org has a field for it, else by every filterable value sent, created in the last minutes.
QString lookupQuery(const QJsonObject &sent, const QString &idField, IdField kind, int minutes)
{
    QStringList where;
    if (kind != IdField::None) {
        where << QStringLiteral("%1 = %2").arg(idField, soql::LiteralEscaper::quote(sent.value(idField).toString()));
    } else {
        for (auto it = sent.begin(); it != sent.end(); ++it) {
            if (it.key() == QLatin1String("Description")) // a long text area: not filterable
                continue;
            where << QStringLiteral("%1 = %2").arg(it.key(), soql::LiteralEscaper::quote(it.value().toString()));
        }
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-60 * minutes);
        where << QStringLiteral("CreatedDate >= %1").arg(since.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    }
    return QStringLiteral("SELECT Id FROM Lead WHERE %1 ORDER BY CreatedDate LIMIT 3").arg(where.join(QStringLiteral(" AND ")));
}

void plainCreate(const ActionContext &context, const QJsonObject &body, Action::Done done)
{
    salesforce::RestReply *reply = context.client->create(QStringLiteral("Lead"), body);
    const QString botId = context.botId;
    QObject::connect(reply, &salesforce::RestReply::finished, context.lifetime, [reply, botId, done] {
        if (lostAfterSend(reply->error())) {
            done(outcomeUnknown(QStringLiteral("the connection to Salesforce ended before it answered the create.")));
            return;
        }
        if (reply->error()) {
            done(ErrorMapper::toResult(reply->error(), botId, QStringLiteral("Lead")));
            return;
        }
        done(created(reply->object().value(QStringLiteral("id")).toString()));
    });
}

// PATCH /sobjects/Lead/{field}/{value}: 201 created or 200 updated, the same Lead either way.
void upsert(const ActionContext &context, const QJsonObject &parameters, const QString &field, Action::Done done)
{
    const QString path = context.client->dataPath(
        QStringLiteral("/sobjects/Lead/%1/%2").arg(field, QString::fromLatin1(QUrl::toPercentEncoding(context.requestId))));
    salesforce::RestReply *reply = context.client->send("PATCH", path, QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    const QString botId = context.botId;
    QObject::connect(reply, &salesforce::RestReply::finished, context.lifetime, [reply, botId, done] {
        if (lostAfterSend(reply->error())) {
            done(outcomeUnknown(QStringLiteral("the connection to Salesforce ended before it answered the upsert.")));
            return;
        }
        if (reply->error()) {
            done(ErrorMapper::toResult(reply->error(), botId, QStringLiteral("Lead")));
            return;
        }
        if (reply->httpStatus() == 300) {
            done(outcomeUnknown(QStringLiteral("several Leads carry this request id in Salesforce.")));
            return;
        }
        done(created(reply->object().value(QStringLiteral("id")).toString()));
    });
}

} // namespace

void CreateLeadAction::execute(const ActionContext &context, const QJsonObject &parameters, const QJsonObject &,
                               Done done) const
{
    if (context.requestId.isEmpty()) {
        plainCreate(context, parameters, done);
        return;
    }
    // With an idempotency key: ask describe how this org can carry it (describe is cached).
    const QString field = context.options ? context.options->leadRequestIdField : QString();
    salesforce::RestReply *describe = context.client->describe(QStringLiteral("Lead"));
    QObject::connect(describe, &salesforce::RestReply::finished, context.lifetime, [context, parameters, field, done, describe] {
        if (describe->error()) {
            done(ErrorMapper::toResult(describe->error(), context.botId, QStringLiteral("Lead")));
            return;
        }
        const IdField kind = field.isEmpty() ? IdField::None : requestIdField(describe->object(), field);
        if (kind == IdField::ExternalId) {
            upsert(context, parameters, field, done);
            return;
        }
        QJsonObject body = parameters;
        if (kind == IdField::Plain)
            body.insert(field, context.requestId);
        if (!context.mayHaveRun) {
            plainCreate(context, body, done);
            return;
        }
        // An earlier attempt may have created it: look before creating again.
        const int minutes = context.options ? context.options->recentCreateMinutes : 60;
        salesforce::QueryCursor *cursor = context.client->query(lookupQuery(body, field, kind, minutes));
        cursor->setAccumulate(true);
        QObject::connect(cursor, &salesforce::QueryCursor::finished, context.lifetime, [context, body, kind, done, cursor] {
            if (cursor->error()) {
                done(outcomeUnknown(QStringLiteral("an earlier attempt may have created the Lead, and looking for it "
                                                   "failed (%1).").arg(cursor->error().message)));
                return;
            }
            const QJsonArray rows = cursor->records();
            if (rows.size() == 1) {
                done(created(rows.first().toObject().value(QStringLiteral("Id")).toString()));
                return;
            }
            if (rows.size() > 1) {
                done(outcomeUnknown(kind == IdField::None
                                        ? QStringLiteral("several recent Leads match what was sent, so which one an earlier "
                                                         "attempt created cannot be told.")
                                        : QStringLiteral("several Leads carry this request id in Salesforce.")));
                return;
            }
            plainCreate(context, body, done);
        });
    });
}

} // namespace hilal::actions
