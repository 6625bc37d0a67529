// Bulk API 2.0 ingest jobs of the local org over real loopback HTTP (docs/bulk-api.md): create,
// PUT CSV, UploadComplete, processing to JobComplete, successful / failed / unprocessed results,
// for insert, update, upsert on Id and delete; and the refusals of bad jobs and bad data.
// The tests spell JSON keys, values and paths as plain literals.
#undef QT_NO_CAST_FROM_ASCII

#include "support/org_http_client.h"

#include "emulator/local_org.h"
#include "emulator/store/org_store.h"

#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

class TestBulkIngest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void insertReportsSuccessesAndFailures();
    void updateUpsertDelete();
    void abortLeavesRowsUnprocessed();
    void refusals();

private:
    OrgHttpClient::Headers auth() const { return OrgHttpClient::bearer(m_access); }
    OrgHttpClient::Headers csv() const { return auth() + OrgHttpClient::Headers {{"Content-Type", "text/csv"}}; }
    OrgHttpClient::Headers json() const
    {
        return auth() + OrgHttpClient::Headers {{"Content-Type", "application/json"}};
    }
    static QString data(const QString &rest) { return QStringLiteral("/services/data/v60.0") + rest; }
    // Creates a job, uploads `rows`, closes it and waits for its end; returns its id.
    QString runJob(const QJsonObject &job, const QByteArray &rows);
    QList<QByteArray> lines(const QString &id, const QString &which);

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
    QString m_access;
};

void TestBulkIngest::initTestCase()
{
    LocalOrgOptions options;
    options.records = 40;
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_http = std::make_unique<OrgHttpClient>(m_org->url());
    m_access = m_http->connectDemo().value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_access.isEmpty());
}

void TestBulkIngest::cleanupTestCase()
{
    m_http.reset();
    m_org.reset();
}

QString TestBulkIngest::runJob(const QJsonObject &job, const QByteArray &rows)
{
    const HttpResult created = m_http->postJson(data("/jobs/ingest"), job, auth());
    if (created.status != 200)
        return {};
    const QString id = created.object().value("id").toString();
    if (created.object().value("state").toString() != QLatin1String("Open"))
        return {};
    if (m_http->send("PUT", data("/jobs/ingest/" + id + "/batches"), rows, csv()).status != 201)
        return {};
    if (m_http->send("PATCH", data("/jobs/ingest/" + id), R"({"state":"UploadComplete"})", json()).status != 200)
        return {};
    for (int i = 0; i < 500; ++i) {
        const QString state = m_http->get(data("/jobs/ingest/" + id), auth()).object().value("state").toString();
        if (state == QLatin1String("JobComplete"))
            return id;
        QTest::qWait(10);
    }
    return {};
}

