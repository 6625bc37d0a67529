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
    // Needs confirmation
    row("SELECT Id FROM Account", false, "no LIMIT and doesn't filter on Id");
    row("SELECT Id FROM Account LIMIT 201", false, "LIMIT 201 is above 200");
    row("SELECT Id FROM Account WHERE Id = '001000000000001AAA' OR Name = 'x'", false, "doesn't filter on Id");
    row("SELECT Id FROM Account WHERE Id != '001000000000001AAA'", false, "doesn't filter on Id");
    row("SELECT Id FROM Account WHERE NOT Id = '001000000000001AAA'", false, "doesn't filter on Id");
    row("SELECT Id FROM Contact WHERE AccountId = '001000000000001AAA'", false, "doesn't filter on Id");
    row("SELECT FIELDS(ALL) FROM Account LIMIT 200", false, "FIELDS(ALL) reads every field");
    row("SELECT Name, (SELECT FIELDS(ALL) FROM Contacts LIMIT 5) FROM Account LIMIT 5", false, "FIELDS(ALL)");
    row("SELECT Name, (SELECT LastName FROM Contacts) FROM Account LIMIT 10", false, "the subquery on Contacts has no LIMIT");
    row("SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Opportunity) LIMIT 10", false,
        "more than one object (Account, Opportunity)");
    row("SELECT c.Name FROM Contact c, c.Account a LIMIT 10", false, "more than one object");
    row("SELECT Id FROM Account LIMIT 1 FOR UPDATE", false, "FOR UPDATE locks records");
    row("SELECT Id FROM Account LIMIT 1 FOR VIEW", false, "usage statistics");
    row("SELECT Title FROM FAQ__kav LIMIT 1 UPDATE TRACKING", false, "usage statistics");
    row("SELECT LeadSource, COUNT(Id) FROM Lead GROUP BY LeadSource", false, "no LIMIT");
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
    QCOMPARE(Classification::verdictName(c.verdict), trivial ? QStringLiteral("trivial") : QStringLiteral("needs-confirmation"));
}

void TestClassifier::objectsAndFields()
{
    const Classification c = classify(QStringLiteral(
        "SELECT Name, Owner.Name, COUNT_DISTINCT(Industry), (SELECT LastName, Account.Name FROM Contacts WHERE Email != null LIMIT 3), "
        "TYPEOF What WHEN Opportunity THEN Amount END FROM Account "
        "WHERE Id IN (SELECT AccountId FROM Opportunity WHERE IsWon = true) AND name = 'x' "
        "GROUP BY Name ORDER BY CreatedDate LIMIT 10"));
    QCOMPARE(c.objects, (QStringList{QStringLiteral("Account"), QStringLiteral("Contacts"), QStringLiteral("Opportunity")}));
    QCOMPARE(c.fields, (QStringList{QStringLiteral("Name"), QStringLiteral("Owner.Name"), QStringLiteral("Industry"),
                                     QStringLiteral("Contacts.LastName"), QStringLiteral("Contacts.Account.Name"),
                                     QStringLiteral("Contacts.Email"), QStringLiteral("What"), QStringLiteral("What.Amount"),
                                     QStringLiteral("Id"), QStringLiteral("Opportunity.AccountId"),
                                     QStringLiteral("Opportunity.IsWon"), QStringLiteral("CreatedDate")}));
    const Classification all = classify(QStringLiteral("SELECT FIELDS(ALL) FROM Lead LIMIT 5"));
    QCOMPARE(all.fields, QStringList{QStringLiteral("FIELDS(ALL)")});
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
