#pragma once

#include "actions/field_error.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace hilal::actions {

// What a dispatch answers (issue 7):
//   {"status": N, "data": …|null, "errors": [{"field", "message"}], "confirmation": {"token", "preview"}|null}
//
//   200 read/ran, 201 created, 204 updated — success
//   400 one error per bad field (nothing was sent)
//   403 not connected, permission missing (named), or dispatcher locked (no chat permission)
//   404 the record does not exist in the org (get-account, update-opportunity)
//   409 a human must confirm: `confirmation` carries a one-time token and a preview; or the record
//       changed in Salesforce since the preview (an error on "Id", no token)
//   502 Salesforce refused to refresh the session: reconnect the bot (or Salesforce itself failed)
//   503 Salesforce is over its API limits or unavailable; 504 Salesforce could not be reached in time
struct ActionResult
{
    int status = 0;
    QJsonValue data = QJsonValue::Null;
    FieldErrors errors;
    QString confirmationToken; // set only with 409 + preview
    QJsonObject preview;
    QString salesforceId; // the record created/read/changed (for the audit log); not in JSON
    bool outcomeUnknown = false; // a write was sent and no answer came back: it may have happened; not in JSON
    bool replayed = false; // the stored answer of an earlier request with the same idempotency key; not in JSON

    bool isSuccess() const { return status >= 200 && status < 300; }
    bool needsConfirmation() const { return status == 409 && !confirmationToken.isEmpty(); }

    QJsonObject toJson() const;
    static ActionResult fromJson(const QJsonObject &json);

    // The first error's message, or empty.
    QString firstMessage() const { return errors.isEmpty() ? QString() : errors.first().message; }

    static ActionResult success(int status, const QJsonValue &data, const QString &salesforceId = {});
    static ActionResult failure(int status, const QString &field, const QString &message);
    static ActionResult failure(int status, const FieldErrors &errors);
};

} // namespace hilal::actions

Q_DECLARE_METATYPE(hilal::actions::ActionResult)
