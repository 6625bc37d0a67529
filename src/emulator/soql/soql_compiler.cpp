#include "emulator/soql/soql_compiler.h"

#include "emulator/soql/query_date_range.h"
#include "emulator/soql/query_error.h"
#include "emulator/soql/sql_text.h"
#include "emulator/store/id_generator.h"
#include "emulator/store/record_codec.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace hilal::emulator::soqlexec {

namespace {

constexpr int kMaxOffset = 2000;

} // namespace

Compiler::Compiler(const Schema &schema, const QDate &today, int fiscalStart, bool includeDeleted)
    : m_schema(schema)
    , m_today(today)
    , m_fiscalStart(fiscalStart)
    , m_includeDeleted(includeDeleted)
{
}

std::shared_ptr<SelectPlan> Compiler::compileRoot(const SelectQuery &q, const QString &soql)
{
    m_soql = soql;
    checkUnsupportedClauses(q);
    const ObjectDef *object = m_schema.object(q.from.object);
    if (!object || !object->queryable)
        fail(QStringLiteral("INVALID_TYPE"), unsupportedObject(q.from.object), objectOffset(q.from));
    if (q.offset && *q.offset > kMaxOffset)
        fail(QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"), QStringLiteral("Maximum SOQL offset allowed is 2000"),
             offsetPosition(q));
    if (isCountOnly(q) && (q.groupBy.kind != GroupBy::Kind::None || q.having))
        malformed(QStringLiteral("COUNT() can't be combined with GROUP BY or HAVING in the local org; select "
                                 "COUNT(Id) with GROUP BY instead."),
                  q.select.front().range.offset);
    if (isAggregateQuery(q) && !isCountOnly(q))
        return compileAggregate(q, object);
    return compileSelect(q, object, QStringLiteral("t"), true);
}

// --- clause checks ---------------------------------------------------------------------
int Compiler::offsetPosition(const SelectQuery &q) const
{
    const int at = int(m_soql.lastIndexOf(QLatin1String("offset"), -1, Qt::CaseInsensitive));
    return at >= 0 ? at + 7 : q.range.offset + q.range.length;
}

// The FROM clause's range starts at the keyword; errors point at the object name.
int Compiler::objectOffset(const FromClause &from) const
{
    const int at = int(m_soql.indexOf(from.object, from.range.offset + 4, Qt::CaseInsensitive));
    return at >= 0 ? at : from.range.offset;
}

void Compiler::checkUnsupportedClauses(const SelectQuery &q)
{
    if (!q.from.relationships.empty())
        malformed(
            QStringLiteral("The legacy FROM form with relationship aliases (FROM Contact c, c.Account a) is not "
                           "supported by the "
                           "local org; select parent fields with a path instead (SELECT Account.Name FROM Contact)."),
            q.from.relationships.front().range.offset);
    if (!q.usingScope.isEmpty() && q.usingScope.compare(QLatin1String("everything"), Qt::CaseInsensitive) != 0)
        malformed(QStringLiteral("USING SCOPE %1 is not supported by the local org; remove it (every record "
                                 "is visible to the admin).")
                      .arg(q.usingScope),
                  q.from.range.offset + q.from.range.length);
    if (!q.withDataCategory.empty())
        malformed(QStringLiteral("WITH DATA CATEGORY only applies to Knowledge articles and questions, which "
                                 "the local org does not have."),
                  q.withDataCategory.front().range.offset);
    if (q.groupBy.kind == GroupBy::Kind::Rollup || q.groupBy.kind == GroupBy::Kind::Cube)
        malformed(QStringLiteral("GROUP BY ROLLUP and CUBE are not supported by the local org; use a plain GROUP BY."),
                  q.groupBy.range.offset);
}

bool Compiler::isCountOnly(const SelectQuery &q)
{
    return q.select.size() == 1 && q.select.front().kind == SelectItem::Kind::Function
        && q.select.front().function.function == Function::Count && q.select.front().function.args.empty();
}

QString Compiler::deletedFilter(const Scope &scope) const
{
    return m_includeDeleted ? QString() : scope.rootAlias() + QStringLiteral(".\"IsDeleted\" = 0");
}

QString Compiler::combineWhere(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return QLatin1Char('(') + a + QStringLiteral(") AND (") + b + QLatin1Char(')');
}

// --- non-aggregate SELECT ---------------------------------------------------------------
std::shared_ptr<SelectPlan> Compiler::compileSelect(const SelectQuery &q, const ObjectDef *object,
                                                    const QString &aliasPrefix, bool isRoot)
{
    auto plan = std::make_shared<SelectPlan>();
    plan->object = object;
    Scope scope(m_schema, object, aliasPrefix, q.from.alias);
    plan->selectSql << scope.rootAlias() + QStringLiteral(".\"Id\"");
    plan->countOnly = isCountOnly(q);
    QSet<QString> seen;
    if (!plan->countOnly) {
        for (const SelectItem &item : q.select)
            addSelectItem(*plan, scope, item, isRoot, seen);
    }
    QString where;
    if (q.where) {
        m_semiJoins = 0;
        where = condition(scope, *q.where, false, false);
    }
    plan->where = combineWhere(deletedFilter(scope), where);
    plan->orderBy = orderBy(scope, q.orderBy, nullptr);
    plan->limit = q.limit;
    plan->offset = q.offset;
    // Parent Ids, so a null lookup renders as null and each parent gets its attributes url.
    for (const Join &j : scope.joins()) {
        plan->parentIdColumns.emplace_back(j.relPath, int(plan->selectSql.size()));
        plan->selectSql << j.alias + QStringLiteral(".\"Id\"");
        plan->joins.push_back(
            ParentJoin {j.alias, j.object, j.parentAlias, j.foreignKey, j.relPath, Scope::joinSql(j)});
    }
    plan->from = scope.fromSql();
    plan->filtered = q.where.has_value();
    return plan;
}

