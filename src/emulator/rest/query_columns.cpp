#include "emulator/rest/query_columns.h"

#include "emulator/store/schema.h"

#include "soql/ast.h"
#include "soql/parser.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hilal::emulator {

namespace {

QString apexTypeOf(FieldType type)
{
    switch (type) {
    case FieldType::Id:
    case FieldType::Reference:
        return QStringLiteral("Id");
    case FieldType::Boolean:
        return QStringLiteral("Boolean");
    case FieldType::Int:
        return QStringLiteral("Integer");
    case FieldType::Double:
    case FieldType::Currency:
    case FieldType::Percent:
        return QStringLiteral("Double");
    case FieldType::Date:
        return QStringLiteral("Date");
    case FieldType::DateTime:
        return QStringLiteral("Datetime");
    default:
        return QStringLiteral("String");
    }
}

// One column entry, with every key Salesforce sends (null where it has nothing to say).
QJsonObject column(const QString &name, const QString &displayName, const FieldDef *field, bool aggregate,
                   const QJsonArray &joinColumns = {})
{
    return QJsonObject {{QStringLiteral("aggregate"), aggregate},
                        {QStringLiteral("apexType"), field ? QJsonValue(apexTypeOf(field->type)) : QJsonValue()},
                        {QStringLiteral("booleanType"), field && field->type == FieldType::Boolean},
                        {QStringLiteral("columnName"), name},
                        {QStringLiteral("custom"), field && field->name.endsWith(QLatin1String("__c"))},
                        {QStringLiteral("displayName"), displayName},
                        {QStringLiteral("foreignKeyName"), QJsonValue()},
                        {QStringLiteral("insertable"), field && field->createable},
                        {QStringLiteral("joinColumns"), joinColumns},
                        {QStringLiteral("numberType"), field && isNumberType(field->type)},
                        {QStringLiteral("textType"), field && isTextType(field->type)},
                        {QStringLiteral("updatable"), field && field->updateable}};
}

struct Walker
{
    const Schema &schema;
    SfError error;

    bool fail(const QString &code, const QString &message)
    {
        if (error.errorCode.isEmpty())
            error = SfError {code, message, {}};
        return false;
    }

    // `Account.Owner.Name` from `object`: nested relationship entries down to the field.
    // `prefix` is the path so far, for displayName.
    std::optional<QJsonObject> path(const ObjectDef *object, const QStringList &parts, int from, const QString &prefix)
    {
        const QString &part = parts.at(from);
        const QString shown = prefix.isEmpty() ? QString() : prefix + QLatin1Char('.');
        if (from == parts.size() - 1) {
            const FieldDef *field = object->field(part);
            if (!field) {
                fail(QStringLiteral("INVALID_FIELD"),
                     QStringLiteral("No such column '%1' on entity '%2'.").arg(part, object->name));
                return std::nullopt;
            }
            return column(field->name, shown + field->name, field, false);
        }
        const FieldDef *lookup = object->fieldByRelationship(part);
        const ObjectDef *parent
            = lookup && !lookup->referenceTo.isEmpty() ? schema.object(lookup->referenceTo.first()) : nullptr;
        if (!parent) {
            fail(QStringLiteral("INVALID_FIELD"),
                 QStringLiteral("Didn't understand relationship '%1' in field path.").arg(part));
            return std::nullopt;
        }
        const std::optional<QJsonObject> inner = path(parent, parts, from + 1, shown + lookup->relationshipName);
        if (!inner)
            return std::nullopt;
        return column(lookup->relationshipName, shown + lookup->relationshipName, nullptr, false, QJsonArray {*inner});
    }

