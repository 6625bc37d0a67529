// Bulk API 2.0 query jobs of the local org over real loopback HTTP (docs/bulk-api.md): the job
// states, results pages by locator and maxRecords, header row on every page, the literal `null`
// locator on the last page, gzip, resultPages, abort, delete, the job list and the refusals.
// The tests spell JSON keys, values and paths as plain literals.
#undef QT_NO_CAST_FROM_ASCII

#include "support/org_http_client.h"

#include "csv/csv_reader.h"
#include "emulator/bulk/bulk_gzip.h"
#include "emulator/bulk/bulk_query_jobs.h"
#include "emulator/local_org.h"
#include "emulator/soql/sqlite_row_reader.h"
#include "emulator/store/org_store.h"

#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

class TestBulkQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void statesUploadCompleteInProgressJobComplete();
    void pagesByLocatorHoldEveryIdOnce();
    void cellsAreTheRestValuesInBulkForm_data();
    void cellsAreTheRestValuesInBulkForm();
    void cellsAreTheSameThroughQtSql_data();
    void cellsAreTheSameThroughQtSql();
    void pagesAreGzippedWhenAsked();
    void delimiterAndLineEnding();
    void resultPagesListUrls();
    void failedJobSaysWhy();
    void abortAndDelete();
    void jobListShowsJobs();
    void refusesWhatBulkRefuses_data();
    void refusesWhatBulkRefuses();
    void badRequests();

private:
    OrgHttpClient::Headers auth() const { return OrgHttpClient::bearer(m_access); }
    static QString data(const QString &rest) { return QStringLiteral("/services/data/v60.0") + rest; }
    QJsonObject createJob(const QJsonObject &body, int expectedStatus = 200);
    QString waitForEnd(const QString &id);
    QStringList restIds(const QString &soql);
    QJsonArray restRecords(const QString &soql);
    QByteArray wholeResult(const QString &id);
    void compareWithRest(const QString &soql);

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
    QString m_access;
};

void TestBulkQuery::initTestCase()
{
    LocalOrgOptions options;
    options.records = 1200;
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_http = std::make_unique<OrgHttpClient>(m_org->url());
    m_access = m_http->connectDemo().value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_access.isEmpty());
}

void TestBulkQuery::cleanupTestCase()
{
    BulkQueryJobs::holdWorkersForTesting(false);
    m_http.reset();
    m_org.reset();
}

QJsonObject TestBulkQuery::createJob(const QJsonObject &body, int expectedStatus)
{
    const HttpResult result = m_http->postJson(data(QStringLiteral("/jobs/query")), body, auth());
    if (result.status != expectedStatus)
        qWarning() << result.status << result.body;
    return result.status == expectedStatus ? result.object() : QJsonObject();
}

QString TestBulkQuery::waitForEnd(const QString &id)
{
    QString state;
    for (int i = 0; i < 1000; ++i) {
        state = m_http->get(data(QStringLiteral("/jobs/query/") + id), auth())
                    .object()
                    .value(QStringLiteral("state"))
                    .toString();
        if (state != QLatin1String("UploadComplete") && state != QLatin1String("InProgress"))
            return state;
        QTest::qWait(10);
    }
    return state;
}

QStringList TestBulkQuery::restIds(const QString &soql)
{
    QStringList ids;
    for (const QJsonValue &record : restRecords(soql))
        ids.append(record.toObject().value(QStringLiteral("Id")).toString());
    return ids;
}

QJsonArray TestBulkQuery::restRecords(const QString &soql)
{
    QJsonArray records;
    HttpResult page = m_http->get(data(QStringLiteral("/query?q=")) + OrgHttpClient::soqlParam(soql), auth());
    while (true) {
        const QJsonObject body = page.object();
        for (const QJsonValue &record : body.value(QStringLiteral("records")).toArray())
            records.append(record);
        if (body.value(QStringLiteral("done")).toBool())
            return records;
        page = m_http->get(body.value(QStringLiteral("nextRecordsUrl")).toString(), auth());
    }
}

