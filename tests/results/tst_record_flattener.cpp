#include "results/record_flattener.h"
#include "soql/parser.h"

#include <QTest>

using namespace hilal::results;

// The grid's column order comes from the query: QJsonObject forgets the org's key order.
class TestRecordFlattener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsFollowTheSelectList_data()
    {
        QTest::addColumn<QString>("soql");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("paths and subquery")
            << QStringLiteral("SELECT Id, Account.Owner.Name, (SELECT LastName FROM Contacts) FROM Opportunity")
            << QStringList {QStringLiteral("Id"), QStringLiteral("Account.Owner.Name"), QStringLiteral("Contacts")};
        QTest::newRow("aggregate") << QStringLiteral(
            "SELECT StageName, COUNT(Id), SUM(Amount) total, MAX(Amount) FROM Opportunity GROUP BY StageName")
                                   << QStringList {QStringLiteral("StageName"), QStringLiteral("expr0"),
                                                   QStringLiteral("total"), QStringLiteral("expr1")};
        QTest::newRow("grouped path keeps its last name")
            << QStringLiteral("SELECT Owner.Name, COUNT(Id) FROM Account GROUP BY Owner.Name")
            << QStringList {QStringLiteral("Name"), QStringLiteral("expr0")};
        QTest::newRow("toLabel keeps the field") << QStringLiteral("SELECT Id, toLabel(Status) FROM Lead")
                                                 << QStringList {QStringLiteral("Id"), QStringLiteral("Status")};
    }

    void columnsFollowTheSelectList()
    {
        QFETCH(QString, soql);
        QFETCH(QStringList, columns);
        const hilal::soql::ParseResult parsed = hilal::soql::Parser::parse(soql);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));
        QCOMPARE(RecordFlattener::columnsFor(*parsed.query), columns);
    }
};

QTEST_GUILESS_MAIN(TestRecordFlattener)
#include "tst_record_flattener.moc"
