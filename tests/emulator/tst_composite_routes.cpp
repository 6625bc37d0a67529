// /composite, /composite/batch and /composite/tree/{type} over real loopback HTTP
// (docs/rest-composite.md): references between subrequests, allOrNone, limits, haltOnError,
// trees created all or nothing.
#include "support/org_http_client.h"

#include "emulator/local_org.h"

#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

class TestCompositeRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void compositeFollowsReferences();
    void compositeAllOrNoneRollsBack();
    void compositeBrokenReferenceHalts();
    void compositeLimitsAndErrors();
    void batchRunsIndependently();
    void batchHaltsOnError();
    void treeCreatesParentsAndChildren();
    void treeIsAllOrNothing();
    void treeLimitsAndErrors();

private:
    OrgHttpClient::Headers auth() const { return OrgHttpClient::bearer(m_access); }
    static QString data(const QString &rest) { return OrgHttpClient::dataPath(rest); }
    int count(const QString &soql);
    static QJsonObject sub(const QString &method, const QString &url, const QString &ref, const QJsonObject &body = {});

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
    QString m_access;
};

void TestCompositeRoutes::initTestCase()
{
    LocalOrgOptions options;
    options.records = 20;
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_http = std::make_unique<OrgHttpClient>(m_org->url());
    m_access = m_http->connectDemo().value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_access.isEmpty());
}

void TestCompositeRoutes::cleanupTestCase()
{
    m_http.reset();
    m_org.reset();
}

int TestCompositeRoutes::count(const QString &soql)
{
    return m_http->get(data(QStringLiteral("/query?q=")) + OrgHttpClient::soqlParam(soql), auth())
        .object()
        .value(QStringLiteral("totalSize"))
        .toInt(-1);
}

QJsonObject TestCompositeRoutes::sub(const QString &method, const QString &url, const QString &ref,
                                     const QJsonObject &body)
{
    QJsonObject request {
        {QStringLiteral("method"), method}, {QStringLiteral("url"), url}, {QStringLiteral("referenceId"), ref}};
    if (!body.isEmpty())
        request.insert(QStringLiteral("body"), body);
    return request;
}