// Every results page of a finished job, the header row once.
QByteArray TestBulkQuery::wholeResult(const QString &id)
{
    QByteArray all;
    QString locator;
    while (locator != QLatin1String("null")) {
        QString path = data("/jobs/query/" + id + "/results?maxRecords=700");
        if (!locator.isEmpty())
            path += "&locator=" + locator;
        const HttpResult page = m_http->get(path, auth());
        if (page.status != 200)
            return {};
        all += all.isEmpty() ? page.body : page.body.mid(page.body.indexOf('\n') + 1);
        locator = QString::fromLatin1(page.header("Sforce-Locator"));
    }
    return all;
}

namespace {

// A REST value as Bulk API 2.0 writes it in CSV (docs/bulk-api.md): empty for null, true/false,
// whole numbers without a fraction, datetimes ending in Z instead of +0000.
QString bulkCell(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? "true" : "false";
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    QString text = value.toString();
    if (text.endsWith("+0000") && text.contains('T'))
        text = text.chopped(5) + 'Z';
    return text;
}

QJsonValue at(const QJsonObject &record, const QString &path)
{
    QJsonValue value = record;
    for (const QString &part : path.split('.'))
        value = value.isObject() ? value.toObject().value(part) : QJsonValue();
    return value;
}

} // namespace

void TestBulkQuery::cellsAreTheRestValuesInBulkForm_data()
{
    QTest::addColumn<QString>("soql");
    QTest::newRow("types") << "SELECT Id, Name, Amount, Probability, CloseDate, IsWon, IsClosed, CreatedDate, "
                              "StageName, Account.Name, Account.Owner.Name FROM Opportunity";
    QTest::newRow("nullable parents") << "SELECT Id, LastName, Email, Account.Name, Account.Industry FROM Contact";
    QTest::newRow("order and limit") << "SELECT Id, Name, AnnualRevenue, NumberOfEmployees FROM Account "
                                        "WHERE Name LIKE '%a%' ORDER BY Name DESC NULLS LAST LIMIT 150";
    QTest::newRow("label") << "SELECT Id, toLabel(Status), Company FROM Lead ORDER BY Company";
    // Parents read from a hash table (selected only), and joined in SQL (filtered or sorted on).
    QTest::newRow("hashed parents, filtered rows")
        << "SELECT Id, Name, Amount, Account.Name, Account.AnnualRevenue, Account.CreatedDate, Owner.Name "
           "FROM Opportunity WHERE StageName != 'Closed Won'";
    QTest::newRow("parent filtered on") << "SELECT Id, Name, Account.Name, Account.Industry FROM Opportunity "
                                           "WHERE Account.Name LIKE '%a%'";
    QTest::newRow("parent sorted on") << "SELECT Id, Account.Name, Owner.Name FROM Opportunity ORDER BY Account.Name";
}

void TestBulkQuery::cellsAreTheSameThroughQtSql_data()
{
    cellsAreTheRestValuesInBulkForm_data();
}

// The local org writes a job's CSV from the query's rows; every cell must be what the REST query
// answers for that record, in the same order.
void TestBulkQuery::cellsAreTheRestValuesInBulkForm()
{
    QFETCH(QString, soql);
    compareWithRest(soql);
}

// Where SQLite's C API cannot be reached the job reads its rows through QtSql: same cells.
void TestBulkQuery::cellsAreTheSameThroughQtSql()
{
    QFETCH(QString, soql);
    hilal::emulator::soqlexec::SqliteRowReader::setCApiAllowed(false);
    compareWithRest(soql);
    hilal::emulator::soqlexec::SqliteRowReader::setCApiAllowed(true);
}

