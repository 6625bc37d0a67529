#include "actions/field_validator.h"

#include "actions/messages.h"
#include "salesforce/record_id.h"

#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace hilal::actions {

FieldValidator::FieldValidator(const QJsonObject &parameters)
    : m_input(parameters)
    , m_values(parameters)
{
}

void FieldValidator::acceptOnly(const QStringList &accepted)
{
    QJsonObject canonical;
    for (auto it = m_input.begin(); it != m_input.end(); ++it) {
        QString match;
        for (const QString &name : accepted) {
            if (name.compare(it.key(), Qt::CaseInsensitive) == 0)
                match = name;
        }
        if (match.isEmpty()) {
            addError(it.key(),
                     Messages::tr("%1 is not a field this action accepts; use only %2.")
                         .arg(it.key(), accepted.join(QStringLiteral(", "))));
            continue;
        }
        if (canonical.contains(match)) {
            addError(match, Messages::tr("%1 is given twice (field names ignore case); give it once.").arg(match));
            continue;
        }
        canonical.insert(match, it.value());
    }
    m_values = canonical;
}

bool FieldValidator::hasError(const QString &field) const
{
    for (const FieldError &e : m_errors) {
        if (e.field == field)
            return true;
    }
    return false;
}

void FieldValidator::addError(const QString &field, const QString &message)
{
    m_errors.append({field, message});
}

QString FieldValidator::describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool FieldValidator::present(const QString &field, bool required, const char *what)
{
    if (hasError(field))
        return false;
    if (!m_values.contains(field)) {
        if (required)
            addError(field, Messages::tr("%1 is required; give %2.").arg(field, QLatin1String(what)));
        return false;
    }
    return true;
}

bool FieldValidator::isString(const QString &field)
{
    const QJsonValue v = m_values.value(field);
    if (v.isString())
        return true;
    addError(field, Messages::tr("%1 must be text, not %2.").arg(field, describeType(v)));
    return false;
}

void FieldValidator::text(const QString &field, int maxLength, bool required, bool multiline)
{
    if (!present(field, required, "some text") || !isString(field))
        return;
    const QString s = m_values.value(field).toString();
    if (s.trimmed().isEmpty()) {
        addError(field,
                 required ? Messages::tr("%1 is required and cannot be empty or only spaces.").arg(field)
                          : Messages::tr("%1 is empty; leave it out or give a value.").arg(field));
        return;
    }
    if (s.size() > maxLength) {
        addError(field,
                 Messages::tr("%1 is %2 characters long; Salesforce allows at most %3.")
                     .arg(field)
                     .arg(s.size())
                     .arg(maxLength));
        return;
    }
    for (const QChar c : s) {
        const bool lineBreak
            = c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029);
        if (lineBreak && !multiline) {
            addError(field, Messages::tr("%1 contains a line break; it must be one line.").arg(field));
            return;
        }
        if (!lineBreak && c != QLatin1Char('\t') && c.category() == QChar::Other_Control) {
            addError(field,
                     Messages::tr("%1 contains a control character (U+%2); remove it.")
                         .arg(field)
                         .arg(c.unicode(), 4, 16, QLatin1Char('0')));
            return;
        }
    }
    m_values.insert(field, s.trimmed());
}

bool FieldValidator::isValidEmail(const QString &email)
{
    // The common subset Salesforce accepts: local@domain.tld, no spaces or quotes, no ".." and
    // no dot at either end of the local part, domain labels of letters/digits/hyphens.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    return email.size() <= 254 && re.match(email).hasMatch();
}

void FieldValidator::email(const QString &field, int maxLength, bool required)
{
    text(field, maxLength, required);
    if (!m_values.contains(field) || hasError(field))
        return;
    const QString s = m_values.value(field).toString();
    if (!isValidEmail(s))
        addError(field,
                 Messages::tr("%1: '%2' is not a valid email address; write it like name@example.com.").arg(field, s));
}

