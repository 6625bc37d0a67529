#include "emulator/store/duplicate_rules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace hilal::emulator {

std::optional<DuplicateRules::Mode> DuplicateRules::modeFromName(const QString &name)
{
    if (name == QLatin1String("off"))
        return Mode::Off;
    if (name == QLatin1String("alert"))
        return Mode::Alert;
    if (name == QLatin1String("block"))
        return Mode::Block;
    return std::nullopt;
}

QString DuplicateRules::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Alert:
        return QStringLiteral("alert");
    case Mode::Block:
        return QStringLiteral("block");
    case Mode::Off:
        break;
    }
    return QStringLiteral("off");
}

bool DuplicateRules::headerAllowsSave(const QByteArray &headerValue)
{
    // "allowSave=true", possibly among other name=value pairs separated by ';' or ','.
    for (QByteArray part : headerValue.split(';')) {
        for (QByteArray pair : part.split(',')) {
            pair = pair.trimmed().toLower();
            if (pair.replace(' ', "") == "allowsave=true")
                return true;
        }
    }
    return false;
}

QStringList DuplicateRules::matches(const QSqlDatabase &db, const ObjectDef &object, const QVariantMap &values)
{
    if (object.name != QLatin1String("Lead"))
        return {};
    const QString email = values.value(QStringLiteral("Email")).toString();
    const QString lastName = values.value(QStringLiteral("LastName")).toString();
    const QString company = values.value(QStringLiteral("Company")).toString();
    // The columns are NOCASE, so `=` ignores case as Salesforce's exact matching does.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT \"Id\" FROM \"Lead\" WHERE \"IsDeleted\" = 0 AND ((? <> '' AND \"Email\" = ?) "
                             "OR (? <> '' AND ? <> '' AND \"LastName\" = ? AND \"Company\" = ?)) ORDER BY "
                             "\"CreatedDate\", \"Id\" LIMIT 100"));
    q.addBindValue(email);
    q.addBindValue(email);
    q.addBindValue(lastName);
    q.addBindValue(company);
    q.addBindValue(lastName);
    q.addBindValue(company);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

SfError DuplicateRules::error(Mode mode, const ObjectDef &object, const QStringList &ids)
{
    QJsonArray records;
    for (const QString &id : ids) {
        records.append(QJsonObject {
            {QStringLiteral("additionalInformation"), QJsonArray()},
            {QStringLiteral("fieldDiffs"), QJsonArray()},
            {QStringLiteral("matchConfidence"), 100.0},
            {QStringLiteral("record"),
             QJsonObject {{QStringLiteral("attributes"), QJsonObject {{QStringLiteral("type"), object.name}}},
                          {QStringLiteral("Id"), id}}}});
    }
    const QJsonObject matchResult {
        {QStringLiteral("entityType"), object.name},
        {QStringLiteral("errors"), QJsonArray()},
        {QStringLiteral("matchEngine"), QStringLiteral("ExactMatchEngine")},
        {QStringLiteral("matchRecords"), records},
        {QStringLiteral("rule"), QStringLiteral("Standard_%1_Match_Rule_v1_0").arg(object.name)},
        {QStringLiteral("size"), int(ids.size())},
        {QStringLiteral("success"), true}};
    const QJsonObject duplicateResult {
        {QStringLiteral("allowSave"), mode == Mode::Alert},
        {QStringLiteral("duplicateRule"), QStringLiteral("Standard_Rule_for_%1s_with_Duplicate_%1s").arg(object.name)},
        {QStringLiteral("duplicateRuleEntityType"), object.name},
        {QStringLiteral("errorMessage"),
         QStringLiteral("You're creating a duplicate record. We recommend you use an existing record instead.")},
        {QStringLiteral("matchResults"), QJsonArray {matchResult}}};
    SfError e {QStringLiteral("DUPLICATES_DETECTED"), QStringLiteral("Use one of these records?"), {}, true};
    e.extra.insert(QStringLiteral("duplicateResult"), duplicateResult);
    return e;
}

} // namespace hilal::emulator
