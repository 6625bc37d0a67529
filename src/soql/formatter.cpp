#include "soql/formatter.h"

#include "soql/literal_escaper.h"

#include <QLocale>

namespace hilal::soql {

namespace {

class Printer
{
public:
    QString out;

    void query(const SelectQuery &q)
    {
        out += QLatin1String("SELECT ");
        for (size_t i = 0; i < q.select.size(); ++i) {
            if (i > 0)
                out += QLatin1String(", ");
            selectItem(q.select[i]);
        }
        out += QLatin1String(" FROM ");
        out += q.from.object;
        alias(q.from.alias);
        for (const FromRelationship &relationship : q.from.relationships) {
            out += QLatin1String(", ");
            out += relationship.path.toString();
            alias(relationship.alias);
        }
        if (!q.usingScope.isEmpty()) {
            out += QLatin1String(" USING SCOPE ");
            out += q.usingScope;
        }
        if (q.where) {
            out += QLatin1String(" WHERE ");
            condition(*q.where);
        }
        if (!q.withDataCategory.empty()) {
            out += QLatin1String(" WITH DATA CATEGORY ");
            for (size_t i = 0; i < q.withDataCategory.size(); ++i) {
                if (i > 0)
                    out += QLatin1String(" AND ");
                dataCategory(q.withDataCategory[i]);
            }
        }
        switch (q.withSecurity) {
        case WithSecurity::None:
            break;
        case WithSecurity::SecurityEnforced:
            out += QLatin1String(" WITH SECURITY_ENFORCED");
            break;
        case WithSecurity::UserMode:
            out += QLatin1String(" WITH USER_MODE");
            break;
        case WithSecurity::SystemMode:
            out += QLatin1String(" WITH SYSTEM_MODE");
            break;
        }
        if (q.groupBy.kind != GroupBy::Kind::None) {
            out += QLatin1String(" GROUP BY ");
            if (q.groupBy.kind == GroupBy::Kind::Rollup)
                out += QLatin1String("ROLLUP(");
            else if (q.groupBy.kind == GroupBy::Kind::Cube)
                out += QLatin1String("CUBE(");
            expressionList(q.groupBy.items);
            if (q.groupBy.kind != GroupBy::Kind::Plain)
                out += QLatin1Char(')');
        }
        if (q.having) {
            out += QLatin1String(" HAVING ");
            condition(*q.having);
        }
        if (!q.orderBy.empty()) {
            out += QLatin1String(" ORDER BY ");
            for (size_t i = 0; i < q.orderBy.size(); ++i) {
                if (i > 0)
                    out += QLatin1String(", ");
                orderByItem(q.orderBy[i]);
            }
        }
        if (q.limit)
            out += QLatin1String(" LIMIT ") + QString::number(*q.limit);
        if (q.offset)
            out += QLatin1String(" OFFSET ") + QString::number(*q.offset);
        if (q.forClause == ForClause::View)
            out += QLatin1String(" FOR VIEW");
        else if (q.forClause == ForClause::Reference)
            out += QLatin1String(" FOR REFERENCE");
        if (q.updateTracking && q.updateViewstat)
            out += QLatin1String(" UPDATE TRACKING, VIEWSTAT");
        else if (q.updateTracking)
            out += QLatin1String(" UPDATE TRACKING");
        else if (q.updateViewstat)
            out += QLatin1String(" UPDATE VIEWSTAT");
        if (q.forUpdate)
            out += QLatin1String(" FOR UPDATE");
    }

    void alias(const QString &name)
    {
        if (!name.isEmpty()) {
            out += QLatin1Char(' ');
            out += name;
        }
    }

