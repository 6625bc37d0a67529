#include "soql/ast.h"

#include <array>
#include <cmath>

namespace hilal::soql {

namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool sameNames(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameName(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

template<typename T> bool sameVector(const std::vector<T> &a, const std::vector<T> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i]))
            return false;
    }
    return true;
}

struct FunctionEntry
{
    Function function;
    const char *name;
};

// Canonical spellings as the SOQL reference writes them.
constexpr std::array<FunctionEntry, 26> kFunctions {{
    {Function::Count, "COUNT"},
    {Function::CountDistinct, "COUNT_DISTINCT"},
    {Function::Sum, "SUM"},
    {Function::Avg, "AVG"},
    {Function::Min, "MIN"},
    {Function::Max, "MAX"},
    {Function::CalendarMonth, "CALENDAR_MONTH"},
    {Function::CalendarQuarter, "CALENDAR_QUARTER"},
    {Function::CalendarYear, "CALENDAR_YEAR"},
    {Function::DayInMonth, "DAY_IN_MONTH"},
    {Function::DayInWeek, "DAY_IN_WEEK"},
    {Function::DayInYear, "DAY_IN_YEAR"},
    {Function::DayOnly, "DAY_ONLY"},
    {Function::FiscalMonth, "FISCAL_MONTH"},
    {Function::FiscalQuarter, "FISCAL_QUARTER"},
    {Function::FiscalYear, "FISCAL_YEAR"},
    {Function::HourInDay, "HOUR_IN_DAY"},
    {Function::WeekInMonth, "WEEK_IN_MONTH"},
    {Function::WeekInYear, "WEEK_IN_YEAR"},
    {Function::ConvertTimezone, "convertTimezone"},
    {Function::ToLabel, "toLabel"},
    {Function::ConvertCurrency, "convertCurrency"},
    {Function::Format, "FORMAT"},
    {Function::Grouping, "GROUPING"},
    {Function::Distance, "DISTANCE"},
    {Function::Geolocation, "GEOLOCATION"},
}};

struct DateLiteralEntry
{
    DateLiteral literal;
    const char *name;
    DateUnit unit;
    DateRelation relation;
    int fixedN;
};

