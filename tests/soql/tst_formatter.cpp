// The formatter: canonical text, and parse(format(parse(q))) == parse(q) for every valid query.
#include "soql/formatter.h"
#include "soql/parser.h"

#include "soql/soql_corpus.h"

#include <QtTest>

using namespace hilal::soql;

class TestFormatter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void canonicalText_data();
    void canonicalText();
    void formatIsIdempotent();
    void builtInCode();
    void pieces();
};

void TestFormatter::roundTrip_data()
{
    QTest::addColumn<QString>("soql");
    int i = 0;
    for (const char *q : testing::kValidQueries)
        QTest::addRow("%d", i++) << QString::fromUtf8(q);
    for (int d = 0; d <= int(DateLiteral::NFiscalYearsAgo); ++d) {
        const QString name = dateLiteralName(DateLiteral(d));
        QTest::newRow(qPrintable(name)) << QStringLiteral("SELECT Id FROM Lead WHERE CreatedDate < %1")
                                               .arg(dateLiteralTakesN(DateLiteral(d)) ? name + QStringLiteral(":12")
                                                                                      : name);
    }
}

void TestFormatter::roundTrip()
{
    QFETCH(QString, soql);
    const ParseResult first = Parser::parse(soql);
    QVERIFY2(first.ok(), qPrintable(first.error.toString()));
    const QString formatted = Formatter::format(*first.query);
    const ParseResult second = Parser::parse(formatted);
    QVERIFY2(second.ok(), qPrintable(second.error.toString() + QStringLiteral(" in: ") + formatted));
    QVERIFY2(*second.query == *first.query, qPrintable(formatted));
}

void TestFormatter::canonicalText_data()
{
    QTest::addColumn<QString>("soql");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *soql, const char *expected) {
        QTest::newRow(soql) << QString::fromUtf8(soql) << QString::fromUtf8(expected);
    };
    row("select id,name from account where name='x' order by name desc nulls last limit 5 offset 1",
        "SELECT id, name FROM account WHERE name = 'x' ORDER BY name DESC NULLS LAST LIMIT 5 OFFSET 1");
    row("SELECT Id FROM A WHERE B <> 1", "SELECT Id FROM A WHERE B != 1");
    row("SELECT Id FROM A WHERE ((B = 1))", "SELECT Id FROM A WHERE B = 1");
    row("SELECT Id FROM A WHERE (B = 1 AND C = 2) OR NOT (D = 3 OR E = 4)",
        "SELECT Id FROM A WHERE (B = 1 AND C = 2) OR NOT (D = 3 OR E = 4)");
    row("SELECT Id FROM A WHERE NOT B = 1 AND C = 2", "SELECT Id FROM A WHERE NOT B = 1 AND C = 2");
    row("SELECT Id FROM A WHERE B='O\\'Brien \\\"q\\\" \\\\ \\n\\t'",
        "SELECT Id FROM A WHERE B = 'O\\'Brien \\\"q\\\" \\\\ \\n\\t'");
    row("SELECT Id FROM A WHERE B = 'caf\\u00e9'", "SELECT Id FROM A WHERE B = 'caf\u00e9'");
    row("SELECT Id FROM A WHERE B = '\\u0001'", "SELECT Id FROM A WHERE B = '\\u0001'");
    row("SELECT Id FROM A WHERE B LIKE '50\\%\\_x\\\\%'", "SELECT Id FROM A WHERE B LIKE '50\\%\\_x\\\\%'");
    row("SELECT Id FROM A WHERE B LIKE 'it\\'s%'", "SELECT Id FROM A WHERE B LIKE 'it\\'s%'");
    row("SELECT Id FROM A WHERE B = TRUE AND C = Null", "SELECT Id FROM A WHERE B = true AND C = null");
    row("SELECT Id FROM A WHERE B = last_n_days:7", "SELECT Id FROM A WHERE B = LAST_N_DAYS:7");
    row("SELECT Id FROM A WHERE B > usd5000", "SELECT Id FROM A WHERE B > USD5000");
    row("SELECT count(id) c, calendar_year(x) FROM A GROUP BY rollup(calendar_year(x))",
        "SELECT COUNT(id) c, CALENDAR_YEAR(x) FROM A GROUP BY ROLLUP(CALENDAR_YEAR(x))");
    row("SELECT TOLABEL(s), CONVERTCURRENCY(a) FROM A", "SELECT toLabel(s), convertCurrency(a) FROM A");
    row("SELECT fields(all) FROM A LIMIT 1", "SELECT FIELDS(ALL) FROM A LIMIT 1");
    row("SELECT Name, (select LastName from Contacts limit 2) FROM Account",
        "SELECT Name, (SELECT LastName FROM Contacts LIMIT 2) FROM Account");
    row("SELECT typeof What when Account then Phone else Name end FROM Event",
        "SELECT TYPEOF What WHEN Account THEN Phone ELSE Name END FROM Event");
    row("SELECT Id FROM A WHERE Id not in (select X from B)", "SELECT Id FROM A WHERE Id NOT IN (SELECT X FROM B)");
    row("SELECT Id FROM A using scope MINE with data category G__c at (a__c,b__c) and H__c below c__c with user_mode",
        "SELECT Id FROM A USING SCOPE MINE WITH DATA CATEGORY G__c AT (a__c, b__c) AND H__c BELOW c__c WITH USER_MODE");
    row("SELECT Id FROM A for view update viewstat, tracking for update",
        "SELECT Id FROM A FOR VIEW UPDATE TRACKING, VIEWSTAT FOR UPDATE");
    row("SELECT c.Name FROM Contact c , c.Account a", "SELECT c.Name FROM Contact c, c.Account a");
    row("SELECT Id FROM A WHERE D IN (2025-01-01,2025-01-02T10:00:00Z)",
        "SELECT Id FROM A WHERE D IN (2025-01-01, 2025-01-02T10:00:00Z)");
    row("SELECT Id FROM A WHERE DISTANCE(L__c,GEOLOCATION(1.5,-2),'km') < 3",
        "SELECT Id FROM A WHERE DISTANCE(L__c, GEOLOCATION(1.5, -2), 'km') < 3");
}

