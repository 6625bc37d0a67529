#include "emulator/soql/plan_runner.h"

#include "emulator/soql/parent_hash_join.h"
#include "emulator/soql/query_error.h"
#include "emulator/soql/soql_scope.h"
#include "emulator/soql/sqlite_row_reader.h"
#include "emulator/store/internal_error.h"
#include "emulator/store/record_codec.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hilal::emulator::soqlexec {

namespace {

constexpr int kMaxAggregateRows = 2000;

} // namespace

PlanRunner::PlanRunner(const QString &connectionName, const Schema &schema)
    : m_connectionName(connectionName)
    , m_schema(&schema)
{
}

QSqlDatabase PlanRunner::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void PlanRunner::sqlFailure(const QSqlQuery &q)
{
    sqlFailure(q.lastError().text());
}

void PlanRunner::sqlFailure(const QString &error)
{
    throw QueryError {QStringLiteral("UNKNOWN_EXCEPTION"),
                      InternalError::report(QStringLiteral("could not run a query"), error), kInternalFailure};
}

QString PlanRunner::idsSql(const SelectPlan &p)
{
    return orderedSql(p, QStringLiteral("t0.rowid"));
}

// SELECT `what` over the plan's matching rows, in the REST answer's order.
QString PlanRunner::orderedSql(const SelectPlan &p, const QString &what)
{
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                      .arg(what, p.from, p.where.isEmpty() ? QStringLiteral("1") : p.where);
    sql += QStringLiteral(" ORDER BY ") + (p.orderBy.isEmpty() ? QString() : p.orderBy + QStringLiteral(", "))
        + QStringLiteral("t0.rowid");
    sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(p.limit ? *p.limit : -1).arg(p.offset ? *p.offset : 0);
    return sql;
}

std::vector<qint64> PlanRunner::matchingRowIds(const SelectPlan &p)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(idsSql(p)))
        sqlFailure(q);
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

qint64 PlanRunner::countMatches(const SelectPlan &p)
{
    QSqlQuery q(database());
    // One multi-arg call: a LIKE pattern inside `where` may contain "%3" and must stay literal.
    const QString inner = QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT %3 OFFSET %4")
                              .arg(p.from, p.where.isEmpty() ? QStringLiteral("1") : p.where,
                                   QString::number(p.limit ? *p.limit : -1), QString::number(p.offset ? *p.offset : 0));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(inner)) || !q.next())
        sqlFailure(q);
    return q.value(0).toLongLong();
}

QJsonValue PlanRunner::columnValue(const OutputColumn &c, const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (c.kind) {
    case ValueKind::Field:
        return RecordCodec::toJson(*c.field, v);
    case ValueKind::Integer:
        return v.toLongLong();
    case ValueKind::Double:
        return v.toDouble();
    case ValueKind::Date:
    case ValueKind::Text:
        return v.toString();
    }
    return QJsonValue::Null;
}

// What columnValue gives, as CSV text (docs/bulk-api.md). Straight from the stored value: a
// million-row Bulk job would otherwise spend most of its time making JSON values.
QByteArrayView PlanRunner::cellText(const OutputColumn &c, SqliteRowReader &row, int column, QByteArray &scratch)
{
    if (row.isNull(column))
        return {};
    const bool isField = c.kind == ValueKind::Field;
    const FieldType type = isField ? c.field->type : FieldType::String;
    if (isField && type == FieldType::Boolean)
        return row.integer(column) != 0 ? QByteArrayView("true") : QByteArrayView("false");
    if (c.kind == ValueKind::Integer || (isField && type == FieldType::Int))
        return scratch.setNum(row.integer(column));
    if (c.kind == ValueKind::Double
        || (isField && (type == FieldType::Double || type == FieldType::Currency || type == FieldType::Percent))) {
        const double d = row.real(column);
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return scratch.setNum(qint64(d));
        return scratch.setNum(d, 'g', 15);
    }
    const QByteArrayView text = row.text(column);
    if (isField && type == FieldType::DateTime) {
        // Stored as "yyyy-MM-dd HH:mm:ss.zzz" in UTC; CSV writes "yyyy-MM-ddTHH:mm:ss.zzzZ".
        if (text.size() == 23 && text.at(10) == ' ') {
            scratch.resize(0);
            scratch.append(text);
            scratch[10] = 'T';
            return scratch.append('Z');
        }
        const QString api = RecordCodec::toApiDateTime(RecordCodec::fromStorageDateTime(QString::fromUtf8(text)));
        return scratch = (api.chopped(5) + QLatin1Char('Z')).toUtf8();
    }
    return text;
}

