#pragma once

// The typed syntax tree of one SOQL statement, as Parser produces it and Formatter prints it.
//
// Design rules (the local org's executor, the classifier and the formatter all walk this):
// - Plain value types: every node can be copied, moved, compared and stored in containers.
//   Children live in std::vector; the few places where a node contains its own kind through a
//   single child (a subquery inside a comparison or a select item) use Box<T>, a deep-copying
//   owning pointer, so copies never share state.
// - Names are kept as written (SOQL names are case-insensitive; compare them with
//   Qt::CaseInsensitive). Keywords, function names and date-literal names are normalised to
//   their canonical spelling (enums, or upper case where noted).
// - Every node carries the SourceRange it was parsed from (offset/length in UTF-16 code units of
//   the parsed text), so an executor can point an error at the exact spot. Ranges are NOT part
//   of equality: operator== compares meaning, which is what `parse(format(parse(q))) ==
//   parse(q)` needs.
// - Stability: fields are only ever added, never renamed or removed.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace hilal::soql {

// Where a node came from in the query text: UTF-16 offset and length.
struct SourceRange
{
    int offset = 0;
    int length = 0;
};

// An owning pointer with value semantics (copy = deep copy), for recursive single children.
// Empty (null) when the optional child is absent.
template<typename T> class Box
{
public:
    Box() = default;
    explicit Box(T value)
        : m_ptr(std::make_unique<T>(std::move(value)))
    {
    }
    Box(const Box &other)
        : m_ptr(other.m_ptr ? std::make_unique<T>(*other.m_ptr) : nullptr)
    {
    }
    Box(Box &&) noexcept = default;
    Box &operator=(const Box &other)
    {
        if (this != &other)
            m_ptr = other.m_ptr ? std::make_unique<T>(*other.m_ptr) : nullptr;
        return *this;
    }
    Box &operator=(Box &&) noexcept = default;
    ~Box() = default;

    explicit operator bool() const { return m_ptr != nullptr; }
    T *get() const { return m_ptr.get(); }
    T &operator*() const { return *m_ptr; }
    T *operator->() const { return m_ptr.get(); }

private:
    std::unique_ptr<T> m_ptr;
};

template<typename T> bool operator==(const Box<T> &a, const Box<T> &b)
{
    if (!a || !b)
        return !a && !b;
    return *a == *b;
}
template<typename T> bool operator!=(const Box<T> &a, const Box<T> &b)
{
    return !(a == b);
}

struct SelectQuery;

// ---------------------------------------------------------------------------------------------
// Literals

// The 44 date literals of docs/soql.md. Fixed ones take no number; the `…_N_…` /
// `N_…_AGO` ones require `:n`.
enum class DateLiteral {
    Yesterday,
    Today,
    Tomorrow,
    LastWeek,
    ThisWeek,
    NextWeek,
    LastMonth,
    ThisMonth,
    NextMonth,
    Last90Days,
    Next90Days,
    LastNDays,
    NextNDays,
    NDaysAgo,
    LastNWeeks,
    NextNWeeks,
    NWeeksAgo,
    LastNMonths,
    NextNMonths,
    NMonthsAgo,
    ThisQuarter,
    LastQuarter,
    NextQuarter,
    LastNQuarters,
    NextNQuarters,
    NQuartersAgo,
    ThisYear,
    LastYear,
    NextYear,
    LastNYears,
    NextNYears,
    NYearsAgo,
    ThisFiscalQuarter,
    LastFiscalQuarter,
    NextFiscalQuarter,
    LastNFiscalQuarters,
    NextNFiscalQuarters,
    NFiscalQuartersAgo,
    ThisFiscalYear,
    LastFiscalYear,
    NextFiscalYear,
    LastNFiscalYears,
    NextNFiscalYears,
    NFiscalYearsAgo,
};

struct Literal
{
    enum class Kind { String, Integer, Decimal, Boolean, Null, Date, DateTime, Currency, DateLiteral };

    Kind kind = Kind::Null;

    // String: the decoded contents (escapes resolved). The right side of LIKE is a pattern and
    //   keeps its meaningful escapes: `\%`, `\_` and `\\` stay as two characters (backslash +
    //   character), so in a pattern every backslash means "the next character literally" and an
    //   unescaped % / _ is a wildcard.
    // Integer / Decimal / Currency amount: the number as written, sign included ("-0.5", "+3").
    // Date: "YYYY-MM-DD". DateTime: as written ("2025-03-31T14:05:00Z", "…+05:30", fractions kept).
    // Boolean: "true" / "false". Null: empty. DateLiteral: the canonical upper-case name
    //   ("LAST_N_DAYS"), without the ":n".
    QString text;

