#pragma once

#include "emulator/store/schema.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace hilal::emulator::soqlexec {

// What the compiler makes of one SELECT: SQL text with every literal inlined and escaped, and
// how each selected column becomes a JSON member.

enum class ValueKind { Field, Integer, Double, Text, Date };

struct OutputColumn
{
    QString key; // JSON key (field name, alias, exprN)
    QStringList relPath; // parents to nest under (non-aggregate queries)
    const FieldDef *field = nullptr;
    ValueKind kind = ValueKind::Field;
    int column = -1; // index into the SQL select list
};

struct SelectPlan;

// One LEFT JOIN of `from`: the parent at relPath, joined on its Id.
struct ParentJoin
{
    QString alias; // t1
    const ObjectDef *object = nullptr;
    QString parentAlias; // the alias it hangs off (t0 for the root)
    QString foreignKey; // the lookup field on parentAlias (AccountId)
    QStringList relPath;
    QString sql; // its " LEFT JOIN … ON …" clause, as it stands in `from`
};

struct ChildPlan
{
    QString relationshipName; // canonical ("Contacts")
    QString linkField; // on the child ("AccountId")
    int linkColumn = -1;
    std::shared_ptr<SelectPlan> plan;
    std::optional<qint64> limit;
    std::optional<qint64> offset;
};

// Item in SELECT order: a column, or a parent-to-child subquery.
struct OutputItem
{
    bool isChild = false;
    int index = 0; // into columns or children
};

struct SelectPlan
{
    const ObjectDef *object = nullptr;
    QString from; // FROM + joins
    std::vector<ParentJoin> joins; // the joins in `from`
    bool filtered = false; // the query has a WHERE of its own (besides the deleted filter)
    QString where; // full WHERE expression (deleted filter included)
    QString orderBy; // without "ORDER BY"
    QStringList selectSql; // SQL select list for row fetches; [0] is the root Id
    std::vector<OutputColumn> columns;
    std::vector<ChildPlan> children;
    std::vector<OutputItem> items;
    std::vector<std::pair<QStringList, int>> parentIdColumns; // relPath → column of its Id
    std::optional<qint64> limit;
    std::optional<qint64> offset;
    bool countOnly = false;
    bool aggregate = false;
    QString aggregateSql; // complete statement for aggregate queries
    QString indexedFields; // for explain
    QStringList filterFields; // for explain
};

} // namespace hilal::emulator::soqlexec
