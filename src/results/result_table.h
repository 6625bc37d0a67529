#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace hilal::soql {
struct SelectQuery;
}

namespace hilal::results {

// A parent-to-child subquery's rows inside one result row ("3 Contacts"). Kept as the JSON the
// org sent, because the user opens it rarely and a table of its own is built only then.
struct SubqueryCell
{
    QString relationship; // the child relationship name, e.g. "Contacts"
    int totalSize = 0; // the org's count (may exceed records.size() when the child set pages)
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
    // Per column: the child columns of a subquery column ("LastName" under "Contacts"), empty
    // for every other column. When set, flatColumns()/flatRows() spread the child rows out.
    QVector<QStringList> childColumns;
    QVector<QJsonArray> pages;
    QVector<int> pageStarts; // first row of each page
    int rows = 0;

    int rowCount() const { return rows; }
    QJsonObject record(int row) const;
    // The cell as RecordFlattener::scalar() gives it, or a SubqueryCell; invalid for null/absent.
    QVariant cell(int row, int column) const;
    void setColumns(const QStringList &columns);
    void appendPage(const QJsonArray &records);
    // Columns and child columns from the SELECT list (RecordFlattener::columnsFor).
    void setQuery(const soql::SelectQuery &query);
    // Drops the rows, keeps the columns: a streaming writer empties the table after each page.
    void clearRows();

    // The columns with each subquery column replaced by "Contacts.LastName", … (when its child
    // columns are known), the way `sf data query` spreads child rows in CSV and table output.
    QStringList flatColumns() const;
    // One result row as one or more flat rows: the first carries the parent's cells and the
    // first child of each subquery; each further child adds a row whose parent cells are empty.
    QVector<FlatRow> flatRows(int row) const;
};

} // namespace hilal::results

Q_DECLARE_METATYPE(hilal::results::SubqueryCell)