    qint64 integer = 0; // Integer (and Currency / Decimal truncated, for convenience)
    double number = 0.0; // Integer, Decimal, Currency: numeric value
    bool boolean = false; // Boolean
    QDate date; // Date
    QDateTime dateTime; // DateTime, with its UTC offset (Qt::OffsetFromUTC / UTC)
    QString currencyCode; // Currency: ISO code in upper case ("USD")
    soql::DateLiteral dateLiteral = soql::DateLiteral::Today; // DateLiteral
    int n = -1; // DateLiteral: the :n parameter, -1 for the fixed literals

    SourceRange range;
};

// ---------------------------------------------------------------------------------------------
// Expressions: field paths and function calls

// `Account.Owner.Name` → parts {"Account", "Owner", "Name"}. A single identifier has one part.
struct FieldPath
{
    QStringList parts;
    SourceRange range;

    QString toString() const { return parts.join(QLatin1Char('.')); }
};

// Every function SOQL knows. Unknown names are a parse error.
enum class Function {
    Count,
    CountDistinct,
    Sum,
    Avg,
    Min,
    Max, // aggregates
    CalendarMonth,
    CalendarQuarter,
    CalendarYear,
    DayInMonth,
    DayInWeek,
    DayInYear,
    DayOnly,
    FiscalMonth,
    FiscalQuarter,
    FiscalYear,
    HourInDay,
    WeekInMonth,
    WeekInYear, // date functions
    ConvertTimezone, // only inside a date function
    ToLabel,
    ConvertCurrency,
    Format,
    Grouping,
    Distance,
    Geolocation,
};

struct Expression;

// `COUNT()`, `SUM(Amount)`, `HOUR_IN_DAY(convertTimezone(CreatedDate))`,
// `DISTANCE(Loc__c, GEOLOCATION(37.7, -122.4), 'mi')`. `COUNT()` has no arguments.
struct FunctionCall
{
    Function function = Function::Count;
    QString name; // canonical spelling, e.g. "COUNT_DISTINCT", "toLabel"
    std::vector<Expression> args;
    SourceRange range;
};

// A field path, a function call, or (as a function argument only) a literal.
struct Expression
{
    enum class Kind { Field, Function, Literal };

    Kind kind = Kind::Field;
    FieldPath field; // Kind::Field
    FunctionCall function; // Kind::Function
    Literal literal; // Kind::Literal
    SourceRange range;
};

// ---------------------------------------------------------------------------------------------
// SELECT items

enum class FieldsScope { All, Standard, Custom };

// `WHEN Account THEN Phone, NumberOfEmployees`
struct TypeOfWhen
{
    QString objectType;
    std::vector<FieldPath> fields;
    SourceRange range;
};

// `TYPEOF What WHEN Account THEN Phone WHEN Opportunity THEN Amount ELSE Name END`
struct TypeOf
{
    FieldPath field; // the polymorphic relationship (What, Who, Owner)
    std::vector<TypeOfWhen> whens; // at least one
    std::vector<FieldPath> elseFields; // empty when there is no ELSE
    SourceRange range;
};

struct SelectItem
{
    enum class Kind {
        Field, // Name, Account.Owner.Name
        Function, // COUNT(Id), toLabel(Status), FORMAT(Amount), CALENDAR_YEAR(CloseDate), …
        Fields, // FIELDS(ALL | STANDARD | CUSTOM)
        Subquery, // (SELECT LastName FROM Contacts)
        TypeOf, // TYPEOF … END
    };

    Kind kind = Kind::Field;
    FieldPath field; // Kind::Field
    FunctionCall function; // Kind::Function
    FieldsScope fieldsScope = FieldsScope::All; // Kind::Fields
    Box<SelectQuery> subquery; // Kind::Subquery
    soql::TypeOf typeOf; // Kind::TypeOf
    QString alias; // Field / Function: `COUNT(Id) cnt` → "cnt"; empty if none
    SourceRange range;
};

// ---------------------------------------------------------------------------------------------
// FROM

// Legacy extra FROM item: `FROM Contact c, c.Account a` → {path c.Account, alias a}.
struct FromRelationship
{
    FieldPath path;
    QString alias;
    SourceRange range;
};

