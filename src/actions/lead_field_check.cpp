#include "actions/lead_field_check.h"

#include "actions/field_validator.h"
#include "actions/messages.h"

#include <QDate>
#include <QJsonArray>

#include <cmath>

namespace hilal::actions {

namespace {

QString nameOf(const QJsonObject &field)
{
    return field.value(QStringLiteral("name")).toString();
}

// Line breaks only in text areas; other control characters nowhere.
bool hasControl(const QString &text, bool multiline)
{
    for (const QChar c : text) {
        if (multiline && (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("'%1'").arg(value.toString().left(80));
    return FieldValidator::describeType(value);
}

} // namespace

LeadFieldCheck::LeadFieldCheck(const QJsonObject &leadDescribe)
{
    for (const QJsonValue &v : leadDescribe.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        m_fields.insert(nameOf(f).toLower(), f);
        m_order << nameOf(f);
    }
}

QJsonObject LeadFieldCheck::field(const QString &name) const
{
    return m_fields.value(name.toLower());
}

QStringList LeadFieldCheck::requiredFields() const
{
    QStringList out;
    for (const QString &name : m_order) {
        const QJsonObject f = field(name);
        if (f.value(QStringLiteral("createable")).toBool() && !f.value(QStringLiteral("nillable")).toBool(true)
            && !f.value(QStringLiteral("defaultedOnCreate")).toBool()
            && f.value(QStringLiteral("type")).toString() != QLatin1String("boolean"))
            out << name;
    }
    return out;
}

QStringList LeadFieldCheck::allowedValues(const QJsonObject &field)
{
    QStringList values;
    for (const QJsonValue &p : field.value(QStringLiteral("picklistValues")).toArray()) {
        if (p.toObject().value(QStringLiteral("active")).toBool(true))
            values << p.toObject().value(QStringLiteral("value")).toString();
    }
    return values;
}

QString LeadFieldCheck::typeSummary(const QJsonObject &field)
{
    const QString type = field.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("picklist") || type == QLatin1String("multipicklist"))
        return QStringLiteral("%1 (%2)").arg(type, allowedValues(field).join(QStringLiteral(", ")));
    const int length = field.value(QStringLiteral("length")).toInt();
    if (length > 0 && type != QLatin1String("reference") && type != QLatin1String("id"))
        return QStringLiteral("%1(%2)").arg(type).arg(length);
    return type;
}

QJsonValue LeadFieldCheck::convert(const QJsonObject &f, const QJsonValue &value, QString *problem) const
{
    const QString type = f.value(QStringLiteral("type")).toString();
    if (value.isNull())
        return value;
    if (type == QLatin1String("boolean")) {
        if (value.isBool())
            return value;
        const QString s = value.toString().trimmed().toLower();
        if (value.isString() && (s == QLatin1String("true") || s == QLatin1String("false")))
            return s == QLatin1String("true");
        *problem = Messages::tr("must be true or false, not %1").arg(shown(value));
        return {};
    }
    if (type == QLatin1String("double") || type == QLatin1String("currency") || type == QLatin1String("percent")
        || type == QLatin1String("int")) {
        bool ok = value.isDouble();
        double n = value.toDouble();
        if (value.isString())
            n = value.toString().trimmed().toDouble(&ok);
        const int digits = type == QLatin1String("int")
            ? f.value(QStringLiteral("digits")).toInt()
            : f.value(QStringLiteral("precision")).toInt() - f.value(QStringLiteral("scale")).toInt();
        if (!ok || !std::isfinite(n) || (type == QLatin1String("int") && n != std::floor(n))) {
            *problem = Messages::tr("must be a number, not %1").arg(shown(value));
            return {};
        }
        if (digits > 0 && std::fabs(n) >= std::pow(10.0, digits)) {
            *problem = Messages::tr("must have at most %1 digits before the decimal point").arg(digits);
            return {};
        }
        return n;
    }
    if (!value.isString() && !value.isDouble() && !value.isBool()) {
        *problem = Messages::tr("must be text, not %1").arg(shown(value));
        return {};
    }
    QString text = value.isString() ? value.toString() : FieldValidator::describeType(value);
    if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 17);
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (type == QLatin1String("date")) {
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!d.isValid() || text.trimmed().size() != 10) {
            *problem = Messages::tr("must be a date written YYYY-MM-DD, not %1").arg(shown(value));
            return {};
        }
        return d.toString(Qt::ISODate);
    }
    if (hasControl(text, type == QLatin1String("textarea"))) {
        *problem = type == Messages::tr("textarea") ? Messages::tr("must not contain control characters")
                                                    : Messages::tr("must be one line without control characters");
        return {};
    }
    const int length = f.value(QStringLiteral("length")).toInt();
    if (length > 0 && text.size() > length) {
        *problem = Messages::tr("must be at most %1 characters (got %2)").arg(length).arg(text.size());
        return {};
    }
    if (type == QLatin1String("email") && !text.isEmpty() && !FieldValidator::isValidEmail(text)) {
        *problem = Messages::tr("%1 is not an email address").arg(shown(value));
        return {};
    }
    if (type == QLatin1String("picklist") && f.value(QStringLiteral("restrictedPicklist")).toBool()) {
        const QStringList allowed = allowedValues(f);
        if (!allowed.contains(text)) {
            QString hint;
            for (const QString &a : allowed) {
                if (a.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
                    hint = Messages::tr(" (did you mean '%1'?)").arg(a);
            }
            *problem = Messages::tr("%1 is not an allowed value%2; allowed values: %3")
                           .arg(shown(value), hint, allowed.join(QStringLiteral(", ")));
            return {};
        }
    }
    return text;
}

QJsonObject LeadFieldCheck::checkCreate(const QJsonObject &lead, const QHash<QString, QString> &origins,
                                        FieldErrors *errors) const
{
    QJsonObject body;
    for (auto it = lead.begin(); it != lead.end(); ++it) {
        const QString origin = origins.value(it.key());
        const QString label
            = origin.isEmpty() ? it.key() : Messages::tr("%1 (from the chat's \"%2\")").arg(it.key(), origin);
        const QJsonObject f = field(it.key());
        if (f.isEmpty()) {
            errors->append({it.key(),
                            Messages::tr("%1: the org's Lead has no field %2; check the bot's Lead field mapping "
                                         "(hilal-sf mapping check).")
                                .arg(label, it.key())});
            continue;
        }
        if (!f.value(QStringLiteral("createable")).toBool()) {
            errors->append(
                {it.key(), Messages::tr("%1: the org does not let anyone set this Lead field on create.").arg(label)});
            continue;
        }
        QString problem;
        const QJsonValue converted = convert(f, it.value(), &problem);
        if (!problem.isEmpty()) {
            errors->append({nameOf(f), QStringLiteral("%1 %2.").arg(label, problem)});
            continue;
        }
        body.insert(nameOf(f), converted);
    }
    for (const QString &name : requiredFields()) {
        const QJsonValue v = body.value(name);
        if (!v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().trimmed().isEmpty()))
            continue;
        bool reported = false;
        for (const FieldError &e : *errors)
            reported = reported || e.field.compare(name, Qt::CaseInsensitive) == 0;
        if (reported)
            continue;
        const QJsonObject f = field(name);
        const QStringList allowed = allowedValues(f);
        errors->append(
            {name,
             Messages::tr("%1: the org requires this Lead field and the chat gave no value; send it or give it a "
                          "source in the bot's Lead field mapping%2.")
                 .arg(name,
                      allowed.isEmpty()
                          ? QString()
                          : Messages::tr(" (allowed values: %1)").arg(allowed.join(QStringLiteral(", "))))});
    }
    return body;
}

QStringList LeadFieldCheck::checkMapping(const bots::LeadFieldMapping &mapping, const QStringList &directFields,
                                         const QString &botId) const
{
    QStringList problems;
    for (const QString &name : requiredFields()) {
        if (mapping.source(name))
            continue;
        bool direct = false;
        for (const QString &d : directFields)
            direct = direct || d.compare(name, Qt::CaseInsensitive) == 0;
        if (direct)
            continue;
        const QStringList allowed = allowedValues(field(name));
        problems << Messages::tr("%1 is required by the org's Lead but has no source; give it one with "
                                 "`hilal-sf mapping set --bot %2 %1 --from PARAM` or `--default VALUE`%3.")
                        .arg(name, botId,
                             allowed.isEmpty()
                                 ? QString()
                                 : Messages::tr(" (allowed values: %1)").arg(allowed.join(QStringLiteral(", "))));
    }
    for (const bots::LeadFieldSource &s : mapping.sources()) {
        const QJsonObject f = field(s.field);
        if (f.isEmpty()) {
            problems << Messages::tr("%1 is mapped (%2) but the org's Lead has no such field; unset it with "
                                     "`hilal-sf mapping unset --bot %3 %1`.")
                            .arg(s.field, s.summary(), botId);
            continue;
        }
        if (!f.value(QStringLiteral("createable")).toBool()) {
            problems << Messages::tr(
                            "%1 is mapped (%2) but the org does not let anyone set it on create; unset it with "
                            "`hilal-sf mapping unset --bot %3 %1`.")
                            .arg(s.field, s.summary(), botId);
            continue;
        }
        if (s.isParameter())
            continue;
        QString problem;
        convert(f, s.value, &problem);
        if (!problem.isEmpty())
            problems
                << Messages::tr("%1's default \"%2\" does not fit the field: it %3.").arg(s.field, s.value, problem);
    }
    return problems;
}

} // namespace hilal::actions
