#include "actions/get_account_action.h"

#include "actions/dispatcher_options.h"
#include "actions/error_mapper.h"
#include "actions/field_validator.h"

#include "actions/messages.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"

#include <QJsonArray>

namespace hilal::actions {

GetAccountAction::GetAccountAction(const QStringList &allowedFields)
    : m_allowedFields(allowedFields.isEmpty() ? DispatcherOptions::defaultAccountFields() : allowedFields)
{
}

FieldErrors GetAccountAction::validate(const QJsonObject &parameters, QJsonObject *normalized,
                                       const QStringList &allowedFields)
{
    const QStringList allowed = allowedFields.isEmpty() ? DispatcherOptions::defaultAccountFields() : allowedFields;
    FieldValidator v(parameters);
    v.acceptOnly({QStringLiteral("Id"), QStringLiteral("fields")});
    v.recordId(QStringLiteral("Id"), QStringLiteral("Account"), true);
    QJsonObject out = v.normalized();
    if (v.has(QStringLiteral("fields")) && !v.hasError(QStringLiteral("fields"))) {
        // Accept ["Name", "Phone"] or "Name,Phone"; only names from the configured list, so a chat
        // can never read fields the admin did not choose.
        const QJsonValue raw = v.value(QStringLiteral("fields"));
        QStringList names;
        bool shapeOk = true;
        if (raw.isString()) {
            names = raw.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (raw.isArray()) {
            for (const QJsonValue &n : raw.toArray()) {
                if (!n.isString())
                    shapeOk = false;
                names << n.toString();
            }
        } else {
            shapeOk = false;
        }
        QStringList canonical;
        if (!shapeOk) {
            v.addError(QStringLiteral("fields"),
                       Messages::tr("fields must be a list of field names, like [\"Name\", \"Phone\"]."));
        } else if (names.isEmpty()) {
            v.addError(QStringLiteral("fields"),
                       Messages::tr("fields is empty; leave it out to read the default fields."));
        } else {
            for (const QString &n : names) {
                QString match;
                for (const QString &a : allowed) {
                    if (a.compare(n.trimmed(), Qt::CaseInsensitive) == 0)
                        match = a;
                }
                if (match.isEmpty()) {
                    v.addError(QStringLiteral("fields"),
                               Messages::tr("fields: '%1' is not one of the Account fields this bot may read (%2).")
                                   .arg(n.trimmed(), allowed.join(QStringLiteral(", "))));
                    break;
                }
                if (!canonical.contains(match))
                    canonical << match;
            }
        }
        out.insert(QStringLiteral("fields"), QJsonArray::fromStringList(canonical));
    }
    if (normalized)
        *normalized = out;
    return v.errors();
}

void GetAccountAction::prepare(const ActionContext &, const QJsonObject &, Prepared done) const
{
    done({}, {}); // a read: never needs a human
}

void GetAccountAction::execute(const ActionContext &context, const QJsonObject &parameters, const QJsonObject &,
                               Done done) const
{
    QStringList fields;
    for (const QJsonValue &f : parameters.value(QStringLiteral("fields")).toArray())
        fields << f.toString();
    if (fields.isEmpty())
        fields = m_allowedFields;
    const QString id = parameters.value(QStringLiteral("Id")).toString();
    salesforce::RestReply *reply = context.client->retrieve(QStringLiteral("Account"), id, fields);
    const QString botId = context.botId;
    QObject::connect(reply, &salesforce::RestReply::finished, context.lifetime, [reply, botId, id, done] {
        if (reply->error()) {
            done(ErrorMapper::toResult(reply->error(), botId, QStringLiteral("Account")));
            return;
        }
        QJsonObject record = reply->object();
        record.remove(QStringLiteral("attributes"));
        done(ActionResult::success(200, record, record.value(QStringLiteral("Id")).toString(id)));
    });
}

} // namespace hilal::actions
