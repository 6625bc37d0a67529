// The local org's REST data API over real loopback HTTP (docs/rest-api.md): versions,
// sessions, routing rules stock clients rely on, sObject CRUD, describe, query paging, limits.
#include "support/org_http_client.h"

#include "emulator/local_org.h"

#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

class TestRestRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void versionsNeedNoSession();
    void resourcesOfAVersion();
    void badSessions_data();
    void badSessions();
    void bearerAndOAuthSchemes();
    void apiVersions_data();
    void apiVersions();
    void trailingSlashes_data();
    void trailingSlashes();
    void limitInfoOnEveryResponse();
    void limitsCountApiRequests();
    void describeGlobalAndObject();
    void objectSummary();
    void createRetrieveUpdateDelete();
    void ifUnmodifiedSince();
    void ifModifiedSince();
    void createErrors();
    void retrieveUserAsTheSfCliDoes();
    void unknownResourcesAre404_data();
    void unknownResourcesAre404();
    void wrongMethodIs405();
    void prettyPrint();
    void headIsGetWithoutBody();
    void collectionCreatePartial();
    void collectionCreateAllOrNone();
    void collectionUpdateRetrieveDelete();
    void collectionLimits();

private:
    OrgHttpClient::Headers auth() const { return OrgHttpClient::bearer(m_access); }
    static QString data(const QString &rest) { return OrgHttpClient::dataPath(rest); }
    static QString q(const QString &soql) { return OrgHttpClient::soqlParam(soql); }
    QString createLead(const QString &lastName) { return m_http->createLead(lastName, auth()); }
    HttpResult sendJson(const QByteArray &verb, const QString &path, const QJsonObject &body);
    int leadCount(const QString &lastName);
    static QJsonObject lead(const QString &lastName, const QString &company);

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
    QString m_access;
    QString m_identity;
};

void TestRestRoutes::initTestCase()
{
    LocalOrgOptions options;
    options.records = 450; // enough Opportunities for three pages of 200
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_http = std::make_unique<OrgHttpClient>(m_org->url());
    const QJsonObject tokens = m_http->connectDemo();
    m_access = tokens.value(QStringLiteral("access_token")).toString();
    m_identity = tokens.value(QStringLiteral("id")).toString();
    QVERIFY(!m_access.isEmpty());
}

void TestRestRoutes::cleanupTestCase()
{
    m_http.reset();
    m_org.reset();
}

void TestRestRoutes::versionsNeedNoSession()
{
    for (const QString &path : {QStringLiteral("/services/data"), QStringLiteral("/services/data/")}) {
        const HttpResult versions = m_http->get(path);
        QCOMPARE(versions.status, 200);
        QCOMPARE(versions.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
        const QJsonArray list = versions.array();
        QVERIFY(list.size() >= 3);
        QStringList seen;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            seen.append(o.value(QStringLiteral("version")).toString());
            QCOMPARE(o.value(QStringLiteral("url")).toString(), QStringLiteral("/services/data/v") + seen.last());
            QVERIFY(!o.value(QStringLiteral("label")).toString().isEmpty());
        }
        QVERIFY(seen.contains(QStringLiteral("60.0")));
        QStringList sorted = seen;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
        QCOMPARE(seen, sorted);
    }
    QCOMPARE(m_http->get(QStringLiteral("/services/data"))
                 .array()
                 .at(2)
                 .toObject()
                 .value(QStringLiteral("label"))
                 .toString(),
             QStringLiteral("Spring '24"));
}

