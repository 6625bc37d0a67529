#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hilal::actions {

// One problem with one input field: {"field": "Email", "message": "Email: …"}. `field` is the
// Salesforce API name the caller sent (or "action", "bot", "permission", "connection",
// "confirmationToken", "body", "parameters" for problems that are not about one field).
// `message` is a sentence that names the field and says what to do.
struct FieldError
{
    QString field;
    QString message;

    QJsonObject toJson() const { return {{QStringLiteral("field"), field}, {QStringLiteral("message"), message}}; }
    friend bool operator==(const FieldError &a, const FieldError &b)
    {
        return a.field == b.field && a.message == b.message;
    }
};

using FieldErrors = QList<FieldError>;

} // namespace hilal::actions
