#include "actions/create_lead_action.h"

#include "actions/error_mapper.h"
#include "actions/field_validator.h"
#include "actions/lead_field_check.h"
#include "actions/picklists.h"

#include "actions/dispatcher_options.h"

#include "actions/messages.h"
#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"
#include "soql/literal_escaper.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace hilal::actions {

QStringList CreateLeadAction::fields()
{
    return {QStringLiteral("LastName"),   QStringLiteral("Company"),     QStringLiteral("FirstName"),
            QStringLiteral("Email"),      QStringLiteral("Phone"),       QStringLiteral("Title"),
            QStringLiteral("LeadSource"), QStringLiteral("Description"), QStringLiteral("Website")};
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

FieldErrors CreateLeadAction::validateMapped(const QJsonObject &parameters, const bots::LeadFieldMapping &mapping,
                                             QJsonObject *normalized)
{
    if (mapping.isEmpty())
        return validate(parameters, normalized);
    const QStringList standard = fields();
    const auto standardName = [&standard](const QString &field) {
        for (const QString &s : standard) {
            if (s.compare(field, Qt::CaseInsensitive) == 0)
                return s;
        }
        return QString();
    };
    // Parameters the mapping reads leave the chat's payload and become their Lead field.
    QJsonObject rest = parameters;
    QJsonObject direct; // standard fields, checked by the local rules
    QJsonObject custom; // other fields, checked against the org's describe in prepare()
    const auto put = [&](const QString &field, const QJsonValue &value) {
        const QString s = standardName(field);
        if (!s.isEmpty()) {
            if (!direct.contains(s))
                direct.insert(s, value);
        } else if (!custom.contains(field)) {
            custom.insert(field, value);
        }
    };
    for (const bots::LeadFieldSource &source : mapping.sources()) {
        if (source.isParameter() && rest.contains(source.value))
            put(source.field, rest.take(source.value));
    }
    for (auto it = rest.begin(); it != rest.end(); ++it)
        direct.insert(it.key(), it.value());
    // Fixed values fill what the chat left empty.
    for (const bots::LeadFieldSource &source : mapping.sources()) {
        if (source.isParameter())
            continue;
        const QString s = standardName(source.field);
        bool given = false;
        for (auto it = direct.begin(); it != direct.end(); ++it)
            given = given || (!s.isEmpty() && it.key().compare(s, Qt::CaseInsensitive) == 0);
        if (!given)
            put(source.field, source.value);
    }
    QJsonObject lead;
    FieldErrors errors = validate(direct, &lead);
    for (auto it = custom.begin(); it != custom.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isArray() || v.isObject()) {
            const bots::LeadFieldSource *source = mapping.source(it.key());
            errors.append({it.key(),
                           Messages::tr("%1 (from the chat's \"%2\") must be text, a number or true/false, not %3.")
                               .arg(it.key(), source ? source->value : it.key(), FieldValidator::describeType(v))});
            continue;
        }
        if (!(v.isString() && v.toString().trimmed().isEmpty()))
            lead.insert(it.key(), v.isString() ? QJsonValue(v.toString().trimmed()) : v);
    }
    if (normalized)
        *normalized = lead;
    return errors;
}

QHash<QString, QString> CreateLeadAction::origins(const bots::LeadFieldMapping &mapping)
{
    QHash<QString, QString> out;
    for (const bots::LeadFieldSource &s : mapping.sources()) {
        if (s.isParameter())
            out.insert(s.field, s.value);
    }
    return out;
}

