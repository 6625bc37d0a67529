#pragma once

#include "actions/field_error.h"

#include <QJsonObject>
#include <QStringList>

namespace hilal::actions {

// Checks one action's parameters field by field and collects one error per bad field, with a
// sentence that names the field. Field names are matched case-insensitively (as Salesforce does)
// and canonicalised in normalized(); anything not accepted is refused. Used by every action's
// validate(), so the GUI's forms, the CLI and `serve` get the same rules and messages.
class FieldValidator
{
public:
    explicit FieldValidator(const QJsonObject &parameters);

    // Canonicalises names against `accepted`; each other name becomes an error. Call first.
    void acceptOnly(const QStringList &accepted);

    bool has(const QString &field) const { return m_values.contains(field); }
    bool hasError(const QString &field) const;
    QJsonValue value(const QString &field) const { return m_values.value(field); }

    // Text: a JSON string, not blank when present, at most `maxLength` characters, no control
    // characters; no line breaks unless `multiline`.
    void text(const QString &field, int maxLength, bool required, bool multiline = false);
    // An email address (syntax as Salesforce checks it), at most `maxLength` characters.
    void email(const QString &field, int maxLength, bool required);
    // A phone number: digits with the usual separators (+ ( ) - . / space, "x"/"ext" extension).
    void phone(const QString &field, int maxLength, bool required);
    // A web address: http(s) URL or a bare host name, no spaces.
    void url(const QString &field, int maxLength, bool required);
    // A record Id of `objectName` (15/18 chars, checksum, key prefix); normalized to 18 chars.
    void recordId(const QString &field, const QString &objectName, bool required);
    // A JSON number ≥ `minimum`, with at most `integerDigits` digits before the point and
    // `scale` after it (currency(18,2): 16 and 2).
    void number(const QString &field, double minimum, int integerDigits, int scale, bool required);
    // A real calendar date written "YYYY-MM-DD" (years 1700–4000, as Salesforce accepts).
    void date(const QString &field, bool required);
    // One of `values` (exact match); the message lists them and suggests a case-insensitive match.
    void oneOf(const QString &field, const QStringList &values, bool required);

    void addError(const QString &field, const QString &message);

    FieldErrors errors() const { return m_errors; }
    bool ok() const { return m_errors.isEmpty(); }
    QJsonObject normalized() const { return m_values; }

    // Helpers the actions share.
    static bool isValidEmail(const QString &email);
    static QString describeType(const QJsonValue &value); // "a number", "true/false", …

private:
    bool present(const QString &field, bool required, const char *what);
    bool isString(const QString &field);

    QJsonObject m_input;
    QJsonObject m_values;
    FieldErrors m_errors;
};

} // namespace hilal::actions
