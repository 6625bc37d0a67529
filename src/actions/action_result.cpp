#include "actions/action_result.h"

#include <QJsonArray>

namespace hilal::actions {

QJsonObject ActionResult::toJson() const
{
    QJsonArray errorArray;
    for (const FieldError &e : errors)
        errorArray.append(e.toJson());
    QJsonObject o;
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("data"), data);
    o.insert(QStringLiteral("errors"), errorArray);
    if (confirmationToken.isEmpty()) {
        o.insert(QStringLiteral("confirmation"), QJsonValue::Null);
    } else {
        o.insert(QStringLiteral("confirmation"),
                 QJsonObject {{QStringLiteral("token"), confirmationToken}, {QStringLiteral("preview"), preview}});
    }
    return o;
}

ActionResult ActionResult::fromJson(const QJsonObject &json)
{
    ActionResult r;
    r.status = json.value(QStringLiteral("status")).toInt();
    r.data = json.value(QStringLiteral("data"));
    if (r.data.isUndefined())
        r.data = QJsonValue::Null;
    for (const QJsonValue &v : json.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        r.errors.append({e.value(QStringLiteral("field")).toString(), e.value(QStringLiteral("message")).toString()});
    }
    const QJsonObject c = json.value(QStringLiteral("confirmation")).toObject();
    r.confirmationToken = c.value(QStringLiteral("token")).toString();
    r.preview = c.value(QStringLiteral("preview")).toObject();
    return r;
}

ActionResult ActionResult::success(int status, const QJsonValue &data, const QString &salesforceId)
{
    ActionResult r;
    r.status = status;
    r.data = data;
    r.salesforceId = salesforceId;
    return r;
}

ActionResult ActionResult::failure(int status, const QString &field, const QString &message)
{
    return failure(status, FieldErrors {{field, message}});
}

ActionResult ActionResult::failure(int status, const FieldErrors &errors)
{
    ActionResult r;
    r.status = status;
    r.errors = errors;
    return r;
}

} // namespace hilal::actions
