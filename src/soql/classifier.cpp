#include "soql/classifier.h"
#include "soql/messages.h"

namespace hilal::soql {

namespace {

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value, Qt::CaseInsensitive))
        list.append(value);
}

QString prefixed(const QString &prefix, const QString &path)
{
    return prefix.isEmpty() ? path : prefix + QLatin1Char('.') + path;
}

class Collector
{
public:
    explicit Collector(Classification &c)
        : m_c(c)
    {
    }

    void query(const SelectQuery &q, const QString &prefix)
    {
        for (const SelectItem &item : q.select)
            selectItem(item, prefix);
        if (q.where)
            condition(*q.where, prefix);
        for (const Expression &e : q.groupBy.items)
            expression(e, prefix);
        if (q.having)
            condition(*q.having, prefix);
        for (const OrderByItem &item : q.orderBy)
            expression(item.expression, prefix);
    }

private:
    void selectItem(const SelectItem &item, const QString &prefix)
    {
        switch (item.kind) {
        case SelectItem::Kind::Field:
            addUnique(m_c.fields, prefixed(prefix, item.field.toString()));
            break;
        case SelectItem::Kind::Function:
            function(item.function, prefix);
            break;
        case SelectItem::Kind::Fields:
            addUnique(m_c.fields,
                      prefixed(prefix,
                               item.fieldsScope == FieldsScope::All            ? QStringLiteral("FIELDS(ALL)")
                                   : item.fieldsScope == FieldsScope::Standard ? QStringLiteral("FIELDS(STANDARD)")
                                                                               : QStringLiteral("FIELDS(CUSTOM)")));
            break;
        case SelectItem::Kind::Subquery:
            if (item.subquery) {
                addUnique(m_c.objects, item.subquery->from.object);
                query(*item.subquery, prefixed(prefix, item.subquery->from.object));
            }
            break;
        case SelectItem::Kind::TypeOf: {
            const QString base = prefixed(prefix, item.typeOf.field.toString());
            addUnique(m_c.fields, base);
            for (const TypeOfWhen &when : item.typeOf.whens) {
                addUnique(m_c.objects, when.objectType);
                for (const FieldPath &path : when.fields)
                    addUnique(m_c.fields, prefixed(base, path.toString()));
            }
            for (const FieldPath &path : item.typeOf.elseFields)
                addUnique(m_c.fields, prefixed(base, path.toString()));
            break;
        }
        }
    }

    void function(const FunctionCall &call, const QString &prefix)
    {
        for (const Expression &arg : call.args)
            expression(arg, prefix);
    }

    void expression(const Expression &e, const QString &prefix)
    {
        if (e.kind == Expression::Kind::Field)
            addUnique(m_c.fields, prefixed(prefix, e.field.toString()));
        else if (e.kind == Expression::Kind::Function)
            function(e.function, prefix);
    }

    void condition(const Condition &c, const QString &prefix)
    {
        if (c.kind != Condition::Kind::Comparison) {
            for (const Condition &operand : c.operands)
                condition(operand, prefix);
            return;
        }
        expression(c.comparison.left, prefix);
        if (c.comparison.rightKind == Comparison::RightKind::Subquery && c.comparison.subquery) {
            const SelectQuery &semiJoin = *c.comparison.subquery;
            addUnique(m_c.objects, semiJoin.from.object);
            query(semiJoin, semiJoin.from.object);
        }
    }

    Classification &m_c;
};

// Objects the main query reads rows of: its FROM object, legacy FROM relationships, semi-joins.
void collectReadObjects(const Condition &c, QStringList &objects)
{
    if (c.kind != Condition::Kind::Comparison) {
        for (const Condition &operand : c.operands)
            collectReadObjects(operand, objects);
        return;
    }
    if (c.comparison.rightKind == Comparison::RightKind::Subquery && c.comparison.subquery)
        addUnique(objects, c.comparison.subquery->from.object);
}

bool usesFieldsAll(const SelectQuery &q)
{
    for (const SelectItem &item : q.select) {
        if (item.kind == SelectItem::Kind::Fields && item.fieldsScope == FieldsScope::All)
            return true;
        if (item.kind == SelectItem::Kind::Subquery && item.subquery && usesFieldsAll(*item.subquery))
            return true;
    }
    return false;
}

bool isIdField(const FieldPath &path, const SelectQuery &q)
{
    if (path.parts.size() == 1)
        return path.parts.front().compare(u"Id", Qt::CaseInsensitive) == 0;
    return path.parts.size() == 2 && !q.from.alias.isEmpty()
        && path.parts.front().compare(q.from.alias, Qt::CaseInsensitive) == 0
        && path.parts.back().compare(u"Id", Qt::CaseInsensitive) == 0;
}

bool pinsIds(const Condition &c, const SelectQuery &q)
{
    if (c.kind == Condition::Kind::And) {
        for (const Condition &operand : c.operands) {
            if (pinsIds(operand, q))
                return true;
        }
        return false;
    }
    if (c.kind != Condition::Kind::Comparison)
        return false;
    const Comparison &cmp = c.comparison;
    if (cmp.left.kind != Expression::Kind::Field || !isIdField(cmp.left.field, q))
        return false;
    if (cmp.op == ComparisonOperator::Equal && cmp.rightKind == Comparison::RightKind::Literal)
        return cmp.value.kind == Literal::Kind::String;
    return cmp.op == ComparisonOperator::In && cmp.rightKind == Comparison::RightKind::List;
}