void TestRestRoutes::resourcesOfAVersion()
{
    const HttpResult resources = m_http->get(data(QString()), auth());
    QCOMPARE(resources.status, 200);
    QCOMPARE(resources.object().value(QStringLiteral("sobjects")).toString(),
             QStringLiteral("/services/data/v60.0/sobjects"));
    QCOMPARE(resources.object().value(QStringLiteral("query")).toString(),
             QStringLiteral("/services/data/v60.0/query"));
    QCOMPARE(resources.object().value(QStringLiteral("identity")).toString(), m_identity);
    QCOMPARE(resources.object().value(QStringLiteral("composite")).toString(),
             QStringLiteral("/services/data/v60.0/composite"));
    // Only resources the local org answers (or Salesforce always lists) are advertised.
    QCOMPARE(resources.object().value(QStringLiteral("search")).toString(),
             QStringLiteral("/services/data/v60.0/search"));
    QVERIFY(!resources.object().contains(QStringLiteral("recent")));
}

void TestRestRoutes::badSessions_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("unknown bearer") << QByteArray("Bearer 00D000000000000!nope");
    QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz");
    QTest::newRow("scheme only") << QByteArray("Bearer");
}

void TestRestRoutes::badSessions()
{
    QFETCH(QByteArray, authorization);
    OrgHttpClient::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpResult result = m_http->get(data(QStringLiteral("/limits")), headers);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
    QCOMPARE(result.body, QByteArray(R"([{"errorCode":"INVALID_SESSION_ID","message":"Session expired or invalid"}])"));
}

void TestRestRoutes::bearerAndOAuthSchemes()
{
    QCOMPARE(m_http->get(data(QStringLiteral("/limits")), {{"Authorization", "Bearer " + m_access.toLatin1()}}).status,
             200);
    QCOMPARE(m_http->get(data(QStringLiteral("/limits")), {{"Authorization", "OAuth " + m_access.toLatin1()}}).status,
             200);
}

void TestRestRoutes::apiVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("status");
    QTest::newRow("20.0 oldest accepted") << "v20.0" << 200;
    QTest::newRow("26.0 restforce") << "v26.0" << 200;
    QTest::newRow("50.0 jsforce") << "v50.0" << 200;
    QTest::newRow("51.0 sf CLI") << "v51.0" << 200;
    QTest::newRow("62.0 newest") << "v62.0" << 200;
    QTest::newRow("19.0") << "v19.0" << 404;
    QTest::newRow("63.0 unreleased") << "v63.0" << 404;
    QTest::newRow("no minor") << "v60" << 404;
    QTest::newRow("no v") << "60.0" << 404;
    QTest::newRow("garbage") << "vX.Y" << 404;
}

