#include "results/record_flattener.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace hilal::results {

void RecordFlattener::seedColumns(const QStringList &paths)
{
    for (const QString &path : paths)
        columnFor(path);
}

QStringList RecordFlattener::columnsFor(const soql::SelectQuery &query)
{
    const bool aggregate = query.groupBy.kind != soql::GroupBy::Kind::None
        || std::any_of(query.select.begin(), query.select.end(), [](const soql::SelectItem &item) {
                               return item.kind == soql::SelectItem::Kind::Function
                                   && soql::isAggregateFunction(item.function.function);
                           });
    QStringList columns;
    int expr = 0; // Salesforce names unaliased aggregate columns expr0, expr1, … in SELECT order
    for (const soql::SelectItem &item : query.select) {
        switch (item.kind) {
        case soql::SelectItem::Kind::Field:
            if (!item.alias.isEmpty())
                columns.append(item.alias);
            else
                columns.append(aggregate ? item.field.parts.value(item.field.parts.size() - 1) : item.field.toString());
            break;
        case soql::SelectItem::Kind::Function: {
            if (!item.alias.isEmpty()) {
                columns.append(item.alias);
                break;
            }
            // toLabel(Status), FORMAT(Amount), convertCurrency(Amount) keep the field's name in a
            // plain query; everything else in an aggregate query is exprN.
            const auto &args = item.function.args;
            const bool wrapsField = !aggregate && !args.empty() && args.front().kind == soql::Expression::Kind::Field;
            if (wrapsField)
                columns.append(args.front().field.toString());
            else if (aggregate)
                columns.append(QStringLiteral("expr%1").arg(expr++));
            break;
        }
        case soql::SelectItem::Kind::Subquery:
            if (item.subquery)
                columns.append(item.subquery->from.object);
            break;
        case soql::SelectItem::Kind::Fields:
        case soql::SelectItem::Kind::TypeOf:
            break; // the fields come from the org; the first records name them
        }
    }
    return columns;
}

void RecordFlattener::clear()
{
    m_columns.clear();
    m_index.clear();
    m_folded.clear();
    m_parents.clear();
    m_nullOnly.clear();
}

void RecordFlattener::rememberParents(const QString &path)
{
    for (int dot = int(path.indexOf(QLatin1Char('.'))); dot > 0; dot = int(path.indexOf(QLatin1Char('.'), dot + 1)))
        m_parents.insert(path.left(dot).toCaseFolded());
}

int RecordFlattener::columnFor(const QString &path)
{
    const auto exact = m_index.constFind(path);
    if (exact != m_index.constEnd())
        return exact.value();
    // SOQL names are case-insensitive: a column seeded as written ("account.name") is the org's
    // "Account.Name"; the header takes the org's spelling.
    const QString folded = path.toCaseFolded();
    const auto loose = m_folded.constFind(folded);
    if (loose != m_folded.constEnd()) {
        const int column = loose.value();
        m_index.remove(m_columns.at(column));
        m_columns[column] = path;
        m_index.insert(path, column);
        return column;
    }
    // "Account" seen only as null and now "Account.Name": the column was the lookup's placeholder.
    for (int dot = int(path.lastIndexOf(QLatin1Char('.'))); dot > 0;
         dot = int(path.lastIndexOf(QLatin1Char('.'), dot - 1))) {
        const QString parent = path.left(dot);
        if (m_nullOnly.remove(parent)) {
            const int column = m_index.take(parent);
            m_folded.remove(parent.toCaseFolded());
            m_columns[column] = path;
            m_index.insert(path, column);
            m_folded.insert(folded, column);
            rememberParents(path);
            return column;
        }
    }
    const int column = int(m_columns.size());
    m_columns.append(path);
    m_index.insert(path, column);
    m_folded.insert(folded, column);
    rememberParents(path);
    return column;
}

FlatPage RecordFlattener::flatten(const QJsonArray &records)
{
    FlatPage page;
    page.rows.reserve(records.size());
    for (const QJsonValue &value : records)
        page.rows.append(flattenRecord(value.toObject()));
    page.columns = m_columns;
    return page;
}

FlatRow RecordFlattener::flattenRecord(const QJsonObject &record)
{
    FlatRow row;
    row.reserve(m_columns.size());
    flattenInto(record, QString(), row);
    return row;
}

bool RecordFlattener::isQueryResult(const QJsonObject &object)
{
    // An embedded subquery result, as opposed to a parent record (which has "attributes").
    return object.contains(QLatin1String("records")) && object.contains(QLatin1String("totalSize"))
        && !object.contains(QLatin1String("attributes"));
}

void RecordFlattener::flattenInto(const QJsonObject &object, const QString &prefix, FlatRow &row)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("attributes"))
            continue;
        const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        const QJsonValue value = it.value();
        if (value.isObject()) {
            const QJsonObject child = value.toObject();
            if (isQueryResult(child)) {
                SubqueryCell cell;
                cell.relationship = key;
                cell.totalSize = child.value(QLatin1String("totalSize")).toInt();
                cell.records = child.value(QLatin1String("records")).toArray();
                const int column = columnFor(path);
                if (row.size() <= column)
                    row.resize(column + 1);
                row[column] = QVariant::fromValue(cell);
            } else {
                flattenInto(child, path, row);
            }
            continue;
        }
        // A null may be a plain field or a lookup ("Account": null) whose subfields are not known
        // yet; the column is kept in SELECT order and renamed once a subfield shows up.
        if (value.isNull() && m_parents.contains(path.toCaseFolded()))
            continue; // a null lookup whose subfield columns are known: those cells stay empty
        const bool known = m_index.contains(path) || m_folded.contains(path.toCaseFolded());
        const int column = columnFor(path);
        if (!known && value.isNull())
            m_nullOnly.insert(path);
        else if (!value.isNull())
            m_nullOnly.remove(path);
        if (row.size() <= column)
            row.resize(column + 1);
        row[column] = scalar(value);
    }
}

QString RecordFlattener::text(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return QString();
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
        return QString::number(cell.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::LongLong:
        return QString::number(cell.toLongLong());
    default:
        break;
    }
    if (cell.canConvert<SubqueryCell>() && cell.userType() == qMetaTypeId<SubqueryCell>())
        return cell.value<SubqueryCell>().displayText();
    return cell.toString();
}

QVariant RecordFlattener::scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Qt keeps integral JSON numbers exactly; report them as integers so 212 shows as 212.
        const qint64 i = value.toInteger(std::numeric_limits<qint64>::min());
        if (i != std::numeric_limits<qint64>::min() && double(i) == d)
            return i;
        return d;
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        return value.toVariant();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QVariant();
}

} // namespace hilal::results