    void selectItem(const SelectItem &item)
    {
        switch (item.kind) {
        case SelectItem::Kind::Field:
            out += item.field.toString();
            break;
        case SelectItem::Kind::Function:
            function(item.function);
            break;
        case SelectItem::Kind::Fields:
            out += item.fieldsScope == FieldsScope::All     ? QLatin1String("FIELDS(ALL)")
                : item.fieldsScope == FieldsScope::Standard ? QLatin1String("FIELDS(STANDARD)")
                                                            : QLatin1String("FIELDS(CUSTOM)");
            break;
        case SelectItem::Kind::Subquery:
            out += QLatin1Char('(');
            if (item.subquery)
                query(*item.subquery);
            out += QLatin1Char(')');
            break;
        case SelectItem::Kind::TypeOf:
            typeOf(item.typeOf);
            break;
        }
        alias(item.alias);
    }

    void typeOf(const TypeOf &t)
    {
        out += QLatin1String("TYPEOF ");
        out += t.field.toString();
        for (const TypeOfWhen &when : t.whens) {
            out += QLatin1String(" WHEN ");
            out += when.objectType;
            out += QLatin1String(" THEN ");
            pathList(when.fields);
        }
        if (!t.elseFields.empty()) {
            out += QLatin1String(" ELSE ");
            pathList(t.elseFields);
        }
        out += QLatin1String(" END");
    }

    void pathList(const std::vector<FieldPath> &paths)
    {
        for (size_t i = 0; i < paths.size(); ++i) {
            if (i > 0)
                out += QLatin1String(", ");
            out += paths[i].toString();
        }
    }

    void function(const FunctionCall &call)
    {
        out += functionName(call.function);
        out += QLatin1Char('(');
        expressionList(call.args);
        out += QLatin1Char(')');
    }

    void expressionList(const std::vector<Expression> &expressions)
    {
        for (size_t i = 0; i < expressions.size(); ++i) {
            if (i > 0)
                out += QLatin1String(", ");
            expression(expressions[i]);
        }
    }

    void expression(const Expression &e)
    {
        switch (e.kind) {
        case Expression::Kind::Field:
            out += e.field.toString();
            break;
        case Expression::Kind::Function:
            function(e.function);
            break;
        case Expression::Kind::Literal:
            out += Formatter::formatLiteral(e.literal);
            break;
        }
    }

    void condition(const Condition &c)
    {
        switch (c.kind) {
        case Condition::Kind::Comparison:
            comparison(c.comparison);
            break;
        case Condition::Kind::Not:
            out += QLatin1String("NOT ");
            if (!c.operands.empty())
                operand(c.operands.front());
            break;
        case Condition::Kind::And:
        case Condition::Kind::Or:
            for (size_t i = 0; i < c.operands.size(); ++i) {
                if (i > 0)
                    out += c.kind == Condition::Kind::And ? QLatin1String(" AND ") : QLatin1String(" OR ");
                operand(c.operands[i]);
            }
            break;
        }
    }

    // An operand of AND / OR / NOT: compound conditions go in parentheses, so the printed
    // text groups exactly as the tree does.
    void operand(const Condition &c)
    {
        const bool compound = c.kind == Condition::Kind::And || c.kind == Condition::Kind::Or;
        if (compound)
            out += QLatin1Char('(');
        condition(c);
        if (compound)
            out += QLatin1Char(')');
    }

    void comparison(const Comparison &c)
    {
        expression(c.left);
        out += QLatin1Char(' ');
        out += comparisonOperatorText(c.op);
        out += QLatin1Char(' ');
        switch (c.rightKind) {
        case Comparison::RightKind::Literal:
            out += Formatter::formatLiteral(c.value, c.op == ComparisonOperator::Like);
            break;
        case Comparison::RightKind::List:
            out += QLatin1Char('(');
            for (size_t i = 0; i < c.values.size(); ++i) {
                if (i > 0)
                    out += QLatin1String(", ");
                out += Formatter::formatLiteral(c.values[i]);
            }
            out += QLatin1Char(')');
            break;
        case Comparison::RightKind::Subquery:
            out += QLatin1Char('(');
            if (c.subquery)
                query(*c.subquery);
            out += QLatin1Char(')');
            break;
        }
    }

