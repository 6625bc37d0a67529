// The parser: every valid form parses to the right tree; every invalid form fails at the right
// line:column with a message that says what to do; nothing crashes on hostile input.
#include "soql/parser.h"

#include "soql/soql_corpus.h"

#include <QtTest>

using namespace hilal::soql;

namespace {

// A copy, so `const SelectQuery &q = parsed(parse(…))` binds to a temporary it keeps alive.
SelectQuery parsed(const ParseResult &result)
{
    if (!result.ok())
        qFatal("parse failed: %s", qPrintable(result.error.toString()));
    return *result.query;
}

ParseResult parse(const QString &soql)
{
    return Parser::parse(soql);
}

const Comparison &whereComparison(const SelectQuery &q)
{
    return q.where->comparison;
}

} // namespace

class TestParser : public QObject
{
    Q_OBJECT

private slots:
    void validQueries_data();
    void validQueries();
    void everyDateLiteral_data();
    void everyDateLiteral();
    void invalidQueries_data();
    void invalidQueries();

    void selectItems();
    void aliasesAndAggregates();
    void subqueryAndTypeOf();
    void whereTreeShape();
    void semiJoin();
    void literals_data();
    void literals();
    void stringDecoding();
    void likePatternKeepsEscapes();
    void trailingClauses();
    void withClauses();
    void groupByAndOrderBy();
    void contextKeywordsAsNames();
    void fromAliases();
    void keywordsAreCaseInsensitive();
    void groupAndOrderAreObjectNames();
    void sourceRanges();
    void errorPositionsOnLaterLines();

    void deepNestingIsAnErrorNotACrash_data();
    void deepNestingIsAnErrorNotACrash();
    void tooLongQuery();
    void everyPrefixOfValidQueriesTerminates();
    void copiesAreDeep();
};

void TestParser::validQueries_data()
{
    QTest::addColumn<QString>("soql");
    int i = 0;
    for (const char *q : testing::kValidQueries)
        QTest::addRow("%d", i++) << QString::fromUtf8(q);
}

void TestParser::validQueries()
{
    QFETCH(QString, soql);
    const ParseResult result = Parser::parse(soql);
    QVERIFY2(result.ok(), qPrintable(result.error.toString() + QStringLiteral(" in: ") + soql));
    QVERIFY(result.error.isNull());
    QCOMPARE(result.query->range.offset, soql.indexOf(QLatin1String("SELECT"), 0, Qt::CaseInsensitive));
}

void TestParser::everyDateLiteral_data()
{
    QTest::addColumn<QString>("literal");
    QTest::addColumn<int>("n");
    // Every one of the 44 date literals, written as the reference does; parameterised ones with :n.
    for (int i = 0; i <= int(DateLiteral::NFiscalYearsAgo); ++i) {
        const auto literal = DateLiteral(i);
        const QString name = dateLiteralName(literal);
        const int n = dateLiteralTakesN(literal) ? (i % 7) + 1 : -1;
        QTest::newRow(qPrintable(name)) << (n >= 0 ? name + QLatin1Char(':') + QString::number(n) : name) << n;
    }
}

void TestParser::everyDateLiteral()
{
    QFETCH(QString, literal);
    QFETCH(int, n);
    const ParseResult result = parse(QStringLiteral("SELECT Id FROM Opportunity WHERE CloseDate >= ") + literal);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Literal &value = whereComparison(*result.query).value;
    QCOMPARE(value.kind, Literal::Kind::DateLiteral);
    QCOMPARE(value.n, n);
    QCOMPARE(value.text + (n >= 0 ? QLatin1Char(':') + QString::number(n) : QString()), literal);
    QCOMPARE(dateLiteralFromName(value.text), value.dateLiteral);
    // Lower case works too.
    QVERIFY(parse(QStringLiteral("SELECT Id FROM Opportunity WHERE CloseDate >= ") + literal.toLower()).ok());
}