void FieldValidator::phone(const QString &field, int maxLength, bool required)
{
    text(field, maxLength, required);
    if (!m_values.contains(field) || hasError(field))
        return;
    static const QRegularExpression re(
        QStringLiteral("^\\+?[0-9 ().\\-/]*[0-9][0-9 ().\\-/]*((x|ext\\.?)\\s*[0-9]{1,6})?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString s = m_values.value(field).toString();
    if (!re.match(s).hasMatch())
        addError(
            field,
            Messages::tr("%1: '%2' is not a phone number; use digits with + ( ) - . or spaces, e.g. +44 20 7946 0018.")
                .arg(field, s));
}

void FieldValidator::url(const QString &field, int maxLength, bool required)
{
    text(field, maxLength, required);
    if (!m_values.contains(field) || hasError(field))
        return;
    static const QRegularExpression re(
        QStringLiteral(
            "^(https?://)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}(:[0-9]{1,5})?(/[^\\s]*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString s = m_values.value(field).toString();
    if (!re.match(s).hasMatch())
        addError(field,
                 Messages::tr("%1: '%2' is not a web address; write it like https://example.com.").arg(field, s));
}

void FieldValidator::recordId(const QString &field, const QString &objectName, bool required)
{
    if (!present(field, required, "a Salesforce record Id") || !isString(field))
        return;
    const QString raw = m_values.value(field).toString();
    for (const QChar c : raw) {
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029)) {
            addError(field,
                     Messages::tr("%1 contains a line break or control character; give the Id alone.").arg(field));
            return;
        }
    }
    const QString s = raw.trimmed();
    QString problem;
    const salesforce::RecordId id = salesforce::RecordId::parseFor(s, objectName, &problem);
    if (!id.isValid()) {
        addError(
            field,
            QStringLiteral("%1: %2").arg(
                field, problem.isEmpty() ? Messages::tr("'%1' is not a valid %2 Id.").arg(s, objectName) : problem));
        return;
    }
    m_values.insert(field, id.id18());
}

void FieldValidator::number(const QString &field, double minimum, int integerDigits, int scale, bool required)
{
    if (!present(field, required, "a number"))
        return;
    const QJsonValue v = m_values.value(field);
    if (!v.isDouble()) {
        addError(field,
                 Messages::tr("%1 must be a number (like 18500 or 18500.50), not %2.").arg(field, describeType(v)));
        return;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        addError(field, Messages::tr("%1 must be a finite number.").arg(field));
        return;
    }
    if (d < minimum) {
        addError(field, Messages::tr("%1 is %2; it must be %3 or more.").arg(field).arg(d).arg(minimum));
        return;
    }
    if (std::fabs(d) >= std::pow(10.0, integerDigits)) {
        addError(field,
                 Messages::tr("%1 is too large; Salesforce allows at most %2 digits before the decimal point.")
                     .arg(field)
                     .arg(integerDigits));
        return;
    }
    const double scaled = d * std::pow(10.0, scale);
    if (std::fabs(scaled - std::round(scaled)) > 1e-6 * std::max(1.0, std::fabs(scaled))) {
        addError(field, Messages::tr("%1 has more than %2 decimal places.").arg(field).arg(scale));
        return;
    }
}

void FieldValidator::date(const QString &field, bool required)
{
    if (!present(field, required, "a date like 2025-03-31") || !isString(field))
        return;
    const QString s = m_values.value(field).toString();
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!shape.match(s).hasMatch()) {
        addError(field, Messages::tr("%1: '%2' is not a date in the form YYYY-MM-DD (e.g. 2025-03-31).").arg(field, s));
        return;
    }
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid()) {
        addError(field, Messages::tr("%1: %2 is not a real calendar date.").arg(field, s));
        return;
    }
    if (d.year() < 1700 || d.year() > 4000)
        addError(field, Messages::tr("%1: %2 is outside the years Salesforce accepts (1700–4000).").arg(field, s));
}

void FieldValidator::oneOf(const QString &field, const QStringList &values, bool required)
{
    if (!present(field, required, "a value") || !isString(field))
        return;
    const QString s = m_values.value(field).toString();
    if (values.contains(s))
        return;
    for (const QString &v : values) {
        if (v.compare(s.trimmed(), Qt::CaseInsensitive) == 0) {
            addError(field,
                     Messages::tr("%1: '%2' is not a value of the picklist; did you mean '%3'?").arg(field, s, v));
            return;
        }
    }
    addError(field,
             Messages::tr("%1: '%2' is not a value of the org's picklist; use one of: %3.")
                 .arg(field, s, values.join(QStringLiteral(", "))));
}

} // namespace hilal::actions
