#include "emulator/store/record_codec.h"

#include "emulator/store/id_generator.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace hilal::emulator {

QString RecordCodec::sqlColumnType(const FieldDef &field)
{
    switch (field.type) {
    case FieldType::Boolean:
    case FieldType::Int:
        return QStringLiteral("INTEGER");
    case FieldType::Double:
    case FieldType::Currency:
    case FieldType::Percent:
        return QStringLiteral("REAL");
    case FieldType::Id:
    case FieldType::Reference:
    case FieldType::Date:
    case FieldType::DateTime:
        return QStringLiteral("TEXT"); // Ids compare case-sensitively, as 15-char Ids must
    default:
        return QStringLiteral("TEXT COLLATE NOCASE"); // SOQL text comparisons ignore case
    }
}

QString RecordCodec::toStorageDateTime(const QDateTime &dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QDateTime RecordCodec::fromStorageDateTime(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

QString RecordCodec::toApiDateTime(const QDateTime &dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

QDateTime RecordCodec::parseApiDateTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (!m.captured(7).isEmpty())
        ms = QString(m.captured(7) + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    const QString tz = m.captured(8);
    if (!tz.isEmpty() && tz != QLatin1String("Z")) {
        QString digits = tz.mid(1);
        digits.remove(QLatin1Char(':'));
        offsetSeconds
            = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60) * (tz.at(0) == QLatin1Char('-') ? -1 : 1);
    }
    QDateTime dt(date, time, Qt::OffsetFromUTC, offsetSeconds);
    return dt.toUTC();
}

QJsonValue RecordCodec::toJson(const FieldDef &field, const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull())
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Boolean:
        return stored.toLongLong() != 0;
    case FieldType::Int:
        return stored.toLongLong();
    case FieldType::Double:
    case FieldType::Currency:
    case FieldType::Percent:
        return stored.toDouble();
    case FieldType::DateTime:
        return toApiDateTime(fromStorageDateTime(stored.toString()));
    default:
        return stored.toString();
    }
}

bool RecordCodec::isValidEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    return re.match(email).hasMatch();
}

QString RecordCodec::displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
}

namespace {

SfError fieldError(const QString &code, const QString &message, const FieldDef &field)
{
    return SfError {code, message, {field.name}};
}

// Salesforce reports a JSON value of the wrong shape as a deserialisation error.
SfError parserError(const FieldDef &field, const QJsonValue &value, const char *javaType)
{
    const char *jsonToken = value.isString() ? "VALUE_STRING"
        : value.isBool()                     ? (value.toBool() ? "VALUE_TRUE" : "VALUE_FALSE")
        : value.isDouble()                   ? "VALUE_NUMBER_FLOAT"
        : value.isArray()                    ? "START_ARRAY"
                                             : "START_OBJECT";
    return SfError {
        QStringLiteral("JSON_PARSER_ERROR"),
        QStringLiteral("Cannot deserialize instance of %1 from %2 value %3 or request may be missing a required field")
            .arg(QLatin1String(javaType), QLatin1String(jsonToken), RecordCodec::displayText(value)),
        {field.name}};
}

std::optional<QVariant> textValue(const ObjectDef &object, const FieldDef &field, const QJsonValue &value,
                                  SfError *error)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble() || value.isBool())
        text = RecordCodec::displayText(value); // Salesforce coerces scalars into text fields
    else {
        *error = parserError(field, value, "string");
        return std::nullopt;
    }
    if (text.isEmpty())
        return QVariant(); // "" clears a text field, as in Salesforce
    if (field.length > 0 && text.size() > field.length) {
        *error = fieldError(QStringLiteral("STRING_TOO_LONG"),
                            QStringLiteral("%1: data value too large: %2 (max length=%3)")
                                .arg(field.label, text, QString::number(field.length)),
                            field);
        return std::nullopt;
    }
    if (field.type == FieldType::Email && !RecordCodec::isValidEmail(text)) {
        *error = fieldError(QStringLiteral("INVALID_EMAIL_ADDRESS"),
                            QStringLiteral("%1: invalid email address: %2").arg(field.label, text), field);
        return std::nullopt;
    }
    if (field.type == FieldType::Picklist && field.restrictedPicklist) {
        for (const PicklistValue &v : field.picklist) {
            if (v.value == text)
                return QVariant(text);
        }
        *error = fieldError(QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"),
                            QStringLiteral("%1: bad value for restricted picklist field: %2").arg(field.label, text),
                            field);
        return std::nullopt;
    }
    Q_UNUSED(object);
    return QVariant(text);
}

