#include "emulator/store/custom_fields.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace hilal::emulator {

namespace {

// Salesforce's limits for custom fields (docs/custom-fields.md).
constexpr int kMaxTextLength = 255;
constexpr int kMaxLongTextLength = 131072;
constexpr int kEmailLength = 80;
constexpr int kPhoneLength = 40;

const QStringList &typeNames()
{
    static const QStringList names {QStringLiteral("string"), QStringLiteral("textarea"), QStringLiteral("email"),
                                    QStringLiteral("phone"),  QStringLiteral("picklist"), QStringLiteral("boolean"),
                                    QStringLiteral("date"),   QStringLiteral("double")};
    return names;
}

FieldType typeFromName(const QString &name)
{
    static const QMap<QString, FieldType> map {
        {QStringLiteral("string"), FieldType::String},     {QStringLiteral("textarea"), FieldType::TextArea},
        {QStringLiteral("email"), FieldType::Email},       {QStringLiteral("phone"), FieldType::Phone},
        {QStringLiteral("picklist"), FieldType::Picklist}, {QStringLiteral("boolean"), FieldType::Boolean},
        {QStringLiteral("date"), FieldType::Date},         {QStringLiteral("double"), FieldType::Double}};
    return map.value(name, FieldType::String);
}

// "Chat_Transcript__c" → "Chat Transcript", the label Setup proposes for a field name.
QString labelFromName(const QString &name)
{
    QString label = name.chopped(3);
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    return label.simplified();
}

// One field's JSON → FieldDef, or a sentence in *error naming `where` ("Lead.Region__c").
std::optional<FieldDef> parseField(const QString &object, const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("Each custom field of %1 must be a JSON object with at least \"name\" and \"type\".")
                     .arg(object);
        return std::nullopt;
    }
    const QJsonObject j = value.toObject();
    static const QSet<QString> known {
        QStringLiteral("name"),       QStringLiteral("label"),    QStringLiteral("type"),
        QStringLiteral("length"),     QStringLiteral("required"), QStringLiteral("values"),
        QStringLiteral("externalId"), QStringLiteral("unique"),   QStringLiteral("default")};
    const QString name = j.value(QStringLiteral("name")).toString();
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*__c$"));
    if (!nameRe.match(name).hasMatch()) {
        *error = QStringLiteral(
                     "%1: custom field name '%2' is not valid; a name starts with a letter, uses letters, digits "
                     "and single underscores, and ends in __c (e.g. Region__c).")
                     .arg(object, name);
        return std::nullopt;
    }
    const QString where = object + QLatin1Char('.') + name;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (!known.contains(it.key())) {
            *error
                = QStringLiteral("%1: unknown key '%2'; a field may have name, label, type, length, required, values, "
                                 "externalId, unique, default.")
                      .arg(where, it.key());
            return std::nullopt;
        }
    }
    const QString typeName = j.value(QStringLiteral("type")).toString();
    if (!typeNames().contains(typeName)) {
        *error = QStringLiteral("%1: type '%2' is not supported; use one of %3.")
                     .arg(where, typeName, typeNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    for (const char *flag : {"required", "externalId", "unique"}) {
        const QJsonValue v = j.value(QLatin1String(flag));
        if (!v.isUndefined() && !v.isBool()) {
            *error = QStringLiteral("%1: \"%2\" must be true or false.").arg(where, QLatin1String(flag));
            return std::nullopt;
        }
    }
    FieldDef f;
    f.name = name;
    f.label = j.value(QStringLiteral("label")).toString(labelFromName(name));
    f.type = typeFromName(typeName);
    f.externalId = j.value(QStringLiteral("externalId")).toBool();
    f.unique = j.value(QStringLiteral("unique")).toBool();
    const bool required = j.value(QStringLiteral("required")).toBool();

    // Length: text types only, within Salesforce's limits for the type.
    const QJsonValue lengthValue = j.value(QStringLiteral("length"));
    int maxLength = 0;
    switch (f.type) {
    case FieldType::String:
        f.length = kMaxTextLength;
        maxLength = kMaxTextLength;
        break;
    case FieldType::TextArea:
        f.length = kMaxTextLength;
        maxLength = kMaxLongTextLength;
        break;
    case FieldType::Email:
        f.length = kEmailLength;
        break;
    case FieldType::Phone:
        f.length = kPhoneLength;
        break;
    case FieldType::Picklist:
        f.length = kMaxTextLength;
        break;
    default:
        break;
    }
    if (!lengthValue.isUndefined()) {
        const double l = lengthValue.toDouble(-1);
        if (maxLength == 0) {
            *error = QStringLiteral(
                         "%1: \"length\" applies to string and textarea fields only; a %2 field's length is fixed.")
                         .arg(where, typeName);
            return std::nullopt;
        }
        if (!lengthValue.isDouble() || l < 1 || l > maxLength || l != int(l)) {
            *error = QStringLiteral("%1: \"length\" must be a whole number from 1 to %2 for a %3 field.")
                         .arg(where)
                         .arg(maxLength)
                         .arg(typeName);
            return std::nullopt;
        }
        f.length = int(l);
    }
    if (f.type == FieldType::Double) {
        f.precision = 18;
        f.scale = 2;
    }

    // Picklist values: required for picklists, refused elsewhere. Custom picklists here are
    // restricted, so a value outside the list is INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST.
    const QJsonValue values = j.value(QStringLiteral("values"));
    if (f.type == FieldType::Picklist) {
        if (!values.isArray() || values.toArray().isEmpty()) {
            *error = QStringLiteral("%1: a picklist needs \"values\", a non-empty list of strings.").arg(where);
            return std::nullopt;
        }
        QSet<QString> seen;
        for (const QJsonValue &v : values.toArray()) {
            const QString text = v.toString();
            if (!v.isString() || text.trimmed().isEmpty() || text.size() > kMaxTextLength) {
                *error = QStringLiteral("%1: every picklist value must be a non-blank string of at most %2 characters.")
                             .arg(where)
                             .arg(kMaxTextLength);
                return std::nullopt;
            }
            if (seen.contains(text.toLower())) {
                *error = QStringLiteral("%1: the picklist value '%2' is listed twice.").arg(where, text);
                return std::nullopt;
            }
            seen.insert(text.toLower());
            f.picklist.append({text, text, false});
        }
        f.restrictedPicklist = true;
    } else if (!values.isUndefined()) {
        *error = QStringLiteral("%1: \"values\" applies to picklist fields only.").arg(where);
        return std::nullopt;
    }

    // External Ids and unique: the types Salesforce allows them on.
    const bool keyable = f.type == FieldType::String || f.type == FieldType::Email || f.type == FieldType::Double;
    if ((f.externalId || f.unique) && !keyable) {
        *error = QStringLiteral("%1: \"externalId\" and \"unique\" apply to string, email and double fields only.")
                     .arg(where);
        return std::nullopt;
    }

    // Default: checked against the type (and the picklist's values).
    const QJsonValue def = j.value(QStringLiteral("default"));
    if (!def.isUndefined() && !def.isNull()) {
        QString text;
        bool ok = true;
        switch (f.type) {
        case FieldType::Boolean:
            ok = def.isBool();
            text = def.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case FieldType::Double:
            ok = def.isDouble();
            text = QString::number(def.toDouble(), 'g', 17);
            break;
        case FieldType::Date:
            text = def.toString();
            ok = def.isString() && QDate::fromString(text, Qt::ISODate).isValid() && text.size() == 10;
            break;
        default:
            ok = def.isString() && !def.toString().isEmpty() && def.toString().size() <= f.length;
            text = def.toString();
            break;
        }
        if (!ok) {
            *error = QStringLiteral("%1: \"default\" %2 does not fit a %3 field.")
                         .arg(where,
                              QString::fromUtf8(QJsonDocument(QJsonArray {def}).toJson(QJsonDocument::Compact))
                                  .mid(1)
                                  .chopped(1),
                              typeName);
            return std::nullopt;
        }
        if (f.type == FieldType::Picklist) {
            bool found = false;
            for (PicklistValue &v : f.picklist) {
                if (v.value == text) {
                    v.isDefault = true;
                    found = true;
                }
            }
            if (!found) {
                *error = QStringLiteral("%1: the default '%2' is not one of the picklist's values.").arg(where, text);
                return std::nullopt;
            }
        }
        f.defaultValue = text;
        f.defaulted = true;
    }
    if (f.type == FieldType::Boolean) {
        // Checkboxes are never null: false unless a default says otherwise.
        f.nillable = false;
        f.defaulted = true;
        if (f.defaultValue.isEmpty())
            f.defaultValue = QStringLiteral("false");
    } else {
        f.nillable = !required;
    }
    return f;
}

} // namespace