void TestBulkQuery::compareWithRest(const QString &soql)
{
    const QString id = createJob({{"operation", "query"}, {"query", soql}}).value("id").toString();
    QCOMPARE(waitForEnd(id), QStringLiteral("JobComplete"));
    const QJsonArray records = restRecords(soql);
    QVERIFY(records.size() > 100);
    const hilal::csv::CsvReader::Result csv
        = hilal::csv::CsvReader::read(wholeResult(id), ',', hilal::csv::CsvReader::Quotes::Strict);
    QCOMPARE(csv.problem, hilal::csv::CsvReader::Problem::None);
    QCOMPARE(csv.rows.size(), records.size() + 1);
    const QStringList header = csv.rows.first();
    QStringList paths = header;
    paths.replaceInStrings("toLabel(", "").replaceInStrings(")", "");
    int nonEmpty = 0;
    for (qsizetype r = 0; r < records.size(); ++r) {
        const QStringList &row = csv.rows.at(r + 1);
        QCOMPARE(row.size(), header.size());
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString expected = bulkCell(at(records.at(r).toObject(), paths.at(c)));
            if (row.at(c) != expected)
                QFAIL(qPrintable(QString("row %1, %2: \"%3\" but REST says \"%4\"")
                                     .arg(r + 1)
                                     .arg(header.at(c), row.at(c), expected)));
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
    }
    QVERIFY(nonEmpty > records.size());
}

void TestBulkQuery::statesUploadCompleteInProgressJobComplete()
{
    BulkQueryJobs::holdWorkersForTesting(true);
    const QJsonObject job = createJob({{"operation", "query"}, {"query", "SELECT Id, Name FROM Account"}});
    QCOMPARE(job.value("state").toString(), QStringLiteral("UploadComplete"));
    QCOMPARE(job.value("object").toString(), QStringLiteral("Account"));
    QCOMPARE(job.value("contentType").toString(), QStringLiteral("CSV"));
    QCOMPARE(job.value("columnDelimiter").toString(), QStringLiteral("COMMA"));
    QCOMPARE(job.value("lineEnding").toString(), QStringLiteral("LF"));
    QCOMPARE(job.value("apiVersion").toDouble(), 60.0);
    const QString id = job.value("id").toString();
    QVERIFY(id.startsWith(QLatin1String("750")));
    QCOMPARE(id.size(), 18);
    // Held workers have taken the job (InProgress) but not finished it; the HTTP thread answers.
    QString state;
    for (int i = 0; i < 500 && state != QLatin1String("InProgress"); ++i) {
        state = m_http->get(data("/jobs/query/" + id), auth()).object().value("state").toString();
        QTest::qWait(5);
    }
    QCOMPARE(state, QStringLiteral("InProgress"));
    const HttpResult early = m_http->get(data("/jobs/query/" + id + "/results"), auth());
    QCOMPARE(early.status, 400);
    QCOMPARE(early.errorCode(), QStringLiteral("INVALIDJOBSTATE"));
    BulkQueryJobs::holdWorkersForTesting(false);
    QCOMPARE(waitForEnd(id), QStringLiteral("JobComplete"));
    const QJsonObject info = m_http->get(data("/jobs/query/" + id), auth()).object();
    QCOMPARE(info.value("jobType").toString(), QStringLiteral("V2Query"));
    QCOMPARE(info.value("numberRecordsProcessed").toInt(), int(m_org->store()->recordCount("Account")));
    QVERIFY(!info.contains("errorMessage"));
}