QJsonObject PlanRunner::attributes(const QString &type, const QString &id, const QString &apiVersion)
{
    return QJsonObject {
        {QStringLiteral("type"), type},
        {QStringLiteral("url"), QStringLiteral("/services/data/v%1/sobjects/%2/%3").arg(apiVersion, type, id)}};
}

// Builds the JSON object for the record (or parent) at `prefix` from one SQL row.
QJsonObject PlanRunner::renderObject(const SelectPlan &p, const QVariantList &row, const QStringList &prefix,
                                     const ObjectDef *object, const QString &id, const QString &apiVersion,
                                     const std::map<int, QJsonValue> &childValues) const
{
    QJsonObject o {{QStringLiteral("attributes"), attributes(object->name, id, apiVersion)}};
    QStringList doneRelationships;
    for (const OutputItem &item : p.items) {
        if (item.isChild) {
            if (prefix.isEmpty()) {
                const auto it = childValues.find(item.index);
                o.insert(p.children.at(item.index).relationshipName,
                         it == childValues.end() ? QJsonValue(QJsonValue::Null) : it->second);
            }
            continue;
        }
        const OutputColumn &c = p.columns.at(item.index);
        if (c.relPath.size() < prefix.size() || c.relPath.mid(0, prefix.size()) != prefix)
            continue;
        if (c.relPath.size() == prefix.size()) {
            o.insert(c.key, columnValue(c, row.at(c.column)));
            continue;
        }
        const QStringList next = c.relPath.mid(0, prefix.size() + 1);
        const QString rel = next.last();
        if (doneRelationships.contains(rel))
            continue;
        doneRelationships << rel;
        int idColumn = -1;
        for (const auto &[path, column] : p.parentIdColumns) {
            if (path == next)
                idColumn = column;
        }
        const QVariant parentId = idColumn >= 0 ? row.at(idColumn) : QVariant();
        if (parentId.isNull()) {
            o.insert(rel, QJsonValue::Null);
            continue;
        }
        // The parent's type: the reference target of the relationship on the current object.
        const FieldDef *ref = object->fieldByRelationship(rel);
        const ObjectDef *target = ref ? referenceTarget(*m_schema, *ref) : nullptr;
        if (!target)
            continue;
        o.insert(rel, renderObject(p, row, next, target, parentId.toString(), apiVersion, {}));
    }
    return o;
}

// Fetches the rows of `rowIds` (in that order) and renders them, children included.
QJsonArray PlanRunner::fetchRecords(const SelectPlan &p, const std::vector<qint64> &rowIds, size_t from, size_t count,
                                    const QString &apiVersion, bool includeDeleted)
{
    QJsonArray out;
    const size_t end = std::min(rowIds.size(), from + count);
    if (from >= end)
        return out;
    QStringList idList;
    for (size_t i = from; i < end; ++i)
        idList << QString::number(rowIds[i]);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT t0.rowid, %1 FROM %2 WHERE t0.rowid IN (%3)")
                            .arg(p.selectSql.join(QStringLiteral(", ")), p.from, idList.join(QLatin1Char(',')));
    if (!q.exec(sql))
        sqlFailure(q);
    QHash<qint64, QVariantList> rows;
    const int n = int(p.selectSql.size());
    while (q.next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << q.value(i + 1);
        rows.insert(q.value(0).toLongLong(), row);
    }
    // Children: one query per subquery for the whole page.
    std::vector<QHash<QString, QJsonArray>> childRecords(p.children.size());
    if (!p.children.empty()) {
        QStringList parentIds;
        for (const auto &row : std::as_const(rows))
            parentIds << QLatin1Char('\'') + row.at(0).toString() + QLatin1Char('\'');
        for (size_t ci = 0; ci < p.children.size(); ++ci)
            childRecords[ci] = fetchChildren(p.children[ci], parentIds, apiVersion, includeDeleted);
    }
    for (size_t i = from; i < end; ++i) {
        const auto it = rows.constFind(rowIds[i]);
        if (it == rows.constEnd())
            continue;
        std::map<int, QJsonValue> childValues;
        for (size_t ci = 0; ci < p.children.size(); ++ci) {
            const QJsonArray records = childRecords[ci].value(it->at(0).toString());
            if (!records.isEmpty())
                childValues[int(ci)] = QJsonObject {{QStringLiteral("totalSize"), records.size()},
                                                    {QStringLiteral("done"), true},
                                                    {QStringLiteral("records"), records}};
        }
        out.append(renderObject(p, *it, {}, p.object, it->at(0).toString(), apiVersion, childValues));
    }
    return out;
}