// Only COUNT() / COUNT(field) / COUNT_DISTINCT(field) in the SELECT list, and no GROUP BY: the
// answer is numbers only.
bool onlyCounts(const SelectQuery &q)
{
    if (q.groupBy.kind != GroupBy::Kind::None || q.select.empty())
        return false;
    for (const SelectItem &item : q.select) {
        if (item.kind != SelectItem::Kind::Function)
            return false;
        if (item.function.function != Function::Count && item.function.function != Function::CountDistinct)
            return false;
    }
    return true;
}

} // namespace

QString Classification::returnsSummary() const
{
    switch (returns) {
    case Returns::OneRow:
        return exposesFieldValues ? Messages::tr("one row of totals") : Messages::tr("one row: a count");
    case Returns::Groups:
        return limit ? Messages::tr("one row per group, at most %1").arg(*limit) : Messages::tr("one row per group");
    case Returns::Records:
        break;
    }
    return limit ? Messages::tr("up to %1 records").arg(*limit) : Messages::tr("records, as many as match");
}

QString Classification::verdictName(Verdict verdict)
{
    return verdict == Verdict::Trivial ? QStringLiteral("trivial") : QStringLiteral("needs-confirmation");
}

Classification Classifier::classify(const SelectQuery &query, const ClassifierLimits &limits)
{
    Classification c;
    addUnique(c.objects, query.from.object);
    for (const FromRelationship &relationship : query.from.relationships)
        addUnique(c.objects, relationship.path.toString());
    Collector(c).query(query, QString());
    c.isAggregate = isAggregateQuery(query);
    c.limit = query.limit;
    c.returns = query.groupBy.kind != GroupBy::Kind::None ? Classification::Returns::Groups
        : c.isAggregate                                   ? Classification::Returns::OneRow
                                                          : Classification::Returns::Records;
    c.exposesFieldValues = !onlyCounts(query);
    decide(query, c, limits);
    return c;
}

bool Classifier::filtersOnId(const SelectQuery &query)
{
    return query.where && pinsIds(*query.where, query);
}

void Classifier::decide(const SelectQuery &query, Classification &c, const ClassifierLimits &limits)
{
    c.reasons.clear();

    QStringList readObjects {query.from.object};
    for (const FromRelationship &relationship : query.from.relationships)
        addUnique(readObjects, relationship.path.toString());
    if (query.where)
        collectReadObjects(*query.where, readObjects);
    // A count over a semi-join reads two objects but shows nothing of either.
    if (readObjects.size() > 1 && c.exposesFieldValues)
        c.reasons << Messages::tr("it reads records of more than one object (%1)")
                         .arg(readObjects.join(QStringLiteral(", ")));

    switch (c.returns) {
    case Classification::Returns::OneRow:
        break; // one row, whatever it scans
    case Classification::Returns::Groups:
        if (query.limit && *query.limit <= limits.groupCap)
            break;
        if (limits.estimatedGroups && *limits.estimatedGroups > limits.groupCap) {
            c.reasons << Messages::tr("it returns about %1 groups, more than the %2 a chat may read without asking")
                             .arg(*limits.estimatedGroups)
                             .arg(limits.groupCap);
        }
        break;
    case Classification::Returns::Records:
        if (filtersOnId(query))
            break;
        if (!query.limit) {
            c.reasons << Messages::tr("it can return any number of records with their field values: it has no LIMIT "
                                      "and doesn't filter on Id");
        } else if (*query.limit > kTrivialLimit) {
            c.reasons << Messages::tr("it can return up to %1 records with their field values: its LIMIT %1 is above "
                                      "%2, the most a chat may read without asking, and it doesn't filter on Id")
                             .arg(*query.limit)
                             .arg(kTrivialLimit);
        }
        break;
    }

    if (usesFieldsAll(query))
        c.reasons << Messages::tr("FIELDS(ALL) reads every field of each record, including ones nobody chose");

    for (const SelectItem &item : query.select) {
        if (item.kind == SelectItem::Kind::Subquery && item.subquery && !item.subquery->limit)
            c.reasons << Messages::tr(
                             "the subquery on %1 has no LIMIT, so each record can bring any number of related records")
                             .arg(item.subquery->from.object);
    }

    if (query.forUpdate)
        c.reasons << Messages::tr("FOR UPDATE locks records for other users while it runs");
    if (query.updateTracking || query.updateViewstat || query.forClause != ForClause::None)
        c.reasons << Messages::tr("it writes usage statistics (UPDATE TRACKING/VIEWSTAT or FOR VIEW/REFERENCE)");

    c.verdict = c.reasons.isEmpty() ? Classification::Verdict::Trivial : Classification::Verdict::NeedsConfirmation;
}

} // namespace hilal::soql
