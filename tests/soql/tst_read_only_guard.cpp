// The RUN_SOQL read-only guard: exactly one plain SELECT passes; everything else is refused with
// its own reason and position — judged on tokens, never on substrings.
#include "soql/read_only_guard.h"

#include <QtTest>

using namespace hilal::soql;
using Reason = GuardVerdict::Reason;

class TestReadOnlyGuard : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void reasonNames();
};

void TestReadOnlyGuard::accepted_data()
{
    QTest::addColumn<QString>("soql");
    QTest::newRow("plain") << "SELECT Id FROM Account WHERE Name = 'Acme'";
    QTest::newRow("lower case") << "select id from account limit 5";
    QTest::newRow("delete in a string") << "SELECT Id FROM Case WHERE Description = 'please delete me'";
    QTest::newRow("dml words in a string")
        << "SELECT Id FROM Case WHERE Subject = 'UPDATE; INSERT INTO x; FOR UPDATE -- /* :x'";
    QTest::newRow("Update_Reason__c field") << "SELECT Id, Update_Reason__c FROM Case WHERE Update_Reason__c != null";
    QTest::newRow("Delete_Flag__c field") << "SELECT Delete_Flag__c, Insert_Date__c, Merge_Target__c FROM Lead";
    QTest::newRow("Group object") << "SELECT Id, Name FROM Group";
    QTest::newRow("Order object") << "SELECT Id FROM Order ORDER BY Id";
    QTest::newRow("Group with GROUP BY") << "SELECT Type, COUNT(Id) FROM Group GROUP BY Type";
    QTest::newRow("date literal colon") << "SELECT Id FROM Lead WHERE CreatedDate = LAST_N_DAYS:7";
    QTest::newRow("trailing whitespace") << "SELECT Id FROM Account \n\t ";
    QTest::newRow("subquery") << "SELECT Name, (SELECT LastName FROM Contacts LIMIT 5) FROM Account LIMIT 10";
    QTest::newRow("semi-join") << "SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Opportunity)";
    QTest::newRow("security enforced") << "SELECT Id FROM Account WITH SECURITY_ENFORCED";
}

void TestReadOnlyGuard::accepted()
{
    QFETCH(QString, soql);
    const GuardVerdict verdict = ReadOnlyGuard::check(soql);
    QVERIFY2(verdict.ok(), qPrintable(verdict.message));
    QVERIFY(verdict.message.isEmpty());
    QVERIFY(verdict.query.has_value());
    QVERIFY(!verdict.query->select.empty());
}

