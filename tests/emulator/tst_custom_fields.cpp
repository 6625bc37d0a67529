// Custom fields and the Lead duplicate rule of the local org, over real loopback HTTP: describe,
// create, update and SOQL treat `…__c` fields as Salesforce does, and a duplicate rule answers
// DUPLICATES_DETECTED with the matching records (docs/custom-fields.md).
#include "support/org_http_client.h"

#include "emulator/local_org.h"
#include "emulator/store/custom_fields.h"
#include "emulator/store/org_store.h"

#include <QTemporaryDir>
#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

namespace {

// The org every test here starts with: Region__c, a required restricted picklist on Lead, and a
// unique Partner_Code__c (external Id) on Account.
const QByteArray kFieldsJson = R"({
  "Lead": [{"name": "Region__c", "label": "Region", "type": "picklist", "required": true,
            "values": ["EMEA", "APAC", "AMER"]},
           {"name": "Visitor_Score__c", "type": "double"},
           {"name": "Consent__c", "type": "boolean", "default": true}],
  "Account": [{"name": "Partner_Code__c", "label": "Partner Code", "type": "string", "length": 10,
               "externalId": true, "unique": true}]
})";

CustomFields fields()
{
    QString error;
    const std::optional<CustomFields> f = CustomFields::fromJson(kFieldsJson, &error);
    if (!f)
        qFatal("%s", qPrintable(error));
    CustomFields all = CustomFields::demo();
    all.merge(*f);
    return all;
}

