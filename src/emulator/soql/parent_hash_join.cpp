#include "emulator/soql/parent_hash_join.h"

#include "emulator/soql/sql_text.h"
#include "emulator/soql/sqlite_row_reader.h"

#include <QHashFunctions>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>

namespace hilal::emulator::soqlexec {

namespace {

// Hashing pays once the rows read outnumber a third of the parents: a join lookup costs about
// three times a parent's share of the scan that fills the table.
constexpr qint64 kRowsPerParentToHash = 3;

size_t hashOf(QByteArrayView id)
{
    return qHashBits(id.data(), size_t(id.size()));
}

} // namespace

ParentHashJoin::ParentHashJoin(const SelectPlan &p, const QSqlDatabase &db)
    : m_plan(p)
    , m_db(db)
    , m_rowPlan(p)
    , m_slotOf(p.columns.size(), {-1, -1})
{
    const std::vector<const ParentJoin *> joins = candidates();
    if (joins.empty())
        return;
    QString withoutThem = p.from;
    for (const ParentJoin *j : joins)
        withoutThem.remove(j->sql); // a LEFT JOIN on a unique Id never changes the row count
    const qint64 rows = rowsToRead(withoutThem);
    for (const ParentJoin *j : joins) {
        if (rows * kRowsPerParentToHash >= count(QStringLiteral("SELECT COUNT(*) FROM ") + quoted(j->object->name)))
            hash(*j);
    }
}

// Joins one level up that the query only selects, as plain columns.
std::vector<const ParentJoin *> ParentHashJoin::candidates() const
{
    std::vector<const ParentJoin *> out;
    for (const ParentJoin &j : m_plan.joins) {
        if (j.relPath.size() == 1 && onlySelected(j))
            out.push_back(&j);
    }
    return out;
}

bool ParentHashJoin::onlySelected(const ParentJoin &j) const
{
    const QString prefix = j.alias + QLatin1Char('.');
    if (m_plan.where.contains(prefix) || m_plan.orderBy.contains(prefix))
        return false;
    const bool grandparent = std::any_of(m_plan.joins.cbegin(), m_plan.joins.cend(),
                                         [&](const ParentJoin &other) { return other.parentAlias == j.alias; });
    if (grandparent)
        return false;
    const QRegularExpression plainColumn(QStringLiteral("^%1\"[^\"]+\"$").arg(QRegularExpression::escape(prefix)));
    return std::all_of(m_plan.selectSql.cbegin(), m_plan.selectSql.cend(),
                       [&](const QString &sql) { return !sql.contains(prefix) || plainColumn.match(sql).hasMatch(); });
}

// The rows the query reads, or at least as many: without a filter, the root's rows in or out of
// the recycle bin (SQLite counts those without reading them).
qint64 ParentHashJoin::rowsToRead(const QString &from) const
{
    qint64 rows = m_plan.filtered ? count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(from, m_plan.where))
                                  : count(QStringLiteral("SELECT COUNT(*) FROM ") + quoted(m_plan.object->name));
    if (m_plan.limit)
        rows = qMin(rows, *m_plan.limit);
    return rows;
}

