#include "results/result_table.h"

#include "results/record_flattener.h"
#include "soql/ast.h"

#include <QCoreApplication>

#include <algorithm>

namespace hilal::results {

QString SubqueryCell::displayText() const
{
    if (totalSize == 0)
        return QString();
    //: A subquery cell in the results grid, e.g. "3 Contacts".
    return QCoreApplication::translate("hilal::results::SubqueryCell", "%1 %2")
        .arg(QString::number(totalSize), relationship);
}

void ResultTable::appendPage(const QJsonArray &records)
{
    if (records.isEmpty())
        return;
    pageStarts.append(rows);
    pages.append(records);
    rows += int(records.size());
}

QJsonObject ResultTable::record(int row) const
{
    if (row < 0 || row >= rows)
        return {};
    const auto it = std::upper_bound(pageStarts.cbegin(), pageStarts.cend(), row);
    const int page = int(it - pageStarts.cbegin()) - 1;
    return pages.at(page).at(row - pageStarts.at(page)).toObject();
}

namespace {

// A key as the org spelled it, or (SOQL names being case-insensitive) as the query wrote it.
QJsonValue member(const QJsonObject &object, const QString &key)
{
    const QJsonValue exact = object.value(key);
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool isSubqueryResult(const QJsonObject &object)
{
    return object.contains(QLatin1String("records")) && object.contains(QLatin1String("totalSize"))
        && !object.contains(QLatin1String("attributes"));
}

} // namespace

QVariant ResultTable::cell(int row, int column) const
{
    if (column < 0 || column >= columnParts.size())
        return {};
    QJsonObject object = record(row);
    const QStringList &parts = columnParts.at(column);
    for (int i = 0; i < parts.size(); ++i) {
        const QJsonValue value = member(object, parts.at(i));
        if (i + 1 < parts.size()) {
            if (!value.isObject())
                return {}; // a null lookup: every field under it is empty
            object = value.toObject();
            continue;
        }
        if (value.isObject() && isSubqueryResult(value.toObject())) {
            const QJsonObject result = value.toObject();
            SubqueryCell cell;
            cell.relationship = parts.at(i);
            cell.totalSize = result.value(QLatin1String("totalSize")).toInt();
            cell.records = result.value(QLatin1String("records")).toArray();
            return QVariant::fromValue(cell);
        }
        return RecordFlattener::scalar(value);
    }
    return {};
}

void ResultTable::setQuery(const soql::SelectQuery &query)
{
    setColumns(RecordFlattener::columnsFor(query));
    for (const soql::SelectItem &item : query.select) {
        if (item.kind != soql::SelectItem::Kind::Subquery || !item.subquery)
            continue;
        const int column = int(columns.indexOf(item.subquery->from.object));
        if (column >= 0)
            childColumns[column] = RecordFlattener::columnsFor(*item.subquery);
    }
}

void ResultTable::setColumns(const QStringList &names)
{
    columns = names;
    columnParts.clear();
    columnParts.reserve(names.size());
    for (const QString &name : names)
        columnParts.append(name.split(QLatin1Char('.')));
    childColumns.resize(names.size());
}

void ResultTable::clearRows()
{
    pages.clear();
    pageStarts.clear();
    rows = 0;
}

QStringList ResultTable::flatColumns() const
{
    QStringList out;
    for (int c = 0; c < columns.size(); ++c) {
        const QStringList &children = childColumns.value(c);
        if (children.isEmpty()) {
            out.append(columns.at(c));
            continue;
        }
        for (const QString &child : children)
            out.append(columns.at(c) + QLatin1Char('.') + child);
    }
    return out;
}

QVector<FlatRow> ResultTable::flatRows(int row) const
{
    // Each subquery column is a small table of its own, read with the same cell rules.
    QVector<ResultTable> children(columns.size());
    int height = 1;
    for (int c = 0; c < columns.size(); ++c) {
        if (childColumns.value(c).isEmpty())
            continue;
        const QVariant value = cell(row, c);
        if (value.userType() != qMetaTypeId<SubqueryCell>())
            continue;
        children[c].setColumns(childColumns.at(c));
        children[c].appendPage(value.value<SubqueryCell>().records);
        height = std::max(height, children[c].rowCount());
    }
    QVector<FlatRow> out(height);
    for (int line = 0; line < height; ++line) {
        FlatRow &flat = out[line];
        for (int c = 0; c < columns.size(); ++c) {
            const QStringList &sub = childColumns.value(c);
            if (sub.isEmpty()) {
                flat.append(line == 0 ? cell(row, c) : QVariant());
                continue;
            }
            for (int s = 0; s < sub.size(); ++s)
                flat.append(line < children.at(c).rowCount() ? children.at(c).cell(line, s) : QVariant());
        }
    }
    return out;
}

} // namespace hilal::results