constexpr std::array<DateLiteralEntry, 44> kDateLiterals {{
    {DateLiteral::Yesterday, "YESTERDAY", DateUnit::Day, DateRelation::Previous, -1},
    {DateLiteral::Today, "TODAY", DateUnit::Day, DateRelation::Current, -1},
    {DateLiteral::Tomorrow, "TOMORROW", DateUnit::Day, DateRelation::Next, -1},
    {DateLiteral::LastWeek, "LAST_WEEK", DateUnit::Week, DateRelation::Previous, -1},
    {DateLiteral::ThisWeek, "THIS_WEEK", DateUnit::Week, DateRelation::Current, -1},
    {DateLiteral::NextWeek, "NEXT_WEEK", DateUnit::Week, DateRelation::Next, -1},
    {DateLiteral::LastMonth, "LAST_MONTH", DateUnit::Month, DateRelation::Previous, -1},
    {DateLiteral::ThisMonth, "THIS_MONTH", DateUnit::Month, DateRelation::Current, -1},
    {DateLiteral::NextMonth, "NEXT_MONTH", DateUnit::Month, DateRelation::Next, -1},
    {DateLiteral::Last90Days, "LAST_90_DAYS", DateUnit::Day, DateRelation::LastN, 90},
    {DateLiteral::Next90Days, "NEXT_90_DAYS", DateUnit::Day, DateRelation::NextN, 90},
    {DateLiteral::LastNDays, "LAST_N_DAYS", DateUnit::Day, DateRelation::LastN, -1},
    {DateLiteral::NextNDays, "NEXT_N_DAYS", DateUnit::Day, DateRelation::NextN, -1},
    {DateLiteral::NDaysAgo, "N_DAYS_AGO", DateUnit::Day, DateRelation::Ago, -1},
    {DateLiteral::LastNWeeks, "LAST_N_WEEKS", DateUnit::Week, DateRelation::LastN, -1},
    {DateLiteral::NextNWeeks, "NEXT_N_WEEKS", DateUnit::Week, DateRelation::NextN, -1},
    {DateLiteral::NWeeksAgo, "N_WEEKS_AGO", DateUnit::Week, DateRelation::Ago, -1},
    {DateLiteral::LastNMonths, "LAST_N_MONTHS", DateUnit::Month, DateRelation::LastN, -1},
    {DateLiteral::NextNMonths, "NEXT_N_MONTHS", DateUnit::Month, DateRelation::NextN, -1},
    {DateLiteral::NMonthsAgo, "N_MONTHS_AGO", DateUnit::Month, DateRelation::Ago, -1},
    {DateLiteral::ThisQuarter, "THIS_QUARTER", DateUnit::Quarter, DateRelation::Current, -1},
    {DateLiteral::LastQuarter, "LAST_QUARTER", DateUnit::Quarter, DateRelation::Previous, -1},
    {DateLiteral::NextQuarter, "NEXT_QUARTER", DateUnit::Quarter, DateRelation::Next, -1},
    {DateLiteral::LastNQuarters, "LAST_N_QUARTERS", DateUnit::Quarter, DateRelation::LastN, -1},
    {DateLiteral::NextNQuarters, "NEXT_N_QUARTERS", DateUnit::Quarter, DateRelation::NextN, -1},
    {DateLiteral::NQuartersAgo, "N_QUARTERS_AGO", DateUnit::Quarter, DateRelation::Ago, -1},
    {DateLiteral::ThisYear, "THIS_YEAR", DateUnit::Year, DateRelation::Current, -1},
    {DateLiteral::LastYear, "LAST_YEAR", DateUnit::Year, DateRelation::Previous, -1},
    {DateLiteral::NextYear, "NEXT_YEAR", DateUnit::Year, DateRelation::Next, -1},
    {DateLiteral::LastNYears, "LAST_N_YEARS", DateUnit::Year, DateRelation::LastN, -1},
    {DateLiteral::NextNYears, "NEXT_N_YEARS", DateUnit::Year, DateRelation::NextN, -1},
    {DateLiteral::NYearsAgo, "N_YEARS_AGO", DateUnit::Year, DateRelation::Ago, -1},
    {DateLiteral::ThisFiscalQuarter, "THIS_FISCAL_QUARTER", DateUnit::FiscalQuarter, DateRelation::Current, -1},
    {DateLiteral::LastFiscalQuarter, "LAST_FISCAL_QUARTER", DateUnit::FiscalQuarter, DateRelation::Previous, -1},
    {DateLiteral::NextFiscalQuarter, "NEXT_FISCAL_QUARTER", DateUnit::FiscalQuarter, DateRelation::Next, -1},
    {DateLiteral::LastNFiscalQuarters, "LAST_N_FISCAL_QUARTERS", DateUnit::FiscalQuarter, DateRelation::LastN, -1},
    {DateLiteral::NextNFiscalQuarters, "NEXT_N_FISCAL_QUARTERS", DateUnit::FiscalQuarter, DateRelation::NextN, -1},
    {DateLiteral::NFiscalQuartersAgo, "N_FISCAL_QUARTERS_AGO", DateUnit::FiscalQuarter, DateRelation::Ago, -1},
    {DateLiteral::ThisFiscalYear, "THIS_FISCAL_YEAR", DateUnit::FiscalYear, DateRelation::Current, -1},
    {DateLiteral::LastFiscalYear, "LAST_FISCAL_YEAR", DateUnit::FiscalYear, DateRelation::Previous, -1},
    {DateLiteral::NextFiscalYear, "NEXT_FISCAL_YEAR", DateUnit::FiscalYear, DateRelation::Next, -1},
    {DateLiteral::LastNFiscalYears, "LAST_N_FISCAL_YEARS", DateUnit::FiscalYear, DateRelation::LastN, -1},
    {DateLiteral::NextNFiscalYears, "NEXT_N_FISCAL_YEARS", DateUnit::FiscalYear, DateRelation::NextN, -1},
    {DateLiteral::NFiscalYearsAgo, "N_FISCAL_YEARS_AGO", DateUnit::FiscalYear, DateRelation::Ago, -1},
}};