void TestBulkQuery::pagesByLocatorHoldEveryIdOnce()
{
    const QString soql = QStringLiteral("SELECT Id, Name, Account.Name, Amount, CloseDate FROM Opportunity");
    const QString id = createJob({{"operation", "query"}, {"query", soql}}).value("id").toString();
    QCOMPARE(waitForEnd(id), QStringLiteral("JobComplete"));
    const QStringList expected = restIds(soql);
    QVERIFY(expected.size() > 1000);

    QStringList ids;
    QString locator;
    int pages = 0;
    while (true) {
        QString path = data("/jobs/query/" + id + "/results?maxRecords=500");
        if (!locator.isEmpty())
            path += "&locator=" + locator;
        const HttpResult page = m_http->get(path, auth());
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/csv"));
        ++pages;
        const QList<QByteArray> lines = page.body.split('\n');
        QCOMPARE(lines.first(), QByteArray("Id,Name,Account.Name,Amount,CloseDate"));
        QCOMPARE(lines.last(), QByteArray()); // ends with the line ending
        const int rows = int(lines.size()) - 2;
        QCOMPARE(page.header("Sforce-NumberOfRecords").toInt(), rows);
        for (int i = 1; i <= rows; ++i)
            ids.append(QString::fromUtf8(lines.at(i).left(18)));
        locator = QString::fromLatin1(page.header("Sforce-Locator"));
        QVERIFY(!locator.isEmpty());
        if (locator == QLatin1String("null"))
            break;
        QCOMPARE(rows, 500);
    }
    QCOMPARE(pages, int((expected.size() + 499) / 500));
    QCOMPARE(ids, expected);
    // A locator stays valid: the second page again.
    const HttpResult first = m_http->get(data("/jobs/query/" + id + "/results?maxRecords=500"), auth());
    const QByteArray second = first.header("Sforce-Locator");
    const HttpResult again1 = m_http->get(
        data("/jobs/query/" + id + "/results?maxRecords=500&locator=" + QString::fromLatin1(second)), auth());
    const HttpResult again2 = m_http->get(
        data("/jobs/query/" + id + "/results?maxRecords=500&locator=" + QString::fromLatin1(second)), auth());
    QCOMPARE(again1.body, again2.body);
    QCOMPARE(again1.body.split('\n').at(1).left(18), expected.at(500).toUtf8());
    // Another API version than the job's is a conflict.
    QCOMPARE(m_http->get("/services/data/v59.0/jobs/query/" + id + "/results", auth()).status, 409);
}

void TestBulkQuery::pagesAreGzippedWhenAsked()
{
    const QString id
        = createJob({{"operation", "query"}, {"query", "SELECT Id, Name FROM Contact"}}).value("id").toString();
    QCOMPARE(waitForEnd(id), QStringLiteral("JobComplete"));
    // QNetworkAccessManager asks for gzip by itself (and unpacks it); `identity` gets plain CSV.
    const HttpResult plain = m_http->get(data("/jobs/query/" + id + "/results?maxRecords=300"),
                                         auth() + OrgHttpClient::Headers {{"Accept-Encoding", "identity"}});
    const HttpResult zipped = m_http->get(data("/jobs/query/" + id + "/results?maxRecords=300"),
                                          auth() + OrgHttpClient::Headers {{"Accept-Encoding", "gzip"}});
    QCOMPARE(zipped.status, 200);
    QCOMPARE(zipped.header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY(plain.header("Content-Encoding").isEmpty());
    QVERIFY(zipped.body.startsWith("\x1f\x8b")); // the gzip magic, not qCompress's zlib stream
    QVERIFY(zipped.body.size() < plain.body.size());
    const std::optional<QByteArray> unzipped = BulkGzip::decompress(zipped.body);
    QVERIFY(unzipped);
    QCOMPARE(*unzipped, plain.body);
    QCOMPARE(zipped.header("Sforce-Locator"), plain.header("Sforce-Locator"));
}

void TestBulkQuery::delimiterAndLineEnding()
{
    const QString id = createJob({{"operation", "query"},
                                  {"query", "SELECT Id, Name, Industry FROM Account"},
                                  {"columnDelimiter", "TAB"},
                                  {"lineEnding", "CRLF"}})
                           .value("id")
                           .toString();
    QCOMPARE(waitForEnd(id), QStringLiteral("JobComplete"));
    const HttpResult page = m_http->get(data("/jobs/query/" + id + "/results?maxRecords=5"), auth());
    QVERIFY2(page.body.startsWith("Id\tName\tIndustry\r\n"), page.body.left(40).constData());
    QCOMPARE(page.body.count("\r\n"), 6);
    QCOMPARE(page.body.count('\n'), 6);
}

void TestBulkQuery::resultPagesListUrls()
{
    const QString id
        = createJob({{"operation", "query"}, {"query", "SELECT Id FROM Opportunity"}}).value("id").toString();
    QCOMPARE(waitForEnd(id), QStringLiteral("JobComplete"));
    QCOMPARE(m_http->get("/services/data/v57.0/jobs/query/" + id + "/resultPages", auth()).status, 404); // before v58.0
    const int total = m_http->get(data("/jobs/query/" + id), auth()).object().value("numberRecordsProcessed").toInt();
    QStringList urls;
    QString next = data("/jobs/query/" + id + "/resultPages?maxRecords=100");
    while (!next.isEmpty()) {
        const QJsonObject body = m_http->get(next, auth()).object();
        const QJsonArray pages = body.value("resultPages").toArray();
        QVERIFY(pages.size() <= 5);
        for (const QJsonValue &page : pages)
            urls.append(page.toObject().value("resultUrl").toString());
        next = body.value("done").toBool() ? QString() : body.value("nextRecordsUrl").toString();
    }
    QCOMPARE(urls.size(), (total + 99) / 100);
    int records = 0;
    for (const QString &url : std::as_const(urls)) {
        const HttpResult page = m_http->get(url, auth());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.startsWith("Id\n"));
        records += page.header("Sforce-NumberOfRecords").toInt();
    }
    QCOMPARE(records, total);
}