void Compiler::addSelectItem(SelectPlan &plan, Scope &scope, const SelectItem &item, bool isRoot, QSet<QString> &seen)
{
    switch (item.kind) {
    case SelectItem::Kind::Field: {
        if (!item.alias.isEmpty())
            malformed(QStringLiteral("Only aggregate expressions use field aliasing"), item.range.offset);
        addField(plan, scope, scope.resolve(item.field), QString(), item.range.offset, seen);
        return;
    }
    case SelectItem::Kind::Function: {
        const FunctionCall &fc = item.function;
        if (isAggregateFunction(fc.function))
            malformed(
                QStringLiteral("Aggregate functions are only valid in the root query; remove %1() from this subquery.")
                    .arg(fc.name),
                item.range.offset);
        if (fc.function == Function::ToLabel && fc.args.size() == 1
            && fc.args.front().kind == Expression::Kind::Field) {
            // Picklist labels equal their values in the local org.
            addField(plan, scope, scope.resolve(fc.args.front().field), item.alias, item.range.offset, seen);
            return;
        }
        if (isDateFunction(fc.function))
            malformed(QStringLiteral("Date functions like %1() can only be selected in an aggregate query: "
                                     "add a GROUP BY on the same expression.")
                          .arg(fc.name),
                      item.range.offset);
        malformed(QStringLiteral("%1() is not supported by the local org (it has one currency, no locale "
                                 "formatting and no location fields).")
                      .arg(fc.name),
                  item.range.offset);
    }
    case SelectItem::Kind::Fields: {
        if (item.fieldsScope != FieldsScope::Standard && !(m_limitForFields && *m_limitForFields <= 200))
            malformed(QStringLiteral("The SOQL FIELDS function must have a LIMIT of at most 200"), item.range.offset);
        if (item.fieldsScope == FieldsScope::Custom)
            return; // the local org has no custom fields
        for (const FieldDef &f : scope.root()->fields) {
            FieldPath p;
            p.parts << f.name;
            p.range = item.range;
            if (!seen.contains(f.name.toLower()))
                addField(plan, scope, scope.resolve(p), QString(), item.range.offset, seen);
        }
        return;
    }
    case SelectItem::Kind::Subquery:
        if (!isRoot)
            malformed(QStringLiteral("Nested parent-to-child subqueries are not supported by the local org; "
                                     "query the children separately."),
                      item.range.offset);
        addChild(plan, scope, *item.subquery, item.range.offset);
        return;
    case SelectItem::Kind::TypeOf:
        malformed(QStringLiteral("TYPEOF is not supported by the local org: its only polymorphic lookup "
                                 "(Owner) always points to a User, "
                                 "so select Owner.Name (or other User fields) directly."),
                  item.range.offset);
    }
}

void Compiler::addField(SelectPlan &plan, Scope &scope, const ResolvedField &rf, const QString &alias, int offset,
                        QSet<QString> &seen)
{
    const QString key = (rf.relPath.join(QLatin1Char('.')) + QLatin1Char('.') + rf.field->name).toLower();
    if (seen.contains(key))
        malformed(QStringLiteral("duplicate field selected: %1")
                      .arg(rf.relPath.isEmpty()
                               ? rf.field->name
                               : rf.relPath.join(QLatin1Char('.')) + QLatin1Char('.') + rf.field->name),
                  offset);
    seen.insert(key);
    OutputColumn c;
    c.key = alias.isEmpty() ? rf.field->name : alias;
    c.relPath = rf.relPath;
    c.field = rf.field;
    c.column = int(plan.selectSql.size());
    plan.selectSql << rf.sql;
    plan.items.push_back(OutputItem {false, int(plan.columns.size())});
    plan.columns.push_back(c);
    Q_UNUSED(scope);
}

void Compiler::addChild(SelectPlan &plan, Scope &scope, const SelectQuery &sub, int offset)
{
    const ChildRelationship *rel = scope.root()->childRelationship(sub.from.object);
    const ObjectDef *child = rel ? m_schema.object(rel->childSObject) : nullptr;
    if (!rel || !child)
        fail(QStringLiteral("INVALID_TYPE"),
             QStringLiteral("Didn't understand relationship '%1' in FROM part of query call. If you are "
                            "attempting to use a custom "
                            "relationship, be sure to append the '__r' after the custom relationship name. "
                            "Please reference your WSDL "
                            "or the describe call for the appropriate names.")
                 .arg(sub.from.object),
             objectOffset(sub.from));
    if (isAggregateQuery(sub))
        malformed(QStringLiteral("Aggregate functions and GROUP BY are not allowed in a parent-to-child subquery."),
                  sub.range.offset);
    if (sub.offset)
        malformed(QStringLiteral("OFFSET is not supported in a parent-to-child subquery by the local org."),
                  sub.range.offset);
    checkUnsupportedClauses(sub);
    for (const ChildPlan &c : plan.children) {
        if (c.relationshipName == rel->relationshipName)
            malformed(QStringLiteral("duplicate field selected: %1").arg(rel->relationshipName), offset);
    }
    ChildPlan cp;
    cp.relationshipName = rel->relationshipName;
    cp.linkField = rel->field;
    const auto saveLimit = m_limitForFields;
    m_limitForFields = sub.limit;
    cp.plan = compileSelect(sub, child, QStringLiteral("c%1_").arg(plan.children.size()), false);
    m_limitForFields = saveLimit;
    cp.linkColumn = int(cp.plan->selectSql.size());
    cp.plan->selectSql << QStringLiteral("c%1_0.%2").arg(plan.children.size()).arg(quoted(rel->field));
    cp.limit = sub.limit;
    plan.items.push_back(OutputItem {true, int(plan.children.size())});
    plan.children.push_back(cp);
}