void TestParser::invalidQueries_data()
{
    QTest::addColumn<QString>("soql");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    const auto row = [](const char *soql, int line, int column, const char *fragment) {
        QTest::newRow(soql) << QString::fromUtf8(soql) << line << column << QString::fromUtf8(fragment);
    };
    // Structure
    row("SELECT Id Account", 1, 18, "expected FROM after the field list");
    row("SELECT Id, Name WHERE Name = 'x'", 1, 17, "expected FROM after the field list (found WHERE)");
    row("SELECT FROM Account", 1, 8, "the field list is empty");
    row("SELECT Id, FROM Account", 1, 12, "remove the comma before FROM");
    row("SELECT Id FROM", 1, 15, "expected an object name after FROM");
    row("SELECT Id FROM Account WHERE", 1, 29, "expected a condition after WHERE");
    row("SELECT * FROM Account", 1, 8, "SOQL has no '*'");
    row("DELETE FROM Account", 1, 1, "SOQL can only read; DELETE is a data change");
    row("FIND {Acme} RETURNING Account", 1, 1, "FIND is a search (SOSL)");
    row("", 1, 1, "the query is empty");
    row("   \n  ", 2, 3, "the query is empty");
    row("SELECT Id FROM Account a b", 1, 26, "unexpected 'b'");
    row("SELECT Id FROM Account WHERE Name = 'x' LIMIT 5 5", 1, 49, "unexpected '5'");
    row("SELECT Id FROM Account WHERE Name = 'x')", 1, 40, "has no matching '('");
    row("SELECT Id FROM Account.Contacts", 1, 23, "FROM takes an object name, not a path");
    row("SELECT Id FROM Account ORDER Name", 1, 24, "did you mean ORDER BY?");
    row("SELECT Id FROM Account WHERE Select = 'x'", 1, 30, "SELECT is a reserved word");
    row("SELECT Id, Limit FROM Account", 1, 12, "LIMIT is a reserved word");
    row("SELECT Id FROM Account FROM Contact", 1, 24, "only one FROM clause");
    // Clause order
    row("SELECT Id FROM Account OFFSET 5 LIMIT 10", 1, 33, "LIMIT must come before OFFSET");
    row("SELECT Id FROM Account LIMIT 10 WHERE Name = 'x'", 1, 33, "WHERE must come before LIMIT");
    row("SELECT Id FROM Account ORDER BY Name WHERE Name = 'x'", 1, 38, "WHERE must come before ORDER BY");
    row("SELECT Id FROM Account WHERE Name = 'x' WHERE Name = 'y'", 1, 41, "only one WHERE clause is allowed");
    row("SELECT Id FROM Account FOR UPDATE LIMIT 1", 1, 35, "LIMIT must come before FOR UPDATE");
    row("SELECT Id FROM Account WITH SECURITY_ENFORCED WITH DATA CATEGORY G__c AT a__c", 1, 47,
        "WITH DATA CATEGORY must come before WITH");
    // Strings and escapes
    row("SELECT Id FROM Account WHERE Name = 'a\\qb'", 1, 39,
        "\\q is not a valid escape in a string; write \\\\ for a backslash");
    row("SELECT Id FROM Account WHERE Name = 'a\\u12'", 1, 39, "\\u needs exactly four hex digits");
    row("SELECT Id FROM Account WHERE Name = 'abc", 1, 37, "this string has no closing quote");
    row("SELECT Id FROM Account WHERE Name = \"abc\"", 1, 37, "SOQL strings take single quotes");
    row("SELECT Id FROM Account WHERE Name = 'a\\%b'", 1, 39, "\\% only works in a LIKE pattern");
    row("SELECT Id FROM Account WHERE Name = 'a\\_b'", 1, 39, "\\_ only works in a LIKE pattern");
    row("SELECT Id FROM Account WHERE Name = 'line\nbreak'", 1, 42, "can't contain a raw line break");
    row("SELECT Id FROM Account WHERE Name = 'tab\there'", 1, 41, "write \\n, \\r or \\t instead");
    // Date literals
    row("SELECT Id FROM Account WHERE CreatedDate = LAST_N_DAYS", 1, 44, "LAST_N_DAYS needs a number: LAST_N_DAYS:30");
    row("SELECT Id FROM Account WHERE CreatedDate = LAST_N_DAYS: 30", 1, 44, "right after the colon, no space");
    row("SELECT Id FROM Account WHERE CreatedDate = LAST_N_DAYS:-1", 1, 44, "a number of zero or more");
    row("SELECT Id FROM Account WHERE CreatedDate = TODAY:3", 1, 44, "TODAY takes no number");
    row("SELECT Id FROM Account WHERE CreatedDate = N_FISCAL_YEARS_AGO", 1, 44, "N_FISCAL_YEARS_AGO needs a number");
    row("SELECT Id FROM Account WHERE CreatedDate = next_n_weeks", 1, 44,
        "NEXT_N_WEEKS needs a number: NEXT_N_WEEKS:30");
    row("SELECT Id FROM Account WHERE CreatedDate = LAST_N_DAYS:99999999999", 1, 44, "too large");
    // Numbers, dates, datetimes
    row("SELECT Id FROM Account WHERE NumberOfEmployees > 5e3", 1, 50, "no exponent");
    row("SELECT Id FROM Account WHERE NumberOfEmployees > 1.", 1, 50, "is not a number SOQL understands");
    row("SELECT Id FROM Account WHERE NumberOfEmployees > 12abc", 1, 50, "is not a number SOQL understands");
    row("SELECT Id FROM Account WHERE CloseDate = 2025-13-01", 1, 42, "is not a valid date");
    row("SELECT Id FROM Account WHERE CloseDate = 2025-02-30", 1, 42, "is not a valid date");
    row("SELECT Id FROM Account WHERE CloseDate = 2025-3-1", 1, 42, "write YYYY-MM-DD");
    row("SELECT Id FROM Account WHERE CreatedDate = 2025-03-31T14:05:00", 1, 44, "is not a valid datetime");
    row("SELECT Id FROM Account WHERE CreatedDate = 2025-03-31T14:05Z", 1, 44, "is not a valid datetime");
    row("SELECT Id FROM Account WHERE CreatedDate = 2025-03-31T25:00:00Z", 1, 44, "is not a valid datetime");
    row("SELECT Id FROM Account WHERE CreatedDate = 2025-03-31T14:05:00+0530", 1, 44, "2025-03-31T14:05:00+05:30");
    // Logic and operators
    row("SELECT Id FROM Account WHERE a = 1 AND b = 2 OR c = 3", 1, 46,
        "AND and OR can't be mixed without parentheses");
    row("SELECT Id FROM Account WHERE a = 1 OR b = 2 AND c = 3", 1, 45,
        "AND and OR can't be mixed without parentheses");
    row("SELECT Id FROM Account WHERE (a = 1 OR b = 2) AND c = 3 OR d = 4", 1, 57, "AND and OR can't be mixed");
    row("SELECT Id FROM Account WHERE Name NOT LIKE 'x%'", 1, 35,
        "SOQL has no NOT LIKE; negate the whole condition: NOT Name LIKE");
    row("SELECT Id FROM Account WHERE Name NOT = 'x'", 1, 35, "NOT goes before the whole condition");
    row("SELECT Id FROM Account WHERE Name = Industry", 1, 37, "can't compare a field with another field");
    row("SELECT Id FROM Account WHERE 5 < NumberOfEmployees", 1, 30, "a condition starts with a field");
    row("SELECT Id FROM Account WHERE Name LIKE 5", 1, 40, "LIKE needs a string pattern");
    row("SELECT Id FROM Account WHERE Name = ('a', 'b')", 1, 37, "for a list use IN");
    row("SELECT Id FROM Account WHERE Name IN 'a'", 1, 38, "IN needs a list in parentheses");
    row("SELECT Id FROM Account WHERE Name IN ()", 1, 39, "IN needs at least one value");
    row("SELECT Id FROM Account WHERE Name IN ('a' 'b')", 1, 43, "expected ',' or ')' in the IN list (found 'b')");
    row("SELECT Id FROM Account WHERE Name", 1, 34, "expected a comparison operator after Name");
    row("SELECT Id FROM Account WHERE Name =", 1, 36, "expected a value after Name =");
    row("SELECT Id FROM Account WHERE (Name = 'x'", 1, 41, "expected ')' to close the '(' at 1:30");
    row("SELECT Id FROM Account WHERE Name = 'x' AND", 1, 44, "expected a condition after AND");
    row("SELECT Id FROM Account WHERE Name = 'x' AND NOT", 1, 48, "expected a condition");
    row("SELECT Id FROM Account WHERE ParentId > null", 1, 41, "null can only be compared with = or !=");
    row("SELECT Id FROM Account WHERE Name INCLUDES (1, 2)", 1, 45, "INCLUDES takes strings");
    row("SELECT Id FROM Account WHERE Name == 'x'", 1, 36, "expected a value");
    row("SELECT Id FROM Account WHERE Name != 'x' !", 1, 42, "'!' only appears in '!='");
    // Binds, comments, separators, odd characters
    row("SELECT Id FROM Account WHERE Id = :acctId", 1, 35, "bind variables only work inside Apex");
    row("SELECT Id FROM Account WHERE Id IN :ids", 1, 36, "bind variables only work inside Apex");
    row("SELECT Id FROM Account -- comment", 1, 24, "SOQL has no comments");
    row("SELECT Id FROM Account // comment", 1, 24, "SOQL has no comments");
    row("SELECT Id FROM Account /* comment */", 1, 24, "SOQL has no comments");
    row("SELECT Id FROM Account;", 1, 23, "one query only; remove ';'");
    row("SELECT Id FROM Account WHERE Name = 'x' {", 1, 41, "SOQL has no braces");
    row("SELECT Id FROM Account WHERE Name = 'x' @", 1, 41, "can't appear in SOQL outside a string");
    // LIMIT / OFFSET
    row("SELECT Id FROM Account LIMIT -1", 1, 30, "LIMIT needs a whole number of zero or more");
    row("SELECT Id FROM Account LIMIT 1.5", 1, 30, "LIMIT needs a whole number");
    row("SELECT Id FROM Account LIMIT", 1, 29, "LIMIT needs a whole number");
    row("SELECT Id FROM Account LIMIT abc", 1, 30, "LIMIT needs a whole number");
    row("SELECT Id FROM Account OFFSET x", 1, 31, "OFFSET needs a whole number");
    // Select list, functions
    row("SELECT Id Name FROM Account", 1, 11, "did you forget a comma between Id and Name?");
    row("SELECT COUNT(), Name FROM Account", 1, 8, "COUNT() must be the only item");
    row("SELECT FOO(Name) FROM Account", 1, 8, "'FOO' is not a SOQL function");
    row("SELECT SUM() FROM Opportunity", 1, 8, "SUM takes one field, e.g. SUM(Amount)");
    row("SELECT SUM(Amount, Id) FROM Opportunity", 1, 8, "SUM takes one field");
    row("SELECT COUNT(Id, Name) FROM Account", 1, 8, "COUNT takes nothing or one field");
    row("SELECT CALENDAR_YEAR() FROM Opportunity", 1, 8, "CALENDAR_YEAR takes one date or datetime field");
    row("SELECT convertTimezone(CreatedDate) FROM Account", 1, 8, "convertTimezone only works inside a date function");
    row("SELECT Id FROM Account WHERE COUNT(Id) > 1", 1, 30, "filter on aggregates with HAVING");
    row("SELECT Id FROM Account WHERE FORMAT(Amount) > 1", 1, 30, "FORMAT only works in the field list");
    row("SELECT FIELDS(ALL) FROM Account", 1, 8, "FIELDS(ALL) needs LIMIT 200 or less");
    row("SELECT FIELDS(CUSTOM) FROM Account LIMIT 201", 1, 8, "FIELDS(CUSTOM) needs LIMIT 200 or less");
    row("SELECT FIELDS(EVERYTHING) FROM Account LIMIT 1", 1, 15, "ALL, STANDARD or CUSTOM");
    row("SELECT Id FROM Account WHERE FIELDS(ALL) = 'x'", 1, 30, "FIELDS() only works in the field list");
    row("SELECT Id FROM Account WHERE DISTANCE(Loc__c, GEOLOCATION(1, 2), 'miles') < 5", 1, 66,
        "the DISTANCE unit is 'mi' or 'km'");
    row("SELECT Id FROM Account WHERE DISTANCE(Loc__c, GEOLOCATION(1), 'mi') < 5", 1, 47,
        "GEOLOCATION takes a latitude and a longitude");
    row("SELECT GEOLOCATION(1, 2) FROM Account", 1, 8, "GEOLOCATION only works inside DISTANCE");
    row("SELECT COUNT(Id FROM Account", 1, 17, "expected ')' to close COUNT(");
    // Subqueries, TYPEOF, semi-joins
    row("SELECT Name, (SELECT LastName FROM Contacts FROM Account", 1, 45,
        "expected ')' to close the subquery opened at 1:14");
    row("SELECT Name, (LastName) FROM Account", 1, 15, "a parenthesised item in the field list is a subquery");
    row("SELECT Id FROM Account WHERE Id IN (SELECT Id, Name FROM Contact)", 1, 37,
        "selects exactly one Id or lookup field");
    row("SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact LIMIT 5)", 1, 37,
        "can't have ORDER BY or LIMIT");
    row("SELECT Id FROM Account WHERE Name = 'x' OR Id IN (SELECT AccountId FROM Contact)", 1, 44,
        "can't be combined with OR");
    row("SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE Id IN (SELECT WhoId FROM Task))", 1,
        80, "a semi-join can't contain another semi-join");
    row("SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact) AND Id IN (SELECT AccountId FROM Case) "
        "AND Id IN (SELECT AccountId FROM Opportunity)",
        1, 111, "at most two semi-joins");
    row("SELECT Id FROM Account WHERE Tags__c INCLUDES (SELECT Id FROM Tag__c)", 1, 48,
        "INCLUDES takes a list of values, not a subquery");
    row("SELECT Id FROM Account HAVING Id IN (SELECT AccountId FROM Contact)", 1, 38,
        "HAVING can't contain a semi-join");
    row("SELECT Id FROM Account WHERE (SELECT Id FROM Contact) = 'x'", 1, 31,
        "a subquery can only follow IN or NOT IN");
    row("SELECT TYPEOF What WHEN Account Phone END FROM Event", 1, 33, "expected THEN after WHEN Account");
    row("SELECT TYPEOF What WHEN Account THEN Phone FROM Event", 1, 44, "expected END to close TYPEOF");
    row("SELECT TYPEOF What ELSE Name END FROM Event", 1, 20, "expected WHEN after TYPEOF What");
    // USING SCOPE, WITH, GROUP BY, ORDER BY, FOR, UPDATE
    row("SELECT Id FROM Account USING SCOPE nobody", 1, 36, "'nobody' is not a scope");
    row("SELECT Id FROM Account USING mine", 1, 30, "expected SCOPE after USING");
    row("SELECT Id FROM Account WITH SECURITY", 1, 29, "SECURITY_ENFORCED, USER_MODE, SYSTEM_MODE or DATA CATEGORY");
    row("SELECT Id FROM Account WITH DATA CATEGORY Geography__c NEAR usa__c", 1, 56,
        "AT, ABOVE, BELOW or ABOVE_OR_BELOW");
    row("SELECT Id FROM Account GROUP BY", 1, 32, "expected a field after GROUP BY");
    row("SELECT Id FROM Account GROUP BY ROLLUP Name", 1, 40, "expected '(' after ROLLUP");
    row("SELECT Id FROM Account GROUP BY SUM(Amount)", 1, 33, "can't be used in GROUP BY");
    row("SELECT Id FROM Account ORDER BY Name NULLS", 1, 38, "NULLS FIRST or NULLS LAST");
    row("SELECT Id FROM Account ORDER BY", 1, 32, "expected a field after ORDER BY");
    row("SELECT Id FROM Account FOR SHARE", 1, 28, "VIEW, REFERENCE or UPDATE after FOR");
    row("SELECT Id FROM Account UPDATE STATS", 1, 31, "TRACKING or VIEWSTAT after UPDATE");
    row("SELECT Id FROM Account HAVING", 1, 30, "expected a condition after HAVING");
}

