#include "results/csv_writer.h"
#include "results/json_export.h"
#include "results/record_flattener.h"
#include "ui/console/results_model.h"
#include "ui/console/results_view.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace hilal::ui;
using hilal::results::CsvWriter;
using hilal::results::JsonExport;

namespace {

QJsonArray parseRecords(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

// (Quotes inside the raw JSON are written \u0022: moc misreads \" in raw strings.)
// The example page from docs/rest-api.mdplus a row with a null lookup and no children.
const char *kOpportunities = R"([
 {"attributes": {"type": "Opportunity", "url": "/services/data/v60.0/sobjects/Opportunity/0065g00000Q1rStAAJ"},
  "Id": "0065g00000Q1rStAAJ", "Name": "Northwind, Q1 \u0022renewal\u0022", "Amount": 18500.5,
  "CloseDate": "2025-03-31", "IsWon": false,
  "Account": {"attributes": {"type": "Account", "url": "/x"}, "Name": "Northwind Traders",
              "Owner": {"attributes": {"type": "User", "url": "/y"}, "Name": "Dana Admin"}},
  "OpportunityContactRoles": {"totalSize": 3, "done": true, "records": [
     {"attributes": {"type": "OpportunityContactRole", "url": "/z"}, "Role": "Decision Maker"},
     {"attributes": {"type": "OpportunityContactRole", "url": "/z"}, "Role": "Evaluator"},
     {"attributes": {"type": "OpportunityContactRole", "url": "/z"}, "Role": "Influencer"}]}},
 {"attributes": {"type": "Opportunity", "url": "/u"},
  "Id": "0065g00000Q1rSuAAJ", "Name": "Line\nbreak", "Amount": 212,
  "CloseDate": null, "IsWon": true, "Account": null, "OpportunityContactRoles": null}
])";

// QJsonObject sorts keys, so the grid takes its column order from the query (see columnsFor).
const QStringList kOpportunityColumns {QStringLiteral("Id"),
                                       QStringLiteral("Name"),
                                       QStringLiteral("Amount"),
                                       QStringLiteral("CloseDate"),
                                       QStringLiteral("IsWon"),
                                       QStringLiteral("Account.Name"),
                                       QStringLiteral("Account.Owner.Name"),
                                       QStringLiteral("OpportunityContactRoles")};

} // namespace

class TestResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flattensParentPathsAndSubqueries()
    {
        ResultsModel model;
        model.seedColumns(kOpportunityColumns);
        model.appendRecords(parseRecords(kOpportunities));
        QCOMPARE(model.rowCount(), 2);
        const QStringList expected {QStringLiteral("Id"),
                                    QStringLiteral("Name"),
                                    QStringLiteral("Amount"),
                                    QStringLiteral("CloseDate"),
                                    QStringLiteral("IsWon"),
                                    QStringLiteral("Account.Name"),
                                    QStringLiteral("Account.Owner.Name"),
                                    QStringLiteral("OpportunityContactRoles")};
        QCOMPARE(model.columns(), expected);
        QCOMPARE(model.columns(), kOpportunityColumns);
        QCOMPARE(model.headerData(6, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Account.Owner.Name"));
        QCOMPARE(model.index(0, 6).data().toString(), QStringLiteral("Dana Admin"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("18500.5"));
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("212"));
        QCOMPARE(model.index(1, 2).data(ResultsModel::RawValueRole).typeId(), int(QMetaType::LongLong));
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("false"));
        QCOMPARE(model.index(0, 7).data().toString(), QStringLiteral("3 OpportunityContactRoles"));
        const SubqueryCell cell = model.subqueryAt(model.index(0, 7));
        QCOMPARE(cell.records.size(), 3);
        // Null lookup and null subquery: empty cells, not "null".
        QCOMPARE(model.index(1, 5).data().toString(), QString());
        QCOMPARE(model.index(1, 7).data().toString(), QString());
        QVERIFY(!model.index(1, 3).data(ResultsModel::RawValueRole).isValid());
    }

    void nullLookupFirstKeepsSelectOrder()
    {
        // The first row's lookup is null: its column is a placeholder until a subfield shows up.
        ResultsModel model;
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.appendRecords(parseRecords(R"([{"Id": "1", "Account": null, "Name": "a"}])"));
        model.appendRecords(
            parseRecords(R"([{"Id": "2", "Account": {"attributes": {}, "Name": "Acme"}, "Name": "b"}])"));
        // Unseeded, columns come in QJsonObject's (sorted) key order.
        QCOMPARE(model.columns(),
                 (QStringList {QStringLiteral("Account.Name"), QStringLiteral("Id"), QStringLiteral("Name")}));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Acme"));
        QCOMPARE(headers.count(), 1);
    }

    void seededColumnsMatchCaseInsensitively()
    {
        // Written in lower case in the query; the org answers with its own spelling.
        ResultsModel model;
        model.seedColumns({QStringLiteral("name"), QStringLiteral("account.name")});
        model.appendRecords(parseRecords(R"([{"Name": "x", "Account": {"attributes": {}, "Name": "Acme"}}])"));
        QCOMPARE(model.columns(), (QStringList {QStringLiteral("Name"), QStringLiteral("Account.Name")}));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Acme"));
    }

    void seededColumnsComeFirst()
    {
        ResultsModel model;
        model.seedColumns({QStringLiteral("Name"), QStringLiteral("Account.Name")});
        QCOMPARE(model.columnCount(), 2);
        model.appendRecords(parseRecords(R"([{"Name": "x", "Account": null}])"));
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("x"));
    }

    void asyncPagesArriveInOrder()
    {
        ResultsModel model;
        QSignalSpy done(&model, &ResultsModel::allPagesApplied);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int page = 0; page < 5; ++page) {
            QJsonArray records;
            for (int i = 0; i < 2000; ++i)
                records.append(QJsonObject {{QStringLiteral("N"), page * 2000 + i}});
            model.appendRecordsAsync(records);
        }
        QVERIFY(done.wait(10000));
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(model.pendingPages(), 0);
        QCOMPARE(inserted.count(), 5); // one insert per page: the grid grows page by page
        for (int row = 0; row < 10000; row += 997)
            QCOMPARE(model.index(row, 0).data(ResultsModel::RawValueRole).toLongLong(), qint64(row));
    }

    void clearDropsPagesInFlight()
    {
        ResultsModel model;
        QJsonArray records;
        for (int i = 0; i < 2000; ++i)
            records.append(QJsonObject {{QStringLiteral("Old"), i}});
        model.appendRecordsAsync(records);
        model.clear();
        model.appendRecordsAsync(parseRecords(R"([{"New": 1}])"));
        QSignalSpy done(&model, &ResultsModel::allPagesApplied);
        QVERIFY(done.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columns(), QStringList {QStringLiteral("New")});
    }

    void csvFollowsRfc4180()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("a\r\nb")), QStringLiteral("\"a\r\nb\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));

        ResultsModel model;
        model.seedColumns(kOpportunityColumns);
        model.appendRecords(parseRecords(kOpportunities));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(CsvWriter::write(model.table(), &buffer, &error));
        const QByteArray expected
            = "Id,Name,Amount,CloseDate,IsWon,Account.Name,Account.Owner.Name,OpportunityContactRoles\r\n"
              "0065g00000Q1rStAAJ,\"Northwind, Q1 \"\"renewal\"\"\",18500.5,2025-03-31,false,"
              "Northwind Traders,Dana Admin,3 OpportunityContactRoles\r\n"
              "0065g00000Q1rSuAAJ,\"Line\nbreak\",212,,true,,,\r\n";
        QCOMPARE(buffer.data(), expected);
    }

    void csvOfManyRowsHasOneLinePerRow()
    {
        ResultsModel model;
        QJsonArray records;
        for (int i = 0; i < 10000; ++i)
            records.append(QJsonObject {{QStringLiteral("Id"), QString::number(i)},
                                        {QStringLiteral("Name"), QStringLiteral("Row, %1").arg(i)}});
        model.appendRecords(records);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(CsvWriter::write(model.table(), &buffer));
        QCOMPARE(buffer.data().count("\r\n"), 10001);
        QVERIFY(buffer.data().endsWith("9999,\"Row, 9999\"\r\n"));
    }

    void csvReportsAClosedDevice()
    {
        QBuffer buffer; // never opened
        QString error;
        QVERIFY(!CsvWriter::write(ResultTable {}, &buffer, &error));
        QVERIFY(!error.isEmpty());
    }

    void jsonKeepsTypesAndChildren()
    {
        ResultsModel model;
        model.seedColumns(kOpportunityColumns);
        model.appendRecords(parseRecords(kOpportunities));
        const QJsonArray rows = JsonExport::toJson(model.table());
        QCOMPARE(rows.size(), 2);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("Amount")).toDouble(), 18500.5);
        QCOMPARE(first.value(QStringLiteral("IsWon")).toBool(true), false);
        QCOMPARE(first.value(QStringLiteral("Account.Owner.Name")).toString(), QStringLiteral("Dana Admin"));
        const QJsonArray roles = first.value(QStringLiteral("OpportunityContactRoles")).toArray();
        QCOMPARE(roles.size(), 3);
        QVERIFY(!roles.at(0).toObject().contains(QStringLiteral("attributes")));
        QVERIFY(rows.at(1).toObject().value(QStringLiteral("CloseDate")).isNull());
    }

    void copiesSelectionAsTsv()
    {
        ResultsModel model;
        model.seedColumns(kOpportunityColumns);
        model.appendRecords(parseRecords(kOpportunities));
        ResultsView view;
        view.setResultsModel(&model);
        view.selectionModel()->select(QItemSelection(model.index(0, 0), model.index(1, 2)),
                                      QItemSelectionModel::Select);
        view.copySelection();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("0065g00000Q1rStAAJ\tNorthwind, Q1 \"renewal\"\t18500.5\n"
                                "0065g00000Q1rSuAAJ\tLine break\t212"));
    }

    void opensSubqueryRows()
    {
        ResultsModel model;
        model.seedColumns(kOpportunityColumns);
        model.appendRecords(parseRecords(kOpportunities));
        ResultsView view;
        view.setResultsModel(&model);
        QWidget *window = view.openSubquery(model.index(0, 7));
        QVERIFY(window);
        auto *inner = window->findChild<ResultsView *>();
        QVERIFY(inner);
        QCOMPARE(inner->model()->rowCount(), 3);
        QCOMPARE(inner->model()->index(2, 0).data().toString(), QStringLiteral("Influencer"));
        QVERIFY(!view.openSubquery(model.index(1, 7))); // no children: nothing to open
        window->close();
    }
};

QTEST_MAIN(TestResultsModel)
#include "tst_results_model.moc"
