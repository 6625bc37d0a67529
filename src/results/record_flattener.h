#pragma once

#include "results/result_table.h"
#include "soql/ast.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace hilal::results {

// One page of records turned into rows, plus the column list as it stood after this page.
struct FlatPage
{
    QStringList columns;
    QVector<FlatRow> rows;
};

// Turns Salesforce query records (REST JSON) into table rows: scalar fields keep their JSON type,
// parent relationships become dotted columns (`Account.Name`, `Account.Owner.Name`) and subqueries
// become SubqueryCell values. Columns appear in the order fields are first met, which is the
// SELECT order. Not thread-safe; one instance per result, used by one thread at a time.
class RecordFlattener
{
public:
    // Known column paths, e.g. from the query's SELECT list, so a lookup that is null on the first
    // records still gets its column in SELECT order.
    void seedColumns(const QStringList &paths);

    // The columns a query's SELECT list will produce, in order, named as the org names them:
    // `Account.Owner.Name`, subqueries by relationship, aggregates by alias or expr0, expr1, ….
    // QJsonObject forgets the org's key order, so this is what keeps columns in SELECT order.
    static QStringList columnsFor(const soql::SelectQuery &query);

    FlatPage flatten(const QJsonArray &records);
    FlatRow flattenRecord(const QJsonObject &record);

    const QStringList &columns() const { return m_columns; }
    void clear();

    // How a cell reads in the grid, the clipboard and CSV: numbers in their shortest exact form
    // (no locale grouping, so they paste and re-import unchanged), true/false, null as empty.
    static QString text(const QVariant &cell);

    // JSON value → cell value: strings, numbers (integers stay integers), booleans; null → invalid.
    static QVariant scalar(const QJsonValue &value);

private:
    int columnFor(const QString &path);
    void rememberParents(const QString &path);
    void flattenInto(const QJsonObject &object, const QString &prefix, FlatRow &row);
    static bool isQueryResult(const QJsonObject &object);

    QStringList m_columns;
    QHash<QString, int> m_index; // exact path → column
    QHash<QString, int> m_folded; // case-folded path → column
    QSet<QString> m_parents; // case-folded relationship prefixes of known columns ("account")
    QSet<QString> m_nullOnly; // columns met only as null so far (maybe a lookup placeholder)
};

} // namespace hilal::results