void TestParser::invalidQueries()
{
    QFETCH(QString, soql);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    const ParseResult result = Parser::parse(soql);
    QVERIFY2(!result.ok(), qPrintable(QStringLiteral("parsed but should not: ") + soql));
    QVERIFY2(result.error.message.contains(fragment),
             qPrintable(QStringLiteral("message '%1' lacks '%2'").arg(result.error.message, fragment)));
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.error.column, column);
    QVERIFY(result.error.offset >= 0 && result.error.offset + result.error.length <= soql.size());
    QCOMPARE(result.error.toString(), QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(result.error.message));
}

void TestParser::selectItems()
{
    const ParseResult r = parse(QStringLiteral(
        "SELECT Id, Account.Owner.Name, COUNT(Id), FIELDS(STANDARD), toLabel(Status) FROM Lead GROUP BY Id"));
    const SelectQuery &q = parsed(r);
    QCOMPARE(q.select.size(), size_t(5));
    QCOMPARE(q.select[0].kind, SelectItem::Kind::Field);
    QCOMPARE(q.select[0].field.parts, QStringList {QStringLiteral("Id")});
    QCOMPARE(q.select[1].field.parts,
             (QStringList {QStringLiteral("Account"), QStringLiteral("Owner"), QStringLiteral("Name")}));
    QCOMPARE(q.select[1].field.toString(), QStringLiteral("Account.Owner.Name"));
    QCOMPARE(q.select[2].kind, SelectItem::Kind::Function);
    QCOMPARE(q.select[2].function.function, Function::Count);
    QCOMPARE(q.select[2].function.args.size(), size_t(1));
    QCOMPARE(q.select[2].function.args[0].field.toString(), QStringLiteral("Id"));
    QCOMPARE(q.select[3].kind, SelectItem::Kind::Fields);
    QCOMPARE(q.select[3].fieldsScope, FieldsScope::Standard);
    QCOMPARE(q.select[4].function.function, Function::ToLabel);
    QCOMPARE(q.select[4].function.name, QStringLiteral("toLabel"));
    QCOMPARE(q.from.object, QStringLiteral("Lead"));

    const SelectQuery &nested
        = parsed(parse(QStringLiteral("SELECT HOUR_IN_DAY(convertTimezone(CreatedDate)) h, COUNT(Id) FROM Task GROUP "
                                      "BY HOUR_IN_DAY(convertTimezone(CreatedDate))")));
    const FunctionCall &hour = nested.select[0].function;
    QCOMPARE(hour.function, Function::HourInDay);
    QCOMPARE(hour.args[0].kind, Expression::Kind::Function);
    QCOMPARE(hour.args[0].function.function, Function::ConvertTimezone);
    QCOMPARE(hour.args[0].function.args[0].field.toString(), QStringLiteral("CreatedDate"));
    QCOMPARE(nested.select[0].alias, QStringLiteral("h"));
}