struct FromClause
{
    QString object; // sObject; inside a subquery the child relationship name
                    // ("Contacts", or "a.Contacts" in the legacy alias form)
    QString alias; // empty when none
    std::vector<FromRelationship> relationships;
    SourceRange range;
};

// ---------------------------------------------------------------------------------------------
// WHERE / HAVING

enum class ComparisonOperator {
    Equal, // =
    NotEqual, // != and <> (formatted as !=)
    Less, // <
    LessOrEqual, // <=
    Greater, // >
    GreaterOrEqual, // >=
    Like, // LIKE
    In, // IN
    NotIn, // NOT IN
    Includes, // INCLUDES
    Excludes, // EXCLUDES
};

// `left op right`: left is a field path or a function call (never a literal); right is one
// literal, a parenthesised list of literals (IN / NOT IN / INCLUDES / EXCLUDES) or a
// semi-/anti-join subquery (IN / NOT IN).
struct Comparison
{
    enum class RightKind { Literal, List, Subquery };

    Expression left;
    ComparisonOperator op = ComparisonOperator::Equal;
    RightKind rightKind = RightKind::Literal;
    Literal value; // RightKind::Literal
    std::vector<Literal> values; // RightKind::List (at least one)
    Box<SelectQuery> subquery; // RightKind::Subquery
    SourceRange range;
};

// A boolean tree. And/Or have two or more operands (a run `a AND b AND c` is one node with three;
// an explicit `(a AND b) AND c` keeps its nesting); Not has exactly one; Comparison is a leaf.
// Parentheses are not nodes: the tree shape says what they grouped.
struct Condition
{
    enum class Kind { And, Or, Not, Comparison };

    Kind kind = Kind::Comparison;
    std::vector<Condition> operands; // And / Or / Not
    soql::Comparison comparison; // Kind::Comparison
    SourceRange range;
};

// ---------------------------------------------------------------------------------------------
// WITH, GROUP BY, ORDER BY, trailing clauses

// `WITH DATA CATEGORY Geography__c AT (usa__c, uk__c) AND Product__c BELOW all__c`
struct DataCategoryFilter
{
    enum class Selector { At, Above, Below, AboveOrBelow };

    QString group; // Geography__c
    Selector selector = Selector::At;
    QStringList categories; // one, or several with AT (a, b)
    SourceRange range;
};

enum class WithSecurity { None, SecurityEnforced, UserMode, SystemMode };

struct GroupBy
{
    enum class Kind { None, Plain, Rollup, Cube };

    Kind kind = Kind::None;
    std::vector<Expression> items; // fields or date functions
    SourceRange range;
};

enum class SortDirection { Default, Asc, Desc }; // Default: not written (sorts ascending)
enum class NullsOrder { Default, First, Last }; // Default: not written (nulls first)

struct OrderByItem
{
    Expression expression; // field, path, aggregate or DISTANCE(…)
    SortDirection direction = SortDirection::Default;
    NullsOrder nulls = NullsOrder::Default;
    SourceRange range;
};

enum class ForClause { None, View, Reference };

// ---------------------------------------------------------------------------------------------
// The statement (also used for subqueries and semi-joins)

struct SelectQuery
{
    std::vector<SelectItem> select;
    FromClause from;
    QString usingScope; // USING SCOPE mine → "mine"; empty when absent
    std::optional<Condition> where;
    std::vector<DataCategoryFilter> withDataCategory; // WITH DATA CATEGORY …; empty when absent
    WithSecurity withSecurity = WithSecurity::None;
    GroupBy groupBy;
    std::optional<Condition> having;
    std::vector<OrderByItem> orderBy;
    std::optional<qint64> limit;
    std::optional<qint64> offset;
    ForClause forClause = ForClause::None; // FOR VIEW / FOR REFERENCE
    bool updateTracking = false; // UPDATE TRACKING
    bool updateViewstat = false; // UPDATE VIEWSTAT
    bool forUpdate = false; // FOR UPDATE
    SourceRange range;
};

