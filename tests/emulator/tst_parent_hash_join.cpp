// Which parents a row-by-row read (Bulk query jobs) takes from a hash table instead of SQLite's
// join, and the cells it gives (docs/bulk-api.md). The tests spell JSON keys, values and SOQL as
// plain literals.
#undef QT_NO_CAST_FROM_ASCII

#include "emulator/soql/parent_hash_join.h"
#include "emulator/soql/plan_runner.h"
#include "emulator/soql/soql_compiler.h"
#include "emulator/soql/sqlite_row_reader.h"
#include "emulator/store/org_store.h"
#include "soql/parser.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QTest>

using namespace hilal::emulator;
using namespace hilal::emulator::soqlexec;

// A small org made here (four accounts, five contacts, one without an account).
class TestParentHashJoin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selectedParentsAreHashed();
    void hashedCellsAreTheParentsFields();
    void whatTheQueryFiltersOrSortsOnStaysJoined_data();
    void whatTheQueryFiltersOrSortsOnStaysJoined();
    void fewRowsAgainstManyParentsStayJoined();

private:
    std::shared_ptr<SelectPlan> plan(const QString &soql);
    QString make(const QString &object, const QJsonObject &body);
    QSqlDatabase db() const { return QSqlDatabase::database(m_store.connectionName(), false); }

    OrgStore m_store;
};

std::shared_ptr<SelectPlan> TestParentHashJoin::plan(const QString &soql)
{
    const hilal::soql::ParseResult parsed = hilal::soql::Parser::parse(soql);
    if (!parsed.ok())
        qWarning() << soql << parsed.error.message;
    Compiler compiler(m_store.schema(), m_store.today(), 1, false);
    return compiler.compileRoot(*parsed.query, soql);
}

QString TestParentHashJoin::make(const QString &object, const QJsonObject &body)
{
    const StoreResult r = m_store.create(object, body);
    if (r.httpStatus != 201)
        qWarning() << "create failed" << object << r.errorsJson();
    return r.body.toObject().value(QStringLiteral("id")).toString();
}

void TestParentHashJoin::initTestCase()
{
    QVERIFY(m_store.open(QString()));
    SeedOptions empty;
    empty.opportunities = 0;
    QVERIFY(m_store.seed(empty));
    const QString north = make("Account", {{"Name", "Northwind"}, {"Industry", "Retail"}, {"AnnualRevenue", 2500.5}});
    const QString bright = make("Account", {{"Name", "Brightwave, \"Ltd\""}});
    make("Account", {{"Name", "No contacts"}});
    make("Account", {{"Name", "Spare"}});
    make("Contact", {{"LastName", "Ada"}, {"AccountId", north}});
    make("Contact", {{"LastName", "Bo"}, {"AccountId", north}});
    make("Contact", {{"LastName", "Cy"}, {"AccountId", bright}});
    make("Contact", {{"LastName", "Di"}, {"AccountId", bright}});
    make("Contact", {{"LastName", "Ed"}});
}

void TestParentHashJoin::selectedParentsAreHashed()
{
    const auto p = plan("SELECT Id, LastName, Account.Name, Account.AnnualRevenue FROM Contact");
    const ParentHashJoin join(*p, db());
    QVERIFY(!join.hashes(0));
    QVERIFY(!join.hashes(1));
    QVERIFY(join.hashes(2));
    QVERIFY(join.hashes(3));
    QVERIFY(p->from.contains("LEFT JOIN"));
    QVERIFY2(!join.rowPlan().from.contains("LEFT JOIN"), qPrintable(join.rowPlan().from));
}

void TestParentHashJoin::hashedCellsAreTheParentsFields()
{
    const auto p = plan("SELECT LastName, Account.Name, Account.AnnualRevenue, Account.Industry FROM Contact "
                        "ORDER BY LastName");
    ParentHashJoin join(*p, db());
    QVERIFY(join.hashes(1));
    QVERIFY2(join.load(&PlanRunner::cellText), qPrintable(join.lastError()));
    SqliteRowReader row(db());
    const SelectPlan &rows = join.rowPlan();
    QVERIFY2(row.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                          .arg(rows.selectSql.join(", "), rows.from, rows.where, rows.orderBy)),
             qPrintable(row.error()));
    QStringList lines;
    QByteArray scratch;
    while (row.next()) {
        join.startRow(row);
        QStringList cells {
            QString::fromUtf8(PlanRunner::cellText(p->columns.at(0), row, p->columns.at(0).column, scratch))};
        for (int c = 1; c < 4; ++c)
            cells << QString::fromUtf8(join.cell(c));
        lines << cells.join('|');
    }
    QVERIFY(row.error().isEmpty());
    QCOMPARE(lines,
             QStringList({"Ada|Northwind|2500.5|Retail", "Bo|Northwind|2500.5|Retail", "Cy|Brightwave, \"Ltd\"||",
                          "Di|Brightwave, \"Ltd\"||", "Ed|||"}));
}

void TestParentHashJoin::whatTheQueryFiltersOrSortsOnStaysJoined_data()
{
    QTest::addColumn<QString>("soql");
    QTest::newRow("filtered") << "SELECT Id, Account.Name FROM Contact WHERE Account.Industry = 'Retail'";
    QTest::newRow("sorted") << "SELECT Id, Account.Name FROM Contact ORDER BY Account.Name";
    QTest::newRow("grandparent") << "SELECT Id, Account.Name, Account.Owner.Name FROM Contact";
}

void TestParentHashJoin::whatTheQueryFiltersOrSortsOnStaysJoined()
{
    QFETCH(QString, soql);
    const auto p = plan(soql);
    const ParentHashJoin join(*p, db());
    for (int c = 0; c < int(p->columns.size()); ++c)
        QVERIFY2(!join.hashes(c), qPrintable(QString::number(c)));
    QCOMPARE(join.rowPlan().from, p->from);
}

// One contact read against four accounts: one search costs less than a table of four.
void TestParentHashJoin::fewRowsAgainstManyParentsStayJoined()
{
    QVERIFY(!ParentHashJoin(*plan("SELECT Id, Account.Name FROM Contact WHERE LastName = 'Ada'"), db()).hashes(1));
    QVERIFY(!ParentHashJoin(*plan("SELECT Id, Account.Name FROM Contact LIMIT 1"), db()).hashes(1));
    QVERIFY(ParentHashJoin(*plan("SELECT Id, Account.Name FROM Contact WHERE LastName != 'Ada'"), db()).hashes(1));
}

QTEST_MAIN(TestParentHashJoin)
#include "tst_parent_hash_join.moc"