QHash<QString, QJsonArray> PlanRunner::fetchChildren(const ChildPlan &c, const QStringList &parentIds,
                                                     const QString &apiVersion, bool includeDeleted)
{
    QHash<QString, QJsonArray> byParent;
    if (parentIds.isEmpty())
        return byParent;
    const SelectPlan &p = *c.plan;
    const QString link = p.selectSql.at(c.linkColumn);
    QString where = QStringLiteral("%1 IN (%2)").arg(link, parentIds.join(QLatin1Char(',')));
    if (!p.where.isEmpty())
        where = QStringLiteral("(%1) AND (%2)").arg(p.where, where);
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY ")
                      .arg(p.selectSql.join(QStringLiteral(", ")), p.from, where);
    sql += (p.orderBy.isEmpty() ? QString() : p.orderBy + QStringLiteral(", ")) + link.section(QLatin1Char('.'), 0, 0)
        + QStringLiteral(".rowid");
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        sqlFailure(q);
    const int n = int(p.selectSql.size());
    while (q.next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << q.value(i);
        const QString parent = row.at(c.linkColumn).toString();
        QJsonArray &list = byParent[parent];
        if (c.limit && list.size() >= *c.limit)
            continue;
        list.append(renderObject(p, row, {}, p.object, row.at(0).toString(), apiVersion, {}));
    }
    Q_UNUSED(includeDeleted);
    return byParent;
}

QJsonObject PlanRunner::aggregateResult(const SelectPlan &p)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(p.aggregateSql))
        sqlFailure(q);
    QJsonArray records;
    while (q.next()) {
        if (records.size() >= kMaxAggregateRows)
            throw QueryError {QStringLiteral("MALFORMED_QUERY"),
                              QStringLiteral("Aggregate query does not support queryMore(), use LIMIT to "
                                             "restrict the results to a single batch"),
                              kUnplacedError};
        QJsonObject row {
            {QStringLiteral("attributes"), QJsonObject {{QStringLiteral("type"), QStringLiteral("AggregateResult")}}}};
        for (const OutputColumn &c : p.columns)
            row.insert(c.key, columnValue(c, q.value(c.column)));
        records.append(row);
    }
    return QJsonObject {{QStringLiteral("totalSize"), records.size()},
                        {QStringLiteral("done"), true},
                        {QStringLiteral("records"), records}};
}

QJsonObject PlanRunner::page(const QString &cursorId, const Cursor &cursor, size_t from, const QString &apiVersion,
                             bool includeDeleted)
{
    const QJsonArray records
        = fetchRecords(*cursor.plan, *cursor.rowIds, from, size_t(cursor.batchSize), apiVersion, includeDeleted);
    const size_t next = from + size_t(cursor.batchSize);
    QJsonObject out {{QStringLiteral("totalSize"), qint64(cursor.rowCount())},
                     {QStringLiteral("done"), next >= cursor.rowCount()},
                     {QStringLiteral("records"), records}};
    if (next < cursor.rowCount())
        out.insert(QStringLiteral("nextRecordsUrl"),
                   QStringLiteral("/services/data/v%1/query/%2-%3").arg(apiVersion, cursorId).arg(next));
    return out;
}

void PlanRunner::forEachRow(const SelectPlan &p,
                            const std::function<bool(const std::vector<QByteArrayView> &cells)> &visit)
{
    ParentHashJoin parents(p, database());
    if (!parents.load(&PlanRunner::cellText))
        sqlFailure(parents.lastError());
    const SelectPlan &rows = parents.rowPlan();
    SqliteRowReader row(database());
    if (!row.exec(orderedSql(rows, rows.selectSql.join(QStringLiteral(", ")))))
        sqlFailure(row.error());
    const size_t columns = p.columns.size();
    std::vector<QByteArrayView> cells(columns);
    std::vector<QByteArray> scratch(columns);
    while (row.next()) {
        parents.startRow(row);
        for (size_t i = 0; i < columns; ++i) {
            const OutputColumn &c = p.columns[i];
            cells[i] = parents.hashes(int(i)) ? parents.cell(int(i)) : cellText(c, row, c.column, scratch[i]);
        }
        if (!visit(cells))
            return;
    }
    if (!row.error().isEmpty())
        sqlFailure(row.error());
}

// The object's records that are not in the recycle bin (explain's sobjectCardinality).
qint64 PlanRunner::countLiveRecords(const ObjectDef &object)
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\" WHERE \"IsDeleted\" = 0").arg(object.name)) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace hilal::emulator::soqlexec