    void dataCategory(const DataCategoryFilter &filter)
    {
        out += filter.group;
        switch (filter.selector) {
        case DataCategoryFilter::Selector::At:
            out += QLatin1String(" AT ");
            break;
        case DataCategoryFilter::Selector::Above:
            out += QLatin1String(" ABOVE ");
            break;
        case DataCategoryFilter::Selector::Below:
            out += QLatin1String(" BELOW ");
            break;
        case DataCategoryFilter::Selector::AboveOrBelow:
            out += QLatin1String(" ABOVE_OR_BELOW ");
            break;
        }
        if (filter.categories.size() == 1) {
            out += filter.categories.front();
        } else {
            out += QLatin1Char('(');
            out += filter.categories.join(QLatin1String(", "));
            out += QLatin1Char(')');
        }
    }

    void orderByItem(const OrderByItem &item)
    {
        expression(item.expression);
        if (item.direction == SortDirection::Asc)
            out += QLatin1String(" ASC");
        else if (item.direction == SortDirection::Desc)
            out += QLatin1String(" DESC");
        if (item.nulls == NullsOrder::First)
            out += QLatin1String(" NULLS FIRST");
        else if (item.nulls == NullsOrder::Last)
            out += QLatin1String(" NULLS LAST");
    }
};

// A LIKE pattern's text keeps its escapes as backslash pairs (see Literal::text): print the
// backslashes as they are, escape everything else like any string.
QString quoteLikePattern(const QString &pattern)
{
    QString out;
    out.reserve(pattern.size() + 2);
    out += QLatin1Char('\'');
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'\\' && i + 1 < pattern.size()) {
            out += c;
            out += pattern[++i];
        } else {
            out += LiteralEscaper::escape(QStringView(&c, 1));
        }
    }
    out += QLatin1Char('\'');
    return out;
}

} // namespace

QString Formatter::format(const SelectQuery &query)
{
    Printer printer;
    printer.query(query);
    return printer.out;
}

QString Formatter::formatCondition(const Condition &condition)
{
    Printer printer;
    printer.condition(condition);
    return printer.out;
}

QString Formatter::formatExpression(const Expression &expression)
{
    Printer printer;
    printer.expression(expression);
    return printer.out;
}

QString Formatter::formatLiteral(const Literal &literal, bool likePattern)
{
    switch (literal.kind) {
    case Literal::Kind::String:
        return likePattern ? quoteLikePattern(literal.text) : LiteralEscaper::quote(literal.text);
    // Literals built in code (not parsed) may carry only their typed value.
    case Literal::Kind::Integer:
        return literal.text.isEmpty() ? QString::number(literal.integer) : literal.text;
    case Literal::Kind::Decimal:
        return literal.text.isEmpty() ? QString::number(literal.number, 'f', QLocale::FloatingPointShortest)
                                      : literal.text;
    case Literal::Kind::Date:
        return literal.text.isEmpty() ? literal.date.toString(Qt::ISODate) : literal.text;
    case Literal::Kind::DateTime:
        return literal.text.isEmpty() ? literal.dateTime.toString(Qt::ISODateWithMs) : literal.text;
    case Literal::Kind::Boolean:
        return literal.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Literal::Kind::Null:
        return QStringLiteral("null");
    case Literal::Kind::Currency:
        return literal.currencyCode
            + (literal.text.isEmpty() ? QString::number(literal.number, 'f', QLocale::FloatingPointShortest)
                                      : literal.text);
    case Literal::Kind::DateLiteral:
        if (literal.n >= 0)
            return dateLiteralName(literal.dateLiteral) + QLatin1Char(':') + QString::number(literal.n);
        return dateLiteralName(literal.dateLiteral);
    }
    return QString();
}

} // namespace hilal::soql