// -1 when SQLite fails: no join is hashed then, and the row query reports the failure.
qint64 ParentHashJoin::count(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

void ParentHashJoin::hash(const ParentJoin &j)
{
    Hashed h;
    h.join = &j;
    const int slot = int(m_hashed.size());
    for (size_t i = 0; i < m_plan.columns.size(); ++i) {
        const OutputColumn &c = m_plan.columns.at(i);
        if (c.relPath != j.relPath)
            continue;
        m_slotOf[i] = {slot, int(h.columns.size())};
        h.columns.push_back(int(i));
        m_rowPlan.selectSql[c.column] = QStringLiteral("NULL");
    }
    for (const auto &[relPath, column] : m_plan.parentIdColumns) {
        if (relPath == j.relPath)
            m_rowPlan.selectSql[column] = QStringLiteral("NULL");
    }
    h.foreignKeyColumn = int(m_rowPlan.selectSql.size());
    m_rowPlan.selectSql << j.parentAlias + QLatin1Char('.') + quoted(j.foreignKey);
    m_rowPlan.from.remove(j.sql);
    m_hashed.push_back(std::move(h));
}

bool ParentHashJoin::load(const ToText &toText)
{
    for (Hashed &h : m_hashed) {
        if (!readParents(h, toText))
            return false;
    }
    return true;
}

bool ParentHashJoin::readParents(Hashed &h, const ToText &toText)
{
    QStringList fields {quoted(QStringLiteral("Id"))};
    for (const int i : h.columns)
        fields << m_plan.selectSql.at(m_plan.columns.at(size_t(i)).column).mid(h.join->alias.size() + 1);
    SqliteRowReader row(m_db);
    if (!row.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(fields.join(QStringLiteral(", ")), quoted(h.join->object->name)))) {
        m_error = row.error();
        return false;
    }
    std::vector<QByteArray> scratch(h.columns.size()); // one per column: each may hold its text
    std::vector<QByteArrayView> fieldsOfRow(h.columns.size() + 1);
    std::vector<qsizetype> records;
    while (row.next()) {
        fieldsOfRow[0] = row.text(0);
        for (size_t k = 0; k < h.columns.size(); ++k)
            fieldsOfRow[k + 1] = toText(m_plan.columns.at(size_t(h.columns.at(k))), row, int(k) + 1, scratch[k]);
        records.push_back(appendRecord(h.arena, fieldsOfRow));
    }
    m_error = row.error();
    if (!m_error.isEmpty())
        return false;
    index(h, records);
    return true;
}

// A parent's record: its field count's lengths, then the Id and each text, back to back, so a
// search and the cells it finds touch one place in memory.
qsizetype ParentHashJoin::appendRecord(QByteArray &arena, const std::vector<QByteArrayView> &fields)
{
    const qsizetype at = arena.size();
    for (const QByteArrayView field : fields) {
        const auto length = quint32(field.size());
        arena.append(reinterpret_cast<const char *>(&length), sizeof length);
    }
    for (const QByteArrayView field : fields)
        arena.append(field);
    return at;
}

// Field `k` (0: the Id, then the texts) of the record at `at`.
QByteArrayView ParentHashJoin::field(const Hashed &h, qsizetype at, size_t k)
{
    const char *record = h.arena.constData() + at;
    const size_t count = h.columns.size() + 1;
    qsizetype start = qsizetype(count * sizeof(quint32));
    quint32 length = 0;
    for (size_t i = 0; i <= k; ++i) {
        start += i > 0 ? qsizetype(length) : 0;
        std::memcpy(&length, record + i * sizeof(quint32), sizeof length);
    }
    return QByteArrayView(record + start, qsizetype(length));
}

// Twice as many slots as parents, so a search stops after a slot or two.
void ParentHashJoin::index(Hashed &h, const std::vector<qsizetype> &records)
{
    size_t size = 16;
    while (size < records.size() * 2)
        size *= 2;
    h.table.assign(size, Slot {});
    for (const qsizetype at : records) {
        const size_t hash = hashOf(field(h, at, 0));
        size_t i = hash & (size - 1);
        while (h.table.at(i).at >= 0)
            i = (i + 1) & (size - 1);
        h.table[i] = Slot {hash, at};
    }
}

qsizetype ParentHashJoin::find(const Hashed &h, QByteArrayView id)
{
    const size_t mask = h.table.size() - 1;
    const size_t hash = hashOf(id);
    for (size_t i = hash & mask; h.table[i].at >= 0; i = (i + 1) & mask) {
        const Slot &slot = h.table[i];
        if (slot.hash == hash && field(h, slot.at, 0) == id)
            return slot.at;
    }
    return -1;
}

void ParentHashJoin::startRow(SqliteRowReader &row)
{
    for (Hashed &h : m_hashed)
        h.current = row.isNull(h.foreignKeyColumn) ? -1 : find(h, row.text(h.foreignKeyColumn));
}

QByteArrayView ParentHashJoin::cell(int column) const
{
    const auto [slot, offset] = m_slotOf.at(size_t(column));
    const Hashed &h = m_hashed.at(size_t(slot));
    if (h.current < 0)
        return {};
    return field(h, h.current, size_t(offset) + 1);
}

} // namespace hilal::emulator::soqlexec