void CreateLeadAction::prepare(const ActionContext &context, const QJsonObject &parameters, Prepared done) const
{
    const bool confirm = context.policy.confirmCreates;
    // The org's own Lead (its custom fields, what it requires, its picklists) decides before
    // anything is sent; describe is cached per org, so this is one GET per org and process.
    salesforce::RestReply *reply = context.client->describe(QStringLiteral("Lead"));
    const QHash<QString, QString> from = origins(context.leadFields);
    QObject::connect(reply, &salesforce::RestReply::finished, context.lifetime,
                     [reply, context, parameters, confirm, from, done] {
                         if (reply->error()) {
                             done(ErrorMapper::toResult(reply->error(), context.botId, QStringLiteral("Lead")), {});
                             return;
                         }
                         const QJsonObject describe = reply->object();
                         FieldErrors errors;
                         const QJsonObject body = LeadFieldCheck(describe).checkCreate(parameters, from, &errors);
                         // LeadSource values differ per org, restricted or not: only the org's own values.
                         if (parameters.contains(QStringLiteral("LeadSource"))) {
                             FieldValidator v(parameters);
                             v.oneOf(QStringLiteral("LeadSource"),
                                     Picklists::activeValues(describe, QStringLiteral("LeadSource")), false);
                             for (const FieldError &e : v.errors()) {
                                 if (std::none_of(errors.begin(), errors.end(),
                                                  [&e](const FieldError &x) { return x.field == e.field; }))
                                     errors.append(e);
                             }
                         }
                         if (!errors.isEmpty()) {
                             done(ActionResult::failure(400, errors), {});
                             return;
                         }
                         const QJsonObject preview {{QStringLiteral("object"), QStringLiteral("Lead")},
                                                    {QStringLiteral("create"), body}};
                         done({}, {confirm, preview, QJsonObject {{QStringLiteral("record"), body}}});
                     });
}

namespace {

// The Ids of the records a DUPLICATES_DETECTED error lists (duplicateResult.matchResults).
QStringList duplicateIds(const QByteArray &body)
{
    QStringList ids;
    for (const QJsonValue &e : QJsonDocument::fromJson(body).array()) {
        const QJsonObject result = e.toObject().value(QStringLiteral("duplicateResult")).toObject();
        for (const QJsonValue &m : result.value(QStringLiteral("matchResults")).toArray()) {
            for (const QJsonValue &r : m.toObject().value(QStringLiteral("matchRecords")).toArray()) {
                const QString id
                    = r.toObject().value(QStringLiteral("record")).toObject().value(QStringLiteral("Id")).toString();
                if (!id.isEmpty() && !ids.contains(id))
                    ids << id;
            }
        }
    }
    return ids;
}

bool isDuplicate(const salesforce::SalesforceError &error)
{
    if (error.errorCode == QLatin1String("DUPLICATES_DETECTED"))
        return true;
    return std::any_of(error.items.begin(), error.items.end(),
                       [](const auto &item) { return item.errorCode == QLatin1String("DUPLICATES_DETECTED"); });
}

// Errors that mean our copy of the org's Lead describe is out of date.
bool isStaleDescribe(const salesforce::SalesforceError &error)
{
    static const QStringList codes {QStringLiteral("INVALID_FIELD"), QStringLiteral("REQUIRED_FIELD_MISSING"),
                                    QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"),
                                    QStringLiteral("STRING_TOO_LONG"),
                                    QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE")};
    return std::any_of(error.items.begin(), error.items.end(),
                       [](const auto &item) { return codes.contains(item.errorCode); })
        || codes.contains(error.errorCode);
}

// A refused create or upsert: a duplicate rule's refusal names the existing Lead (409); a field
// error means our copy of the org's Lead describe is stale, so it is dropped.
ActionResult refused(const salesforce::SalesforceError &error, const QByteArray &body, salesforce::RestClient *client,
                     const QString &botId)
{
    if (isDuplicate(error)) {
        const QStringList ids = duplicateIds(body);
        ActionResult r = ActionResult::failure(
            409, QStringLiteral("Lead"),
            ids.isEmpty()
                ? Messages::tr("The org's duplicate rule says this Lead already exists, so none was created; look "
                               "the person up instead.")
                : Messages::tr(
                      "This Lead already exists in the org as %1, so the org's duplicate rule refused a new one; "
                      "use the existing Lead instead.")
                      .arg(ids.join(QStringLiteral(", "))));
        r.data = QJsonObject {{QStringLiteral("object"), QStringLiteral("Lead")},
                              {QStringLiteral("duplicates"), QJsonArray::fromStringList(ids)}};
        r.salesforceId = ids.value(0);
        return r;
    }
    if (isStaleDescribe(error))
        client->clearDescribeCache();
    return ErrorMapper::toResult(error, botId, QStringLiteral("Lead"));
}

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
        Messages::tr("Outcome unknown: %1 The Lead may or may not have been created; nothing else will be created "
                     "for this request until that is known. Retry with the same Idempotency-Key.")
            .arg(why));
    r.outcomeUnknown = true;
    return r;
}