void TestCompositeRoutes::compositeFollowsReferences()
{
    const QJsonArray requests {
        sub(QStringLiteral("POST"), data(QStringLiteral("/sobjects/Account")), QStringLiteral("newAccount"),
            {{QStringLiteral("Name"), QStringLiteral("Composite Works")}}),
        sub(QStringLiteral("POST"), data(QStringLiteral("/sobjects/Contact")), QStringLiteral("newContact"),
            {{QStringLiteral("LastName"), QStringLiteral("Referenced")},
             {QStringLiteral("AccountId"), QStringLiteral("@{newAccount.id}")}}),
        sub(QStringLiteral("GET"), data(QStringLiteral("/sobjects/Contact/@{newContact.id}?fields=AccountId,LastName")),
            QStringLiteral("readBack")),
        sub(QStringLiteral("GET"),
            data(QStringLiteral("/query?q=SELECT+Id+FROM+Contact+WHERE+Id+=+'@{newContact.id}'")),
            QStringLiteral("queried")),
        sub(QStringLiteral("PATCH"), data(QStringLiteral("/sobjects/Contact/@{queried.records[0].Id}")),
            QStringLiteral("renamed"), {{QStringLiteral("LastName"), QStringLiteral("Renamed")}})};
    const HttpResult result = m_http->postJson(data(QStringLiteral("/composite")),
                                               {{QStringLiteral("compositeRequest"), requests}}, auth());
    QCOMPARE(result.status, 200);
    const QJsonArray answers = result.object().value(QStringLiteral("compositeResponse")).toArray();
    QCOMPARE(answers.size(), 5);
    const QJsonObject account = answers.at(0).toObject();
    QCOMPARE(account.value(QStringLiteral("httpStatusCode")).toInt(), 201);
    QCOMPARE(account.value(QStringLiteral("referenceId")).toString(), QStringLiteral("newAccount"));
    const QString accountId = account.value(QStringLiteral("body")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(accountId.startsWith(QLatin1String("001")));
    QVERIFY(account.value(QStringLiteral("httpHeaders"))
                .toObject()
                .value(QStringLiteral("Location"))
                .toString()
                .endsWith(accountId));
    const QJsonObject readBack = answers.at(2).toObject();
    QCOMPARE(readBack.value(QStringLiteral("httpStatusCode")).toInt(), 200);
    QCOMPARE(readBack.value(QStringLiteral("body")).toObject().value(QStringLiteral("AccountId")).toString(),
             accountId);
    QCOMPARE(answers.at(4).toObject().value(QStringLiteral("httpStatusCode")).toInt(), 204);
    QCOMPARE(count(QStringLiteral("SELECT Id FROM Contact WHERE LastName = 'Renamed'")), 1);
}

void TestCompositeRoutes::compositeAllOrNoneRollsBack()
{
    const QJsonArray requests {
        sub(QStringLiteral("POST"), data(QStringLiteral("/sobjects/Account")), QStringLiteral("good"),
            {{QStringLiteral("Name"), QStringLiteral("Rolled Back Ltd")}}),
        sub(QStringLiteral("POST"), data(QStringLiteral("/sobjects/Contact")), QStringLiteral("bad"),
            {{QStringLiteral("FirstName"), QStringLiteral("No Last Name")}}),
        sub(QStringLiteral("GET"), data(QStringLiteral("/limits")), QStringLiteral("never"))};
    const HttpResult result = m_http->postJson(
        data(QStringLiteral("/composite")),
        {{QStringLiteral("allOrNone"), true}, {QStringLiteral("compositeRequest"), requests}}, auth());
    QCOMPARE(result.status, 200);
    const QJsonArray answers = result.object().value(QStringLiteral("compositeResponse")).toArray();
    QCOMPARE(answers.size(), 3);
    auto codeOf = [&](int i) {
        return answers.at(i)
            .toObject()
            .value(QStringLiteral("body"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("errorCode"))
            .toString();
    };
    QCOMPARE(answers.at(0).toObject().value(QStringLiteral("httpStatusCode")).toInt(), 400);
    QCOMPARE(codeOf(0), QStringLiteral("PROCESSING_HALTED"));
    QCOMPARE(codeOf(1), QStringLiteral("REQUIRED_FIELD_MISSING"));
    QCOMPARE(codeOf(2), QStringLiteral("PROCESSING_HALTED"));
    QCOMPARE(count(QStringLiteral("SELECT Id FROM Account WHERE Name = 'Rolled Back Ltd'")), 0);
}

void TestCompositeRoutes::compositeBrokenReferenceHalts()
{
    const QJsonArray requests {
        sub(QStringLiteral("POST"), data(QStringLiteral("/sobjects/Contact")), QStringLiteral("bad"),
            {{QStringLiteral("FirstName"), QStringLiteral("Missing")}}),
        sub(QStringLiteral("GET"), data(QStringLiteral("/sobjects/Contact/@{bad.id}")), QStringLiteral("dependent")),
        sub(QStringLiteral("POST"), data(QStringLiteral("/sobjects/Account")), QStringLiteral("independent"),
            {{QStringLiteral("Name"), QStringLiteral("Kept Without AllOrNone")}})};
    const HttpResult result = m_http->postJson(data(QStringLiteral("/composite")),
                                               {{QStringLiteral("compositeRequest"), requests}}, auth());
    QCOMPARE(result.status, 200);
    const QJsonArray answers = result.object().value(QStringLiteral("compositeResponse")).toArray();
    const QJsonObject dependent = answers.at(1).toObject();
    QCOMPARE(dependent.value(QStringLiteral("httpStatusCode")).toInt(), 400);
    QCOMPARE(dependent.value(QStringLiteral("body"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("errorCode"))
                 .toString(),
             QStringLiteral("PROCESSING_HALTED"));
    QCOMPARE(answers.at(2).toObject().value(QStringLiteral("httpStatusCode")).toInt(), 201);
    QCOMPARE(count(QStringLiteral("SELECT Id FROM Account WHERE Name = 'Kept Without AllOrNone'")), 1);
}

void TestCompositeRoutes::compositeLimitsAndErrors()
{
    QJsonArray many;
    for (int i = 0; i < 26; ++i)
        many.append(sub(QStringLiteral("GET"), data(QStringLiteral("/limits")), QStringLiteral("r%1").arg(i)));
    HttpResult result
        = m_http->postJson(data(QStringLiteral("/composite")), {{QStringLiteral("compositeRequest"), many}}, auth());
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("LIMIT_EXCEEDED"));
    many.removeLast();
    result = m_http->postJson(data(QStringLiteral("/composite")), {{QStringLiteral("compositeRequest"), many}}, auth());
    QCOMPARE(result.status, 200); // 25 is allowed

    const QJsonArray duplicate {sub(QStringLiteral("GET"), data(QStringLiteral("/limits")), QStringLiteral("same")),
                                sub(QStringLiteral("GET"), data(QStringLiteral("/limits")), QStringLiteral("same"))};
    result = m_http->postJson(data(QStringLiteral("/composite")), {{QStringLiteral("compositeRequest"), duplicate}},
                              auth());
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_INPUT"));
    result = m_http->postJson(data(QStringLiteral("/composite")), {{QStringLiteral("nothing"), 1}}, auth());
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("JSON_PARSER_ERROR"));
    QCOMPARE(m_http->get(data(QStringLiteral("/composite")), auth()).status, 405);
    QCOMPARE(m_http->postJson(data(QStringLiteral("/composite")), {}, {}).status, 401);
}

void TestCompositeRoutes::batchRunsIndependently()
{
    const QJsonArray requests {
        QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
                     {QStringLiteral("url"), QStringLiteral("v60.0/sobjects/Account/001000000000000AAA")}},
        QJsonObject {
            {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("url"), QStringLiteral("v60.0/sobjects/Account")},
            {QStringLiteral("richInput"), QJsonObject {{QStringLiteral("Name"), QStringLiteral("Batch Made")}}}},
        QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
                     {QStringLiteral("url"), QStringLiteral("v60.0/limits")}}};
    const HttpResult result = m_http->postJson(data(QStringLiteral("/composite/batch")),
                                               {{QStringLiteral("batchRequests"), requests}}, auth());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object().value(QStringLiteral("hasErrors")).toBool(), true);
    const QJsonArray results = result.object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("statusCode")).toInt(), 404);
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("statusCode")).toInt(), 201);
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("statusCode")).toInt(), 200);
    QVERIFY(results.at(2)
                .toObject()
                .value(QStringLiteral("result"))
                .toObject()
                .contains(QStringLiteral("DailyApiRequests")));
}