void TestParser::aliasesAndAggregates()
{
    const SelectQuery &q
        = parsed(parse(QStringLiteral("SELECT LeadSource src, COUNT(Id) cnt FROM Lead GROUP BY LeadSource")));
    QCOMPARE(q.select[0].alias, QStringLiteral("src"));
    QCOMPARE(q.select[1].alias, QStringLiteral("cnt"));
    QVERIFY(isAggregateQuery(q));
    QVERIFY(!isAggregateQuery(parsed(parse(QStringLiteral("SELECT Id FROM Lead")))));
    QVERIFY(isAggregateQuery(parsed(parse(QStringLiteral("SELECT COUNT() FROM Lead")))));
    QVERIFY(isAggregateQuery(parsed(parse(QStringLiteral("SELECT FORMAT(MAX(Amount)) m FROM Opportunity")))));
}

void TestParser::subqueryAndTypeOf()
{
    const SelectQuery &q = parsed(parse(QStringLiteral(
        "SELECT Name, (SELECT LastName FROM Contacts WHERE Email != null ORDER BY LastName LIMIT 5), "
        "TYPEOF What WHEN Account THEN Phone, Name WHEN Opportunity THEN Amount ELSE Id END FROM Account")));
    QCOMPARE(q.select[1].kind, SelectItem::Kind::Subquery);
    const SelectQuery &sub = *q.select[1].subquery;
    QCOMPARE(sub.from.object, QStringLiteral("Contacts"));
    QCOMPARE(sub.limit, std::optional<qint64>(5));
    QVERIFY(sub.where.has_value());
    QCOMPARE(sub.orderBy.size(), size_t(1));
    const TypeOf &t = q.select[2].typeOf;
    QCOMPARE(q.select[2].kind, SelectItem::Kind::TypeOf);
    QCOMPARE(t.field.toString(), QStringLiteral("What"));
    QCOMPARE(t.whens.size(), size_t(2));
    QCOMPARE(t.whens[0].objectType, QStringLiteral("Account"));
    QCOMPARE(t.whens[0].fields.size(), size_t(2));
    QCOMPARE(t.whens[1].fields[0].toString(), QStringLiteral("Amount"));
    QCOMPARE(t.elseFields.size(), size_t(1));
}