QList<QByteArray> TestBulkIngest::lines(const QString &id, const QString &which)
{
    const HttpResult result = m_http->get(data("/jobs/ingest/" + id + "/" + which + "/"), auth());
    QList<QByteArray> out = result.body.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

void TestBulkIngest::insertReportsSuccessesAndFailures()
{
    const qint64 before = m_org->store()->recordCount("Lead");
    const QString id
        = runJob({{"object", "Lead"}, {"operation", "insert"}, {"contentType", "CSV"}, {"lineEnding", "LF"}},
                 "LastName,Company,Email\n"
                 "Okafor,\"Brightwave, Ltd\",ada@example.com\n"
                 ",Nameless Inc,\n"
                 "Lindqvist,Nordhav,not-an-email\n"
                 "Sato,Kumo,kenji@example.com\n");
    QVERIFY(!id.isEmpty());
    const QJsonObject info = m_http->get(data("/jobs/ingest/" + id), auth()).object();
    QCOMPARE(info.value("numberRecordsProcessed").toInt(), 4);
    QCOMPARE(info.value("numberRecordsFailed").toInt(), 2);
    QCOMPARE(info.value("jobType").toString(), QStringLiteral("V2Ingest"));
    QCOMPARE(m_org->store()->recordCount("Lead"), before + 2);

    const QList<QByteArray> ok = lines(id, "successfulResults");
    QCOMPARE(ok.size(), 3);
    QCOMPARE(ok.first(), QByteArray("sf__Id,sf__Created,LastName,Company,Email"));
    QVERIFY(ok.at(1).startsWith("00Q"));
    QVERIFY(ok.at(1).endsWith(",true,Okafor,\"Brightwave, Ltd\",ada@example.com"));
    const QList<QByteArray> failed = lines(id, "failedResults");
    QCOMPARE(failed.size(), 3);
    QCOMPARE(failed.first(), QByteArray("sf__Id,sf__Error,LastName,Company,Email"));
    QVERIFY2(failed.at(1).contains("REQUIRED_FIELD_MISSING"), failed.at(1).constData());
    QVERIFY2(failed.at(2).contains("INVALID_EMAIL_ADDRESS"), failed.at(2).constData());
    QCOMPARE(lines(id, "unprocessedrecords"), QList<QByteArray> {"LastName,Company,Email"});
}

void TestBulkIngest::updateUpsertDelete()
{
    const QString first = m_http->createLead("Aydin", auth());
    const QString second = m_http->createLead("Brandt", auth());
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    const QString update = runJob({{"object", "Lead"}, {"operation", "update"}},
                                  ("Id,Title\n" + first + ",Director\n001000000000000AAA,Nobody\n").toUtf8());
    QVERIFY(!update.isEmpty());
    QCOMPARE(lines(update, "successfulResults").size(), 2);
    QCOMPARE(lines(update, "failedResults").size(), 2);
    const QJsonObject lead = m_http->get(data("/sobjects/Lead/" + first), auth()).object();
    QCOMPARE(lead.value("Title").toString(), QStringLiteral("Director"));

    const qint64 before = m_org->store()->recordCount("Lead");
    const QString upsert = runJob({{"object", "Lead"}, {"operation", "upsert"}, {"externalIdFieldName", "Id"}},
                                  ("Id,LastName,Company\n" + second + ",Brandt-Meyer,Acme\n,Novak,Acme\n").toUtf8());
    QVERIFY(!upsert.isEmpty());
    const QList<QByteArray> upserted = lines(upsert, "successfulResults");
    QCOMPARE(upserted.size(), 3);
    QVERIFY(upserted.at(1).startsWith((second + ",false,").toUtf8()));
    QVERIFY(upserted.at(2).contains(",true,"));
    QCOMPARE(m_org->store()->recordCount("Lead"), before + 1);
    QCOMPARE(m_http->get(data("/sobjects/Lead/" + second), auth()).object().value("LastName").toString(),
             QStringLiteral("Brandt-Meyer"));

    const QString removal = runJob({{"object", "Lead"}, {"operation", "delete"}}, ("Id\n" + first + "\n").toUtf8());
    QVERIFY(!removal.isEmpty());
    QCOMPARE(lines(removal, "successfulResults").size(), 2);
    QCOMPARE(m_http->get(data("/sobjects/Lead/" + first), auth()).status, 404);
}

void TestBulkIngest::abortLeavesRowsUnprocessed()
{
    const HttpResult created
        = m_http->postJson(data("/jobs/ingest"), {{"object", "Account"}, {"operation", "insert"}}, auth());
    const QString id = created.object().value("id").toString();
    QCOMPARE(m_http->send("PUT", data("/jobs/ingest/" + id + "/batches"), "Name\nOne\nTwo\n", csv()).status, 201);
    const HttpResult aborted = m_http->send("PATCH", data("/jobs/ingest/" + id), R"({"state":"Aborted"})", json());
    QCOMPARE(aborted.status, 200);
    QCOMPARE(aborted.object().value("state").toString(), QStringLiteral("Aborted"));
    QCOMPARE(lines(id, "unprocessedrecords").size(), 3);
    QCOMPARE(m_http->send("PUT", data("/jobs/ingest/" + id + "/batches"), "Name\nThree\n", csv()).status, 409);
    QCOMPARE(m_http->send("DELETE", data("/jobs/ingest/" + id), {}, auth()).status, 204);
    QCOMPARE(m_http->get(data("/jobs/ingest/" + id), auth()).status, 404);
}

void TestBulkIngest::refusals()
{
    QCOMPARE(m_http->postJson(data("/jobs/ingest"), {{"object", "Lead"}, {"operation", "merge"}}, auth()).errorCode(),
             QStringLiteral("INVALIDJOB"));
    QCOMPARE(
        m_http->postJson(data("/jobs/ingest"), {{"object", "Nope__c"}, {"operation", "insert"}}, auth()).errorCode(),
        QStringLiteral("INVALIDENTITY"));
    QCOMPARE(m_http->postJson(data("/jobs/ingest"), {{"object", "Lead"}, {"operation", "upsert"}}, auth()).errorCode(),
             QStringLiteral("INVALIDJOB"));
    QCOMPARE(m_http
                 ->postJson(data("/jobs/ingest"),
                            {{"object", "Lead"}, {"operation", "upsert"}, {"externalIdFieldName", "LastName"}}, auth())
                 .errorCode(),
             QStringLiteral("INVALIDJOB"));
    const QString id = m_http->postJson(data("/jobs/ingest"), {{"object", "Lead"}, {"operation", "insert"}}, auth())
                           .object()
                           .value("id")
                           .toString();
    QCOMPARE(m_http->send("PUT", data("/jobs/ingest/" + id + "/batches"), "LastName,Bogus\nX,Y\n", csv()).errorCode(),
             QStringLiteral("INVALIDBATCH"));
    QCOMPARE(m_http->send("PUT", data("/jobs/ingest/" + id + "/batches"), "LastName\n\"open\n", csv()).errorCode(),
             QStringLiteral("INVALIDBATCH"));
    QCOMPARE(m_http->send("PUT", data("/jobs/ingest/" + id + "/batches"), "LastName\nX\n", json()).errorCode(),
             QStringLiteral("INVALIDJOB"));
    QCOMPARE(m_http->send("PATCH", data("/jobs/ingest/" + id), R"({"state":"JobComplete"})", json()).errorCode(),
             QStringLiteral("INVALIDJOBSTATE"));
    const QString update = m_http->postJson(data("/jobs/ingest"), {{"object", "Lead"}, {"operation", "update"}}, auth())
                               .object()
                               .value("id")
                               .toString();
    QCOMPARE(m_http->send("PUT", data("/jobs/ingest/" + update + "/batches"), "LastName\nX\n", csv()).errorCode(),
             QStringLiteral("INVALIDBATCH"));
}

QTEST_GUILESS_MAIN(TestBulkIngest)
#include "tst_bulk_ingest.moc"
