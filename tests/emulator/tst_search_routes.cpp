// SOSL /search, /parameterizedSearch and the replication resources /sobjects/{type}/updated and
// /deleted over real loopback HTTP (docs/rest-search.md).
#include "support/org_http_client.h"

#include "emulator/local_org.h"

#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

class TestSearchRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void findReturningWithFieldsWhereLimit();
    void searchScopes();
    void searchWithoutReturningLooksEverywhere();
    void searchErrors();
    void parameterizedSearchGetAndPost();
    void updatedAndDeleted();
    void replicationErrors();

private:
    OrgHttpClient::Headers auth() const { return OrgHttpClient::bearer(m_access); }
    static QString data(const QString &rest) { return OrgHttpClient::dataPath(rest); }
    HttpResult sosl(const QString &search)
    {
        return m_http->get(data(QStringLiteral("/search/?q=")) + OrgHttpClient::soqlParam(search), auth());
    }
    static QStringList typesOf(const HttpResult &result);
    static QString stamp(const QDateTime &when)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(when.toUTC().toString(Qt::ISODate)));
    }

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
    QString m_access;
    QString m_accountId;
    QString m_leadId;
};

void TestSearchRoutes::initTestCase()
{
    LocalOrgOptions options;
    options.records = 40;
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_http = std::make_unique<OrgHttpClient>(m_org->url());
    m_access = m_http->connectDemo().value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_access.isEmpty());
    m_accountId = m_http
                      ->postJson(data(QStringLiteral("/sobjects/Account")),
                                 {{QStringLiteral("Name"), QStringLiteral("Quillfeather Mills")},
                                  {QStringLiteral("Phone"), QStringLiteral("+44 20 7946 0958")}},
                                 auth())
                      .object()
                      .value(QStringLiteral("id"))
                      .toString();
    m_leadId = m_http
                   ->postJson(data(QStringLiteral("/sobjects/Lead")),
                              {{QStringLiteral("LastName"), QStringLiteral("Quillfeather")},
                               {QStringLiteral("Company"), QStringLiteral("Inkwell Co")},
                               {QStringLiteral("Email"), QStringLiteral("ada@quillfeather.example")}},
                              auth())
                   .object()
                   .value(QStringLiteral("id"))
                   .toString();
    QVERIFY(!m_accountId.isEmpty());
    QVERIFY(!m_leadId.isEmpty());
}

void TestSearchRoutes::cleanupTestCase()
{
    m_http.reset();
    m_org.reset();
}

QStringList TestSearchRoutes::typesOf(const HttpResult &result)
{
    QStringList types;
    for (const QJsonValue &record : result.object().value(QStringLiteral("searchRecords")).toArray())
        types.append(
            record.toObject().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString());
    return types;
}

void TestSearchRoutes::findReturningWithFieldsWhereLimit()
{
    HttpResult result = sosl(QStringLiteral(
        "FIND {Quillfeather} RETURNING Account(Id, Name), Lead(Id, Email WHERE Company = 'Inkwell Co' LIMIT 5)"));
    QCOMPARE(result.status, 200);
    QCOMPARE(typesOf(result), (QStringList {QStringLiteral("Account"), QStringLiteral("Lead")}));
    const QJsonArray records = result.object().value(QStringLiteral("searchRecords")).toArray();
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("Name")).toString(), QStringLiteral("Quillfeather Mills"));
    QCOMPARE(records.at(1).toObject().value(QStringLiteral("Email")).toString(),
             QStringLiteral("ada@quillfeather.example"));
    // WHERE filters, LIMIT caps, wildcards widen.
    QCOMPARE(typesOf(sosl(QStringLiteral("FIND {Quillfeather} RETURNING Lead(Id WHERE Company = 'Other')"))),
             QStringList());
    QCOMPARE(typesOf(sosl(QStringLiteral("FIND {Quillfeath*} RETURNING Account(Id LIMIT 0), Lead"))),
             QStringList {QStringLiteral("Lead")});
    QCOMPARE(typesOf(sosl(QStringLiteral("FIND {Quillfeather} RETURNING Account, Lead LIMIT 1"))).size(), 1);
}

