#pragma once

#include "actions/action_result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hilal::actions {

// One chat action as a caller asks for it. Parameters use Salesforce field names:
//   create-lead         {"LastName": …, "Company": …, "Email": …, …}
//   get-account         {"Id": "001…"[, "fields": ["Name", …]]}
//   update-opportunity  {"Id": "006…", "StageName"?: …, "Amount"?: …, "CloseDate"?: "YYYY-MM-DD"}
//   run-soql            {"query": "SELECT …"}
struct ActionRequest
{
    QString action; // "create-lead" | "get-account" | "update-opportunity" | "run-soql"
    QJsonObject parameters;
    QString confirmationToken; // from an earlier 409, when confirming
    QString actor; // who asks: "cli:alice", "serve", "gui:alice" — audited as confirmer
    QString idempotencyKey; // `Idempotency-Key` / --idempotency-key: retries answer once (IdempotencyStore)

    // Parses a JSON body (as `serve` and `action --json` receive it). A `confirmationToken` member
    // is taken out of the parameters. On failure returns nullopt and a 400 in *error naming
    // "body".
    static std::optional<ActionRequest> fromJsonBody(const QString &action, const QByteArray &body,
                                                     ActionResult *error);
};

} // namespace hilal::actions
