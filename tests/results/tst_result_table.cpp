// The result table as the CLI and the GUI both read it: aggregate keys, flattened subqueries,
// RFC 4180 CSV with formula neutralisation, and the raw switch.
#include "results/csv_writer.h"
#include "results/json_export.h"
#include "results/result_table.h"
#include "soql/parser.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

using namespace hilal::results;

namespace {

QJsonArray records(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

ResultTable tableFor(const QString &soql, const char *json)
{
    const hilal::soql::ParseResult parsed = hilal::soql::Parser::parse(soql);
    ResultTable table;
    if (parsed.query)
        table.setQuery(*parsed.query);
    table.appendPage(records(json));
    return table;
}

QByteArray csv(const ResultTable &table, bool raw = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter::Options options;
    options.raw = raw;
    if (!CsvWriter::write(table, &buffer, options))
        return "write failed";
    return buffer.data();
}

} // namespace

class TestResultTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregateOverAPathReadsTheAliasKey()
    {
        // The org answers `GROUP BY Owner.Name` with the key "Name" and COUNT(Id) as expr0.
        const ResultTable table
            = tableFor(QStringLiteral("SELECT Owner.Name, COUNT(Id) FROM Account GROUP BY Owner.Name"),
                       R"([{"attributes":{"type":"AggregateResult"},"Name":"Dana Admin","expr0":3},
                {"attributes":{"type":"AggregateResult"},"Name":"Sam Sales","expr0":1}])");
        QCOMPARE(table.columns, (QStringList {QStringLiteral("Name"), QStringLiteral("expr0")}));
        QCOMPARE(csv(table), QByteArray("Name,expr0\r\nDana Admin,3\r\nSam Sales,1\r\n"));
    }

    void pathsReadThroughParentsAndNullLookups()
    {
        const ResultTable table
            = tableFor(QStringLiteral("SELECT Name, Account.Owner.Name FROM Contact"),
                       R"([{"Name":"A","Account":{"attributes":{},"Owner":{"attributes":{},"Name":"Dana"}}},
                {"Name":"B","Account":null}])");
        QCOMPARE(csv(table), QByteArray("Name,Account.Owner.Name\r\nA,Dana\r\nB,\r\n"));
    }

    void subqueryRowsAreSpreadOut()
    {
        const ResultTable table
            = tableFor(QStringLiteral("SELECT Name, (SELECT LastName, Email FROM Contacts) FROM Account"),
                       R"([{"Name":"Acme","Contacts":{"totalSize":2,"done":true,"records":[
                    {"attributes":{},"LastName":"Smith","Email":"s@x"},
                    {"attributes":{},"LastName":"Jones","Email":null}]}},
                {"Name":"Empty","Contacts":null}])");
        QCOMPARE(table.flatColumns(),
                 (QStringList {QStringLiteral("Name"), QStringLiteral("Contacts.LastName"),
                               QStringLiteral("Contacts.Email")}));
        QCOMPARE(csv(table),
                 QByteArray("Name,Contacts.LastName,Contacts.Email\r\n"
                            "Acme,Smith,s@x\r\n"
                            ",Jones,\r\n"
                            "Empty,,\r\n"));
    }

    void formulasAreNeutralisedUnlessRaw()
    {
        const ResultTable table = tableFor(
            QStringLiteral("SELECT Name, Amount FROM Opportunity"),
            "[{\"Name\":\"=HYPERLINK(\\\"http://x\\\")\",\"Amount\":-5},"
            "{\"Name\":\"+1\",\"Amount\":1},{\"Name\":\"-2\",\"Amount\":2},{\"Name\":\"@SUM(A1)\",\"Amount\":3},"
            "{\"Name\":\"\\tTab\",\"Amount\":4},{\"Name\":\"\\rCR\",\"Amount\":5},{\"Name\":\"a=b\",\"Amount\":6}]");
        QCOMPARE(csv(table),
                 QByteArray("Name,Amount\r\n"
                            "\"'=HYPERLINK(\"\"http://x\"\")\",-5\r\n"
                            "'+1,1\r\n'-2,2\r\n'@SUM(A1),3\r\n'\tTab,4\r\n\"'\rCR\",5\r\na=b,6\r\n"));
        QCOMPARE(csv(table, true),
                 QByteArray("Name,Amount\r\n"
                            "\"=HYPERLINK(\"\"http://x\"\")\",-5\r\n"
                            "+1,1\r\n-2,2\r\n@SUM(A1),3\r\n\tTab,4\r\n\"\rCR\",5\r\na=b,6\r\n"));
    }

    void streamingTextMatchesTheWholeWrite()
    {
        ResultTable table = tableFor(QStringLiteral("SELECT Id, Name FROM Lead"), R"([{"Id":"1","Name":"x, y"}])");
        const QString first = CsvWriter::header(table) + CsvWriter::rows(table, {});
        table.clearRows();
        table.appendPage(records(R"([{"Id":"2","Name":"z"}])"));
        const QString second = CsvWriter::rows(table, {});
        QCOMPARE(first + second, QStringLiteral("Id,Name\r\n1,\"x, y\"\r\n2,z\r\n"));
    }

    void jsonKeepsChildRecords()
    {
        const ResultTable table = tableFor(
            QStringLiteral("SELECT Name, (SELECT LastName FROM Contacts) FROM Account"),
            R"([{"Name":"Acme","Contacts":{"totalSize":1,"done":true,"records":[{"attributes":{},"LastName":"Smith"}]}}])");
        const QJsonArray rows = JsonExport::toJson(table);
        QCOMPARE(rows.size(), 1);
        const QJsonArray contacts = rows.at(0).toObject().value(QStringLiteral("Contacts")).toArray();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.at(0).toObject().value(QStringLiteral("LastName")).toString(), QStringLiteral("Smith"));
    }
};

QTEST_GUILESS_MAIN(TestResultTable)
#include "tst_result_table.moc"
