// The classifier: what a query touches, and the trivial / needs-confirmation verdict.
#include "soql/classifier.h"
#include "soql/parser.h"

#include <QtTest>

using namespace hilal::soql;

namespace {

Classification classify(const QString &soql)
{
    const ParseResult r = Parser::parse(soql);
    if (!r.ok())
        qFatal("parse failed: %s", qPrintable(r.error.toString()));
    return Classifier::classify(*r.query);
}

} // namespace

class TestClassifier : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void objectsAndFields();
    void aggregateAndLimit();
    void groupsCountAgainstTheirEstimate();
    void returnsAndExposes();
    void filtersOnId_data();
    void filtersOnId();
};

void TestClassifier::verdicts_data()
{
    QTest::addColumn<QString>("soql");
    QTest::addColumn<bool>("trivial");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *soql, bool trivial, const char *reason) {
        QTest::newRow(soql) << QString::fromUtf8(soql) << trivial << QString::fromUtf8(reason);
    };
    // Trivial
    row("SELECT Id, Name FROM Account WHERE Id = '001000000000001AAA'", true, "");
    row("SELECT Id FROM Account WHERE Id IN ('001000000000001AAA', '001000000000002AAA')", true, "");
    row("SELECT Id FROM Account WHERE Id = '001000000000001AAA' AND Name != null", true, "");
    row("SELECT a.Id FROM Account a WHERE a.Id = '001000000000001AAA'", true, "");
    row("SELECT Id FROM Account LIMIT 200", true, "");
    row("SELECT Id FROM Account LIMIT 1", true, "");
    row("SELECT Name, (SELECT LastName FROM Contacts LIMIT 5) FROM Account LIMIT 10", true, "");
    row("SELECT FIELDS(STANDARD) FROM Account LIMIT 50", true, "");
    row("SELECT COUNT() FROM Lead LIMIT 100", true, "");
    // One row whatever it scans; a count shows no field values, even over a semi-join.
    row("SELECT COUNT() FROM Opportunity WHERE IsWon = true AND CloseDate = THIS_QUARTER", true, "");
    row("SELECT SUM(Amount), MAX(CloseDate) FROM Opportunity WHERE IsWon = true", true, "");
    row("SELECT COUNT() FROM Account WHERE Id IN (SELECT AccountId FROM Opportunity)", true, "");
    // Groups: at most the group cap reaches a chat.
    row("SELECT LeadSource, COUNT(Id) FROM Lead GROUP BY LeadSource", true, "");
    row("SELECT LeadSource, COUNT(Id) FROM Lead GROUP BY LeadSource LIMIT 500", true, "");
    // Needs confirmation
    row("SELECT Id FROM Account", false,
        "any number of records with their field values: it has no LIMIT and doesn't filter on Id");
    row("SELECT Name, Amount FROM Opportunity WHERE IsWon = true", false, "no LIMIT");
    row("SELECT SUM(Amount) FROM Opportunity WHERE AccountId IN (SELECT Id FROM Account)", false,
        "more than one object");
    row("SELECT Id FROM Account LIMIT 201", false, "LIMIT 201 is above 200");
    row("SELECT Id FROM Account WHERE Id = '001000000000001AAA' OR Name = 'x'", false, "doesn't filter on Id");
    row("SELECT Id FROM Account WHERE Id != '001000000000001AAA'", false, "doesn't filter on Id");
    row("SELECT Id FROM Account WHERE NOT Id = '001000000000001AAA'", false, "doesn't filter on Id");
    row("SELECT Id FROM Contact WHERE AccountId = '001000000000001AAA'", false, "doesn't filter on Id");
    row("SELECT FIELDS(ALL) FROM Account LIMIT 200", false, "FIELDS(ALL) reads every field");
    row("SELECT Name, (SELECT FIELDS(ALL) FROM Contacts LIMIT 5) FROM Account LIMIT 5", false, "FIELDS(ALL)");
    row("SELECT Name, (SELECT LastName FROM Contacts) FROM Account LIMIT 10", false,
        "the subquery on Contacts has no LIMIT");
    row("SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Opportunity) LIMIT 10", false,
        "more than one object (Account, Opportunity)");
    row("SELECT c.Name FROM Contact c, c.Account a LIMIT 10", false, "more than one object");
    row("SELECT Id FROM Account LIMIT 1 FOR UPDATE", false, "FOR UPDATE locks records");
    row("SELECT Id FROM Account LIMIT 1 FOR VIEW", false, "usage statistics");
    row("SELECT Title FROM FAQ__kav LIMIT 1 UPDATE TRACKING", false, "usage statistics");
}

void TestClassifier::verdicts()
{
    QFETCH(QString, soql);
    QFETCH(bool, trivial);
    QFETCH(QString, reason);
    const Classification c = classify(soql);
    QCOMPARE(c.isTrivial(), trivial);
    QCOMPARE(c.verdict, trivial ? Classification::Verdict::Trivial : Classification::Verdict::NeedsConfirmation);
    QCOMPARE(c.reasons.isEmpty(), trivial);
    if (!trivial)
        QVERIFY2(c.reasons.join(u'\n').contains(reason), qPrintable(c.reasons.join(QStringLiteral(" | "))));
    QCOMPARE(Classification::verdictName(c.verdict),
             trivial ? QStringLiteral("trivial") : QStringLiteral("needs-confirmation"));
}