std::optional<CustomFields> CustomFields::fromJson(const QByteArray &json, QString *error)
{
    QString problem;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(QStringLiteral("The custom fields are not valid JSON (%1 at offset %2).")
                        .arg(parse.errorString())
                        .arg(parse.offset));
    if (!doc.isObject())
        return fail(QStringLiteral(
            "The custom fields must be a JSON object of sObject name → list of fields, "
            "e.g. {\"Lead\": [{\"name\": \"Region__c\", \"type\": \"picklist\", \"values\": [\"EMEA\"]}]}."));
    const Schema &standard = Schema::standard();
    CustomFields out;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const ObjectDef *o = standard.object(it.key());
        if (!o || !o->createable) {
            QStringList names;
            for (const ObjectDef &d : standard.objects()) {
                if (d.createable)
                    names << d.name;
            }
            return fail(QStringLiteral("'%1' is not an sObject the local org can add fields to; use one of %2.")
                            .arg(it.key(), names.join(QStringLiteral(", "))));
        }
        if (!it.value().isArray())
            return fail(QStringLiteral("The custom fields of %1 must be a JSON list of field objects.").arg(o->name));
        QList<FieldDef> &list = out.m_fields[o->name];
        for (const QJsonValue &v : it.value().toArray()) {
            std::optional<FieldDef> f = parseField(o->name, v, &problem);
            if (!f)
                return fail(problem);
            for (const FieldDef &seen : list) {
                if (seen.name.compare(f->name, Qt::CaseInsensitive) == 0)
                    return fail(QStringLiteral("%1.%2 is defined twice.").arg(o->name, f->name));
            }
            list.append(*f);
        }
    }
    return out;
}