bool equalsIgnoringCase(QStringView text, const char *ascii)
{
    qsizetype i = 0;
    for (; ascii[i] != '\0'; ++i) {
        if (i >= text.size())
            return false;
        const char16_t c = text[i].unicode();
        const char16_t upper = (c >= u'a' && c <= u'z') ? char16_t(c - 32) : c;
        const char a = ascii[i];
        const char16_t aUpper = (a >= 'a' && a <= 'z') ? char16_t(a - 32) : char16_t(a);
        if (upper != aUpper)
            return false;
    }
    return i == text.size();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Tables

// Names as shared QStrings built once, so naming a node costs a reference count, not an allocation.
template<typename Table> std::vector<QString> namesOf(const Table &table)
{
    std::vector<QString> names;
    names.reserve(table.size());
    for (const auto &entry : table)
        names.push_back(QString::fromLatin1(entry.name));
    return names;
}

QString functionName(Function function)
{
    static const std::vector<QString> names = namesOf(kFunctions);
    return names[static_cast<size_t>(function)];
}

std::optional<Function> functionFromName(QStringView name)
{
    for (const FunctionEntry &entry : kFunctions) {
        if (equalsIgnoringCase(name, entry.name))
            return entry.function;
    }
    return std::nullopt;
}

bool isAggregateFunction(Function function)
{
    switch (function) {
    case Function::Count:
    case Function::CountDistinct:
    case Function::Sum:
    case Function::Avg:
    case Function::Min:
    case Function::Max:
        return true;
    default:
        return false;
    }
}

bool isDateFunction(Function function)
{
    return function >= Function::CalendarMonth && function <= Function::WeekInYear;
}

QString dateLiteralName(DateLiteral literal)
{
    static const std::vector<QString> names = namesOf(kDateLiterals);
    return names[static_cast<size_t>(literal)];
}

std::optional<DateLiteral> dateLiteralFromName(QStringView name)
{
    for (const DateLiteralEntry &entry : kDateLiterals) {
        if (equalsIgnoringCase(name, entry.name))
            return entry.literal;
    }
    return std::nullopt;
}

bool dateLiteralTakesN(DateLiteral literal)
{
    const DateLiteralEntry &entry = kDateLiterals[static_cast<size_t>(literal)];
    return (entry.relation == DateRelation::LastN || entry.relation == DateRelation::NextN
            || entry.relation == DateRelation::Ago)
        && entry.fixedN < 0;
}

DateLiteralInfo dateLiteralInfo(DateLiteral literal)
{
    const DateLiteralEntry &entry = kDateLiterals[static_cast<size_t>(literal)];
    return DateLiteralInfo {entry.unit, entry.relation, entry.fixedN};
}

QString comparisonOperatorText(ComparisonOperator op)
{
    switch (op) {
    case ComparisonOperator::Equal:
        return QStringLiteral("=");
    case ComparisonOperator::NotEqual:
        return QStringLiteral("!=");
    case ComparisonOperator::Less:
        return QStringLiteral("<");
    case ComparisonOperator::LessOrEqual:
        return QStringLiteral("<=");
    case ComparisonOperator::Greater:
        return QStringLiteral(">");
    case ComparisonOperator::GreaterOrEqual:
        return QStringLiteral(">=");
    case ComparisonOperator::Like:
        return QStringLiteral("LIKE");
    case ComparisonOperator::In:
        return QStringLiteral("IN");
    case ComparisonOperator::NotIn:
        return QStringLiteral("NOT IN");
    case ComparisonOperator::Includes:
        return QStringLiteral("INCLUDES");
    case ComparisonOperator::Excludes:
        return QStringLiteral("EXCLUDES");
    }
    return QString();
}

bool isAggregateQuery(const SelectQuery &query)
{
    if (query.groupBy.kind != GroupBy::Kind::None)
        return true;
    for (const SelectItem &item : query.select) {
        if (item.kind != SelectItem::Kind::Function)
            continue;
        if (isAggregateFunction(item.function.function))
            return true;
        // FORMAT(SUM(Amount)) and friends aggregate too.
        for (const Expression &arg : item.function.args) {
            if (arg.kind == Expression::Kind::Function && isAggregateFunction(arg.function.function))
                return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Equality (meaning only: ranges ignored, names case-insensitive)

bool operator==(const Literal &a, const Literal &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case Literal::Kind::String:
        return a.text == b.text;
    case Literal::Kind::Integer:
        return a.integer == b.integer;
    case Literal::Kind::Decimal:
        return a.number == b.number;
    case Literal::Kind::Boolean:
        return a.boolean == b.boolean;
    case Literal::Kind::Null:
        return true;
    case Literal::Kind::Date:
        return a.date == b.date;
    case Literal::Kind::DateTime:
        return a.text == b.text;
    case Literal::Kind::Currency:
        return sameName(a.currencyCode, b.currencyCode) && a.number == b.number;
    case Literal::Kind::DateLiteral:
        return a.dateLiteral == b.dateLiteral && a.n == b.n;
    }
    return false;
}

bool operator==(const FieldPath &a, const FieldPath &b)
{
    return sameNames(a.parts, b.parts);
}

bool operator==(const FunctionCall &a, const FunctionCall &b)
{
    return a.function == b.function && sameVector(a.args, b.args);
}

bool operator==(const Expression &a, const Expression &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case Expression::Kind::Field:
        return a.field == b.field;
    case Expression::Kind::Function:
        return a.function == b.function;
    case Expression::Kind::Literal:
        return a.literal == b.literal;
    }
    return false;
}

bool operator==(const TypeOfWhen &a, const TypeOfWhen &b)
{
    return sameName(a.objectType, b.objectType) && sameVector(a.fields, b.fields);
}

bool operator==(const TypeOf &a, const TypeOf &b)
{
    return a.field == b.field && sameVector(a.whens, b.whens) && sameVector(a.elseFields, b.elseFields);
}

bool operator==(const SelectItem &a, const SelectItem &b)
{
    if (a.kind != b.kind || !sameName(a.alias, b.alias))
        return false;
    switch (a.kind) {
    case SelectItem::Kind::Field:
        return a.field == b.field;
    case SelectItem::Kind::Function:
        return a.function == b.function;
    case SelectItem::Kind::Fields:
        return a.fieldsScope == b.fieldsScope;
    case SelectItem::Kind::Subquery:
        return a.subquery == b.subquery;
    case SelectItem::Kind::TypeOf:
        return a.typeOf == b.typeOf;
    }
    return false;
}

bool operator==(const FromRelationship &a, const FromRelationship &b)
{
    return a.path == b.path && sameName(a.alias, b.alias);
}

bool operator==(const FromClause &a, const FromClause &b)
{
    return sameName(a.object, b.object) && sameName(a.alias, b.alias) && sameVector(a.relationships, b.relationships);
}

bool operator==(const Comparison &a, const Comparison &b)
{
    if (!(a.left == b.left) || a.op != b.op || a.rightKind != b.rightKind)
        return false;
    switch (a.rightKind) {
    case Comparison::RightKind::Literal:
        return a.value == b.value;
    case Comparison::RightKind::List:
        return sameVector(a.values, b.values);
    case Comparison::RightKind::Subquery:
        return a.subquery == b.subquery;
    }
    return false;
}

bool operator==(const Condition &a, const Condition &b)
{
    if (a.kind != b.kind)
        return false;
    if (a.kind == Condition::Kind::Comparison)
        return a.comparison == b.comparison;
    return sameVector(a.operands, b.operands);
}

bool operator==(const DataCategoryFilter &a, const DataCategoryFilter &b)
{
    return sameName(a.group, b.group) && a.selector == b.selector && sameNames(a.categories, b.categories);
}

bool operator==(const GroupBy &a, const GroupBy &b)
{
    return a.kind == b.kind && sameVector(a.items, b.items);
}

bool operator==(const OrderByItem &a, const OrderByItem &b)
{
    return a.expression == b.expression && a.direction == b.direction && a.nulls == b.nulls;
}

bool operator==(const SelectQuery &a, const SelectQuery &b)
{
    return sameVector(a.select, b.select) && a.from == b.from && sameName(a.usingScope, b.usingScope)
        && a.where == b.where && sameVector(a.withDataCategory, b.withDataCategory) && a.withSecurity == b.withSecurity
        && a.groupBy == b.groupBy && a.having == b.having && sameVector(a.orderBy, b.orderBy) && a.limit == b.limit
        && a.offset == b.offset && a.forClause == b.forClause && a.updateTracking == b.updateTracking
        && a.updateViewstat == b.updateViewstat && a.forUpdate == b.forUpdate;
}

} // namespace hilal::soql