void TestSearchRoutes::searchScopes()
{
    QCOMPARE(typesOf(sosl(QStringLiteral("FIND {ada@quillfeather.example} IN EMAIL FIELDS RETURNING Account, Lead"))),
             QStringList {QStringLiteral("Lead")});
    QCOMPARE(typesOf(sosl(QStringLiteral("FIND {Mills} IN NAME FIELDS RETURNING Account, Lead"))),
             QStringList {QStringLiteral("Account")});
    QCOMPARE(typesOf(sosl(QStringLiteral("FIND {7946} IN PHONE FIELDS RETURNING Account, Lead"))),
             QStringList {QStringLiteral("Account")});
    QCOMPARE(typesOf(sosl(QStringLiteral("FIND {Inkwell} IN NAME FIELDS RETURNING Lead"))), QStringList());
    QCOMPARE(typesOf(sosl(QStringLiteral("FIND {Inkwell} IN ALL FIELDS RETURNING Lead"))),
             QStringList {QStringLiteral("Lead")});
}

void TestSearchRoutes::searchWithoutReturningLooksEverywhere()
{
    const QStringList types = typesOf(sosl(QStringLiteral("FIND {Quillfeather}")));
    QVERIFY(types.contains(QStringLiteral("Account")));
    QVERIFY(types.contains(QStringLiteral("Lead")));
}

void TestSearchRoutes::searchErrors()
{
    QCOMPARE(sosl(QStringLiteral("SELECT Id FROM Account")).errorCode(), QStringLiteral("MALFORMED_SEARCH"));
    QCOMPARE(sosl(QStringLiteral("FIND {a}")).errorCode(), QStringLiteral("MALFORMED_SEARCH"));
    QCOMPARE(sosl(QStringLiteral("FIND {Quill} IN EVERY FIELDS")).errorCode(), QStringLiteral("MALFORMED_SEARCH"));
    QCOMPARE(sosl(QStringLiteral("FIND {Quill} RETURNING Nothing")).errorCode(), QStringLiteral("INVALID_TYPE"));
    QCOMPARE(sosl(QStringLiteral("FIND {Quill} RETURNING Account(Nope)")).errorCode(), QStringLiteral("INVALID_FIELD"));
    QCOMPARE(sosl(QStringLiteral("FIND {Quill} RETURNING Account(Id")).errorCode(), QStringLiteral("MALFORMED_SEARCH"));
    QCOMPARE(m_http->get(data(QStringLiteral("/search")), auth()).errorCode(), QStringLiteral("MISSING_ARGUMENT"));
    QCOMPARE(m_http->postJson(data(QStringLiteral("/search")), {}, auth()).status, 405);
}

void TestSearchRoutes::parameterizedSearchGetAndPost()
{
    HttpResult result = m_http->get(
        data(QStringLiteral("/parameterizedSearch?q=Quillfeather&sobject=Lead&Lead.fields=Id,Email&Lead.limit=3")),
        auth());
    QCOMPARE(result.status, 200);
    QCOMPARE(typesOf(result), QStringList {QStringLiteral("Lead")});
    QVERIFY(result.object()
                .value(QStringLiteral("searchRecords"))
                .toArray()
                .at(0)
                .toObject()
                .contains(QStringLiteral("Email")));
    result = m_http->postJson(data(QStringLiteral("/parameterizedSearch")),
                              {{QStringLiteral("q"), QStringLiteral("Quillfeather")},
                               {QStringLiteral("in"), QStringLiteral("NAME")},
                               {QStringLiteral("fields"), QJsonArray {QStringLiteral("Id"), QStringLiteral("Name")}},
                               {QStringLiteral("sobjects"),
                                QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Account")}},
                                            QJsonObject {{QStringLiteral("name"), QStringLiteral("Lead")}}}}},
                              auth());
    QCOMPARE(result.status, 200);
    QCOMPARE(typesOf(result), (QStringList {QStringLiteral("Account"), QStringLiteral("Lead")}));
    QCOMPARE(m_http->get(data(QStringLiteral("/parameterizedSearch")), auth()).errorCode(),
             QStringLiteral("MISSING_ARGUMENT"));
    QCOMPARE(m_http->get(data(QStringLiteral("/parameterizedSearch?q=Quill&in=EVERYWHERE")), auth()).errorCode(),
             QStringLiteral("INVALID_SEARCH_SCOPE"));
}

