// The local org's query routes over real loopback HTTP (docs/rest-api.md): first
// page, paging by nextRecordsUrl with Sforce-Query-Options, locators under /query and /queryAll,
// `+` as a space, queryAll and deleted rows, errors, explain. What the rows contain is the
// executor's business (tst_soql_executor); here it is the HTTP contract.
#include "support/org_http_client.h"

#include "emulator/local_org.h"

#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

class TestRestQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void queryFirstPage();
    void queryPagesByNextRecordsUrl();
    void queryMoreUnderQueryAll();
    void queryPlusIsASpace();
    void queryPercent2BIsAPlus();
    void queryAllSeesDeletedRows();
    void queryErrors();
    void explainReturnsPlans();

private:
    OrgHttpClient::Headers auth() const { return OrgHttpClient::bearer(m_access); }
    static QString data(const QString &rest) { return OrgHttpClient::dataPath(rest); }
    static QString q(const QString &soql) { return OrgHttpClient::soqlParam(soql); }
    QString createLead(const QString &lastName) { return m_http->createLead(lastName, auth()); }

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
    QString m_access;
};

void TestRestQuery::initTestCase()
{
    LocalOrgOptions options;
    options.records = 450; // enough Opportunities for three pages of 200
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_http = std::make_unique<OrgHttpClient>(m_org->url());
    m_access = m_http->connectDemo().value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_access.isEmpty());
}

void TestRestQuery::cleanupTestCase()
{
    m_http.reset();
    m_org.reset();
}

void TestRestQuery::queryFirstPage()
{
    const HttpResult result = m_http->get(
        data(QStringLiteral("/query/?q=")) + q(QStringLiteral("SELECT Id, Name FROM Account LIMIT 3")), auth());
    QCOMPARE(result.status, 200);
    const QJsonObject page = result.object();
    QCOMPARE(page.value(QStringLiteral("totalSize")).toInt(), 3);
    QCOMPARE(page.value(QStringLiteral("done")).toBool(), true);
    QVERIFY(!page.contains(QStringLiteral("nextRecordsUrl")));
    const QJsonArray records = page.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0)
                 .toObject()
                 .value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("Account"));
}

void TestRestQuery::queryPagesByNextRecordsUrl()
{
    const QString soql = QStringLiteral("SELECT Id FROM Opportunity");
    const int total
        = m_http->get(data(QStringLiteral("/query?q=")) + q(QStringLiteral("SELECT COUNT() FROM Opportunity")), auth())
              .object()
              .value(QStringLiteral("totalSize"))
              .toInt();
    QVERIFY2(total > 400, qPrintable(QString::number(total)));
    const OrgHttpClient::Headers headers = auth() + OrgHttpClient::Headers {{"Sforce-Query-Options", "batchSize=200"}};
    HttpResult page = m_http->get(data(QStringLiteral("/query?q=")) + q(soql), headers);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.object().value(QStringLiteral("records")).toArray().size(), 200);
    QSet<QString> ids;
    int pages = 0;
    while (true) {
        ++pages;
        const QJsonObject body = page.object();
        QCOMPARE(body.value(QStringLiteral("totalSize")).toInt(), total);
        for (const QJsonValue &r : body.value(QStringLiteral("records")).toArray())
            ids.insert(r.toObject().value(QStringLiteral("Id")).toString());
        if (body.value(QStringLiteral("done")).toBool())
            break;
        const QString next = body.value(QStringLiteral("nextRecordsUrl")).toString();
        QVERIFY(next.startsWith(QLatin1String("/services/data/v60.0/query/")));
        page = m_http->get(next, auth());
        QCOMPARE(page.status, 200);
        QVERIFY(pages < 100);
    }
    QCOMPARE(ids.size(), total);
    QCOMPARE(pages, (total + 199) / 200);
}