void TestRestRoutes::apiVersions()
{
    QFETCH(QString, version);
    QFETCH(int, status);
    const HttpResult result
        = m_http->get(QStringLiteral("/services/data/") + version + QStringLiteral("/limits"), auth());
    QCOMPARE(result.status, status);
    if (status == 404) {
        QCOMPARE(result.errorCode(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(result.array().at(0).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("The requested resource does not exist"));
    }
}

void TestRestRoutes::trailingSlashes_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("limits/") << "/limits/";
    QTest::newRow("sobjects/") << "/sobjects/";
    QTest::newRow("sobjects/Lead/") << "/sobjects/Lead/";
    QTest::newRow("describe/") << "/sobjects/Lead/describe/";
    QTest::newRow("version/") << "/";
}

void TestRestRoutes::trailingSlashes()
{
    QFETCH(QString, path);
    QCOMPARE(m_http->get(data(path), auth()).status, 200);
}

void TestRestRoutes::limitInfoOnEveryResponse()
{
    static const QRegularExpression shape(QStringLiteral("^api-usage=\\d+/15000$"));
    for (const HttpResult &result : {m_http->get(data(QStringLiteral("/limits")), auth()),
                                     m_http->get(data(QStringLiteral("/sobjects/Nope/describe")), auth()),
                                     m_http->get(data(QStringLiteral("/limits")))}) {
        QVERIFY2(shape.match(QString::fromLatin1(result.header("Sforce-Limit-Info"))).hasMatch(),
                 result.header("Sforce-Limit-Info").constData());
    }
}

void TestRestRoutes::limitsCountApiRequests()
{
    auto used = [](const HttpResult &r) {
        return QString::fromLatin1(r.header("Sforce-Limit-Info"))
            .section(QLatin1Char('='), 1)
            .section(QLatin1Char('/'), 0, 0)
            .toInt();
    };
    const HttpResult first = m_http->get(data(QStringLiteral("/limits")), auth());
    const HttpResult second = m_http->get(data(QStringLiteral("/limits")), auth());
    QCOMPARE(used(second), used(first) + 1);
    const QJsonObject daily = second.object().value(QStringLiteral("DailyApiRequests")).toObject();
    QCOMPARE(daily.value(QStringLiteral("Max")).toInt(), 15000);
    QCOMPARE(daily.value(QStringLiteral("Remaining")).toInt(), 15000 - used(second));
    QVERIFY(second.object().contains(QStringLiteral("DataStorageMB")));
}

void TestRestRoutes::describeGlobalAndObject()
{
    const HttpResult global = m_http->get(data(QStringLiteral("/sobjects")), auth());
    QCOMPARE(global.status, 200);
    bool lead = false;
    for (const QJsonValue &v : global.object().value(QStringLiteral("sobjects")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("Lead")) {
            lead = true;
            QCOMPARE(o.value(QStringLiteral("keyPrefix")).toString(), QStringLiteral("00Q"));
        }
    }
    QVERIFY(lead);
    const HttpResult describe = m_http->get(data(QStringLiteral("/sobjects/lead/describe")), auth());
    QCOMPARE(describe.status, 200);
    QCOMPARE(describe.object().value(QStringLiteral("name")).toString(), QStringLiteral("Lead"));
    QVERIFY(!describe.object().value(QStringLiteral("fields")).toArray().isEmpty());
    const HttpResult unknown = m_http->get(data(QStringLiteral("/sobjects/Acount/describe")), auth());
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("NOT_FOUND"));
}

void TestRestRoutes::objectSummary()
{
    const HttpResult summary = m_http->get(data(QStringLiteral("/sobjects/Account")), auth());
    QCOMPARE(summary.status, 200);
    QCOMPARE(summary.object()
                 .value(QStringLiteral("objectDescribe"))
                 .toObject()
                 .value(QStringLiteral("keyPrefix"))
                 .toString(),
             QStringLiteral("001"));
    QVERIFY(summary.object().value(QStringLiteral("recentItems")).isArray());
    QCOMPARE(m_http->get(data(QStringLiteral("/sobjects/Nope")), auth()).status, 404);
}

void TestRestRoutes::createRetrieveUpdateDelete()
{
    const HttpResult created
        = m_http->postJson(data(QStringLiteral("/sobjects/Lead/")),
                           QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Okafor")},
                                        {QStringLiteral("Company"), QStringLiteral("Brightwave Ltd")},
                                        {QStringLiteral("Email"), QStringLiteral("n.okafor@brightwave.example")}},
                           auth());
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    QCOMPARE(id.size(), 18);
    QVERIFY(id.startsWith(QLatin1String("00Q")));
    QCOMPARE(created.object().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(created.object().value(QStringLiteral("errors")).toArray(), QJsonArray());

    const QString row = data(QStringLiteral("/sobjects/Lead/")) + id;
    const HttpResult retrieved = m_http->get(row + QStringLiteral("?fields=LastName,Company"), auth());
    QCOMPARE(retrieved.status, 200);
    const QJsonObject record = retrieved.object();
    QCOMPARE(record.value(QStringLiteral("LastName")).toString(), QStringLiteral("Okafor"));
    QCOMPARE(record.value(QStringLiteral("Id")).toString(), id);
    QCOMPARE(record.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("/services/data/v60.0/sobjects/Lead/") + id);

    const HttpResult updated = m_http->send("PATCH", row, R"({"Title":"Head of Operations"})",
                                            auth() + OrgHttpClient::Headers {{"Content-Type", "application/json"}});
    QCOMPARE(updated.status, 204);
    QVERIFY(updated.body.isEmpty());
    QCOMPARE(
        m_http->get(row + QStringLiteral("?fields=Title"), auth()).object().value(QStringLiteral("Title")).toString(),
        QStringLiteral("Head of Operations"));

    QCOMPARE(m_http->send("DELETE", row, {}, auth()).status, 204);
    const HttpResult gone = m_http->get(row, auth());
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), QStringLiteral("ENTITY_IS_DELETED"));
    QCOMPARE(m_http->send("DELETE", row + QLatin1Char('/'), {}, auth()).status, 404);
}