void TestCompositeRoutes::batchHaltsOnError()
{
    const QJsonArray requests {QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
                                            {QStringLiteral("url"), QStringLiteral("v60.0/sobjects/Nothing/describe")}},
                               QJsonObject {{QStringLiteral("method"), QStringLiteral("POST")},
                                            {QStringLiteral("url"), QStringLiteral("v60.0/sobjects/Account")},
                                            {QStringLiteral("richInput"),
                                             QJsonObject {{QStringLiteral("Name"), QStringLiteral("Never Made")}}}}};
    const HttpResult result = m_http->postJson(
        data(QStringLiteral("/composite/batch")),
        {{QStringLiteral("haltOnError"), true}, {QStringLiteral("batchRequests"), requests}}, auth());
    QCOMPARE(result.status, 200);
    const QJsonArray results = result.object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("statusCode")).toInt(), 404);
    const QJsonObject halted = results.at(1).toObject();
    QCOMPARE(halted.value(QStringLiteral("statusCode")).toInt(), 412);
    QCOMPARE(
        halted.value(QStringLiteral("result")).toArray().at(0).toObject().value(QStringLiteral("errorCode")).toString(),
        QStringLiteral("BATCH_PROCESSING_HALTED"));
    QCOMPARE(count(QStringLiteral("SELECT Id FROM Account WHERE Name = 'Never Made'")), 0);
    QJsonArray many;
    for (int i = 0; i < 26; ++i)
        many.append(QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
                                 {QStringLiteral("url"), QStringLiteral("v60.0/limits")}});
    QCOMPARE(
        m_http->postJson(data(QStringLiteral("/composite/batch")), {{QStringLiteral("batchRequests"), many}}, auth())
            .errorCode(),
        QStringLiteral("LIMIT_EXCEEDED"));
}

void TestCompositeRoutes::treeCreatesParentsAndChildren()
{
    const QJsonObject tree {
        {QStringLiteral("records"),
         QJsonArray {QJsonObject {
             {QStringLiteral("attributes"),
              QJsonObject {{QStringLiteral("type"), QStringLiteral("Account")},
                           {QStringLiteral("referenceId"), QStringLiteral("acc1")}}},
             {QStringLiteral("Name"), QStringLiteral("Tree Top")},
             {QStringLiteral("Contacts"),
              QJsonObject {
                  {QStringLiteral("records"),
                   QJsonArray {QJsonObject {{QStringLiteral("attributes"),
                                             QJsonObject {{QStringLiteral("type"), QStringLiteral("Contact")},
                                                          {QStringLiteral("referenceId"), QStringLiteral("con1")}}},
                                            {QStringLiteral("LastName"), QStringLiteral("Leaf One")}},
                               QJsonObject {{QStringLiteral("attributes"),
                                             QJsonObject {{QStringLiteral("type"), QStringLiteral("Contact")},
                                                          {QStringLiteral("referenceId"), QStringLiteral("con2")}}},
                                            {QStringLiteral("LastName"), QStringLiteral("Leaf Two")}}}}}}}}}};
    const HttpResult result = m_http->postJson(data(QStringLiteral("/composite/tree/Account")), tree, auth());
    QCOMPARE(result.status, 201);
    QCOMPARE(result.object().value(QStringLiteral("hasErrors")).toBool(), false);
    const QJsonArray results = result.object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    const QString accountId = results.at(0).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("referenceId")).toString(), QStringLiteral("acc1"));
    QCOMPARE(count(QStringLiteral("SELECT Id FROM Contact WHERE AccountId = '%1'").arg(accountId)), 2);
}

