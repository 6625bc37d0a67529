#pragma once

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

namespace hilal::ui {

// A parent-to-child subquery's rows inside one result row ("3 Contacts"). Kept as the JSON the
// org sent, because the user opens it rarely and a table of its own is built only then.
struct SubqueryCell
{
    QString relationship; // the child relationship name, e.g. "Contacts"
    int totalSize = 0;    // the org's count (may exceed records.size() when the child set pages)
    QJsonArray records;

    QString displayText() const;
};

// One flattened row: values aligned with RecordFlattener::columns() at the time it was made
// (a row may be shorter than a later column list; missing cells are empty).
using FlatRow = QVector<QVariant>;

// A whole result: the records as the org sent them (page by page, implicitly shared) and the
// column paths. Cells are resolved when asked for (the grid asks only for visible ones), so
// loading 100,000 rows costs no more than holding their JSON. Copies are cheap, so a snapshot can
// be exported on a worker thread while the grid keeps growing.
struct ResultTable
{
    QStringList columns;
    QVector<QStringList> columnParts; // columns split at '.'
    QVector<QJsonArray> pages;
    QVector<int> pageStarts;          // first row of each page
    int rows = 0;

    int rowCount() const { return rows; }
    QJsonObject record(int row) const;
    // The cell as RecordFlattener::scalar() gives it, or a SubqueryCell; invalid for null/absent.
    QVariant cell(int row, int column) const;
    void setColumns(const QStringList &columns);
    void appendPage(const QJsonArray &records);
};

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
    QHash<QString, int> m_index;  // exact path → column
    QHash<QString, int> m_folded; // case-folded path → column
    QSet<QString> m_parents;  // case-folded relationship prefixes of known columns ("account")
    QSet<QString> m_nullOnly; // columns met only as null so far (maybe a lookup placeholder)
};

} // namespace hilal::ui

Q_DECLARE_METATYPE(hilal::ui::SubqueryCell)