void TestRestRoutes::ifUnmodifiedSince()
{
    const QString row = data(QStringLiteral("/sobjects/Lead/")) + createLead(QStringLiteral("Conditional"));
    auto patch = [&](const QByteArray &since) {
        return m_http->send(
            "PATCH", row, R"({"Title":"CFO"})",
            auth() + OrgHttpClient::Headers {{"Content-Type", "application/json"}, {"If-Unmodified-Since", since}});
    };
    const HttpResult stale = patch("Tue, 19 Nov 2024 10:00:00 GMT");
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.errorCode(), QStringLiteral("PRECONDITION_FAILED"));
    const QByteArray future
        = QLocale::c()
              .toString(QDateTime::currentDateTimeUtc().addDays(1), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1();
    QCOMPARE(patch(future).status, 204);
    const HttpResult malformed = patch("yesterday");
    QCOMPARE(malformed.status, 400);
    QVERIFY(malformed.array()
                .at(0)
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("If-Unmodified-Since")));
}

void TestRestRoutes::ifModifiedSince()
{
    // Row GETs honour If-Modified-Since (docs/rest-api.md, docs/errors.md): 304 without a body when
    // LastModifiedDate is not later, the record otherwise; an unreadable date is ignored.
    const QString id = createLead(QStringLiteral("Cached"));
    const QString row = data(QStringLiteral("/sobjects/Lead/")) + id;
    auto get = [&](const QByteArray &since) {
        return m_http->get(row + QStringLiteral("?fields=LastName"),
                           auth() + OrgHttpClient::Headers {{"If-Modified-Since", since}});
    };
    const QByteArray future
        = QLocale::c()
              .toString(QDateTime::currentDateTimeUtc().addDays(1), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1();
    const HttpResult unchanged = get(future);
    QCOMPARE(unchanged.status, 304);
    QVERIFY(unchanged.body.isEmpty());

    const HttpResult changed = get("Tue, 19 Nov 2024 10:00:00 GMT");
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.object().value(QStringLiteral("LastName")).toString(), QStringLiteral("Cached"));
    QCOMPARE(get("yesterday").status, 200);

    QCOMPARE(m_http->send("DELETE", row, {}, auth()).status, 204);
    const HttpResult gone = get(future);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), QStringLiteral("ENTITY_IS_DELETED"));
}

void TestRestRoutes::createErrors()
{
    const HttpResult missing
        = m_http->postJson(data(QStringLiteral("/sobjects/Lead")),
                           QJsonObject {{QStringLiteral("LastName"), QStringLiteral("X")}}, auth());
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("REQUIRED_FIELD_MISSING"));
    QCOMPARE(missing.array().at(0).toObject().value(QStringLiteral("fields")).toArray(),
             QJsonArray {QStringLiteral("Company")});

    const HttpResult badJson = m_http->send("POST", data(QStringLiteral("/sobjects/Lead")), "{x",
                                            auth() + OrgHttpClient::Headers {{"Content-Type", "application/json"}});
    QCOMPARE(badJson.status, 400);
    QCOMPARE(badJson.errorCode(), QStringLiteral("JSON_PARSER_ERROR"));
    QVERIFY(badJson.array()
                .at(0)
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("[line:1, column:")));
    const HttpResult array = m_http->send("POST", data(QStringLiteral("/sobjects/Lead")), "[]",
                                          auth() + OrgHttpClient::Headers {{"Content-Type", "application/json"}});
    QCOMPARE(array.errorCode(), QStringLiteral("JSON_PARSER_ERROR"));
}