// --- WHERE / HAVING --------------------------------------------------------------------
// `having` switches the left side to aggregate/grouped expressions; `underOr` refuses semi-joins.
QString Compiler::condition(Scope &scope, const Condition &c, bool having, bool underOr)
{
    switch (c.kind) {
    case Condition::Kind::And:
    case Condition::Kind::Or: {
        QStringList parts;
        for (const Condition &op : c.operands)
            parts << QLatin1Char('(') + condition(scope, op, having, underOr || c.kind == Condition::Kind::Or)
                    + QLatin1Char(')');
        return parts.join(c.kind == Condition::Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
    }
    case Condition::Kind::Not:
        // SOQL's NOT of a comparison on a null field is true (NOT Name = 'x' matches null names).
        return QStringLiteral("NOT COALESCE((%1), 0)").arg(condition(scope, c.operands.front(), having, underOr));
    case Condition::Kind::Comparison:
        return comparison(scope, c.comparison, having, underOr);
    }
    return QStringLiteral("1");
}

Compiler::Operand Compiler::leftOperand(Scope &scope, const Expression &e, bool having)
{
    if (e.kind == Expression::Kind::Field) {
        const ResolvedField rf = scope.resolve(e.field);
        if (having && !isGrouped(rf.sql))
            malformed(QStringLiteral("Field %1 in HAVING must be grouped or aggregated").arg(e.field.toString()),
                      e.range.offset);
        if (!rf.field->isFilterable())
            fail(QStringLiteral("INVALID_FIELD"),
                 QStringLiteral("field '%1' can not be filtered in a query call").arg(rf.field->name), e.range.offset);
        return Operand {rf.sql, rf.field, rf.field->type, rf.field->name};
    }
    if (e.kind != Expression::Kind::Function)
        malformed(QStringLiteral("The left side of a condition must be a field or a function"), e.range.offset);
    const FunctionCall &fc = e.function;
    if (isAggregateFunction(fc.function)) {
        if (!having)
            malformed(QStringLiteral("Aggregate functions are not allowed in WHERE; filter on them with HAVING"),
                      e.range.offset);
        return aggregateOperand(scope, fc);
    }
    if (fc.function == Function::ToLabel && fc.args.size() == 1 && fc.args.front().kind == Expression::Kind::Field) {
        Operand o = leftOperand(scope, fc.args.front(), having);
        return o;
    }
    if (isDateFunction(fc.function)) {
        const auto [sql, type] = dateFunction(scope, fc);
        if (having && !isGrouped(sql))
            malformed(QStringLiteral("%1() in HAVING must also be in GROUP BY").arg(fc.name), e.range.offset);
        return Operand {sql, nullptr, type, fc.name + QStringLiteral("()")};
    }
    malformed(QStringLiteral("%1() can't be used in a condition by the local org").arg(fc.name), e.range.offset);
}

Compiler::Operand Compiler::aggregateOperand(Scope &scope, const FunctionCall &fc)
{
    const auto [sql, type] = aggregateSql(scope, fc);
    return Operand {sql, nullptr, type, fc.name + QStringLiteral("()")};
}

[[noreturn]] void Compiler::typeMismatch(const Operand &o, const QString &expected, bool quotes, int offset)
{
    fail(QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"),
         QStringLiteral("value of filter criterion for field '%1' must be of type %2 and %3")
             .arg(o.name, expected,
                  quotes ? QStringLiteral("should be enclosed in quotes")
                         : QStringLiteral("should not be enclosed in quotes")),
         offset);
}

// A literal as a SQL value for `o`, type-checked like Salesforce does.
QString Compiler::literalValue(const Operand &o, const Literal &lit)
{
    const int at = lit.range.offset;
    if (lit.kind == Literal::Kind::Null)
        return QStringLiteral("NULL");
    switch (o.type) {
    case FieldType::Id:
    case FieldType::Reference: {
        if (lit.kind != Literal::Kind::String)
            typeMismatch(o, QStringLiteral("id"), true, at);
        const QString id = IdGenerator::normalize(lit.text);
        if (id.isEmpty())
            fail(QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"), QStringLiteral("invalid ID field: %1").arg(lit.text),
                 at);
        return sqlString(id);
    }
    case FieldType::Boolean:
        if (lit.kind != Literal::Kind::Boolean)
            typeMismatch(o, QStringLiteral("boolean"), false, at);
        return lit.boolean ? QStringLiteral("1") : QStringLiteral("0");
    case FieldType::Int:
    case FieldType::Double:
    case FieldType::Currency:
    case FieldType::Percent:
        if (lit.kind != Literal::Kind::Integer && lit.kind != Literal::Kind::Decimal
            && lit.kind != Literal::Kind::Currency)
            typeMismatch(o, o.type == FieldType::Int ? QStringLiteral("integer") : QStringLiteral("double"), false, at);
        if (o.type == FieldType::Int && lit.kind != Literal::Kind::Integer && o.field == nullptr)
            typeMismatch(o, QStringLiteral("integer"), false, at);
        return sqlNumber(lit.number);
    case FieldType::Date:
        if (lit.kind != Literal::Kind::Date)
            typeMismatch(o, QStringLiteral("date"), false, at);
        return sqlString(lit.date.toString(Qt::ISODate));
    case FieldType::DateTime:
        if (lit.kind != Literal::Kind::DateTime)
            typeMismatch(o, QStringLiteral("dateTime"), false, at);
        return sqlString(RecordCodec::toStorageDateTime(lit.dateTime));
    default:
        if (lit.kind != Literal::Kind::String)
            typeMismatch(o, QStringLiteral("string"), true, at);
        return sqlString(lit.text);
    }
}

// Range bounds of a date literal as SQL values for a date or datetime operand.
std::pair<QString, QString> Compiler::dateBounds(const Operand &o, const Literal &lit)
{
    if (o.type != FieldType::Date && o.type != FieldType::DateTime)
        typeMismatch(o, isNumberType(o.type) ? QStringLiteral("double") : QStringLiteral("string"), isTextType(o.type),
                     lit.range.offset);
    const DateRange r = DateRange::forLiteral(lit.dateLiteral, lit.n, m_today, m_fiscalStart);
    auto v = [&](const QDate &d) {
        return o.type == FieldType::Date ? sqlString(d.toString(Qt::ISODate))
                                         : sqlString(d.toString(Qt::ISODate) + QStringLiteral(" 00:00:00.000"));
    };
    return {v(r.start), v(r.end)};
}

QString Compiler::likePattern(const QString &soqlPattern)
{
    // The parser keeps a LIKE pattern's escapes as backslash pairs (`\%`, `\_`, `\\`; see
    // soql/ast.h Literal::text): every backslash means "the next character literally".
    QString out;
    for (int i = 0; i < soqlPattern.size(); ++i) {
        const QChar c = soqlPattern.at(i);
        if (c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += i + 1 < soqlPattern.size() ? soqlPattern.at(++i) : QLatin1Char('\\');
        } else {
            out += c;
        }
    }
    return sqlString(out);
}

QString Compiler::multiPicklistMatch(const QString &col, const Literal &lit)
{
    // 'a;b' inside one string means "has a AND has b"; the stored value is "x;y;z".
    QStringList parts;
    for (const QString &v : lit.text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        QString escaped = v.trimmed();
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        parts << QStringLiteral("(';' || %1 || ';') LIKE %2 ESCAPE '\\'")
                     .arg(col, sqlString(QStringLiteral("%;") + escaped + QStringLiteral(";%")));
    }
    return parts.isEmpty() ? QStringLiteral("0")
                           : QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

QString Compiler::comparison(Scope &scope, const Comparison &cmp, bool having, bool underOr)
{
    const Operand o = leftOperand(scope, cmp.left, having);
    const int at = cmp.range.offset;
    switch (cmp.op) {
    case ComparisonOperator::In:
    case ComparisonOperator::NotIn:
        return inComparison(scope, o, cmp, underOr);
    case ComparisonOperator::Includes:
    case ComparisonOperator::Excludes:
        return includesComparison(o, cmp);
    case ComparisonOperator::Like:
        return likeComparison(o, cmp);
    default:
        break;
    }
    if (cmp.rightKind != Comparison::RightKind::Literal)
        malformed(QStringLiteral("%1 needs a single value").arg(comparisonOperatorText(cmp.op)), at);
    const Literal &lit = cmp.value;
    if (lit.kind == Literal::Kind::DateLiteral) {
        const QString range = dateLiteralComparison(o, cmp.op, lit);
        if (!range.isEmpty())
            return range;
    }
    if (lit.kind == Literal::Kind::Null)
        return nullComparison(o, cmp.op, at);
    return valueComparison(o, cmp.op, lit, at);
}

// IN / NOT IN: a list of values (date literals as ranges, null as IS NULL) or a semi-join.
QString Compiler::inComparison(Scope &scope, const Operand &o, const Comparison &cmp, bool underOr)
{
    const int at = cmp.range.offset;
    const QString &col = o.sql;
    const bool negate = cmp.op == ComparisonOperator::NotIn;
    if (cmp.rightKind == Comparison::RightKind::Subquery)
        return semiJoin(scope, o, *cmp.subquery, negate, underOr, at);
    if (cmp.rightKind != Comparison::RightKind::List)
        malformed(QStringLiteral("IN and NOT IN need a parenthesised list of values or a subquery"), at);
    QStringList values, ranges;
    bool hasNull = false;
    for (const Literal &lit : cmp.values) {
        if (lit.kind == Literal::Kind::Null)
            hasNull = true;
        else if (lit.kind == Literal::Kind::DateLiteral) {
            const auto [lo, hi] = dateBounds(o, lit);
            ranges << QStringLiteral("(%1 >= %2 AND %1 < %3)").arg(col, lo, hi);
        } else
            values << literalValue(o, lit);
    }
    QStringList anyOf = ranges;
    if (!values.isEmpty())
        anyOf << QStringLiteral("%1 IN (%2)").arg(col, values.join(QLatin1Char(',')));
    if (hasNull)
        anyOf << col + QStringLiteral(" IS NULL");
    const QString in = anyOf.isEmpty() ? QStringLiteral("0")
                                       : QLatin1Char('(') + anyOf.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return negate ? QStringLiteral("NOT COALESCE(%1, 0)").arg(in) : in;
}

// INCLUDES / EXCLUDES on a multi-select picklist.
QString Compiler::includesComparison(const Operand &o, const Comparison &cmp)
{
    const int at = cmp.range.offset;
    const QString &col = o.sql;
    if (o.type != FieldType::MultiPicklist)
        fail(QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"),
             QStringLiteral("%1 operator is only valid on multi-select picklist fields; '%2' is not one")
                 .arg(comparisonOperatorText(cmp.op), o.name),
             at);
    QStringList any;
    for (const Literal &lit : cmp.values) {
        if (lit.kind != Literal::Kind::String)
            typeMismatch(o, QStringLiteral("string"), true, lit.range.offset);
        any << multiPicklistMatch(col, lit);
    }
    const QString m = QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return cmp.op == ComparisonOperator::Includes ? m : QStringLiteral("NOT COALESCE(%1, 0)").arg(m);
}

QString Compiler::likeComparison(const Operand &o, const Comparison &cmp)
{
    const int at = cmp.range.offset;
    const QString &col = o.sql;
    if (!isTextOperand(o) && o.type != FieldType::Id && o.type != FieldType::Reference)
        fail(QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"),
             QStringLiteral("invalid operator on field '%1': LIKE only works on text fields").arg(o.name), at);
    if (cmp.rightKind != Comparison::RightKind::Literal || cmp.value.kind != Literal::Kind::String)
        typeMismatch(o, QStringLiteral("string"), true, at);
    return QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(col, likePattern(cmp.value.text));
}

// A date literal (TODAY, LAST_N_DAYS:n …) is a range [lo, hi); empty for operators it can't take.
QString Compiler::dateLiteralComparison(const Operand &o, ComparisonOperator op, const Literal &lit)
{
    const QString &col = o.sql;
    const auto [lo, hi] = dateBounds(o, lit);
    switch (op) {
    case ComparisonOperator::Equal:
        return QStringLiteral("(%1 >= %2 AND %1 < %3)").arg(col, lo, hi);
    case ComparisonOperator::NotEqual:
        return QStringLiteral("(%1 IS NULL OR %1 < %2 OR %1 >= %3)").arg(col, lo, hi);
    case ComparisonOperator::Less:
        return QStringLiteral("%1 < %2").arg(col, lo);
    case ComparisonOperator::LessOrEqual:
        return QStringLiteral("%1 < %2").arg(col, hi);
    case ComparisonOperator::Greater:
        return QStringLiteral("%1 >= %2").arg(col, hi);
    case ComparisonOperator::GreaterOrEqual:
        return QStringLiteral("%1 >= %2").arg(col, lo);
    default:
        break;
    }
    return {};
}

QString Compiler::nullComparison(const Operand &o, ComparisonOperator op, int at)
{
    const QString &col = o.sql;
    // On a boolean field Salesforce reads null as false (= null ⇔ = false, != null ⇔ = true).
    if (o.type == FieldType::Boolean && op == ComparisonOperator::Equal)
        return QStringLiteral("COALESCE(%1, 0) = 0").arg(col);
    if (o.type == FieldType::Boolean && op == ComparisonOperator::NotEqual)
        return QStringLiteral("%1 = 1").arg(col);
    if (op == ComparisonOperator::Equal)
        return col + QStringLiteral(" IS NULL");
    if (op == ComparisonOperator::NotEqual)
        return col + QStringLiteral(" IS NOT NULL");
    fail(QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"), QStringLiteral("null can only be compared with = or !="), at);
}

QString Compiler::valueComparison(const Operand &o, ComparisonOperator op, const Literal &lit, int at)
{
    const QString &col = o.sql;
    const QString v = literalValue(o, lit);
    switch (op) {
    case ComparisonOperator::Equal:
        return QStringLiteral("%1 = %2").arg(col, v);
    // SOQL's != also matches rows where the field is null.
    case ComparisonOperator::NotEqual:
        return QStringLiteral("(%1 IS NULL OR %1 != %2)").arg(col, v);
    case ComparisonOperator::Less:
        return QStringLiteral("%1 < %2").arg(col, v);
    case ComparisonOperator::LessOrEqual:
        return QStringLiteral("%1 <= %2").arg(col, v);
    case ComparisonOperator::Greater:
        return QStringLiteral("%1 > %2").arg(col, v);
    case ComparisonOperator::GreaterOrEqual:
        return QStringLiteral("%1 >= %2").arg(col, v);
    default:
        break;
    }
    malformed(QStringLiteral("unsupported operator"), at);
}

QString Compiler::semiJoin(Scope &scope, const Operand &o, const SelectQuery &sub, bool negate, bool underOr, int at)
{
    if (underOr)
        malformed(QStringLiteral("Semi join sub-selects are not allowed with the 'OR' operator"), at);
    if (++m_semiJoins > 2)
        malformed(QStringLiteral("Maximum of 2 semi join sub-selects are allowed"), at);
    if (o.type != FieldType::Id && o.type != FieldType::Reference)
        fail(QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"),
             QStringLiteral("The left operand of a semi join must be an Id or a reference field; '%1' is not")
                 .arg(o.name),
             at);
    const ObjectDef *inner = m_schema.object(sub.from.object);
    if (!inner || !inner->queryable)
        fail(QStringLiteral("INVALID_TYPE"), unsupportedObject(sub.from.object), objectOffset(sub.from));
    if (sub.select.size() != 1 || sub.select.front().kind != SelectItem::Kind::Field)
        malformed(QStringLiteral("The selected field in a semi join sub-select must be a single Id or reference field"),
                  sub.range.offset);
    if (sub.limit || !sub.orderBy.empty() || sub.offset || isAggregateQuery(sub))
        malformed(QStringLiteral("A semi join sub-select can't use LIMIT, OFFSET, ORDER BY, GROUP BY or aggregates"),
                  sub.range.offset);
    checkUnsupportedClauses(sub);
    Scope innerScope(m_schema, inner, QStringLiteral("s%1_").arg(m_semiJoins), sub.from.alias);
    const ResolvedField rf = innerScope.resolve(sub.select.front().field);
    if (rf.field->type != FieldType::Id && rf.field->type != FieldType::Reference)
        malformed(
            QStringLiteral("The selected field in a semi join sub-select must be an Id or reference field; '%1' is not")
                .arg(rf.field->name),
            sub.select.front().range.offset);
    QString where;
    if (sub.where) {
        // A semi-join inside a semi-join is not allowed; conditions are compiled in their own scope.
        const int saved = m_semiJoins;
        m_semiJoins = 2;
        where = condition(innerScope, *sub.where, false, false);
        m_semiJoins = saved;
    }
    where = combineWhere(combineWhere(innerScope.rootAlias() + QStringLiteral(".\"IsDeleted\" = 0"), where),
                         rf.sql + QStringLiteral(" IS NOT NULL"));
    const QString inner_sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(rf.sql, innerScope.fromSql(), where);
    if (negate)
        return QStringLiteral("(%1 IS NULL OR %1 NOT IN (%2))").arg(o.sql, inner_sql);
    return QStringLiteral("%1 IN (%2)").arg(o.sql, inner_sql);
}

// --- functions ---------------------------------------------------------------------------
std::pair<QString, FieldType> Compiler::dateFunction(Scope &scope, const FunctionCall &fc)
{
    if (fc.args.size() != 1)
        malformed(QStringLiteral("%1() takes one date or datetime field").arg(fc.name), fc.range.offset);
    const Expression *arg = &fc.args.front();
    if (arg->kind == Expression::Kind::Function && arg->function.function == Function::ConvertTimezone
        && arg->function.args.size() == 1)
        arg = &arg->function.args.front(); // the local org's users all work in UTC
    if (arg->kind != Expression::Kind::Field)
        malformed(QStringLiteral("%1() takes one date or datetime field").arg(fc.name), fc.range.offset);
    const ResolvedField rf = scope.resolve(arg->field);
    if (rf.field->type != FieldType::Date && rf.field->type != FieldType::DateTime)
        malformed(QStringLiteral("%1() needs a date or datetime field; '%2' is a %3 field")
                      .arg(fc.name, rf.field->name, fieldTypeName(rf.field->type)),
                  arg->range.offset);
    const QString c = rf.sql;
    const QString month = QStringLiteral("CAST(strftime('%m', %1) AS INTEGER)").arg(c);
    const QString year = QStringLiteral("CAST(strftime('%Y', %1) AS INTEGER)").arg(c);
    const QString day = QStringLiteral("CAST(strftime('%d', %1) AS INTEGER)").arg(c);
    const QString doy = QStringLiteral("CAST(strftime('%j', %1) AS INTEGER)").arg(c);
    const QString fiscalMonth = QStringLiteral("(((%1 - %2 + 12) % 12) + 1)").arg(month).arg(m_fiscalStart);
    switch (fc.function) {
    case Function::CalendarMonth:
        return {month, FieldType::Int};
    case Function::CalendarQuarter:
        return {QStringLiteral("((%1 - 1) / 3 + 1)").arg(month), FieldType::Int};
    case Function::CalendarYear:
        return {year, FieldType::Int};
    case Function::DayInMonth:
        return {day, FieldType::Int};
    case Function::DayInWeek:
        return {QStringLiteral("(CAST(strftime('%w', %1) AS INTEGER) + 1)").arg(c), FieldType::Int};
    case Function::DayInYear:
        return {doy, FieldType::Int};
    case Function::DayOnly:
        if (rf.field->type != FieldType::DateTime)
            malformed(QStringLiteral("DAY_ONLY() needs a datetime field; '%1' is a date field").arg(rf.field->name),
                      arg->range.offset);
        return {QStringLiteral("date(%1)").arg(c), FieldType::Date};
    case Function::FiscalMonth:
        return {fiscalMonth, FieldType::Int};
    case Function::FiscalQuarter:
        return {QStringLiteral("((%1 - 1) / 3 + 1)").arg(fiscalMonth), FieldType::Int};
    case Function::FiscalYear:
        // Fiscal years are named after the calendar year they end in.
        if (m_fiscalStart == 1)
            return {year, FieldType::Int};
        return {QStringLiteral("(%1 + CASE WHEN %2 >= %3 THEN 1 ELSE 0 END)").arg(year, month).arg(m_fiscalStart),
                FieldType::Int};
    case Function::HourInDay:
        if (rf.field->type != FieldType::DateTime)
            malformed(QStringLiteral("HOUR_IN_DAY() needs a datetime field; '%1' is a date field").arg(rf.field->name),
                      arg->range.offset);
        return {QStringLiteral("CAST(strftime('%H', %1) AS INTEGER)").arg(c), FieldType::Int};
    case Function::WeekInMonth:
        return {QStringLiteral("((%1 - 1) / 7 + 1)").arg(day), FieldType::Int};
    case Function::WeekInYear:
        return {QStringLiteral("((%1 - 1) / 7 + 1)").arg(doy), FieldType::Int};
    default:
        break;
    }
    malformed(QStringLiteral("%1() is not a date function").arg(fc.name), fc.range.offset);
}

std::pair<QString, FieldType> Compiler::aggregateSql(Scope &scope, const FunctionCall &fc)
{
    if (fc.function == Function::Count && fc.args.empty())
        return {QStringLiteral("COUNT(*)"), FieldType::Int};
    if (fc.args.size() != 1 || fc.args.front().kind != Expression::Kind::Field)
        malformed(QStringLiteral("%1() takes one field").arg(fc.name), fc.range.offset);
    const ResolvedField rf = scope.resolve(fc.args.front().field);
    const FieldType t = rf.field->type;
    switch (fc.function) {
    case Function::Count:
        return {QStringLiteral("COUNT(%1)").arg(rf.sql), FieldType::Int};
    case Function::CountDistinct:
        return {QStringLiteral("COUNT(DISTINCT %1)").arg(rf.sql), FieldType::Int};
    case Function::Sum:
    case Function::Avg:
        if (!isNumberType(t))
            malformed(QStringLiteral("field %1 does not support aggregate operator %2").arg(rf.field->name, fc.name),
                      fc.args.front().range.offset);
        return {QStringLiteral("%1(%2)").arg(
                    fc.function == Function::Sum ? QStringLiteral("SUM") : QStringLiteral("AVG"), rf.sql),
                FieldType::Double};
    case Function::Min:
    case Function::Max:
        if (t == FieldType::Boolean || t == FieldType::MultiPicklist
            || (t == FieldType::TextArea && rf.field->length > 255))
            malformed(QStringLiteral("field %1 does not support aggregate operator %2").arg(rf.field->name, fc.name),
                      fc.args.front().range.offset);
        return {QStringLiteral("%1(%2)").arg(
                    fc.function == Function::Min ? QStringLiteral("MIN") : QStringLiteral("MAX"), rf.sql),
                t};
    default:
        break;
    }
    malformed(QStringLiteral("%1() is not an aggregate function").arg(fc.name), fc.range.offset);
}

// --- ORDER BY --------------------------------------------------------------------------
QString Compiler::orderBy(Scope &scope, const std::vector<OrderByItem> &items,
                          const std::function<QString(const OrderByItem &)> *aggregate)
{
    QStringList parts;
    for (const OrderByItem &item : items) {
        QString expr;
        if (aggregate) {
            expr = (*aggregate)(item);
        } else {
            if (item.expression.kind != Expression::Kind::Field)
                malformed(QStringLiteral("Only fields can be ordered by in a non-aggregate query"), item.range.offset);
            const ResolvedField rf = scope.resolve(item.expression.field);
            if (!rf.field->isSortable())
                fail(QStringLiteral("INVALID_FIELD"),
                     QStringLiteral("field '%1' can not be sorted in a query call").arg(rf.field->name),
                     item.range.offset);
            expr = rf.sql;
        }
        const bool desc = item.direction == SortDirection::Desc;
        const bool nullsLast = item.nulls == NullsOrder::Last; // default: nulls first
        parts << QStringLiteral("(%1 IS NULL) %2").arg(expr, nullsLast ? QStringLiteral("ASC") : QStringLiteral("DESC"))
              << expr + (desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    }
    return parts.join(QStringLiteral(", "));
}

// GROUP BY's SQL terms: groupable fields and date functions.
QStringList Compiler::groupBySql(Scope &scope, const SelectQuery &q)
{
    QStringList groupSql;
    for (const Expression &e : q.groupBy.items) {
        QString sql;
        if (e.kind == Expression::Kind::Field) {
            const ResolvedField rf = scope.resolve(e.field);
            if (!rf.field->isGroupable())
                fail(QStringLiteral("INVALID_FIELD"),
                     QStringLiteral("field '%1' can not be grouped in a query call").arg(rf.field->name),
                     e.range.offset);
            sql = rf.sql;
        } else if (e.kind == Expression::Kind::Function && isDateFunction(e.function.function)) {
            sql = dateFunction(scope, e.function).first;
        } else {
            malformed(QStringLiteral("GROUP BY takes fields and date functions"), e.range.offset);
        }
        groupSql << sql;
    }
    return groupSql;
}

// One item of an aggregate query's SELECT list: its JSON column and its SQL term.
std::pair<OutputColumn, QString> Compiler::aggregateColumn(Scope &scope, const SelectItem &item, int &exprIndex)
{
    OutputColumn c;
    QString sql;
    if (item.kind == SelectItem::Kind::Field) {
        const ResolvedField rf = scope.resolve(item.field);
        if (!m_groupSql.contains(rf.sql))
            malformed(QStringLiteral("Field must be grouped or aggregated: %1").arg(item.field.toString()),
                      item.range.offset);
        sql = rf.sql;
        c.field = rf.field;
        c.key = item.alias.isEmpty() ? rf.field->name : item.alias;
    } else if (item.kind == SelectItem::Kind::Function) {
        const FunctionCall &fc = item.function;
        if (fc.function == Function::Count && fc.args.empty())
            malformed(QStringLiteral("COUNT() must be the only item in the SELECT list; use COUNT(Id) "
                                     "next to other fields"),
                      item.range.offset);
        if (isAggregateFunction(fc.function)) {
            const auto [s, type] = aggregateSql(scope, fc);
            sql = s;
            if (fc.function == Function::Min || fc.function == Function::Max) {
                c.field = scope.resolve(fc.args.front().field).field;
            } else {
                c.kind = type == FieldType::Int ? ValueKind::Integer : ValueKind::Double;
            }
        } else if (isDateFunction(fc.function)) {
            const auto [s, type] = dateFunction(scope, fc);
            if (!m_groupSql.contains(s))
                malformed(QStringLiteral("%1() must also appear in GROUP BY").arg(fc.name), item.range.offset);
            sql = s;
            c.kind = type == FieldType::Date ? ValueKind::Date : ValueKind::Integer;
        } else {
            malformed(QStringLiteral("%1() is not supported in an aggregate query by the local org").arg(fc.name),
                      item.range.offset);
        }
        c.key = item.alias.isEmpty() ? QStringLiteral("expr%1").arg(exprIndex++) : item.alias;
    } else {
        malformed(QStringLiteral("Only fields and functions can be selected in an aggregate query"), item.range.offset);
    }
    return {c, sql};
}

// An ORDER BY term of an aggregate query: a grouped field, an aggregate or a grouped date function.
QString Compiler::aggregateOrderTerm(Scope &scope, const OrderByItem &item)
{
    const Expression &e = item.expression;
    if (e.kind == Expression::Kind::Field) {
        const ResolvedField rf = scope.resolve(e.field);
        if (!m_groupSql.contains(rf.sql))
            malformed(QStringLiteral("Ordered field must be grouped or aggregated: %1").arg(e.field.toString()),
                      item.range.offset);
        return rf.sql;
    }
    if (e.kind == Expression::Kind::Function && isAggregateFunction(e.function.function))
        return aggregateSql(scope, e.function).first;
    if (e.kind == Expression::Kind::Function && isDateFunction(e.function.function)) {
        const QString s = dateFunction(scope, e.function).first;
        if (!m_groupSql.contains(s))
            malformed(QStringLiteral("Ordered expression must be grouped or aggregated"), item.range.offset);
        return s;
    }
    malformed(QStringLiteral("ORDER BY in an aggregate query takes grouped fields and aggregates"), item.range.offset);
}

std::shared_ptr<SelectPlan> Compiler::compileAggregate(const SelectQuery &q, const ObjectDef *object)
{
    auto plan = std::make_shared<SelectPlan>();
    plan->object = object;
    plan->aggregate = true;
    Scope scope(m_schema, object, QStringLiteral("t"), q.from.alias);

    const QStringList groupSql = groupBySql(scope, q);
    m_groupSql = groupSql;

    QStringList selectSql;
    int exprIndex = 0;
    QSet<QString> keys;
    for (const SelectItem &item : q.select) {
        auto [c, sql] = aggregateColumn(scope, item, exprIndex);
        c.column = int(selectSql.size());
        if (keys.contains(c.key.toLower()))
            malformed(QStringLiteral("duplicate alias: %1").arg(c.key), item.range.offset);
        keys.insert(c.key.toLower());
        selectSql << sql;
        plan->columns.push_back(c);
        plan->items.push_back(OutputItem {false, int(plan->columns.size()) - 1});
    }

    QString where;
    if (q.where) {
        m_semiJoins = 0;
        where = condition(scope, *q.where, false, false);
    }
    where = combineWhere(deletedFilter(scope), where);
    QString having;
    if (q.having)
        having = condition(scope, *q.having, true, false);

    const std::function<QString(const OrderByItem &)> aggregateOrder
        = [&](const OrderByItem &item) { return aggregateOrderTerm(scope, item); };
    const QString order = orderBy(scope, q.orderBy, &aggregateOrder);

    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                      .arg(selectSql.join(QStringLiteral(", ")), scope.fromSql(),
                           where.isEmpty() ? QStringLiteral("1") : where);
    if (!groupSql.isEmpty())
        sql += QStringLiteral(" GROUP BY ") + groupSql.join(QStringLiteral(", "));
    if (!having.isEmpty())
        sql += QStringLiteral(" HAVING ") + having;
    if (!order.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + order;
    sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(q.limit ? *q.limit : -1).arg(q.offset ? *q.offset : 0);
    plan->aggregateSql = sql;
    plan->from = scope.fromSql();
    plan->where = where;
    plan->limit = q.limit;
    plan->offset = q.offset;
    return plan;
}

} // namespace hilal::emulator::soqlexec