void TestBulkQuery::failedJobSaysWhy()
{
    const QJsonObject job = createJob({{"operation", "query"}, {"query", "SELECT Id, NoSuchField__x FROM Account"}});
    const QString id = job.value("id").toString();
    QCOMPARE(waitForEnd(id), QStringLiteral("Failed"));
    const QJsonObject info = m_http->get(data("/jobs/query/" + id), auth()).object();
    QVERIFY2(info.value("errorMessage").toString().contains("NoSuchField__x"),
             qPrintable(info.value("errorMessage").toString()));
    QCOMPARE(m_http->get(data("/jobs/query/" + id + "/results"), auth()).status, 400);
}

void TestBulkQuery::abortAndDelete()
{
    BulkQueryJobs::holdWorkersForTesting(true);
    const QString id = createJob({{"operation", "query"}, {"query", "SELECT Id FROM Lead"}}).value("id").toString();
    const HttpResult aborted = m_http->send("PATCH", data("/jobs/query/" + id), R"({"state":"Aborted"})",
                                            auth() + OrgHttpClient::Headers {{"Content-Type", "application/json"}});
    BulkQueryJobs::holdWorkersForTesting(false);
    QCOMPARE(aborted.status, 200);
    QCOMPARE(aborted.object().value("state").toString(), QStringLiteral("Aborted"));
    QTest::qWait(50);
    QCOMPARE(m_http->get(data("/jobs/query/" + id), auth()).object().value("state").toString(),
             QStringLiteral("Aborted"));
    QCOMPARE(m_http->get(data("/jobs/query/" + id + "/results"), auth()).status, 400);
    const HttpResult again = m_http->send("PATCH", data("/jobs/query/" + id), R"({"state":"Aborted"})",
                                          auth() + OrgHttpClient::Headers {{"Content-Type", "application/json"}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), QStringLiteral("INVALIDJOBSTATE"));
    QCOMPARE(m_http->send("DELETE", data("/jobs/query/" + id), {}, auth()).status, 204);
    QCOMPARE(m_http->get(data("/jobs/query/" + id), auth()).status, 404);
}

void TestBulkQuery::jobListShowsJobs()
{
    const QString id
        = createJob({{"operation", "queryAll"}, {"query", "SELECT Id FROM Account"}}).value("id").toString();
    QCOMPARE(waitForEnd(id), QStringLiteral("JobComplete"));
    const QJsonObject list = m_http->get(data("/jobs/query"), auth()).object();
    QCOMPARE(list.value("done").toBool(), true);
    bool found = false;
    for (const QJsonValue &record : list.value("records").toArray()) {
        if (record.toObject().value("id").toString() == id) {
            found = true;
            QCOMPARE(record.toObject().value("operation").toString(), QStringLiteral("queryAll"));
            QCOMPARE(record.toObject().value("jobType").toString(), QStringLiteral("V2Query"));
        }
    }
    QVERIFY(found);
}

