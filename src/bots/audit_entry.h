#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace hilal::bots {

// One line of the audit trail. Dispatches fill status, salesforceId, durationMs and confirmedBy;
// permission, policy, connection and bot changes fill action and detail.
class AuditEntry
{
public:
    enum class Kind {
        Dispatch, // a chat action went through the dispatcher (any outcome)
        Permission, // permissions granted or revoked
        Policy, // confirmation policy changed
        Connection, // connected, disconnected, reconnect needed
        Bot, // bot added, renamed, removed; API key issued
    };

    qint64 id = 0; // assigned by the log
    QDateTime at; // UTC; now when left empty
    QString botId;
    Kind kind = Kind::Dispatch;
    QString action; // "create-lead", "grant", "policy", "connected", "add", …
    QJsonObject parameters; // already masked (AuditLog::maskParameters) before it is stored
    int status = 0; // ActionResult status for dispatches, else 0
    QString salesforceId; // record the action created/read/changed, if any
    qint64 durationMs = -1; // -1: not measured
    QString confirmedBy; // who supplied the confirmation token, if one was needed
    QString actor; // who did it: "cli", "gui", "serve", "cli:alice" …
    QString detail; // one human sentence: "granted RUN_SOQL", the error message …

    // What a dispatch's status means for an auditor: "succeeded" (2xx), "awaiting-confirmation"
    // (409: nothing done yet, a person must confirm), "refused" (other 4xx), "failed" (5xx);
    // empty for 0 and for non-dispatch entries.
    static QString outcomeName(int status);

    static QString kindName(Kind kind); // "dispatch" | "permission" | "policy" | "connection" | "bot"
    static bool kindFromName(const QString &name, Kind *kind);

    QJsonObject toJson() const;
};

} // namespace hilal::bots

Q_DECLARE_METATYPE(hilal::bots::AuditEntry)