std::optional<QVariant> referenceValue(const FieldDef &field, const QJsonValue &value, SfError *error)
{
    const QString text = value.isString() ? value.toString() : RecordCodec::displayText(value);
    if (value.isString() && text.isEmpty())
        return QVariant();
    const QString id = IdGenerator::normalize(text);
    bool prefixOk = false;
    if (!id.isEmpty()) {
        for (const QString &target : field.referenceTo) {
            const ObjectDef *t = Schema::standard().object(target);
            if (t && t->keyPrefix == id.left(3))
                prefixOk = true;
            if (!t)
                prefixOk = true; // targets we don't model (Profile, UserRole, Group): syntax only
        }
    }
    if (!value.isString() || id.isEmpty() || !prefixOk) {
        *error = fieldError(QStringLiteral("MALFORMED_ID"),
                            QStringLiteral("%1: id value of incorrect type: %2").arg(field.label, text), field);
        return std::nullopt;
    }
    return QVariant(id);
}

std::optional<QVariant> numberValue(const FieldDef &field, const QJsonValue &value, SfError *error)
{
    double number = 0;
    if (value.isDouble())
        number = value.toDouble();
    else if (value.isString()) {
        bool ok = false;
        number = value.toString().trimmed().toDouble(&ok);
        if (!ok) {
            *error = parserError(field, value, field.type == FieldType::Int ? "int" : "double");
            return std::nullopt;
        }
    } else {
        *error = parserError(field, value, field.type == FieldType::Int ? "int" : "double");
        return std::nullopt;
    }
    const int integerDigits = field.type == FieldType::Int ? field.digits : field.precision - field.scale;
    if (!std::isfinite(number) || (integerDigits > 0 && std::fabs(number) >= std::pow(10.0, integerDigits))) {
        *error = fieldError(QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"),
                            QStringLiteral("%1: value outside of valid range on numeric field: %2")
                                .arg(field.label, RecordCodec::displayText(value)),
                            field);
        return std::nullopt;
    }
    if (field.type == FieldType::Int) {
        if (number != std::floor(number)) {
            *error = parserError(field, value, "int");
            return std::nullopt;
        }
        return QVariant(qint64(number));
    }
    return QVariant(number);
}

} // namespace

std::optional<QVariant> RecordCodec::fromJson(const ObjectDef &object, const FieldDef &field, const QJsonValue &value,
                                              SfError *error)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    switch (field.type) {
    case FieldType::Id:
    case FieldType::Reference:
        return referenceValue(field, value, error);
    case FieldType::Boolean:
        if (value.isBool())
            return QVariant(qint64(value.toBool() ? 1 : 0));
        if (value.isString()
            && (value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                || value.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0))
            return QVariant(qint64(value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ? 1 : 0));
        *error = parserError(field, value, "boolean");
        return std::nullopt;
    case FieldType::Int:
    case FieldType::Double:
    case FieldType::Currency:
    case FieldType::Percent:
        return numberValue(field, value, error);
    case FieldType::Date: {
        const QDate d = value.isString() ? QDate::fromString(value.toString().left(10), Qt::ISODate) : QDate();
        if (!d.isValid() || (value.toString().size() > 10 && !parseApiDateTime(value.toString()).isValid())) {
            *error = parserError(field, value, "date");
            return std::nullopt;
        }
        return QVariant(d.toString(Qt::ISODate));
    }
    case FieldType::DateTime: {
        QDateTime dt = value.isString() ? parseApiDateTime(value.toString()) : QDateTime();
        if (!dt.isValid() && value.isString()) {
            const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
            if (d.isValid())
                dt = QDateTime(d, QTime(0, 0), QTimeZone::utc());
        }
        if (!dt.isValid()) {
            *error = parserError(field, value, "datetime");
            return std::nullopt;
        }
        return QVariant(toStorageDateTime(dt));
    }
    default:
        return textValue(object, field, value, error);
    }
}

} // namespace hilal::emulator