void TestClassifier::objectsAndFields()
{
    const Classification c
        = classify(QStringLiteral("SELECT Name, Owner.Name, COUNT_DISTINCT(Industry), (SELECT LastName, Account.Name "
                                  "FROM Contacts WHERE Email != null LIMIT 3), "
                                  "TYPEOF What WHEN Opportunity THEN Amount END FROM Account "
                                  "WHERE Id IN (SELECT AccountId FROM Opportunity WHERE IsWon = true) AND name = 'x' "
                                  "GROUP BY Name ORDER BY CreatedDate LIMIT 10"));
    QCOMPARE(c.objects,
             (QStringList {QStringLiteral("Account"), QStringLiteral("Contacts"), QStringLiteral("Opportunity")}));
    QCOMPARE(c.fields,
             (QStringList {QStringLiteral("Name"), QStringLiteral("Owner.Name"), QStringLiteral("Industry"),
                           QStringLiteral("Contacts.LastName"), QStringLiteral("Contacts.Account.Name"),
                           QStringLiteral("Contacts.Email"), QStringLiteral("What"), QStringLiteral("What.Amount"),
                           QStringLiteral("Id"), QStringLiteral("Opportunity.AccountId"),
                           QStringLiteral("Opportunity.IsWon"), QStringLiteral("CreatedDate")}));
    const Classification all = classify(QStringLiteral("SELECT FIELDS(ALL) FROM Lead LIMIT 5"));
    QCOMPARE(all.fields, QStringList {QStringLiteral("FIELDS(ALL)")});
}

void TestClassifier::groupsCountAgainstTheirEstimate()
{
    const SelectQuery q
        = *Parser::parse(QStringLiteral("SELECT Industry, COUNT(Id) FROM Account GROUP BY Industry")).query;
    ClassifierLimits limits;
    limits.groupCap = 50;
    limits.estimatedGroups = 12;
    QVERIFY(Classifier::classify(q, limits).isTrivial());
    limits.estimatedGroups = 51;
    const Classification many = Classifier::classify(q, limits);
    QVERIFY(!many.isTrivial());
    QVERIFY2(many.reasons.join(u' ').contains(QStringLiteral("about 51 groups, more than the 50")),
             qPrintable(many.reasons.join(u' ')));
    // A LIMIT within the cap settles it whatever the estimate.
    const SelectQuery limited
        = *Parser::parse(QStringLiteral("SELECT Industry, COUNT(Id) FROM Account GROUP BY Industry LIMIT 20")).query;
    QVERIFY(Classifier::classify(limited, limits).isTrivial());
}

void TestClassifier::returnsAndExposes()
{
    const Classification count = classify(QStringLiteral("SELECT COUNT() FROM Opportunity WHERE IsWon = true"));
    QCOMPARE(count.returns, Classification::Returns::OneRow);
    QVERIFY(!count.exposesFieldValues);
    QCOMPARE(count.returnsSummary(), QStringLiteral("one row: a count"));
    const Classification sum = classify(QStringLiteral("SELECT SUM(Amount) FROM Opportunity"));
    QCOMPARE(sum.returns, Classification::Returns::OneRow);
    QVERIFY(sum.exposesFieldValues);
    const Classification grouped
        = classify(QStringLiteral("SELECT StageName, COUNT(Id) FROM Opportunity GROUP BY StageName"));
    QCOMPARE(grouped.returns, Classification::Returns::Groups);
    QVERIFY(grouped.exposesFieldValues);
    const Classification records = classify(QStringLiteral("SELECT Id FROM Lead LIMIT 7"));
    QCOMPARE(records.returns, Classification::Returns::Records);
    QCOMPARE(records.returnsSummary(), QStringLiteral("up to 7 records"));
}

void TestClassifier::aggregateAndLimit()
{
    const Classification agg = classify(QStringLiteral("SELECT COUNT() FROM Lead"));
    QVERIFY(agg.isAggregate);
    QVERIFY(!agg.limit.has_value());
    const Classification plain = classify(QStringLiteral("SELECT Id FROM Lead LIMIT 42"));
    QVERIFY(!plain.isAggregate);
    QCOMPARE(plain.limit, std::optional<qint64>(42));
    QVERIFY(classify(QStringLiteral("SELECT Status FROM Lead GROUP BY Status")).isAggregate);
}

void TestClassifier::filtersOnId_data()
{
    QTest::addColumn<QString>("soql");
    QTest::addColumn<bool>("expected");
    QTest::newRow("equals") << "SELECT Id FROM A WHERE Id = 'x'" << true;
    QTest::newRow("lower case id") << "SELECT Id FROM A WHERE id = 'x'" << true;
    QTest::newRow("in list") << "SELECT Id FROM A WHERE Id IN ('x')" << true;
    QTest::newRow("and") << "SELECT Id FROM A WHERE Name = 'n' AND Id = 'x'" << true;
    QTest::newRow("or") << "SELECT Id FROM A WHERE Name = 'n' OR Id = 'x'" << false;
    QTest::newRow("semi-join") << "SELECT Id FROM A WHERE Id IN (SELECT AId FROM B)" << false;
    QTest::newRow("not equal") << "SELECT Id FROM A WHERE Id != 'x'" << false;
    QTest::newRow("null") << "SELECT Id FROM A WHERE Id = null" << false;
    QTest::newRow("related id") << "SELECT Id FROM A WHERE Owner.Id = 'x'" << false;
    QTest::newRow("no where") << "SELECT Id FROM A" << false;
}

void TestClassifier::filtersOnId()
{
    QFETCH(QString, soql);
    QFETCH(bool, expected);
    QCOMPARE(Classifier::filtersOnId(*Parser::parse(soql).query), expected);
}

QTEST_APPLESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