void TestBulkQuery::refusesWhatBulkRefuses_data()
{
    QTest::addColumn<QString>("soql");
    QTest::addColumn<QString>("message");
    QTest::newRow("aggregate") << "SELECT COUNT() FROM Account"
                               << "Aggregate functions not supported in Bulk Query";
    QTest::newRow("aggregate field") << "SELECT MAX(Amount) FROM Opportunity"
                                     << "Aggregate functions not supported in Bulk Query";
    QTest::newRow("group by") << "SELECT Industry FROM Account GROUP BY Industry"
                              << "GROUP BY clause not supported in Bulk Query";
    QTest::newRow("offset") << "SELECT Id FROM Account OFFSET 5"
                            << "OFFSET clause not supported in Bulk Query";
    QTest::newRow("typeof") << "SELECT TYPEOF Owner WHEN User THEN Name END FROM Account"
                            << "TYPEOF clause not supported in Bulk Query";
    QTest::newRow("subquery") << "SELECT Id, (SELECT Id FROM Contacts) FROM Account"
                              << "Aggregate Relationships not supported in Bulk Query";
    QTest::newRow("fields") << "SELECT FIELDS(STANDARD) FROM Account"
                            << "Selecting compound data not supported in Bulk Query";
}

void TestBulkQuery::refusesWhatBulkRefuses()
{
    QFETCH(QString, soql);
    QFETCH(QString, message);
    const int before = m_http->get(data("/jobs/query"), auth()).object().value("records").toArray().size();
    const HttpResult result = m_http->postJson(data("/jobs/query"), {{"operation", "query"}, {"query", soql}}, auth());
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("API_ERROR"));
    QCOMPARE(result.array().first().toObject().value("message").toString(), message);
    QCOMPARE(m_http->get(data("/jobs/query"), auth()).object().value("records").toArray().size(),
             before); // no job made
}

void TestBulkQuery::badRequests()
{
    QCOMPARE(
        m_http->postJson(data("/jobs/query"), {{"operation", "delete"}, {"query", "SELECT Id FROM Account"}}, auth())
            .errorCode(),
        QStringLiteral("INVALIDJOB"));
    QCOMPARE(m_http->postJson(data("/jobs/query"), {{"operation", "query"}}, auth()).errorCode(),
             QStringLiteral("INVALIDJOB"));
    QCOMPARE(m_http
                 ->postJson(data("/jobs/query"),
                            {{"operation", "query"}, {"query", "SELECT Id FROM Account"}, {"columnDelimiter", "SPACE"}},
                            auth())
                 .errorCode(),
             QStringLiteral("INVALIDJOB"));
    QCOMPARE(m_http
                 ->postJson(data("/jobs/query"),
                            {{"operation", "query"}, {"query", "SELECT Id FROM Account"}, {"lineEnding", "CR"}}, auth())
                 .errorCode(),
             QStringLiteral("INVALIDJOB"));
    QCOMPARE(
        m_http->postJson(data("/jobs/query"), {{"operation", "query"}, {"query", "SELECT FROM"}}, auth()).errorCode(),
        QStringLiteral("MALFORMED_QUERY"));
    QCOMPARE(m_http
                 ->postJson("/services/data/v46.0/jobs/query",
                            {{"operation", "query"}, {"query", "SELECT Id FROM Account"}}, auth())
                 .status,
             404);
    QCOMPARE(m_http->get(data("/jobs/query/750000000000000AAA"), auth()).status, 404);
    QCOMPARE(m_http->get(data("/jobs/query"), {}).status, 401);
    const QString id = createJob({{"operation", "query"}, {"query", "SELECT Id FROM Account"}}).value("id").toString();
    QCOMPARE(waitForEnd(id), QStringLiteral("JobComplete"));
    QCOMPARE(m_http->get(data("/jobs/query/" + id + "/results?maxRecords=0"), auth()).status, 400);
    QCOMPARE(m_http->get(data("/jobs/query/" + id + "/results?locator=zzzz"), auth()).status, 400);
}

QTEST_GUILESS_MAIN(TestBulkQuery)
#include "tst_bulk_query.moc"