// Semantic equality (source ranges ignored; names compared case-insensitively, string literal
// contents case-sensitively).
bool operator==(const Literal &a, const Literal &b);
bool operator==(const FieldPath &a, const FieldPath &b);
bool operator==(const FunctionCall &a, const FunctionCall &b);
bool operator==(const Expression &a, const Expression &b);
bool operator==(const TypeOfWhen &a, const TypeOfWhen &b);
bool operator==(const TypeOf &a, const TypeOf &b);
bool operator==(const SelectItem &a, const SelectItem &b);
bool operator==(const FromRelationship &a, const FromRelationship &b);
bool operator==(const FromClause &a, const FromClause &b);
bool operator==(const Comparison &a, const Comparison &b);
bool operator==(const Condition &a, const Condition &b);
bool operator==(const DataCategoryFilter &a, const DataCategoryFilter &b);
bool operator==(const GroupBy &a, const GroupBy &b);
bool operator==(const OrderByItem &a, const OrderByItem &b);
bool operator==(const SelectQuery &a, const SelectQuery &b);

#define HILAL_SOQL_NOT_EQUAL(T)                                                                                        \
    inline bool operator!=(const T &a, const T &b)                                                                     \
    {                                                                                                                  \
        return !(a == b);                                                                                              \
    }
HILAL_SOQL_NOT_EQUAL(Literal)
HILAL_SOQL_NOT_EQUAL(FieldPath)
HILAL_SOQL_NOT_EQUAL(FunctionCall)
HILAL_SOQL_NOT_EQUAL(Expression)
HILAL_SOQL_NOT_EQUAL(TypeOfWhen)
HILAL_SOQL_NOT_EQUAL(TypeOf)
HILAL_SOQL_NOT_EQUAL(SelectItem)
HILAL_SOQL_NOT_EQUAL(FromRelationship)
HILAL_SOQL_NOT_EQUAL(FromClause)
HILAL_SOQL_NOT_EQUAL(Comparison)
HILAL_SOQL_NOT_EQUAL(Condition)
HILAL_SOQL_NOT_EQUAL(DataCategoryFilter)
HILAL_SOQL_NOT_EQUAL(GroupBy)
HILAL_SOQL_NOT_EQUAL(OrderByItem)
HILAL_SOQL_NOT_EQUAL(SelectQuery)
#undef HILAL_SOQL_NOT_EQUAL

// ---------------------------------------------------------------------------------------------
// Tables over the enums (one place for names and properties)

// Canonical spelling: "COUNT", "COUNT_DISTINCT", "CALENDAR_YEAR", "toLabel", "convertCurrency",
// "convertTimezone", "FORMAT", "GROUPING", "DISTANCE", "GEOLOCATION".
QString functionName(Function function);
// Case-insensitive lookup; nullopt for a name SOQL doesn't know (FIELDS is not a Function: it's
// SelectItem::Kind::Fields).
std::optional<Function> functionFromName(QStringView name);
bool isAggregateFunction(Function function); // COUNT, COUNT_DISTINCT, SUM, AVG, MIN, MAX
bool isDateFunction(Function function); // CALENDAR_MONTH … WEEK_IN_YEAR (not convertTimezone)

// Canonical upper-case name ("LAST_N_DAYS"), without ":n".
QString dateLiteralName(DateLiteral literal);
std::optional<DateLiteral> dateLiteralFromName(QStringView name); // case-insensitive
bool dateLiteralTakesN(DateLiteral literal); // LAST_N_DAYS etc.: true; TODAY etc.: false

// What a date literal denotes, decomposed for an executor (docs/soql.md):
// Previous/Current/Next: the whole previous/current/next period (YESTERDAY = Day, Previous).
// LastN: for Day, today and the n days before it (LAST_90_DAYS = Day, LastN, 90); for longer
//   units, the n whole periods before the current one. NextN: for Day, the n days after today;
//   otherwise the n whole periods after the current one. Ago: the single period n back.
enum class DateUnit { Day, Week, Month, Quarter, Year, FiscalQuarter, FiscalYear };
enum class DateRelation { Previous, Current, Next, LastN, NextN, Ago };
struct DateLiteralInfo
{
    DateUnit unit = DateUnit::Day;
    DateRelation relation = DateRelation::Current;
    int fixedN = -1; // LAST_90_DAYS / NEXT_90_DAYS: 90; otherwise -1 (use Literal::n)
};
DateLiteralInfo dateLiteralInfo(DateLiteral literal);

QString comparisonOperatorText(ComparisonOperator op); // "=", "!=", "<", …, "LIKE", "NOT IN"

// True when the query (not counting its subqueries) aggregates: an aggregate function in the
// select list, or a GROUP BY.
bool isAggregateQuery(const SelectQuery &query);

} // namespace hilal::soql