void TestParser::whereTreeShape()
{
    // A run of ANDs is one node; NOT binds tighter than AND; parentheses shape the tree.
    const SelectQuery &q
        = parsed(parse(QStringLiteral("SELECT Id FROM Account WHERE NOT A = 1 AND (B = 2 OR C = 3) AND D IN (1, 2)")));
    const Condition &root = *q.where;
    QCOMPARE(root.kind, Condition::Kind::And);
    QCOMPARE(root.operands.size(), size_t(3));
    QCOMPARE(root.operands[0].kind, Condition::Kind::Not);
    QCOMPARE(root.operands[0].operands[0].comparison.left.field.toString(), QStringLiteral("A"));
    QCOMPARE(root.operands[1].kind, Condition::Kind::Or);
    QCOMPARE(root.operands[1].operands.size(), size_t(2));
    QCOMPARE(root.operands[2].comparison.op, ComparisonOperator::In);
    QCOMPARE(root.operands[2].comparison.rightKind, Comparison::RightKind::List);
    QCOMPARE(root.operands[2].comparison.values.size(), size_t(2));

    const SelectQuery &explicitNesting
        = parsed(parse(QStringLiteral("SELECT Id FROM A WHERE (X = 1 AND Y = 2) AND Z = 3")));
    QCOMPARE(explicitNesting.where->operands.size(), size_t(2));
    QCOMPARE(explicitNesting.where->operands[0].kind, Condition::Kind::And);

    const SelectQuery &ops = parsed(parse(QStringLiteral("SELECT Id FROM A WHERE B <> 1")));
    QCOMPARE(ops.where->comparison.op, ComparisonOperator::NotEqual);
    const SelectQuery &notIn = parsed(parse(QStringLiteral("SELECT Id FROM A WHERE B NOT IN ('x')")));
    QCOMPARE(notIn.where->comparison.op, ComparisonOperator::NotIn);
    const SelectQuery &excludes = parsed(parse(QStringLiteral("SELECT Id FROM A WHERE B EXCLUDES ('x;y')")));
    QCOMPARE(excludes.where->comparison.op, ComparisonOperator::Excludes);
    QCOMPARE(excludes.where->comparison.values[0].text, QStringLiteral("x;y"));
}

void TestParser::semiJoin()
{
    const SelectQuery &q = parsed(parse(QStringLiteral(
        "SELECT Id FROM Account WHERE Id NOT IN (SELECT AccountId FROM Opportunity WHERE IsWon = true)")));
    const Comparison &c = q.where->comparison;
    QCOMPARE(c.op, ComparisonOperator::NotIn);
    QCOMPARE(c.rightKind, Comparison::RightKind::Subquery);
    QVERIFY(c.subquery);
    QCOMPARE(c.subquery->from.object, QStringLiteral("Opportunity"));
    QCOMPARE(c.subquery->select[0].field.toString(), QStringLiteral("AccountId"));
    QCOMPARE(c.subquery->where->comparison.value.boolean, true);
}