void TestRestRoutes::retrieveUserAsTheSfCliDoes()
{
    // sf CLI: GET {instance}/services/data/v51.0/sobjects/User/{user_id} after the token exchange.
    const QString userId = m_identity.section(QLatin1Char('/'), -1);
    const HttpResult user = m_http->get(QStringLiteral("/services/data/v51.0/sobjects/User/") + userId, auth());
    QCOMPARE(user.status, 200);
    QCOMPARE(user.object().value(QStringLiteral("Username")).toString(), m_org->options().username);
}

void TestRestRoutes::unknownResourcesAre404_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("resource") << "/services/data/v60.0/nope";
    QTest::newRow("row child") << "/services/data/v60.0/sobjects/Lead/00Q000000000000AAA/x/y";
    QTest::newRow("outside data") << "/services/nope";
    QTest::newRow("root") << "/";
}

void TestRestRoutes::unknownResourcesAre404()
{
    QFETCH(QString, path);
    const HttpResult result = m_http->get(path, auth());
    QCOMPARE(result.status, 404);
    QCOMPARE(result.errorCode(), QStringLiteral("NOT_FOUND"));
}

void TestRestRoutes::wrongMethodIs405()
{
    const HttpResult result = m_http->send("DELETE", data(QStringLiteral("/limits")), {}, auth());
    QCOMPARE(result.status, 405);
    QCOMPARE(result.errorCode(), QStringLiteral("METHOD_NOT_ALLOWED"));
    QCOMPARE(m_http->send("PUT", data(QStringLiteral("/sobjects/Lead/describe")), "{}", auth()).status, 405);
}

void TestRestRoutes::prettyPrint()
{
    QVERIFY(!m_http->get(data(QStringLiteral("/limits")), auth()).body.contains('\n'));
    QVERIFY(m_http->get(data(QStringLiteral("/limits")), auth() + OrgHttpClient::Headers {{"X-PrettyPrint", "1"}})
                .body.contains('\n'));
}

void TestRestRoutes::headIsGetWithoutBody()
{
    const HttpResult head = m_http->send("HEAD", data(QStringLiteral("/limits")), {}, auth());
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QVERIFY(head.header("Content-Length").toInt() > 0);
    // The connection is still usable afterwards.
    QCOMPARE(m_http->get(data(QStringLiteral("/limits")), auth()).status, 200);
}

HttpResult TestRestRoutes::sendJson(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    return m_http->send(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                        auth() + OrgHttpClient::Headers {{"Content-Type", "application/json"}});
}

int TestRestRoutes::leadCount(const QString &lastName)
{
    const HttpResult counted
        = m_http->get(data(QStringLiteral("/query?q="))
                          + q(QStringLiteral("SELECT COUNT() FROM Lead WHERE LastName = '%1'").arg(lastName)),
                      auth());
    return counted.status == 200 ? counted.object().value(QStringLiteral("totalSize")).toInt() : -1;
}

QJsonObject TestRestRoutes::lead(const QString &lastName, const QString &company)
{
    QJsonObject record {{QStringLiteral("attributes"), QJsonObject {{QStringLiteral("type"), QStringLiteral("Lead")}}},
                        {QStringLiteral("LastName"), lastName}};
    if (!company.isEmpty())
        record.insert(QStringLiteral("Company"), company);
    return record;
}