std::optional<CustomFields> CustomFields::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Could not read the custom fields file %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    std::optional<CustomFields> fields = fromJson(file.readAll(), &problem);
    if (!fields && error)
        *error = QStringLiteral("%1: %2").arg(path, problem);
    return fields;
}

CustomFields CustomFields::demo()
{
    static const QByteArray json = R"({"Lead": [
        {"name": "Chat_Channel__c", "label": "Chat Channel", "type": "picklist", "required": true,
         "values": ["Web", "WhatsApp", "Messenger", "Instagram"], "default": "Web"},
        {"name": "Chat_Transcript__c", "label": "Chat Transcript", "type": "textarea", "length": 32768},
        {"name": "Hilal_Request_Id__c", "label": "Hilal Request ID", "type": "string", "length": 64,
         "externalId": true, "unique": true}
    ]})";
    QString error;
    std::optional<CustomFields> fields = fromJson(json, &error);
    Q_ASSERT_X(fields, "CustomFields::demo", qPrintable(error));
    return fields ? *fields : CustomFields();
}

void CustomFields::merge(const CustomFields &other)
{
    for (auto it = other.m_fields.cbegin(); it != other.m_fields.cend(); ++it) {
        QList<FieldDef> &list = m_fields[it.key()];
        for (const FieldDef &f : it.value()) {
            auto same = std::find_if(list.begin(), list.end(), [&f](const FieldDef &g) {
                return g.name.compare(f.name, Qt::CaseInsensitive) == 0;
            });
            if (same != list.end())
                *same = f;
            else
                list.append(f);
        }
    }
}

void CustomFields::apply(Schema *schema) const
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        for (const FieldDef &f : it.value())
            schema->addOrReplaceField(it.key(), f);
    }
}

} // namespace hilal::emulator