void TestSearchRoutes::updatedAndDeleted()
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QString doomed = m_http->createLead(QStringLiteral("Soon Gone"), auth());
    QVERIFY(!doomed.isEmpty());
    QCOMPARE(m_http->send("DELETE", data(QStringLiteral("/sobjects/Lead/")) + doomed, {}, auth()).status, 204);
    QTest::qWait(1100); // covered periods end at a whole second
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(60);

    HttpResult updated = m_http->get(
        data(QStringLiteral("/sobjects/Lead/updated/?start=%1&end=%2")).arg(stamp(start), stamp(end)), auth());
    QCOMPARE(updated.status, 200);
    QStringList ids;
    for (const QJsonValue &id : updated.object().value(QStringLiteral("ids")).toArray())
        ids.append(id.toString());
    QVERIFY(ids.contains(m_leadId));
    QVERIFY(!ids.contains(doomed));
    QVERIFY(!updated.object().value(QStringLiteral("latestDateCovered")).toString().isEmpty());

    HttpResult deleted = m_http->get(
        data(QStringLiteral("/sobjects/Lead/deleted/?start=%1&end=%2")).arg(stamp(start), stamp(end)), auth());
    QCOMPARE(deleted.status, 200);
    const QJsonArray records = deleted.object().value(QStringLiteral("deletedRecords")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("id")).toString(), doomed);
    QVERIFY(!records.at(0).toObject().value(QStringLiteral("deletedDate")).toString().isEmpty());
    QVERIFY(deleted.object().contains(QStringLiteral("earliestDateAvailable")));
    // A period before the change sees nothing.
    const HttpResult before = m_http->get(
        data(QStringLiteral("/sobjects/Lead/deleted/?start=%1&end=%2")).arg(stamp(start), stamp(start.addSecs(60))),
        auth());
    QCOMPARE(before.object().value(QStringLiteral("deletedRecords")).toArray().size(), 0);
}

void TestSearchRoutes::replicationErrors()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    HttpResult result = m_http->get(
        data(QStringLiteral("/sobjects/Lead/updated?start=%1&end=%2")).arg(stamp(now.addDays(-31)), stamp(now)),
        auth());
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_REPLICATION_DATE"));
    result = m_http->get(
        data(QStringLiteral("/sobjects/Lead/updated?start=%1&end=%2")).arg(stamp(now), stamp(now.addSecs(-60))),
        auth());
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_REPLICATION_DATE"));
    result = m_http->get(data(QStringLiteral("/sobjects/Lead/deleted?start=yesterday&end=today")), auth());
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_REPLICATION_DATE"));
    result = m_http->get(data(QStringLiteral("/sobjects/Lead/updated")), auth());
    QCOMPARE(result.errorCode(), QStringLiteral("MISSING_ARGUMENT"));
    result = m_http->get(
        data(QStringLiteral("/sobjects/Nothing/updated?start=%1&end=%2")).arg(stamp(now.addSecs(-60)), stamp(now)),
        auth());
    QCOMPARE(result.status, 404);
    QCOMPARE(m_http->send("DELETE", data(QStringLiteral("/sobjects/Lead/updated")), {}, auth()).status, 405);
}

QTEST_GUILESS_MAIN(TestSearchRoutes)
#include "tst_search_routes.moc"