void TestFormatter::canonicalText()
{
    QFETCH(QString, soql);
    QFETCH(QString, expected);
    const ParseResult r = Parser::parse(soql);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(Formatter::format(*r.query), expected);
    const ParseResult again = Parser::parse(expected);
    QVERIFY2(again.ok(), qPrintable(again.error.toString()));
    QVERIFY(*again.query == *r.query);
}

void TestFormatter::formatIsIdempotent()
{
    for (const char *q : testing::kValidQueries) {
        const QString once = Formatter::format(*Parser::parse(QString::fromUtf8(q)).query);
        const QString twice = Formatter::format(*Parser::parse(once).query);
        QCOMPARE(twice, once);
    }
}

void TestFormatter::builtInCode()
{
    // An AST assembled by code (typed actions build queries this way) formats to valid SOQL.
    SelectQuery q;
    SelectItem id;
    id.field.parts = QStringList {QStringLiteral("Id")};
    q.select.push_back(id);
    q.from.object = QStringLiteral("Lead");
    Condition where;
    where.kind = Condition::Kind::Comparison;
    where.comparison.left.field.parts = QStringList {QStringLiteral("Email")};
    where.comparison.value.kind = Literal::Kind::String;
    where.comparison.value.text = QStringLiteral("o'hara@example.com\n");
    q.where = where;
    q.limit = 1;
    const QString text = Formatter::format(q);
    QCOMPARE(text, QStringLiteral("SELECT Id FROM Lead WHERE Email = 'o\\'hara@example.com\\n' LIMIT 1"));
    const ParseResult r = Parser::parse(text);
    QVERIFY(r.ok());
    QVERIFY(*r.query == q);

    Literal number;
    number.kind = Literal::Kind::Integer;
    number.integer = -12;
    QCOMPARE(Formatter::formatLiteral(number), QStringLiteral("-12"));
    Literal date;
    date.kind = Literal::Kind::Date;
    date.date = QDate(2025, 1, 2);
    QCOMPARE(Formatter::formatLiteral(date), QStringLiteral("2025-01-02"));
    Literal dt;
    dt.kind = Literal::Kind::DateTime;
    dt.dateTime = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QCOMPARE(Formatter::formatLiteral(dt), QStringLiteral("2025-01-02T03:04:05.000Z"));
}

void TestFormatter::pieces()
{
    const ParseResult r = Parser::parse(u"SELECT Id FROM A WHERE (B = 1 OR C LIKE 'x\\%') AND SUM(D) > 2.5");
    QVERIFY(!r.ok()); // aggregates aren't allowed in WHERE; use HAVING for the piece test
    const ParseResult h = Parser::parse(u"SELECT B FROM A GROUP BY B HAVING (B = 1 OR B LIKE 'x\\%') AND SUM(D) > 2.5");
    QVERIFY2(h.ok(), qPrintable(h.error.toString()));
    QCOMPARE(Formatter::formatCondition(*h.query->having), QStringLiteral("(B = 1 OR B LIKE 'x\\%') AND SUM(D) > 2.5"));
    QCOMPARE(Formatter::formatExpression(h.query->having->operands[1].comparison.left), QStringLiteral("SUM(D)"));
}

QTEST_APPLESS_MAIN(TestFormatter)
#include "tst_formatter.moc"