void TestReadOnlyGuard::refused_data()
{
    QTest::addColumn<QString>("soql");
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    const auto row = [](const char *name, const char *soql, Reason reason, int line, int column, const char *fragment) {
        QTest::newRow(name) << QString::fromUtf8(soql) << int(reason) << line << column << QString::fromUtf8(fragment);
    };
    row("DELETE", "DELETE FROM Account", Reason::DataChange, 1, 1, "SOQL can only read; DELETE is a data change");
    row("delete lower", "delete [SELECT Id FROM Account]", Reason::DataChange, 1, 1, "DELETE is a data change");
    row("INSERT", "INSERT INTO Account (Name) VALUES ('x')", Reason::DataChange, 1, 1, "INSERT is a data change");
    row("UPDATE", "UPDATE Account SET Name = 'x'", Reason::DataChange, 1, 1, "UPDATE is a data change");
    row("UPSERT", "  UPSERT acc", Reason::DataChange, 1, 3, "UPSERT is a data change");
    row("MERGE", "MERGE a b", Reason::DataChange, 1, 1, "MERGE is a data change");
    row("UNDELETE", "\nUNDELETE x", Reason::DataChange, 2, 1, "UNDELETE is a data change");
    row("FIND", "FIND {Acme} IN ALL FIELDS RETURNING Account(Name)", Reason::Search, 1, 1,
        "search (SOSL) isn't allowed here");
    row("find lower", "find 'x'", Reason::Search, 1, 1, "SOSL");
    row("trailing semicolon", "SELECT Id FROM Account;", Reason::MultipleStatements, 1, 23,
        "one query only; remove ';'");
    row("second statement", "SELECT Id FROM Account; DELETE FROM Account", Reason::MultipleStatements, 1, 23,
        "one query only");
    row("FOR UPDATE", "SELECT Id FROM Account LIMIT 1 FOR UPDATE", Reason::ForUpdate, 1, 32,
        "FOR UPDATE locks records");
    row("for update lower", "select id from account for\nupdate", Reason::ForUpdate, 1, 24, "FOR UPDATE locks records");
    row("UPDATE TRACKING", "SELECT Title FROM FAQ__kav UPDATE TRACKING", Reason::UsageTracking, 1, 28,
        "UPDATE TRACKING writes usage statistics");
    row("UPDATE VIEWSTAT", "SELECT Title FROM FAQ__kav UPDATE VIEWSTAT", Reason::UsageTracking, 1, 28,
        "UPDATE VIEWSTAT writes usage statistics");
    row("FOR VIEW", "SELECT Id FROM Account LIMIT 1 FOR VIEW", Reason::UsageTracking, 1, 32, "LastViewedDate");
    row("FOR REFERENCE", "SELECT Id FROM Account LIMIT 1 FOR REFERENCE", Reason::UsageTracking, 1, 32,
        "LastReferencedDate");
    row("bind", "SELECT Id FROM Account WHERE Id = :accountId", Reason::BindVariable, 1, 35,
        "bind variables only work inside Apex");
    row("bind list", "SELECT Id FROM Account WHERE Id IN :ids", Reason::BindVariable, 1, 36, "inside Apex");
    row("dash comment", "SELECT Id FROM Account -- all of them", Reason::Comment, 1, 24, "comments aren't SOQL");
    row("slash comment", "SELECT Id FROM Account // x", Reason::Comment, 1, 24, "comments aren't SOQL");
    row("block comment", "SELECT Id /* x */ FROM Account", Reason::Comment, 1, 11, "comments aren't SOQL");
    row("empty", "", Reason::Empty, 1, 1, "the query is empty");
    row("blank", "  \n ", Reason::Empty, 2, 2, "the query is empty");
    row("does not parse", "SELECT Id FROM", Reason::ParseError, 1, 15, "expected an object name after FROM");
    row("mixed AND OR", "SELECT Id FROM A WHERE a = 1 AND b = 2 OR c = 3", Reason::ParseError, 1, 40,
        "AND and OR can't be mixed");
    row("bad escape", "SELECT Id FROM A WHERE Name = 'a\\qb'", Reason::ParseError, 1, 33, "\\q is not a valid escape");
    row("not a select", "EXPLAIN SELECT Id FROM A", Reason::ParseError, 1, 1, "a query starts with SELECT");
    row("two selects", "SELECT Id FROM A SELECT Id FROM B", Reason::ParseError, 1, 18, "unexpected SELECT");
}

void TestReadOnlyGuard::refused()
{
    QFETCH(QString, soql);
    QFETCH(int, reason);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    const GuardVerdict verdict = ReadOnlyGuard::check(soql);
    QVERIFY(!verdict.ok());
    QCOMPARE(GuardVerdict::reasonName(verdict.reason), GuardVerdict::reasonName(Reason(reason)));
    QVERIFY2(verdict.message.contains(fragment), qPrintable(verdict.message));
    QCOMPARE(verdict.line, line);
    QCOMPARE(verdict.column, column);
    QVERIFY(!verdict.query.has_value());
}

void TestReadOnlyGuard::reasonNames()
{
    QCOMPARE(GuardVerdict::reasonName(Reason::None), QStringLiteral("ok"));
    QCOMPARE(GuardVerdict::reasonName(Reason::DataChange), QStringLiteral("data-change"));
    QCOMPARE(GuardVerdict::reasonName(Reason::ParseError), QStringLiteral("parse-error"));
    QVERIFY(ReadOnlyGuard::refusesUsageClauses());
}

QTEST_APPLESS_MAIN(TestReadOnlyGuard)
#include "tst_read_only_guard.moc"