void TestRestRoutes::collectionCreatePartial()
{
    // jsforce 3 sends every multi-record create here (docs/rest-api.md).
    const QJsonObject body {{QStringLiteral("allOrNone"), false},
                            {QStringLiteral("records"),
                             QJsonArray {lead(QStringLiteral("Partial"), QStringLiteral("Acme")),
                                         lead(QStringLiteral("Partial"), QString()),
                                         lead(QStringLiteral("Partial"), QStringLiteral("Globex"))}}};
    const HttpResult created = sendJson("POST", data(QStringLiteral("/composite/sobjects")), body);
    QCOMPARE(created.status, 200);
    const QJsonArray results = created.array();
    QCOMPARE(results.size(), 3);
    for (int i : {0, 2}) {
        const QJsonObject ok = results.at(i).toObject();
        QCOMPARE(ok.value(QStringLiteral("success")).toBool(), true);
        QVERIFY(ok.value(QStringLiteral("id")).toString().startsWith(QLatin1String("00Q")));
        QCOMPARE(ok.value(QStringLiteral("errors")).toArray(), QJsonArray());
    }
    const QJsonObject bad = results.at(1).toObject();
    QCOMPARE(bad.value(QStringLiteral("success")).toBool(), false);
    const QJsonObject error = bad.value(QStringLiteral("errors")).toArray().at(0).toObject();
    QCOMPARE(error.value(QStringLiteral("statusCode")).toString(), QStringLiteral("REQUIRED_FIELD_MISSING"));
    QVERIFY(!error.contains(QStringLiteral("errorCode")));
    QCOMPARE(error.value(QStringLiteral("fields")).toArray(), QJsonArray {QStringLiteral("Company")});
    QCOMPARE(leadCount(QStringLiteral("Partial")), 2);
}

