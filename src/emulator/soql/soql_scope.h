#pragma once

#include "emulator/store/schema.h"
#include "soql/ast.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace hilal::emulator::soqlexec {

// The object a lookup field points at (the first of its targets the schema knows).
const ObjectDef *referenceTarget(const Schema &schema, const FieldDef &f);

struct Join
{
    QString alias;
    const ObjectDef *object = nullptr;
    QString parentAlias;
    QString foreignKey;
    QStringList relPath; // canonical relationship names from the root
};

struct ResolvedField
{
    QString sql; // t1."Name"
    const FieldDef *field = nullptr;
    const ObjectDef *object = nullptr;
    QStringList relPath; // canonical relationship names ("Account", "Owner")
};

// One FROM scope (root query, child subquery or semi-join): resolves field paths into SQL
// column expressions, adding LEFT JOINs for parent relationships as it goes.
class Scope
{
public:
    Scope(const Schema &schema, const ObjectDef *root, const QString &aliasPrefix, const QString &soqlAlias);

    const ObjectDef *root() const { return m_root; }
    QString rootAlias() const { return m_prefix + QStringLiteral("0"); }
    const std::vector<Join> &joins() const { return m_joins; }

    ResolvedField resolve(const hilal::soql::FieldPath &path);

    QString aliasFor(const QStringList &relPath) const;

    const ObjectDef *objectFor(const QStringList &relPath) const;

    QString fromSql() const;
    // The " LEFT JOIN … ON …" clause fromSql writes for j.
    static QString joinSql(const Join &j);

private:
    QString joinFor(const QStringList &relPath, const QString &parentAlias, const QString &fk, const ObjectDef *target);

    const Schema &m_schema;
    const ObjectDef *m_root;
    QString m_prefix;
    QString m_soqlAlias;
    std::vector<Join> m_joins;
};

} // namespace hilal::emulator::soqlexec