void TestParser::literals_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("number");
    const auto row = [](const char *value, Literal::Kind kind, const char *text, double number) {
        QTest::newRow(value) << QString::fromUtf8(value) << int(kind) << QString::fromUtf8(text) << number;
    };
    row("'Acme'", Literal::Kind::String, "Acme", 0);
    row("42", Literal::Kind::Integer, "42", 42);
    row("-7", Literal::Kind::Integer, "-7", -7);
    row("+3", Literal::Kind::Integer, "+3", 3);
    row("3.14", Literal::Kind::Decimal, "3.14", 3.14);
    row("-0.5", Literal::Kind::Decimal, "-0.5", -0.5);
    row(".5", Literal::Kind::Decimal, ".5", 0.5);
    row("99999999999999999999", Literal::Kind::Decimal, "99999999999999999999", 1e20);
    row("true", Literal::Kind::Boolean, "true", 0);
    row("FALSE", Literal::Kind::Boolean, "false", 0);
    row("null", Literal::Kind::Null, "", 0);
    row("2025-03-31", Literal::Kind::Date, "2025-03-31", 0);
    row("2025-03-31T14:05:00Z", Literal::Kind::DateTime, "2025-03-31T14:05:00Z", 0);
    row("2025-03-31T14:05:00.250+05:30", Literal::Kind::DateTime, "2025-03-31T14:05:00.250+05:30", 0);
    row("USD5000", Literal::Kind::Currency, "5000", 5000);
    row("eur1250.50", Literal::Kind::Currency, "1250.50", 1250.5);
    row("TODAY", Literal::Kind::DateLiteral, "TODAY", 0);
    row("last_n_days:30", Literal::Kind::DateLiteral, "LAST_N_DAYS", 0);
}

void TestParser::literals()
{
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(double, number);
    const ParseResult r = parse(QStringLiteral("SELECT Id FROM A WHERE F = ") + value);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Literal &l = r.query->where->comparison.value;
    QCOMPARE(int(l.kind), kind);
    QCOMPARE(l.text, text);
    if (number != 0)
        QCOMPARE(l.number, number);
    QCOMPARE(l.range.offset, 27);
    QCOMPARE(l.range.length, value.size());
    switch (l.kind) {
    case Literal::Kind::Date:
        QCOMPARE(l.date, QDate(2025, 3, 31));
        break;
    case Literal::Kind::DateTime:
        QVERIFY(l.dateTime.isValid());
        QCOMPARE(l.dateTime.toUTC().time().hour(), text.contains(u'Z') ? 14 : 8);
        break;
    case Literal::Kind::Currency:
        QCOMPARE(l.currencyCode, value.left(3).toUpper());
        break;
    case Literal::Kind::Boolean:
        QCOMPARE(l.boolean, value.compare(u"true", Qt::CaseInsensitive) == 0);
        break;
    case Literal::Kind::DateLiteral:
        QCOMPARE(l.n, value.contains(u':') ? 30 : -1);
        break;
    default:
        break;
    }
}

void TestParser::stringDecoding()
{
    const SelectQuery &q
        = parsed(parse(QStringLiteral("SELECT Id FROM A WHERE F = 'a\\nb\\Nc\\rd\\te\\bf\\fg\\'h\\\"i\\\\j\\u00e9k'")));
    QCOMPARE(q.where->comparison.value.text, QStringLiteral("a\nb\nc\rd\te\bf\fg'h\"i\\j\u00e9k"));
    const SelectQuery &unicode = parsed(parse(QStringLiteral("SELECT Id FROM A WHERE F = 'ünï ✓ 😀'")));
    QCOMPARE(unicode.where->comparison.value.text, QStringLiteral("ünï ✓ 😀"));
}

void TestParser::likePatternKeepsEscapes()
{
    // In a LIKE pattern, \% \_ \\ stay as backslash pairs: a literal %, _ or backslash.
    const SelectQuery &q = parsed(parse(QStringLiteral("SELECT Id FROM A WHERE F LIKE '50\\%\\_a\\\\b%\\n'")));
    QCOMPARE(q.where->comparison.value.text, QStringLiteral("50\\%\\_a\\\\b%\n"));
}

void TestParser::trailingClauses()
{
    const SelectQuery &q
        = parsed(parse(QStringLiteral("SELECT Id FROM Account USING SCOPE mine WHERE Name != null LIMIT 10 OFFSET 20 "
                                      "FOR VIEW UPDATE TRACKING, VIEWSTAT FOR UPDATE")));
    QCOMPARE(q.usingScope, QStringLiteral("mine"));
    QCOMPARE(q.limit, std::optional<qint64>(10));
    QCOMPARE(q.offset, std::optional<qint64>(20));
    QCOMPARE(q.forClause, ForClause::View);
    QVERIFY(q.updateTracking);
    QVERIFY(q.updateViewstat);
    QVERIFY(q.forUpdate);
    const SelectQuery &ref = parsed(parse(QStringLiteral("SELECT Id FROM Account FOR REFERENCE")));
    QCOMPARE(ref.forClause, ForClause::Reference);
    QVERIFY(!ref.forUpdate && !ref.updateTracking && !ref.limit);
}

void TestParser::withClauses()
{
    const SelectQuery &q = parsed(parse(QStringLiteral(
        "SELECT Title FROM Question WITH DATA CATEGORY Geography__c AT (usa__c, uk__c) AND Product__c ABOVE_OR_BELOW "
        "mobile__c WITH SECURITY_ENFORCED")));
    QCOMPARE(q.withDataCategory.size(), size_t(2));
    QCOMPARE(q.withDataCategory[0].group, QStringLiteral("Geography__c"));
    QCOMPARE(q.withDataCategory[0].selector, DataCategoryFilter::Selector::At);
    QCOMPARE(q.withDataCategory[0].categories, (QStringList {QStringLiteral("usa__c"), QStringLiteral("uk__c")}));
    QCOMPARE(q.withDataCategory[1].selector, DataCategoryFilter::Selector::AboveOrBelow);
    QCOMPARE(q.withSecurity, WithSecurity::SecurityEnforced);
    QCOMPARE(parsed(parse(QStringLiteral("SELECT Id FROM A WITH USER_MODE"))).withSecurity, WithSecurity::UserMode);
    QCOMPARE(parsed(parse(QStringLiteral("SELECT Id FROM A WITH system_mode"))).withSecurity, WithSecurity::SystemMode);
}