void TestRestRoutes::collectionCreateAllOrNone()
{
    const QJsonObject body {{QStringLiteral("allOrNone"), true},
                            {QStringLiteral("records"),
                             QJsonArray {lead(QStringLiteral("AllOrNone"), QStringLiteral("Acme")),
                                         lead(QStringLiteral("AllOrNone"), QString()),
                                         lead(QStringLiteral("AllOrNone"), QStringLiteral("Globex"))}}};
    const HttpResult created = sendJson("POST", data(QStringLiteral("/composite/sobjects")), body);
    QCOMPARE(created.status, 200);
    const QJsonArray results = created.array();
    QCOMPARE(results.size(), 3);
    for (const QJsonValue &value : results)
        QCOMPARE(value.toObject().value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(results.at(0)
                 .toObject()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("statusCode"))
                 .toString(),
             QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"));
    QCOMPARE(results.at(1)
                 .toObject()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("statusCode"))
                 .toString(),
             QStringLiteral("REQUIRED_FIELD_MISSING"));
    QCOMPARE(leadCount(QStringLiteral("AllOrNone")), 0);

    // The same batch, all valid, is kept.
    QJsonObject good = body;
    good.insert(QStringLiteral("records"),
                QJsonArray {lead(QStringLiteral("AllOrNone"), QStringLiteral("Acme")),
                            lead(QStringLiteral("AllOrNone"), QStringLiteral("Globex"))});
    const HttpResult kept = sendJson("POST", data(QStringLiteral("/composite/sobjects")), good);
    QCOMPARE(kept.array().size(), 2);
    QCOMPARE(kept.array().at(1).toObject().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(leadCount(QStringLiteral("AllOrNone")), 2);
}

void TestRestRoutes::collectionUpdateRetrieveDelete()
{
    const QString first = createLead(QStringLiteral("Collected"));
    const QString second = createLead(QStringLiteral("Collected"));
    const QString type = QStringLiteral("Lead");
    auto update = [&](const QString &id, const QString &title) {
        return QJsonObject {{QStringLiteral("attributes"), QJsonObject {{QStringLiteral("type"), type}}},
                            {QStringLiteral("id"), id},
                            {QStringLiteral("Title"), title}};
    };
    const HttpResult updated = sendJson(
        "PATCH", data(QStringLiteral("/composite/sobjects")),
        QJsonObject {{QStringLiteral("allOrNone"), false},
                     {QStringLiteral("records"),
                      QJsonArray {update(first, QStringLiteral("CTO")), update(second, QStringLiteral("COO"))}}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.array().size(), 2);
    QCOMPARE(updated.array().at(0).toObject(),
             (QJsonObject {{QStringLiteral("id"), first},
                           {QStringLiteral("success"), true},
                           {QStringLiteral("errors"), QJsonArray()}}));

    // An allOrNone update with one unknown field leaves both rows as they were.
    QJsonObject badField = update(second, QStringLiteral("CEO"));
    badField.insert(QStringLiteral("Nope__c"), 1);
    const HttpResult refused = sendJson(
        "PATCH", data(QStringLiteral("/composite/sobjects")),
        QJsonObject {{QStringLiteral("allOrNone"), true},
                     {QStringLiteral("records"), QJsonArray {update(first, QStringLiteral("CEO")), badField}}});
    QCOMPARE(refused.array()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("statusCode"))
                 .toString(),
             QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"));
    QCOMPARE(refused.array().at(0).toObject().value(QStringLiteral("id")).toString(), first);

    const QString missing = QStringLiteral("00Q000000000000AAA");
    const HttpResult retrieved = m_http->get(
        data(QStringLiteral("/composite/sobjects/Lead?ids=%1,%2,%3&fields=Title,LastName").arg(first, missing, second)),
        auth());
    QCOMPARE(retrieved.status, 200);
    const QJsonArray records = retrieved.array();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("Title")).toString(), QStringLiteral("CTO"));
    QCOMPARE(records.at(0)
                 .toObject()
                 .value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             type);
    QVERIFY(records.at(1).isNull());
    QCOMPARE(records.at(2).toObject().value(QStringLiteral("Title")).toString(), QStringLiteral("COO"));
    // jsforce asks with a POST body instead.
    const HttpResult posted = sendJson("POST", data(QStringLiteral("/composite/sobjects/Lead")),
                                       QJsonObject {{QStringLiteral("ids"), QJsonArray {second}},
                                                    {QStringLiteral("fields"), QJsonArray {QStringLiteral("Title")}}});
    QCOMPARE(posted.array().at(0).toObject().value(QStringLiteral("Title")).toString(), QStringLiteral("COO"));

    const HttpResult deleted = m_http->send(
        "DELETE", data(QStringLiteral("/composite/sobjects?ids=%1,%2,%3&allOrNone=false").arg(first, second, missing)),
        {}, auth());
    QCOMPARE(deleted.status, 200);
    const QJsonArray outcomes = deleted.array();
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0).toObject().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(outcomes.at(1).toObject().value(QStringLiteral("id")).toString(), second);
    QCOMPARE(outcomes.at(2).toObject().value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(outcomes.at(2)
                 .toObject()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("statusCode"))
                 .toString(),
             QStringLiteral("NOT_FOUND"));
    QCOMPARE(leadCount(QStringLiteral("Collected")), 0);
}

void TestRestRoutes::collectionLimits()
{
    QJsonArray records;
    for (int i = 0; i < 201; ++i)
        records.append(lead(QStringLiteral("TooMany"), QStringLiteral("Acme")));
    const HttpResult tooMany = sendJson("POST", data(QStringLiteral("/composite/sobjects")),
                                        QJsonObject {{QStringLiteral("records"), records}});
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(
        tooMany.body,
        QByteArray(
            R"([{"errorCode":"EXCEEDED_ID_LIMIT","message":"record limit reached. cannot submit more than 200 records into this call"}])"));
    QCOMPARE(leadCount(QStringLiteral("TooMany")), 0);
    QCOMPARE(m_http->send("PUT", data(QStringLiteral("/composite/sobjects")), "{}", auth()).status, 405);
}

QTEST_GUILESS_MAIN(TestRestRoutes)
#include "tst_rest_routes.moc"
