// One client's long query must not stall the local org's other clients: SOQL runs on query
// workers (emulator/soql/query_workers.h) while the org's thread keeps answering. The long query
// is the slowQuery fault; the test asserts the order in which answers arrive, never a duration.
#include "support/org_http_client.h"

#include "emulator/http/faults.h"
#include "emulator/local_org.h"
#include "emulator/store/org_store.h"

#include <QtTest>

using namespace hilal::emulator;
using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

class TestConcurrentQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void quickAnswersOvertakeALongQuery();
    void aLongQueryStillAnswersItsRows();
    void pagesOfAQueryMadeOnAWorkerAreServed();
    void compositeSubrequestQueriesAreAnswered();
    void slowQueryFaultNeedsItsText();

private:
    OrgHttpClient::Headers auth() const { return OrgHttpClient::bearer(m_access); }
    static QString data(const QString &rest) { return OrgHttpClient::dataPath(rest); }
    static QString q(const QString &soql) { return OrgHttpClient::soqlParam(soql); }
    void slowDown(const QString &text);

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
    QString m_access;
};

void TestConcurrentQueries::initTestCase()
{
    LocalOrgOptions options;
    options.records = 450;
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_http = std::make_unique<OrgHttpClient>(m_org->url());
    m_access = m_http->connectDemo().value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_access.isEmpty());
}

void TestConcurrentQueries::cleanup()
{
    m_org->setFaults(Faults());
}

void TestConcurrentQueries::cleanupTestCase()
{
    m_http.reset();
    m_org.reset();
}

// Long enough that the quick requests are surely answered first when nothing blocks them; the
// test never measures it.
void TestConcurrentQueries::slowDown(const QString &text)
{
    Faults faults;
    faults.slowQueryMs = 3000;
    faults.slowQueryContains = text;
    m_org->setFaults(faults);
}

// The api-usage count the org reports in Sforce-Limit-Info ("api-usage=N/15000").
static int apiUsage(const HttpResult &r)
{
    const QByteArray info = r.header("Sforce-Limit-Info");
    const qsizetype from = info.indexOf('=') + 1;
    return info.mid(from, info.indexOf('/') - from).toInt();
}

void TestConcurrentQueries::quickAnswersOvertakeALongQuery()
{
    slowDown(QStringLiteral("FROM Opportunity"));
    // Separate clients: each its own connection, as two runtimes would be.
    OrgHttpClient slowClient(m_org->url());
    OrgHttpClient quickClient(m_org->url());
    const int before = apiUsage(quickClient.get(data(QStringLiteral("/limits")), auth()));
    QVERIFY(before > 0);
    QNetworkReply *slow = slowClient.start(
        "GET", data(QStringLiteral("/query?q=") + q(QStringLiteral("SELECT Id FROM Opportunity"))), {}, auth());
    // Quick /limits calls until one is answered after the org has taken the long query (its
    // count then includes it): that answer must come while the long query is still running.
    int quickCalls = 0;
    bool longQueryTaken = false;
    while (!longQueryTaken && !slow->isFinished()) {
        const HttpResult limits = quickClient.get(data(QStringLiteral("/limits")), auth());
        QCOMPARE(limits.status, 200);
        ++quickCalls;
        longQueryTaken = apiUsage(limits) == before + quickCalls + 1;
    }
    QVERIFY2(longQueryTaken && !slow->isFinished(), "a /limits answer waited for the long query");
    const HttpResult quick = quickClient.get(
        data(QStringLiteral("/query?q=") + q(QStringLiteral("SELECT Id, Name FROM Account LIMIT 5"))), auth());
    QCOMPARE(quick.status, 200);
    QCOMPARE(quick.object().value(QStringLiteral("records")).toArray().size(), 5);
    QVERIFY2(!slow->isFinished(), "the quick query waited for the long one");
    const HttpResult answer = OrgHttpClient::finish(slow);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("totalSize")).toInt(),
             m_org->store()->recordCount(QStringLiteral("Opportunity")));
}