void TestParser::groupByAndOrderBy()
{
    const SelectQuery &q = parsed(
        parse(QStringLiteral("SELECT Type, COUNT(Id) FROM Account GROUP BY CUBE(Type, Industry) HAVING COUNT(Id) > 1 "
                             "ORDER BY Type DESC NULLS LAST, COUNT(Id) ASC, Name NULLS FIRST, Industry")));
    QCOMPARE(q.groupBy.kind, GroupBy::Kind::Cube);
    QCOMPARE(q.groupBy.items.size(), size_t(2));
    QVERIFY(q.having.has_value());
    QCOMPARE(q.having->comparison.left.function.function, Function::Count);
    QCOMPARE(q.orderBy.size(), size_t(4));
    QCOMPARE(q.orderBy[0].direction, SortDirection::Desc);
    QCOMPARE(q.orderBy[0].nulls, NullsOrder::Last);
    QCOMPARE(q.orderBy[1].expression.kind, Expression::Kind::Function);
    QCOMPARE(q.orderBy[1].direction, SortDirection::Asc);
    QCOMPARE(q.orderBy[2].direction, SortDirection::Default);
    QCOMPARE(q.orderBy[2].nulls, NullsOrder::First);
    QCOMPARE(q.orderBy[3].nulls, NullsOrder::Default);
    QCOMPARE(parsed(parse(QStringLiteral("SELECT A FROM B GROUP BY ROLLUP(A)"))).groupBy.kind, GroupBy::Kind::Rollup);
    QCOMPARE(parsed(parse(QStringLiteral("SELECT A FROM B GROUP BY A"))).groupBy.kind, GroupBy::Kind::Plain);
}

void TestParser::contextKeywordsAsNames()
{
    // OFFSET, TYPEOF, VIEW, … are context keywords: fields may carry those names.
    const SelectQuery &q = parsed(parse(QStringLiteral("SELECT Offset, Typeof, View, Scope FROM Thing__c WHERE Offset "
                                                       "= 5 AND View = 'x' ORDER BY Offset LIMIT 1 OFFSET 2")));
    QCOMPARE(q.select.size(), size_t(4));
    QCOMPARE(q.where->operands[0].comparison.left.field.toString(), QStringLiteral("Offset"));
    QCOMPARE(q.orderBy[0].expression.field.toString(), QStringLiteral("Offset"));
    QCOMPARE(q.offset, std::optional<qint64>(2));
    QVERIFY(parse(QStringLiteral("SELECT Id FROM A HAVING Offset > 1")).ok());
}

void TestParser::fromAliases()
{
    const SelectQuery &q
        = parsed(parse(QStringLiteral("SELECT c.Name, a.Name FROM Contact c, c.Account a WHERE c.Name != null")));
    QCOMPARE(q.from.object, QStringLiteral("Contact"));
    QCOMPARE(q.from.alias, QStringLiteral("c"));
    QCOMPARE(q.from.relationships.size(), size_t(1));
    QCOMPARE(q.from.relationships[0].path.toString(), QStringLiteral("c.Account"));
    QCOMPARE(q.from.relationships[0].alias, QStringLiteral("a"));
    // OFFSET after the object is the clause, not an alias.
    const SelectQuery &o = parsed(parse(QStringLiteral("SELECT Id FROM Account OFFSET 5")));
    QVERIFY(o.from.alias.isEmpty());
    QCOMPARE(o.offset, std::optional<qint64>(5));
}

void TestParser::keywordsAreCaseInsensitive()
{
    const SelectQuery &lower = parsed(parse(QStringLiteral(
        "select name from account where name like 'a%' and isdeleted = false order by name desc nulls last limit 5")));
    const SelectQuery &upper = parsed(parse(QStringLiteral(
        "SELECT Name FROM Account WHERE Name LIKE 'a%' AND IsDeleted = FALSE ORDER BY Name DESC NULLS LAST LIMIT 5")));
    QVERIFY(lower == upper);
    // String contents are not case-insensitive.
    QVERIFY(parsed(parse(QStringLiteral("SELECT Id FROM A WHERE B = 'x'")))
            != parsed(parse(QStringLiteral("SELECT Id FROM A WHERE B = 'X'"))));
}

void TestParser::groupAndOrderAreObjectNames()
{
    QCOMPARE(parsed(parse(QStringLiteral("SELECT Id FROM Group"))).from.object, QStringLiteral("Group"));
    const SelectQuery &q = parsed(parse(QStringLiteral("SELECT Id FROM Order ORDER BY Id")));
    QCOMPARE(q.from.object, QStringLiteral("Order"));
    QCOMPARE(q.orderBy.size(), size_t(1));
    const SelectQuery &g = parsed(parse(QStringLiteral("SELECT Type, COUNT(Id) FROM Group GROUP BY Type")));
    QCOMPARE(g.from.object, QStringLiteral("Group"));
    QCOMPARE(g.groupBy.kind, GroupBy::Kind::Plain);
    QCOMPARE(parsed(parse(QStringLiteral("SELECT Id FROM Order WHERE Status = 'Draft'"))).from.object,
             QStringLiteral("Order"));
}

