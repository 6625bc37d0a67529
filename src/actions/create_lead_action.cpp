#include "actions/create_lead_action.h"

#include "actions/error_mapper.h"
#include "actions/field_validator.h"
#include "actions/lead_field_check.h"
#include "actions/picklists.h"

#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

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
    QJsonObject direct;   // standard fields, checked by the local rules
    QJsonObject custom;   // other fields, checked against the org's describe in prepare()
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
            errors.append({it.key(), QStringLiteral("%1 (from the chat's \"%2\") must be text, a number or true/false, not %3.")
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
    QObject::connect(reply, &salesforce::RestReply::finished, context.lifetime, [reply, context, parameters, confirm, from, done] {
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
            v.oneOf(QStringLiteral("LeadSource"), Picklists::activeValues(describe, QStringLiteral("LeadSource")), false);
            for (const FieldError &e : v.errors()) {
                if (std::none_of(errors.begin(), errors.end(), [&e](const FieldError &x) { return x.field == e.field; }))
                    errors.append(e);
            }
        }
        if (!errors.isEmpty()) {
            done(ActionResult::failure(400, errors), {});
            return;
        }
        const QJsonObject preview{{QStringLiteral("object"), QStringLiteral("Lead")}, {QStringLiteral("create"), body}};
        done({}, {confirm, preview, QJsonObject{{QStringLiteral("record"), body}}});
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
                const QString id = r.toObject().value(QStringLiteral("record")).toObject().value(QStringLiteral("Id")).toString();
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
    static const QStringList codes{QStringLiteral("INVALID_FIELD"), QStringLiteral("REQUIRED_FIELD_MISSING"),
                                   QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"), QStringLiteral("STRING_TOO_LONG"),
                                   QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE")};
    return std::any_of(error.items.begin(), error.items.end(), [](const auto &item) { return codes.contains(item.errorCode); })
           || codes.contains(error.errorCode);
}

} // namespace

void CreateLeadAction::execute(const ActionContext &context, const QJsonObject &parameters, const QJsonObject &binding,
                               Done done) const
{
    // What prepare() checked and the preview showed (field names and types as the org has them).
    const QJsonObject record = binding.contains(QStringLiteral("record")) ? binding.value(QStringLiteral("record")).toObject() : parameters;
    salesforce::RestClient *client = context.client;
    salesforce::RestReply *reply = client->create(QStringLiteral("Lead"), record);
    const QString botId = context.botId;
    QObject::connect(reply, &salesforce::RestReply::finished, context.lifetime, [reply, botId, client, done] {
        if (const salesforce::SalesforceError &error = reply->error()) {
            if (isDuplicate(error)) {
                const QStringList ids = duplicateIds(reply->body());
                ActionResult r = ActionResult::failure(409, QStringLiteral("Lead"),
                    ids.isEmpty()
                        ? QStringLiteral("The org's duplicate rule says this Lead already exists, so none was created; look the person up instead.")
                        : QStringLiteral("This Lead already exists in the org as %1, so the org's duplicate rule refused a new one; "
                                         "use the existing Lead instead.").arg(ids.join(QStringLiteral(", "))));
                r.data = QJsonObject{{QStringLiteral("object"), QStringLiteral("Lead")},
                                     {QStringLiteral("duplicates"), QJsonArray::fromStringList(ids)}};
                r.salesforceId = ids.value(0);
                done(r);
                return;
            }
            if (isStaleDescribe(error))
                client->clearDescribeCache();
            done(ErrorMapper::toResult(error, botId, QStringLiteral("Lead")));
            return;
        }
        const QString id = reply->object().value(QStringLiteral("id")).toString();
        done(ActionResult::success(201, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("Lead")}}, id));
    });
}

} // namespace hilal::actions