void TestConcurrentQueries::aLongQueryStillAnswersItsRows()
{
    slowDown(QStringLiteral("StageName"));
    const HttpResult r = m_http->get(
        data(QStringLiteral("/query?q=") + q(QStringLiteral("SELECT Id, StageName FROM Opportunity ORDER BY Id"))),
        auth());
    QCOMPARE(r.status, 200);
    const QJsonObject page = r.object();
    QCOMPARE(page.value(QStringLiteral("totalSize")).toInt(),
             m_org->store()->recordCount(QStringLiteral("Opportunity")));
    QVERIFY(!page.value(QStringLiteral("records")).toArray().isEmpty());
    QVERIFY(r.header("Sforce-Limit-Info").startsWith("api-usage="));
}

void TestConcurrentQueries::pagesOfAQueryMadeOnAWorkerAreServed()
{
    const HttpResult first
        = m_http->get(data(QStringLiteral("/query?q=") + q(QStringLiteral("SELECT Id FROM Opportunity"))),
                      auth() + OrgHttpClient::Headers {{"Sforce-Query-Options", "batchSize=200"}});
    QCOMPARE(first.status, 200);
    QSet<QString> ids;
    QString next = first.object().value(QStringLiteral("nextRecordsUrl")).toString();
    for (const QJsonValue &record : first.object().value(QStringLiteral("records")).toArray())
        ids.insert(record.toObject().value(QStringLiteral("Id")).toString());
    QVERIFY(!next.isEmpty());
    while (!next.isEmpty()) {
        const HttpResult page = m_http->get(next, auth());
        QCOMPARE(page.status, 200);
        for (const QJsonValue &record : page.object().value(QStringLiteral("records")).toArray())
            ids.insert(record.toObject().value(QStringLiteral("Id")).toString());
        next = page.object().value(QStringLiteral("nextRecordsUrl")).toString();
    }
    QCOMPARE(qint64(ids.size()), m_org->store()->recordCount(QStringLiteral("Opportunity")));
    QCOMPARE(m_http->get(data(QStringLiteral("/query/0r8NOSUCHLOCATOR-200")), auth()).errorCode(),
             QStringLiteral("INVALID_QUERY_LOCATOR"));
}

void TestConcurrentQueries::compositeSubrequestQueriesAreAnswered()
{
    const QJsonObject body {{QStringLiteral("compositeRequest"),
                             QJsonArray {QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
                                                      {QStringLiteral("url"),
                                                       data(QStringLiteral("/query?q=")
                                                            + q(QStringLiteral("SELECT Id FROM Account LIMIT 2")))},
                                                      {QStringLiteral("referenceId"), QStringLiteral("accounts")}}}}};
    const HttpResult r = m_http->postJson(data(QStringLiteral("/composite")), body, auth());
    QCOMPARE(r.status, 200);
    const QJsonObject sub = r.object().value(QStringLiteral("compositeResponse")).toArray().first().toObject();
    QCOMPARE(sub.value(QStringLiteral("httpStatusCode")).toInt(), 200);
    QCOMPARE(sub.value(QStringLiteral("body")).toObject().value(QStringLiteral("records")).toArray().size(), 2);
}

void TestConcurrentQueries::slowQueryFaultNeedsItsText()
{
    Faults faults;
    QString error;
    QVERIFY(!Faults::fromJson(QJsonObject {{QStringLiteral("slowQueryMs"), 1000}}, &faults, &error));
    QVERIFY2(error.contains(QLatin1String("slowQueryContains")), qPrintable(error));
    QVERIFY(!Faults::fromJson(
        QJsonObject {{QStringLiteral("slowQueryMs"), -1}, {QStringLiteral("slowQueryContains"), QStringLiteral("x")}},
        &faults, &error));
    QVERIFY(Faults::fromJson(
        QJsonObject {{QStringLiteral("slowQueryMs"), 10}, {QStringLiteral("slowQueryContains"), QStringLiteral("x")}},
        &faults, &error));
    QCOMPARE(faults.slowQueryMs, 10);
    QVERIFY(!faults.isClear());
}

QTEST_MAIN(TestConcurrentQueries)
#include "tst_concurrent_queries.moc"
