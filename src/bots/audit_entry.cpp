#include "bots/audit_entry.h"

namespace hilal::bots {

namespace {
const char *const kKindNames[] = {"dispatch", "permission", "policy", "connection", "bot"};
}

QString AuditEntry::kindName(Kind kind)
{
    return QString::fromLatin1(kKindNames[static_cast<int>(kind)]);
}

bool AuditEntry::kindFromName(const QString &name, Kind *kind)
{
    for (int i = 0; i < 5; ++i) {
        if (name == QLatin1String(kKindNames[i])) {
            *kind = static_cast<Kind>(i);
            return true;
        }
    }
    return false;
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("bot"), botId);
    o.insert(QStringLiteral("kind"), kindName(kind));
    o.insert(QStringLiteral("action"), action);
    if (!parameters.isEmpty())
        o.insert(QStringLiteral("parameters"), parameters);
    if (status != 0)
        o.insert(QStringLiteral("status"), status);
    if (!salesforceId.isEmpty())
        o.insert(QStringLiteral("salesforceId"), salesforceId);
    if (durationMs >= 0)
        o.insert(QStringLiteral("durationMs"), durationMs);
    if (!confirmedBy.isEmpty())
        o.insert(QStringLiteral("confirmedBy"), confirmedBy);
    if (!actor.isEmpty())
        o.insert(QStringLiteral("actor"), actor);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    // Promoted from the parameters so an auditor's script need not know each action's shape:
    // the query that ran, an update's old → new per field, why a public bot was widened.
    for (const char *key : {"query", "changes", "reason"}) {
        const QJsonValue value = parameters.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull())
            o.insert(QLatin1String(key), value);
    }
    if (kind == Kind::Dispatch && !outcomeName(status).isEmpty())
        o.insert(QStringLiteral("outcome"), outcomeName(status));
    return o;
}

QString AuditEntry::outcomeName(int status)
{
    if (status >= 200 && status < 300)
        return QStringLiteral("succeeded");
    if (status == 409)
        return QStringLiteral("awaiting-confirmation");
    if (status >= 400 && status < 500)
        return QStringLiteral("refused");
    if (status >= 500)
        return QStringLiteral("failed");
    return {};
}

} // namespace hilal::bots