ActionResult created(const QString &id)
{
    return ActionResult::success(
        201, QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("Lead")}}, id);
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
    return QStringLiteral("SELECT Id FROM Lead WHERE %1 ORDER BY CreatedDate LIMIT 3")
        .arg(where.join(QStringLiteral(" AND ")));
}

void plainCreate(const ActionContext &context, const QJsonObject &body, Action::Done done)
{
    salesforce::RestClient *client = context.client;
    salesforce::RestReply *reply = client->create(QStringLiteral("Lead"), body);
    const QString botId = context.botId;
    QObject::connect(reply, &salesforce::RestReply::finished, context.lifetime, [reply, botId, client, done] {
        if (lostAfterSend(reply->error())) {
            done(outcomeUnknown(Messages::tr("the connection to Salesforce ended before it answered the create.")));
            return;
        }
        if (reply->error()) {
            done(refused(reply->error(), reply->body(), client, botId));
            return;
        }
        done(created(reply->object().value(QStringLiteral("id")).toString()));
    });
}

// PATCH /sobjects/Lead/{field}/{value}: 201 created or 200 updated, the same Lead either way.
void upsert(const ActionContext &context, const QJsonObject &parameters, const QString &field, Action::Done done)
{
    const QString path
        = context.client->dataPath(QStringLiteral("/sobjects/Lead/%1/%2")
                                       .arg(field, QString::fromLatin1(QUrl::toPercentEncoding(context.requestId))));
    salesforce::RestClient *client = context.client;
    salesforce::RestReply *reply
        = client->send("PATCH", path, QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    const QString botId = context.botId;
    QObject::connect(reply, &salesforce::RestReply::finished, context.lifetime, [reply, botId, client, done] {
        if (lostAfterSend(reply->error())) {
            done(outcomeUnknown(Messages::tr("the connection to Salesforce ended before it answered the upsert.")));
            return;
        }
        if (reply->error()) {
            done(refused(reply->error(), reply->body(), client, botId));
            return;
        }
        if (reply->httpStatus() == 300) {
            done(outcomeUnknown(Messages::tr("several Leads carry this request id in Salesforce.")));
            return;
        }
        done(created(reply->object().value(QStringLiteral("id")).toString()));
    });
}

} // namespace

void CreateLeadAction::execute(const ActionContext &context, const QJsonObject &validated, const QJsonObject &binding,
                               Done done) const
{
    // What prepare() checked and the preview showed (field names and types as the org has them).
    const QJsonObject parameters
        = binding.contains(QStringLiteral("record")) ? binding.value(QStringLiteral("record")).toObject() : validated;
    if (context.requestId.isEmpty()) {
        plainCreate(context, parameters, done);
        return;
    }
    // With an idempotency key: ask describe how this org can carry it (describe is cached).
    const QString field = context.options ? context.options->leadRequestIdField : QString();
    salesforce::RestReply *describe = context.client->describe(QStringLiteral("Lead"));
    QObject::connect(
        describe, &salesforce::RestReply::finished, context.lifetime, [context, parameters, field, done, describe] {
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
            QObject::connect(
                cursor, &salesforce::QueryCursor::finished, context.lifetime, [context, body, kind, done, cursor] {
                    if (cursor->error()) {
                        done(outcomeUnknown(
                            Messages::tr("an earlier attempt may have created the Lead, and looking for it "
                                         "failed (%1).")
                                .arg(cursor->error().message)));
                        return;
                    }
                    const QJsonArray rows = cursor->records();
                    if (rows.size() == 1) {
                        done(created(rows.first().toObject().value(QStringLiteral("Id")).toString()));
                        return;
                    }
                    if (rows.size() > 1) {
                        done(outcomeUnknown(
                            kind == IdField::None
                                ? Messages::tr("several recent Leads match what was sent, so which one an earlier "
                                               "attempt created cannot be told.")
                                : Messages::tr("several Leads carry this request id in Salesforce.")));
                        return;
                    }
                    plainCreate(context, body, done);
                });
        });
}

} // namespace hilal::actions