void TestRestQuery::queryMoreUnderQueryAll()
{
    // jsforce rebuilds `{base}/query/{locator}` even for queryAll; simple-salesforce follows the URL
    // as given. Both shapes must reach the same cursor.
    const HttpResult first
        = m_http->get(data(QStringLiteral("/queryAll?q=")) + q(QStringLiteral("SELECT Id FROM Opportunity")),
                      auth() + OrgHttpClient::Headers {{"Sforce-Query-Options", "batchSize=200"}});
    QCOMPARE(first.status, 200);
    const QString locator
        = first.object().value(QStringLiteral("nextRecordsUrl")).toString().section(QLatin1Char('/'), -1);
    QVERIFY(!locator.isEmpty());
    const HttpResult more = m_http->get(data(QStringLiteral("/queryAll/")) + locator, auth());
    QCOMPARE(more.status, 200);
    QCOMPARE(more.object().value(QStringLiteral("records")).toArray().size(), 200);
}

void TestRestQuery::queryPlusIsASpace()
{
    // A bare `+` in the query string is a space, as on a real org (docs/rest-api.md).
    const HttpResult result = m_http->get(data(QStringLiteral("/query?q=SELECT+Id+FROM+Account+LIMIT+1")), auth());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object().value(QStringLiteral("totalSize")).toInt(), 1);
}

void TestRestQuery::queryPercent2BIsAPlus()
{
    // `+` sent as %2B reaches the parser as `+`; sent bare it is a space and the literal breaks,
    // as on a real org — so client code that forgets %2B fails here, not in production.
    const QString soql
        = QStringLiteral("SELECT COUNT() FROM Account WHERE LastModifiedDate > 2020-01-01T00:00:00+05:00");
    const HttpResult encoded = m_http->get(data(QStringLiteral("/query?q=")) + q(soql), auth());
    QCOMPARE(encoded.status, 200);
    QVERIFY(encoded.object().value(QStringLiteral("totalSize")).toInt() > 0);
    QString bare = q(soql);
    bare.replace(QStringLiteral("%2B"), QStringLiteral("+"));
    const HttpResult broken = m_http->get(data(QStringLiteral("/query?q=")) + bare, auth());
    QCOMPARE(broken.status, 400);
    QCOMPARE(broken.errorCode(), QStringLiteral("MALFORMED_QUERY"));
}

void TestRestQuery::queryAllSeesDeletedRows()
{
    const QString id = createLead(QStringLiteral("Deleted-Later"));
    QCOMPARE(m_http->send("DELETE", data(QStringLiteral("/sobjects/Lead/")) + id, {}, auth()).status, 204);
    const QString soql = QStringLiteral("SELECT Id, IsDeleted FROM Lead WHERE Id = '%1'").arg(id);
    QCOMPARE(m_http->get(data(QStringLiteral("/query?q=")) + q(soql), auth())
                 .object()
                 .value(QStringLiteral("totalSize"))
                 .toInt(),
             0);
    const HttpResult all = m_http->get(data(QStringLiteral("/queryAll?q=")) + q(soql), auth());
    QCOMPARE(all.object().value(QStringLiteral("totalSize")).toInt(), 1);
    QCOMPARE(all.object()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("IsDeleted"))
                 .toBool(),
             true);
}

void TestRestQuery::queryErrors()
{
    const HttpResult malformed
        = m_http->get(data(QStringLiteral("/query?q=")) + q(QStringLiteral("SELECT Id FORM Account")), auth());
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), QStringLiteral("MALFORMED_QUERY"));
    const HttpResult noQuery = m_http->get(data(QStringLiteral("/query")), auth());
    QCOMPARE(noQuery.status, 400);
    QCOMPARE(noQuery.errorCode(), QStringLiteral("MALFORMED_QUERY"));
    const HttpResult locator = m_http->get(data(QStringLiteral("/query/0r8xx3NopeAQ-2000")), auth());
    QCOMPARE(locator.status, 400);
    QCOMPARE(locator.errorCode(), QStringLiteral("INVALID_QUERY_LOCATOR"));
}

void TestRestQuery::explainReturnsPlans()
{
    const HttpResult result = m_http->get(data(QStringLiteral("/query/?explain="))
                                              + q(QStringLiteral("SELECT Id FROM Account WHERE Name = 'x'")),
                                          auth());
    QCOMPARE(result.status, 200);
    const QJsonArray plans = result.object().value(QStringLiteral("plans")).toArray();
    QVERIFY(!plans.isEmpty());
    QCOMPARE(plans.at(0).toObject().value(QStringLiteral("sobjectType")).toString(), QStringLiteral("Account"));
}

QTEST_GUILESS_MAIN(TestRestQuery)
#include "tst_rest_query.moc"