void TestCompositeRoutes::treeIsAllOrNothing()
{
    const QJsonObject tree {
        {QStringLiteral("records"),
         QJsonArray {QJsonObject {
             {QStringLiteral("attributes"),
              QJsonObject {{QStringLiteral("type"), QStringLiteral("Account")},
                           {QStringLiteral("referenceId"), QStringLiteral("acc1")}}},
             {QStringLiteral("Name"), QStringLiteral("Doomed Tree")},
             {QStringLiteral("Contacts"),
              QJsonObject {
                  {QStringLiteral("records"),
                   QJsonArray {QJsonObject {{QStringLiteral("attributes"),
                                             QJsonObject {{QStringLiteral("type"), QStringLiteral("Contact")},
                                                          {QStringLiteral("referenceId"), QStringLiteral("con1")}}},
                                            {QStringLiteral("FirstName"), QStringLiteral("No Last Name")}}}}}}}}}};
    const HttpResult result = m_http->postJson(data(QStringLiteral("/composite/tree/Account")), tree, auth());
    QCOMPARE(result.status, 400);
    QCOMPARE(result.object().value(QStringLiteral("hasErrors")).toBool(), true);
    const QJsonObject failure = result.object().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(failure.value(QStringLiteral("referenceId")).toString(), QStringLiteral("con1"));
    QCOMPARE(failure.value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("statusCode"))
                 .toString(),
             QStringLiteral("REQUIRED_FIELD_MISSING"));
    QCOMPARE(count(QStringLiteral("SELECT Id FROM Account WHERE Name = 'Doomed Tree'")), 0);
}

void TestCompositeRoutes::treeLimitsAndErrors()
{
    QJsonArray records;
    for (int i = 0; i < 201; ++i) {
        records.append(QJsonObject {{QStringLiteral("attributes"),
                                     QJsonObject {{QStringLiteral("type"), QStringLiteral("Account")},
                                                  {QStringLiteral("referenceId"), QStringLiteral("a%1").arg(i)}}},
                                    {QStringLiteral("Name"), QStringLiteral("Too Many %1").arg(i)}});
    }
    HttpResult result = m_http->postJson(data(QStringLiteral("/composite/tree/Account")),
                                         {{QStringLiteral("records"), records}}, auth());
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("LIMIT_EXCEEDED"));
    QCOMPARE(count(QStringLiteral("SELECT Id FROM Account WHERE Name LIKE 'Too Many %'")), 0);
    records.removeLast();
    result = m_http->postJson(data(QStringLiteral("/composite/tree/Account")), {{QStringLiteral("records"), records}},
                              auth());
    QCOMPARE(result.status, 201); // 200 is allowed
    QCOMPARE(result.object().value(QStringLiteral("results")).toArray().size(), 200);

    const QJsonArray wrongType {QJsonObject {{QStringLiteral("attributes"),
                                              QJsonObject {{QStringLiteral("type"), QStringLiteral("Contact")},
                                                           {QStringLiteral("referenceId"), QStringLiteral("x")}}},
                                             {QStringLiteral("LastName"), QStringLiteral("Wrong")}}};
    result = m_http->postJson(data(QStringLiteral("/composite/tree/Account")), {{QStringLiteral("records"), wrongType}},
                              auth());
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("INVALID_INPUT"));
    const QJsonArray noRef {
        QJsonObject {{QStringLiteral("attributes"), QJsonObject {{QStringLiteral("type"), QStringLiteral("Account")}}},
                     {QStringLiteral("Name"), QStringLiteral("No Ref")}}};
    QCOMPARE(
        m_http->postJson(data(QStringLiteral("/composite/tree/Account")), {{QStringLiteral("records"), noRef}}, auth())
            .errorCode(),
        QStringLiteral("INVALID_INPUT"));
    QCOMPARE(
        m_http->postJson(data(QStringLiteral("/composite/tree/Nothing")), {{QStringLiteral("records"), noRef}}, auth())
            .status,
        404);
}

QTEST_GUILESS_MAIN(TestCompositeRoutes)
#include "tst_composite_routes.moc"
