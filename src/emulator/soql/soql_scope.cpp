#include "emulator/soql/soql_scope.h"

#include "emulator/soql/query_error.h"
#include "emulator/soql/sql_text.h"

namespace hilal::emulator::soqlexec {

using namespace hilal::soql;

const ObjectDef *referenceTarget(const Schema &schema, const FieldDef &f)
{
    for (const QString &t : f.referenceTo) {
        if (const ObjectDef *o = schema.object(t))
            return o;
    }
    return nullptr;
}

Scope::Scope(const Schema &schema, const ObjectDef *root, const QString &aliasPrefix, const QString &soqlAlias)
    : m_schema(schema)
    , m_root(root)
    , m_prefix(aliasPrefix)
    , m_soqlAlias(soqlAlias)
{
}

ResolvedField Scope::resolve(const FieldPath &path)
{
    QStringList parts = path.parts;
    // "a.Name" with FROM Account a, or "Account.Name" on Account: the root qualifier.
    if (parts.size() > 1
        && ((!m_soqlAlias.isEmpty() && parts.first().compare(m_soqlAlias, Qt::CaseInsensitive) == 0)
            || (parts.first().compare(m_root->name, Qt::CaseInsensitive) == 0
                && !m_root->fieldByRelationship(parts.first()))))
        parts.removeFirst();
    if (parts.size() > 6)
        malformed(QStringLiteral("A relationship path can have at most 5 levels: %1").arg(path.toString()),
                  path.range.offset);
    const ObjectDef *object = m_root;
    QString alias = rootAlias();
    QStringList relPath;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        const FieldDef *ref = object->fieldByRelationship(parts.at(i));
        const ObjectDef *target = ref ? referenceTarget(m_schema, *ref) : nullptr;
        if (!ref || !target)
            fail(QStringLiteral("INVALID_FIELD"), notUnderstoodRelationship(parts.at(i)), path.range.offset);
        relPath << ref->relationshipName;
        alias = joinFor(relPath, alias, ref->name, target);
        object = target;
    }
    const FieldDef *f = object->field(parts.last());
    if (!f) {
        if (object->fieldByRelationship(parts.last()))
            fail(QStringLiteral("INVALID_FIELD"),
                 QStringLiteral("Didn't understand relationship '%1' in field path: select a field of the "
                                "related record, e.g. %1.Name")
                     .arg(parts.last()),
                 path.range.offset);
        fail(QStringLiteral("INVALID_FIELD"), noSuchColumn(parts.last(), object->name), path.range.offset);
    }
    return ResolvedField {alias + QLatin1Char('.') + quoted(f->name), f, object, relPath};
}

// The SQL alias of the joined parent at `relPath` (empty path = the root).
QString Scope::aliasFor(const QStringList &relPath) const
{
    if (relPath.isEmpty())
        return rootAlias();
    for (const Join &j : m_joins) {
        if (j.relPath == relPath)
            return j.alias;
    }
    return {};
}

const ObjectDef *Scope::objectFor(const QStringList &relPath) const
{
    if (relPath.isEmpty())
        return m_root;
    for (const Join &j : m_joins) {
        if (j.relPath == relPath)
            return j.object;
    }
    return nullptr;
}

QString Scope::fromSql() const
{
    QString sql = quoted(m_root->name) + QLatin1Char(' ') + rootAlias();
    for (const Join &j : m_joins)
        sql += joinSql(j);
    return sql;
}

QString Scope::joinSql(const Join &j)
{
    return QStringLiteral(" LEFT JOIN %1 %2 ON %2.\"Id\" = %3.%4")
        .arg(quoted(j.object->name), j.alias, j.parentAlias, quoted(j.foreignKey));
}

QString Scope::joinFor(const QStringList &relPath, const QString &parentAlias, const QString &fk,
                       const ObjectDef *target)
{
    for (const Join &j : m_joins) {
        if (j.relPath == relPath)
            return j.alias;
    }
    Join j;
    j.alias = m_prefix + QString::number(m_joins.size() + 1);
    j.object = target;
    j.parentAlias = parentAlias;
    j.foreignKey = fk;
    j.relPath = relPath;
    m_joins.push_back(j);
    return j.alias;
}

} // namespace hilal::emulator::soqlexec