void TestParser::sourceRanges()
{
    const QString soql = QStringLiteral("SELECT Id, Owner.Name FROM Account WHERE Name = 'Acme'");
    const SelectQuery &q = parsed(parse(soql));
    QCOMPARE(soql.mid(q.select[1].range.offset, q.select[1].range.length), QStringLiteral("Owner.Name"));
    QCOMPARE(soql.mid(q.where->range.offset, q.where->range.length), QStringLiteral("Name = 'Acme'"));
    QCOMPARE(soql.mid(q.where->comparison.value.range.offset, q.where->comparison.value.range.length),
             QStringLiteral("'Acme'"));
    QCOMPARE(q.range.offset, 0);
    QCOMPARE(q.range.length, soql.size());
}

void TestParser::errorPositionsOnLaterLines()
{
    const struct
    {
        const char *soql;
        int line;
        int column;
    } cases[] = {
        {"SELECT Id\nFROM Account\nWHERE Name = 'a\\qb'", 3, 16},
        {"SELECT Id\r\nFROM Account\r\nWHERE Name = 'a\\qb'", 3, 16},
        {"SELECT Id\rFROM Account\rLIMIT x", 3, 7},
        {"SELECT Id,\n       Name\n  FROM Account\n WHERE a = 1\n   AND b = 2\n    OR c = 3", 6, 5},
        {"SELECT Id FROM Account ORDER\n   BY Name\nLIMIT -1", 3, 7},
    };
    for (const auto &c : cases) {
        const ParseResult r = parse(QString::fromUtf8(c.soql));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.line, c.line);
        QCOMPARE(r.error.column, c.column);
    }
}

void TestParser::deepNestingIsAnErrorNotACrash_data()
{
    QTest::addColumn<QString>("soql");
    const int n = 5000;
    QTest::newRow("parentheses") << QStringLiteral("SELECT Id FROM A WHERE ") + QString(n, u'(')
            + QStringLiteral("B = 1") + QString(n, u')');
    QString nots;
    for (int i = 0; i < n; ++i)
        nots += QStringLiteral("NOT ");
    QTest::newRow("not chain") << QStringLiteral("SELECT Id FROM A WHERE ") + nots + QStringLiteral("B = 1");
    QString functions = QStringLiteral("Name");
    for (int i = 0; i < 200; ++i)
        functions = QStringLiteral("FORMAT(") + functions + QLatin1Char(')');
    QTest::newRow("functions") << QStringLiteral("SELECT ") + functions + QStringLiteral(" FROM A");
    QString subqueries = QStringLiteral("SELECT Id FROM A");
    for (int i = 0; i < 200; ++i)
        subqueries = QStringLiteral("SELECT Id, (") + subqueries + QStringLiteral(") FROM A");
    QTest::newRow("subqueries") << subqueries;
    QTest::newRow("open parens only") << QStringLiteral("SELECT Id FROM A WHERE ") + QString(n, u'(');
}

void TestParser::deepNestingIsAnErrorNotACrash()
{
    QFETCH(QString, soql);
    const ParseResult r = Parser::parse(soql);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.message.contains(QLatin1String("nests too deeply")), qPrintable(r.error.message));
    // Within the limit, nesting is fine.
    QVERIFY(parse(QStringLiteral("SELECT Id FROM A WHERE ") + QString(10, u'(') + QStringLiteral("B = 1")
                  + QString(10, u')'))
                .ok());
}

void TestParser::tooLongQuery()
{
    QString soql = QStringLiteral("SELECT Id FROM Account WHERE Name = '") + QString(Parser::kMaxQueryLength, u'x')
        + QLatin1Char('\'');
    const ParseResult r = Parser::parse(soql);
    QVERIFY(!r.ok());
    // Salesforce's own message for it.
    QVERIFY2(r.error.message.startsWith(QLatin1String("SOQL statements can not be longer than 100000 characters")),
             qPrintable(r.error.message));
    // Long but under the limit parses.
    soql = QStringLiteral("SELECT Id FROM Account WHERE Name = '") + QString(90000, u'x') + QLatin1Char('\'');
    QVERIFY(Parser::parse(soql).ok());
}

void TestParser::everyPrefixOfValidQueriesTerminates()
{
    // A cheap always-on cousin of the fuzzer: every prefix of every valid query either parses
    // or fails with a position inside the text.
    int failures = 0;
    for (const char *q : testing::kValidQueries) {
        const QString soql = QString::fromUtf8(q);
        for (qsizetype i = 0; i <= soql.size(); ++i) {
            const QStringView prefix = QStringView(soql).left(i);
            const ParseResult r = Parser::parse(prefix);
            if (!r.ok()) {
                ++failures;
                QVERIFY(!r.error.message.isEmpty());
                QVERIFY(r.error.line >= 1 && r.error.column >= 1);
                QVERIFY(r.error.offset >= 0 && r.error.offset + r.error.length <= prefix.size());
            }
        }
    }
    QVERIFY(failures > 0);
}

void TestParser::copiesAreDeep()
{
    ParseResult r
        = parse(QStringLiteral("SELECT Id, (SELECT Id FROM Contacts) FROM A WHERE Id IN (SELECT AccountId FROM B)"));
    SelectQuery copy = parsed(r);
    QVERIFY(copy == *r.query);
    copy.select[1].subquery->from.object = QStringLiteral("Changed");
    copy.where->comparison.subquery->from.object = QStringLiteral("Other");
    QCOMPARE(r.query->select[1].subquery->from.object, QStringLiteral("Contacts"));
    QCOMPARE(r.query->where->comparison.subquery->from.object, QStringLiteral("B"));
    QVERIFY(copy != *r.query);
}

QTEST_APPLESS_MAIN(TestParser)
#include "tst_parser.moc"