QJsonObject fieldOf(const QJsonObject &describe, const QString &name)
{
    for (const QJsonValue &v : describe.value(QStringLiteral("fields")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCustomFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void describeShowsCustomFields();
    void requiredFieldMissing();
    void restrictedPicklist();
    void stringTooLong();
    void defaultsAndTypes();
    void uniqueExternalId();
    void updateChecksCustomFields();
    void soqlSelectsAndFilters();
    void badFiles_data();
    void badFiles();
    void reopenedFileGainsColumns();
    void duplicateRuleBlocks();
    void duplicateRuleAlertsUnlessAllowed();

private:
    OrgHttpClient::Headers auth() const { return OrgHttpClient::bearer(m_access); }
    static QString data(const QString &rest) { return OrgHttpClient::dataPath(rest); }
    HttpResult postLead(const QJsonObject &body, const OrgHttpClient::Headers &extra = {});

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
    QString m_access;
};

void TestCustomFields::initTestCase()
{
    LocalOrgOptions options;
    options.records = 40;
    options.customFields = fields();
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_http = std::make_unique<OrgHttpClient>(m_org->url());
    m_access = m_http->connectDemo().value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_access.isEmpty());
}

void TestCustomFields::cleanupTestCase()
{
    m_http.reset();
    m_org.reset();
}

HttpResult TestCustomFields::postLead(const QJsonObject &body, const OrgHttpClient::Headers &extra)
{
    return m_http->postJson(data(QStringLiteral("/sobjects/Lead")), body, auth() + extra);
}

void TestCustomFields::describeShowsCustomFields()
{
    const HttpResult d = m_http->get(data(QStringLiteral("/sobjects/Lead/describe")), auth());
    QCOMPARE(d.status, 200);
    const QJsonObject region = fieldOf(d.object(), QStringLiteral("Region__c"));
    QCOMPARE(region.value(QStringLiteral("type")).toString(), QStringLiteral("picklist"));
    QCOMPARE(region.value(QStringLiteral("label")).toString(), QStringLiteral("Region"));
    QCOMPARE(region.value(QStringLiteral("custom")).toBool(), true);
    QCOMPARE(region.value(QStringLiteral("nillable")).toBool(), false);
    QCOMPARE(region.value(QStringLiteral("defaultedOnCreate")).toBool(), false);
    QCOMPARE(region.value(QStringLiteral("restrictedPicklist")).toBool(), true);
    QStringList values;
    for (const QJsonValue &v : region.value(QStringLiteral("picklistValues")).toArray())
        values << v.toObject().value(QStringLiteral("value")).toString();
    QCOMPARE(values, (QStringList {QStringLiteral("EMEA"), QStringLiteral("APAC"), QStringLiteral("AMER")}));

    // The demo fields are there too: a long text area (not filterable) and an external Id.
    const QJsonObject transcript = fieldOf(d.object(), QStringLiteral("Chat_Transcript__c"));
    QCOMPARE(transcript.value(QStringLiteral("type")).toString(), QStringLiteral("textarea"));
    QCOMPARE(transcript.value(QStringLiteral("length")).toInt(), 32768);
    QCOMPARE(transcript.value(QStringLiteral("filterable")).toBool(), false);
    const QJsonObject requestId = fieldOf(d.object(), QStringLiteral("Hilal_Request_Id__c"));
    QCOMPARE(requestId.value(QStringLiteral("externalId")).toBool(), true);
    QCOMPARE(requestId.value(QStringLiteral("idLookup")).toBool(), true);
    QCOMPARE(requestId.value(QStringLiteral("unique")).toBool(), true);
    // A standard field is not custom.
    QCOMPARE(fieldOf(d.object(), QStringLiteral("LastName")).value(QStringLiteral("custom")).toBool(), false);

    const HttpResult account = m_http->get(data(QStringLiteral("/sobjects/Account/describe")), auth());
    QCOMPARE(fieldOf(account.object(), QStringLiteral("Partner_Code__c")).value(QStringLiteral("length")).toInt(), 10);
}

void TestCustomFields::requiredFieldMissing()
{
    const HttpResult r = postLead({{QStringLiteral("LastName"), QStringLiteral("Okafor")},
                                   {QStringLiteral("Company"), QStringLiteral("Brightwave")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("REQUIRED_FIELD_MISSING"));
    const QJsonObject e = r.array().first().toObject();
    QCOMPARE(e.value(QStringLiteral("message")).toString(), QStringLiteral("Required fields are missing: [Region__c]"));
    QCOMPARE(e.value(QStringLiteral("fields")).toArray(), QJsonArray {QStringLiteral("Region__c")});
    // Chat_Channel__c is required too, but its default fills it.
}

void TestCustomFields::restrictedPicklist()
{
    const HttpResult r = postLead({{QStringLiteral("LastName"), QStringLiteral("Okafor")},
                                   {QStringLiteral("Company"), QStringLiteral("Brightwave")},
                                   {QStringLiteral("Region__c"), QStringLiteral("Mars")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
    QCOMPARE(r.array().first().toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("Region: bad value for restricted picklist field: Mars"));
    QCOMPARE(r.array().first().toObject().value(QStringLiteral("fields")).toArray(),
             QJsonArray {QStringLiteral("Region__c")});
}

void TestCustomFields::stringTooLong()
{
    const HttpResult r = m_http->postJson(data(QStringLiteral("/sobjects/Account")),
                                          {{QStringLiteral("Name"), QStringLiteral("Longwave")},
                                           {QStringLiteral("Partner_Code__c"), QStringLiteral("ABCDEFGHIJK")}},
                                          auth());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("STRING_TOO_LONG"));
    QCOMPARE(r.array().first().toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("Partner Code: data value too large: ABCDEFGHIJK (max length=10)"));
}

void TestCustomFields::defaultsAndTypes()
{
    const HttpResult created
        = postLead({{QStringLiteral("LastName"), QStringLiteral("Mensah")},
                    {QStringLiteral("Company"), QStringLiteral("Typewave")},
                    {QStringLiteral("Region__c"), QStringLiteral("APAC")},
                    {QStringLiteral("Visitor_Score__c"), 7.5},
                    {QStringLiteral("Chat_Transcript__c"), QStringLiteral("visitor: hello\nbot: hi")}});
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    const HttpResult row = m_http->get(data(QStringLiteral("/sobjects/Lead/") + id), auth());
    QCOMPARE(row.status, 200);
    const QJsonObject lead = row.object();
    QCOMPARE(lead.value(QStringLiteral("Region__c")).toString(), QStringLiteral("APAC"));
    QCOMPARE(lead.value(QStringLiteral("Visitor_Score__c")).toDouble(), 7.5);
    QCOMPARE(lead.value(QStringLiteral("Consent__c")).toBool(), true); // default true
    QCOMPARE(lead.value(QStringLiteral("Chat_Channel__c")).toString(), QStringLiteral("Web")); // picklist default
    QCOMPARE(lead.value(QStringLiteral("Chat_Transcript__c")).toString(), QStringLiteral("visitor: hello\nbot: hi"));

    const HttpResult badNumber = postLead({{QStringLiteral("LastName"), QStringLiteral("Mensah")},
                                           {QStringLiteral("Company"), QStringLiteral("Typewave")},
                                           {QStringLiteral("Region__c"), QStringLiteral("APAC")},
                                           {QStringLiteral("Visitor_Score__c"), QStringLiteral("high")}});
    QCOMPARE(badNumber.status, 400);
    QCOMPARE(badNumber.errorCode(), QStringLiteral("JSON_PARSER_ERROR"));
}

void TestCustomFields::uniqueExternalId()
{
    const QJsonObject first {{QStringLiteral("LastName"), QStringLiteral("Adeyemi")},
                             {QStringLiteral("Company"), QStringLiteral("Uniq One")},
                             {QStringLiteral("Region__c"), QStringLiteral("EMEA")},
                             {QStringLiteral("Hilal_Request_Id__c"), QStringLiteral("req-42")}};
    const HttpResult a = postLead(first);
    QCOMPARE(a.status, 201);
    QJsonObject second = first;
    second.insert(QStringLiteral("Company"), QStringLiteral("Uniq Two"));
    second.insert(QStringLiteral("Hilal_Request_Id__c"), QStringLiteral("REQ-42")); // unique ignores case
    const HttpResult b = postLead(second);
    QCOMPARE(b.status, 400);
    QCOMPARE(b.errorCode(), QStringLiteral("DUPLICATE_VALUE"));
    QCOMPARE(b.array().first().toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("duplicate value found: Hilal_Request_Id__c duplicates value on record with id: %1")
                 .arg(a.object().value(QStringLiteral("id")).toString()));
}

void TestCustomFields::updateChecksCustomFields()
{
    const HttpResult created = postLead({{QStringLiteral("LastName"), QStringLiteral("Kim")},
                                         {QStringLiteral("Company"), QStringLiteral("Updatewave")},
                                         {QStringLiteral("Region__c"), QStringLiteral("AMER")}});
    QCOMPARE(created.status, 201);
    const QString path
        = data(QStringLiteral("/sobjects/Lead/") + created.object().value(QStringLiteral("id")).toString());
    const auto patch = [&](const QJsonObject &body) {
        return m_http->send("PATCH", path, QJsonDocument(body).toJson(),
                            auth() + OrgHttpClient::Headers {{"Content-Type", "application/json"}});
    };
    QCOMPARE(patch({{QStringLiteral("Region__c"), QStringLiteral("EMEA")}}).status, 204);
    const HttpResult cleared = patch({{QStringLiteral("Region__c"), QJsonValue::Null}});
    QCOMPARE(cleared.status, 400);
    QCOMPARE(cleared.errorCode(), QStringLiteral("REQUIRED_FIELD_MISSING"));
    const HttpResult bad = patch({{QStringLiteral("Region__c"), QStringLiteral("emea ")}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
    QCOMPARE(m_http->get(path, auth()).object().value(QStringLiteral("Region__c")).toString(), QStringLiteral("EMEA"));
}

void TestCustomFields::soqlSelectsAndFilters()
{
    const HttpResult created = postLead({{QStringLiteral("LastName"), QStringLiteral("Queryable")},
                                         {QStringLiteral("Company"), QStringLiteral("Soqlwave")},
                                         {QStringLiteral("Region__c"), QStringLiteral("APAC")}});
    QCOMPARE(created.status, 201);
    const HttpResult r = m_http->get(
        data(QStringLiteral("/query?q=")
             + OrgHttpClient::soqlParam(QStringLiteral("SELECT Id, Region__c, Chat_Channel__c FROM Lead WHERE "
                                                       "Region__c = 'apac' AND LastName = 'Queryable'"))),
        auth());
    QCOMPARE(r.status, 200);
    const QJsonArray records = r.object().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().toObject().value(QStringLiteral("Region__c")).toString(), QStringLiteral("APAC"));
    QCOMPARE(records.first().toObject().value(QStringLiteral("Chat_Channel__c")).toString(), QStringLiteral("Web"));
    // Seeded Leads got the default of the required demo picklist.
    const HttpResult seeded = m_http->get(
        data(QStringLiteral("/query?q=")
             + OrgHttpClient::soqlParam(QStringLiteral("SELECT COUNT() FROM Lead WHERE Chat_Channel__c = null"))),
        auth());
    QCOMPARE(seeded.status, 200);
    QCOMPARE(seeded.object().value(QStringLiteral("totalSize")).toInt(), 0);
    // A long text area can be selected but not filtered, as in Salesforce.
    const HttpResult filtered = m_http->get(
        data(QStringLiteral("/query?q=")
             + OrgHttpClient::soqlParam(QStringLiteral("SELECT Id FROM Lead WHERE Chat_Transcript__c = 'x'"))),
        auth());
    QCOMPARE(filtered.status, 400);
    // Unknown custom fields are INVALID_FIELD.
    const HttpResult unknown = m_http->get(
        data(QStringLiteral("/query?q=") + OrgHttpClient::soqlParam(QStringLiteral("SELECT Nope__c FROM Lead"))),
        auth());
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), QStringLiteral("INVALID_FIELD"));
}

void TestCustomFields::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
    QTest::newRow("unknown object") << QByteArray(R"({"Leed": []})") << QStringLiteral("'Leed' is not an sObject");
    QTest::newRow("no __c") << QByteArray(R"({"Lead": [{"name": "Region", "type": "string"}]})")
                            << QStringLiteral("ends in __c");
    QTest::newRow("bad type") << QByteArray(R"({"Lead": [{"name": "A__c", "type": "number"}]})")
                              << QStringLiteral("type 'number' is not supported");
    QTest::newRow("no values") << QByteArray(R"({"Lead": [{"name": "A__c", "type": "picklist"}]})")
                               << QStringLiteral("needs \"values\"");
    QTest::newRow("bad default") << QByteArray(
        R"({"Lead": [{"name": "A__c", "type": "picklist", "values": ["X"], "default": "Y"}]})")
                                 << QStringLiteral("the default 'Y' is not one of");
    QTest::newRow("too long") << QByteArray(R"({"Lead": [{"name": "A__c", "type": "string", "length": 256}]})")
                              << QStringLiteral("from 1 to 255");
    QTest::newRow("twice") << QByteArray(
        R"({"Lead": [{"name": "A__c", "type": "string"}, {"name": "a__c", "type": "date"}]})")
                           << QStringLiteral("defined twice");
    QTest::newRow("unknown key") << QByteArray(R"({"Lead": [{"name": "A__c", "type": "string", "size": 3}]})")
                                 << QStringLiteral("unknown key 'size'");
    QTest::newRow("external id on boolean")
        << QByteArray(R"({"Lead": [{"name": "A__c", "type": "boolean", "externalId": true}]})")
        << QStringLiteral("apply to string, email and double");
}

void TestCustomFields::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!CustomFields::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestCustomFields::reopenedFileGainsColumns()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("org.sqlite"));
    {
        OrgStore store;
        store.setCustomFields(CustomFields());
        QVERIFY(store.open(file));
        SeedOptions seed;
        seed.opportunities = 8;
        QVERIFY(store.seed(seed));
    }
    OrgStore store;
    store.setCustomFields(fields());
    QString error;
    QVERIFY2(store.open(file, &error), qPrintable(error));
    const StoreResult r = store.create(QStringLiteral("Lead"),
                                       {{QStringLiteral("LastName"), QStringLiteral("Later")},
                                        {QStringLiteral("Company"), QStringLiteral("Reopened")},
                                        {QStringLiteral("Region__c"), QStringLiteral("EMEA")}});
    QVERIFY2(r.ok(), QJsonDocument(r.errorsJson()).toJson().constData());
    const QueryResult q = store.query(QStringLiteral("SELECT Region__c FROM Lead WHERE Region__c != null"), false, 0,
                                      QStringLiteral("60.0"));
    QCOMPARE(q.body.toObject().value(QStringLiteral("totalSize")).toInt(), 1);
}

void TestCustomFields::duplicateRuleBlocks()
{
    LocalOrgOptions options;
    options.records = 4;
    options.duplicateRule = DuplicateRules::Mode::Block;
    LocalOrg org(options);
    QString error;
    QVERIFY2(org.start(&error), qPrintable(error));
    OrgHttpClient http(org.url());
    const auto bearer = OrgHttpClient::bearer(http.connectDemo().value(QStringLiteral("access_token")).toString());
    const QString path = OrgHttpClient::dataPath(QStringLiteral("/sobjects/Lead"));
    const HttpResult first = http.postJson(path,
                                           {{QStringLiteral("LastName"), QStringLiteral("Okafor")},
                                            {QStringLiteral("Company"), QStringLiteral("Brightwave")},
                                            {QStringLiteral("Email"), QStringLiteral("n.okafor@brightwave.example")}},
                                           bearer);
    QCOMPARE(first.status, 201);
    const QString existing = first.object().value(QStringLiteral("id")).toString();

    // Same Email in another case; then same LastName + Company.
    for (const QJsonObject &body :
         {QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Other")},
                       {QStringLiteral("Company"), QStringLiteral("Elsewhere")},
                       {QStringLiteral("Email"), QStringLiteral("N.Okafor@Brightwave.example")}},
          QJsonObject {{QStringLiteral("LastName"), QStringLiteral("okafor")},
                       {QStringLiteral("Company"), QStringLiteral("BRIGHTWAVE")}}}) {
        const HttpResult dup = http.postJson(
            path, body, bearer + OrgHttpClient::Headers {{"Sforce-Duplicate-Rule-Header", "allowSave=true"}});
        QCOMPARE(dup.status, 400);
        const QJsonObject e = dup.array().first().toObject();
        QCOMPARE(e.value(QStringLiteral("errorCode")).toString(), QStringLiteral("DUPLICATES_DETECTED"));
        QCOMPARE(e.value(QStringLiteral("message")).toString(), QStringLiteral("Use one of these records?"));
        QCOMPARE(e.value(QStringLiteral("fields")).toArray(), QJsonArray());
        const QJsonObject result = e.value(QStringLiteral("duplicateResult")).toObject();
        QCOMPARE(result.value(QStringLiteral("allowSave")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("duplicateRuleEntityType")).toString(), QStringLiteral("Lead"));
        const QJsonObject match = result.value(QStringLiteral("matchResults")).toArray().first().toObject();
        QCOMPARE(match.value(QStringLiteral("size")).toInt(), 1);
        const QJsonObject record = match.value(QStringLiteral("matchRecords"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("record"))
                                       .toObject();
        QCOMPARE(record.value(QStringLiteral("Id")).toString(), existing);
    }
    // A different person saves.
    QCOMPARE(http.postJson(path,
                           {{QStringLiteral("LastName"), QStringLiteral("Mensah")},
                            {QStringLiteral("Company"), QStringLiteral("Brightwave")}},
                           bearer)
                 .status,
             201);
}

void TestCustomFields::duplicateRuleAlertsUnlessAllowed()
{
    LocalOrgOptions options;
    options.records = 4;
    options.duplicateRule = DuplicateRules::Mode::Alert;
    LocalOrg org(options);
    QString error;
    QVERIFY2(org.start(&error), qPrintable(error));
    OrgHttpClient http(org.url());
    const auto bearer = OrgHttpClient::bearer(http.connectDemo().value(QStringLiteral("access_token")).toString());
    const QString path = OrgHttpClient::dataPath(QStringLiteral("/sobjects/Lead"));
    const QJsonObject lead {{QStringLiteral("LastName"), QStringLiteral("Okafor")},
                            {QStringLiteral("Company"), QStringLiteral("Brightwave")}};
    QCOMPARE(http.postJson(path, lead, bearer).status, 201);
    const HttpResult alerted = http.postJson(path, lead, bearer);
    QCOMPARE(alerted.status, 400);
    QCOMPARE(alerted.errorCode(), QStringLiteral("DUPLICATES_DETECTED"));
    QCOMPARE(alerted.array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("duplicateResult"))
                 .toObject()
                 .value(QStringLiteral("allowSave"))
                 .toBool(),
             true);
    QCOMPARE(
        http.postJson(path, lead, bearer + OrgHttpClient::Headers {{"Sforce-Duplicate-Rule-Header", "allowSave=true"}})
            .status,
        201);
}

QTEST_GUILESS_MAIN(TestCustomFields)
#include "tst_custom_fields.moc"