    // The columns of one SELECT list over `object`; `aggregating` when the query groups.
    std::optional<QJsonArray> columns(const soql::SelectQuery &query, const ObjectDef *object, bool aggregating)
    {
        QJsonArray out;
        int expr = 0;
        for (const soql::SelectItem &item : query.select) {
            switch (item.kind) {
            case soql::SelectItem::Kind::Field: {
                const QStringList &parts = item.field.parts;
                // An aggregate query's rows name a grouped path by its last part (or alias).
                if (aggregating) {
                    std::optional<QJsonObject> resolved = path(object, parts, 0, QString());
                    if (!resolved)
                        return std::nullopt;
                    QJsonObject leaf = *resolved;
                    while (!leaf.value(QStringLiteral("joinColumns")).toArray().isEmpty())
                        leaf = leaf.value(QStringLiteral("joinColumns")).toArray().first().toObject();
                    leaf.insert(QStringLiteral("columnName"),
                                item.alias.isEmpty() ? leaf.value(QStringLiteral("columnName")).toString()
                                                     : item.alias);
                    out.append(leaf);
                    break;
                }
                std::optional<QJsonObject> resolved = path(object, parts, 0, QString());
                if (!resolved)
                    return std::nullopt;
                out.append(*resolved);
                break;
            }
            case soql::SelectItem::Kind::Function: {
                const soql::FunctionCall &call = item.function;
                const bool grouping = soql::isAggregateFunction(call.function) || soql::isDateFunction(call.function);
                if (!grouping) { // toLabel(Status), FORMAT(Amount): the field's own column
                    if (call.args.empty() || call.args.front().kind != soql::Expression::Kind::Field)
                        return fail(QStringLiteral("MALFORMED_QUERY"),
                                    QStringLiteral("Unsupported function %1").arg(call.name)),
                               std::nullopt;
                    std::optional<QJsonObject> resolved = path(object, call.args.front().field.parts, 0, QString());
                    if (!resolved)
                        return std::nullopt;
                    out.append(*resolved);
                    break;
                }
                QStringList args;
                for (const soql::Expression &arg : call.args)
                    args.append(arg.kind == soql::Expression::Kind::Field ? arg.field.toString()
                                                                          : arg.function.name + QStringLiteral("(…)"));
                const QString text = call.name + QLatin1Char('(') + args.join(QStringLiteral(", ")) + QLatin1Char(')');
                const QString name = item.alias.isEmpty() ? QStringLiteral("expr%1").arg(expr++) : item.alias;
                out.append(column(name, item.alias.isEmpty() ? text : item.alias, nullptr, true));
                break;
            }
            case soql::SelectItem::Kind::Fields:
                for (const FieldDef &field : object->fields) {
                    const bool custom = field.name.endsWith(QLatin1String("__c"));
                    if ((item.fieldsScope == soql::FieldsScope::Custom && !custom)
                        || (item.fieldsScope == soql::FieldsScope::Standard && custom))
                        continue;
                    out.append(column(field.name, field.name, &field, false));
                }
                break;
            case soql::SelectItem::Kind::Subquery: {
                const soql::SelectQuery &sub = *item.subquery;
                const ChildRelationship *relationship = object->childRelationship(sub.from.object);
                const ObjectDef *child = relationship ? schema.object(relationship->childSObject) : nullptr;
                if (!child) {
                    return fail(QStringLiteral("INVALID_TYPE"),
                                QStringLiteral("Didn't understand relationship '%1' in FROM part of query call.")
                                    .arg(sub.from.object)),
                           std::nullopt;
                }
                const std::optional<QJsonArray> inner = columns(sub, child, false);
                if (!inner)
                    return std::nullopt;
                out.append(
                    column(relationship->relationshipName, relationship->relationshipName, nullptr, true, *inner));
                break;
            }
            case soql::SelectItem::Kind::TypeOf:
                return fail(QStringLiteral("MALFORMED_QUERY"), QStringLiteral("TYPEOF is not supported by this org")),
                       std::nullopt;
            }
        }
        return out;
    }
};

bool selectsId(const soql::SelectQuery &query)
{
    for (const soql::SelectItem &item : query.select) {
        if (item.kind == soql::SelectItem::Kind::Fields && item.fieldsScope != soql::FieldsScope::Custom)
            return true;
        if (item.kind == soql::SelectItem::Kind::Field && item.field.parts.size() == 1
            && item.field.parts.first().compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

StoreResult QueryColumns::describe(const QString &soql, const Schema &schema)
{
    const soql::ParseResult parsed = soql::Parser::parse(soql);
    if (!parsed.ok())
        return StoreResult::failure(400, SfError {QStringLiteral("MALFORMED_QUERY"), parsed.error.toString(), {}});
    const soql::SelectQuery &query = *parsed.query;
    const ObjectDef *object = schema.object(query.from.object);
    if (!object) {
        return StoreResult::failure(
            400,
            SfError {QStringLiteral("INVALID_TYPE"),
                     QStringLiteral("sObject type '%1' is not supported.").arg(query.from.object),
                     {}});
    }
    const bool aggregating = soql::isAggregateQuery(query);
    Walker walker {schema, {}};
    const std::optional<QJsonArray> columns = walker.columns(query, object, aggregating);
    if (!columns)
        return StoreResult::failure(400, walker.error);
    return StoreResult::success(
        200,
        QJsonObject {
            {QStringLiteral("columnMetadata"), *columns},
            {QStringLiteral("entityName"), object->name},
            {QStringLiteral("groupBy"), query.groupBy.kind != soql::GroupBy::Kind::None},
            {QStringLiteral("idSelected"), selectsId(query)},
            {QStringLiteral("keyPrefix"), object->keyPrefix.isEmpty() ? QJsonValue() : QJsonValue(object->keyPrefix)}});
}

} // namespace hilal::emulator
