#pragma once

#include "emulator/soql/select_plan.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace hilal::emulator::soqlexec {

class SqliteRowReader;

// Parent fields for a query read row by row (Bulk query jobs) from a hash table instead of
// SQLite's LEFT JOIN. The join costs two B-tree searches on text keys per row (the parent's Id
// index, then its table): most of a million-row job. One scan of the parent's selected fields
// into a hash table costs less as soon as the rows outnumber a third of the parents. Only a
// parent one level up that the query selects, and neither filters nor sorts on, is hashed; every
// cell is the one the join would give, since a LEFT JOIN on Id finds the same row (in the recycle
// bin or not) or none (docs/bulk-api.md).
class ParentHashJoin
{
public:
    // A column's CSV text from the reader's current row (`scratch` may hold it).
    using ToText
        = std::function<QByteArrayView(const OutputColumn &c, SqliteRowReader &row, int column, QByteArray &scratch)>;

    // Picks the joins of `p` worth hashing; reads row counts from `db`, nothing else.
    ParentHashJoin(const SelectPlan &p, const QSqlDatabase &db);

    // What rows are read with: the hashed joins gone, their columns NULL, and each hashed join's
    // foreign key selected at the end.
    const SelectPlan &rowPlan() const { return m_rowPlan; }
    // Reads the hashed parents' fields as text; false (with lastError) when SQLite fails.
    bool load(const ToText &toText);
    bool hashes(int column) const { return m_slotOf.at(size_t(column)).first >= 0; }
    // Finds the parents of `row`, at a row of rowPlan().
    void startRow(SqliteRowReader &row);
    // Hashed `column`'s text for the row given to startRow; empty without a parent.
    QByteArrayView cell(int column) const;
    QString lastError() const { return m_error; }

private:
    struct Slot
    {
        size_t hash = 0;
        qsizetype at = -1; // where the parent's record starts in the arena; -1: empty
    };
    struct Hashed
    {
        const ParentJoin *join = nullptr;
        std::vector<int> columns; // indexes into the plan's columns
        int foreignKeyColumn = -1; // in rowPlan's select list
        QByteArray arena; // every parent's record (appendRecord)
        std::vector<Slot> table; // open addressing over the records, a power of two long
        qsizetype current = -1; // the current row's parent record, or -1
    };

    std::vector<const ParentJoin *> candidates() const;
    bool onlySelected(const ParentJoin &j) const;
    qint64 rowsToRead(const QString &from) const;
    qint64 count(const QString &sql) const;
    void hash(const ParentJoin &j);
    bool readParents(Hashed &h, const ToText &toText);
    static qsizetype appendRecord(QByteArray &arena, const std::vector<QByteArrayView> &fields);
    static QByteArrayView field(const Hashed &h, qsizetype at, size_t k);
    static void index(Hashed &h, const std::vector<qsizetype> &records);
    static qsizetype find(const Hashed &h, QByteArrayView id);

    const SelectPlan &m_plan;
    QSqlDatabase m_db;
    SelectPlan m_rowPlan;
    std::vector<Hashed> m_hashed;
    // Per column: its index into m_hashed (or -1) and its place among a parent's texts.
    std::vector<std::pair<int, int>> m_slotOf;
    QString m_error;
};

} // namespace hilal::emulator::soqlexec
