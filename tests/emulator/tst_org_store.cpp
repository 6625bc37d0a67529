#include "emulator/store/id_generator.h"
#include "emulator/store/org_store.h"
#include "emulator/store/schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace hilal::emulator;

namespace {

SeedOptions smallOrg(int opportunities = 40)
{
    SeedOptions o;
    o.seed = 7;
    o.opportunities = opportunities;
    return o;
}

QString firstError(const StoreResult &r)
{
    return r.errors.isEmpty() ? QString() : r.errors.first().errorCode;
}

} // namespace

class TestOrgStore : public QObject
{
    Q_OBJECT

private:
    OrgStore store;

    QString createLead(const QJsonObject &body)
    {
        const StoreResult r = store.create(QStringLiteral("Lead"), body);
        if (r.httpStatus != 201)
            return {};
        return r.body.toObject().value(QStringLiteral("id")).toString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(store.open(QString(), &error), qPrintable(error));
        QVERIFY(!store.isSeeded());
        QVERIFY2(store.seed(smallOrg(), &error), qPrintable(error));
        QVERIFY(store.isSeeded());
    }

    void seedsTheRequestedVolumes()
    {
        QCOMPARE(store.recordCount(QStringLiteral("Opportunity")), 40);
        QCOMPARE(store.recordCount(QStringLiteral("Account")), 10);
        QCOMPARE(store.recordCount(QStringLiteral("Contact")), 20);
        QCOMPARE(store.recordCount(QStringLiteral("Lead")), 20);
        QCOMPARE(store.recordCount(QStringLiteral("OpportunityStage")), 10);
        QCOMPARE(store.recordCount(QStringLiteral("LeadStatus")), 4);
        QCOMPARE(store.recordCount(QStringLiteral("Nope")), -1);
        QString error;
        QVERIFY(!store.seed(smallOrg(), &error));
        QVERIFY(error.contains(QLatin1String("already")));
    }

    void organizationHasAValidIdAndSettings()
    {
        const OrganizationRecord org = store.organization();
        QVERIFY(org.id.startsWith(QLatin1String("00D")));
        QCOMPARE(IdGenerator::normalize(org.id), org.id);
        QCOMPARE(org.name, QStringLiteral("Hilal Demo"));
        QCOMPARE(org.isSandbox, false);
        QCOMPARE(org.fiscalYearStartMonth, 1);
    }

    void authenticatesTheDemoUserOnly()
    {
        const auto user = store.authenticate(QStringLiteral("admin@hilal-demo.example"), QStringLiteral("HilalDemo1!"));
        QVERIFY(user.has_value());
        QVERIFY(user->id.startsWith(QLatin1String("005")));
        QCOMPARE(user->name, QStringLiteral("Dana Admin"));
        QVERIFY(user->isActive);
        QVERIFY(!store.authenticate(QStringLiteral("admin@hilal-demo.example"), QStringLiteral("hilaldemo1!")));
        QVERIFY(!store.authenticate(QStringLiteral("nobody@hilal-demo.example"), QStringLiteral("HilalDemo1!")));
        QCOMPARE(store.userById(user->id.left(15))->username, QStringLiteral("admin@hilal-demo.example"));
        QVERIFY(!store.userById(QStringLiteral("005xyz")));
    }

    void passwordNeverReachesTheDatabaseFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("org.db"));
        {
            OrgStore fileStore;
            QString error;
            QVERIFY2(fileStore.open(file, &error), qPrintable(error));
            SeedOptions o = smallOrg(4);
            o.password = QStringLiteral("Sup3r-Secret-Pw");
            QVERIFY2(fileStore.seed(o, &error), qPrintable(error));
            QVERIFY(fileStore.authenticate(o.username, o.password));
        }
        QByteArray bytes;
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes += f.readAll();
        }
        QVERIFY(bytes.size() > 1000);
        QVERIFY(!bytes.contains("Sup3r-Secret-Pw"));
        QVERIFY(!bytes.contains(QString(QStringLiteral("Sup3r-Secret-Pw")).toUtf8().toBase64()));

        // Reopening the file keeps the org (and its Id counters) instead of reseeding.
        OrgStore again;
        QVERIFY(again.open(file));
        QVERIFY(again.isSeeded());
        QVERIFY(again.authenticate(QStringLiteral("admin@hilal-demo.example"), QStringLiteral("Sup3r-Secret-Pw")));
        const StoreResult r
            = again.create(QStringLiteral("Account"), {{QStringLiteral("Name"), QStringLiteral("After reopen")}});
        QCOMPARE(r.httpStatus, 201);
    }

    void createsAndRetrievesALead()
    {
        const StoreResult r = store.create(QStringLiteral("lead"),
                                           {{QStringLiteral("lastname"), QStringLiteral("Okafor")},
                                            {QStringLiteral("FirstName"), QStringLiteral("Ngozi")},
                                            {QStringLiteral("Company"), QStringLiteral("Brightwave Ltd")},
                                            {QStringLiteral("Email"), QStringLiteral("n.okafor@brightwave.example")}});
        QCOMPARE(r.httpStatus, 201);
        const QJsonObject body = r.body.toObject();
        QCOMPARE(body.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("errors")).toArray().size(), 0);
        const QString id = body.value(QStringLiteral("id")).toString();
        QCOMPARE(id.size(), 18);
        QVERIFY(id.startsWith(QLatin1String("00Q")));
        QCOMPARE(IdGenerator::normalize(id), id);

        const StoreResult got = store.retrieve(QStringLiteral("Lead"), id.left(15), {}, QStringLiteral("60.0"));
        QCOMPARE(got.httpStatus, 200);
        const QJsonObject lead = got.body.toObject();
        QCOMPARE(lead.value(QStringLiteral("Id")).toString(), id);
        QCOMPARE(lead.value(QStringLiteral("LastName")).toString(), QStringLiteral("Okafor"));
        QCOMPARE(lead.value(QStringLiteral("Name")).toString(), QStringLiteral("Ngozi Okafor"));
        QCOMPARE(lead.value(QStringLiteral("Status")).toString(), QStringLiteral("Open - Not Contacted"));
        QCOMPARE(lead.value(QStringLiteral("IsConverted")).toBool(), false);
        QVERIFY(lead.value(QStringLiteral("Phone")).isNull());
        QCOMPARE(lead.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("/services/data/v60.0/sobjects/Lead/") + id);
        static const QRegularExpression dt(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$)"));
        QVERIFY(dt.match(lead.value(QStringLiteral("CreatedDate")).toString()).hasMatch());
        QVERIFY(lead.value(QStringLiteral("OwnerId")).toString().startsWith(QLatin1String("005")));

        const StoreResult some = store.retrieve(
            QStringLiteral("Lead"), id, {QStringLiteral("company"), QStringLiteral("EMAIL")}, QStringLiteral("v58.0"));
        const QJsonObject few = some.body.toObject();
        QCOMPARE(few.keys(),
                 (QStringList {QStringLiteral("Company"), QStringLiteral("Email"), QStringLiteral("Id"),
                               QStringLiteral("attributes")}));
        QVERIFY(few.value(QStringLiteral("attributes"))
                    .toObject()
                    .value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QLatin1String("/services/data/v58.0/")));
    }

    void createValidationErrors_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("required") << QStringLiteral("Lead")
                                  << QJsonObject {{QStringLiteral("Title"), QStringLiteral("CTO")}} << 400
                                  << QStringLiteral("REQUIRED_FIELD_MISSING")
                                  << QStringLiteral("Required fields are missing: [LastName, Company]")
                                  << QStringList {QStringLiteral("LastName"), QStringLiteral("Company")};
        QTest::newRow("email") << QStringLiteral("Lead")
                               << QJsonObject {{QStringLiteral("LastName"), QStringLiteral("A")},
                                               {QStringLiteral("Company"), QStringLiteral("B")},
                                               {QStringLiteral("Email"), QStringLiteral("n.okafor@")}}
                               << 400 << QStringLiteral("INVALID_EMAIL_ADDRESS")
                               << QStringLiteral("Email: invalid email address: n.okafor@")
                               << QStringList {QStringLiteral("Email")};
        QTest::newRow("too long")
            << QStringLiteral("Lead")
            << QJsonObject {{QStringLiteral("LastName"), QString(81, QLatin1Char('x'))},
                            {QStringLiteral("Company"), QStringLiteral("B")}}
            << 400 << QStringLiteral("STRING_TOO_LONG")
            << QStringLiteral("Last Name: data value too large: %1 (max length=80)").arg(QString(81, QLatin1Char('x')))
            << QStringList {QStringLiteral("LastName")};
        QTest::newRow("restricted picklist")
            << QStringLiteral("Opportunity")
            << QJsonObject {{QStringLiteral("Name"), QStringLiteral("X")},
                            {QStringLiteral("StageName"), QStringLiteral("Won-ish")},
                            {QStringLiteral("CloseDate"), QStringLiteral("2025-03-31")}}
            << 400 << QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST")
            << QStringLiteral("Stage: bad value for restricted picklist field: Won-ish")
            << QStringList {QStringLiteral("StageName")};
        QTest::newRow("unknown field") << QStringLiteral("Lead") << QJsonObject {{QStringLiteral("Foo"), 1}} << 400
                                       << QStringLiteral("INVALID_FIELD")
                                       << QStringLiteral("No such column 'Foo' on sobject of type Lead")
                                       << QStringList {};
        QTest::newRow("read-only")
            << QStringLiteral("Opportunity")
            << QJsonObject {{QStringLiteral("Name"), QStringLiteral("X")}, {QStringLiteral("isWon"), true}} << 400
            << QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE")
            << QStringLiteral("Unable to create/update fields: IsWon. Please check the security settings of this field "
                              "and verify that it is read/write for your profile or permission set.")
            << QStringList {QStringLiteral("IsWon")};
        QTest::newRow("wrong id type") << QStringLiteral("Contact")
                                       << QJsonObject {{QStringLiteral("LastName"), QStringLiteral("X")},
                                                       {QStringLiteral("AccountId"),
                                                        QStringLiteral("0065g00000Q1rStAAJ")}}
                                       << 400 << QStringLiteral("MALFORMED_ID")
                                       << QStringLiteral("Account ID: id value of incorrect type: 0065g00000Q1rStAAJ")
                                       << QStringList {QStringLiteral("AccountId")};
        QTest::newRow("missing parent") << QStringLiteral("Contact")
                                        << QJsonObject {{QStringLiteral("LastName"), QStringLiteral("X")},
                                                        {QStringLiteral("AccountId"),
                                                         QStringLiteral("0015g00000K7mWqAAJ")}}
                                        << 400 << QStringLiteral("INVALID_CROSS_REFERENCE_KEY")
                                        << QStringLiteral("Account ID: invalid cross reference id")
                                        << QStringList {QStringLiteral("AccountId")};
        QTest::newRow("not a number") << QStringLiteral("Account")
                                      << QJsonObject {{QStringLiteral("Name"), QStringLiteral("X")},
                                                      {QStringLiteral("AnnualRevenue"), QStringLiteral("lots")}}
                                      << 400 << QStringLiteral("JSON_PARSER_ERROR")
                                      << QStringLiteral("Cannot deserialize instance of double from VALUE_STRING value "
                                                        "lots or request may be missing a required field")
                                      << QStringList {QStringLiteral("AnnualRevenue")};
        QTest::newRow("unknown object") << QStringLiteral("Acount") << QJsonObject {} << 404
                                        << QStringLiteral("NOT_FOUND")
                                        << QStringLiteral("The requested resource does not exist") << QStringList {};
        QTest::newRow("organization") << QStringLiteral("Organization")
                                      << QJsonObject {{QStringLiteral("Name"), QStringLiteral("X")}} << 405
                                      << QStringLiteral("METHOD_NOT_ALLOWED")
                                      << QStringLiteral("HTTP Method 'POST' not allowed. Allowed are GET,HEAD")
                                      << QStringList {};
    }
    void createValidationErrors()
    {
        QFETCH(QString, object);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QStringList, fields);
        const qint64 before = store.recordCount(object);
        const StoreResult r = store.create(object, body);
        QCOMPARE(r.httpStatus, status);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().errorCode, code);
        QCOMPARE(r.errors.first().message, message);
        QCOMPARE(r.errors.first().fields, fields);
        QCOMPARE(store.recordCount(object), before);
        const QJsonArray wire = r.responseBody().toArray();
        QCOMPARE(wire.size(), 1);
        QCOMPARE(wire.first().toObject().value(QStringLiteral("errorCode")).toString(), code);
    }

    void stageChangeRecomputesOpportunityFields()
    {
        const StoreResult acc
            = store.create(QStringLiteral("Account"), {{QStringLiteral("Name"), QStringLiteral("Northwind Traders")}});
        const QString accountId = acc.body.toObject().value(QStringLiteral("id")).toString();
        const StoreResult r = store.create(QStringLiteral("Opportunity"),
                                           {{QStringLiteral("Name"), QStringLiteral("Northwind — Q1 renewal")},
                                            {QStringLiteral("StageName"), QStringLiteral("Prospecting")},
                                            {QStringLiteral("CloseDate"), QStringLiteral("2025-03-31")},
                                            {QStringLiteral("Amount"), 18500},
                                            {QStringLiteral("AccountId"), accountId}});
        QCOMPARE(r.httpStatus, 201);
        const QString id = r.body.toObject().value(QStringLiteral("id")).toString();
        auto fetch = [&] {
            return store.retrieve(QStringLiteral("Opportunity"), id, {}, QStringLiteral("60.0")).body.toObject();
        };
        QJsonObject opp = fetch();
        QCOMPARE(opp.value(QStringLiteral("Probability")).toDouble(), 10.0);
        QCOMPARE(opp.value(QStringLiteral("ForecastCategoryName")).toString(), QStringLiteral("Pipeline"));
        QCOMPARE(opp.value(QStringLiteral("IsClosed")).toBool(), false);
        QCOMPARE(opp.value(QStringLiteral("ExpectedRevenue")).toDouble(), 1850.0);
        QCOMPARE(opp.value(QStringLiteral("CloseDate")).toString(), QStringLiteral("2025-03-31"));
        QCOMPARE(opp.value(QStringLiteral("FiscalYear")).toInt(), 2025);
        QCOMPARE(opp.value(QStringLiteral("FiscalQuarter")).toInt(), 1);

        QCOMPARE(store
                     .update(QStringLiteral("Opportunity"), id,
                             {{QStringLiteral("StageName"), QStringLiteral("Closed Won")}})
                     .httpStatus,
                 204);
        opp = fetch();
        QCOMPARE(opp.value(QStringLiteral("Probability")).toDouble(), 100.0);
        QCOMPARE(opp.value(QStringLiteral("IsClosed")).toBool(), true);
        QCOMPARE(opp.value(QStringLiteral("IsWon")).toBool(), true);
        QCOMPARE(opp.value(QStringLiteral("ForecastCategoryName")).toString(), QStringLiteral("Closed"));
        QCOMPARE(opp.value(QStringLiteral("Amount")).toDouble(), 18500.0);

        // Probability sent with the stage wins; null clears a field.
        QCOMPARE(store
                     .update(QStringLiteral("Opportunity"), id,
                             {{QStringLiteral("StageName"), QStringLiteral("Negotiation/Review")},
                              {QStringLiteral("Probability"), 85},
                              {QStringLiteral("Amount"), QJsonValue::Null}})
                     .httpStatus,
                 204);
        opp = fetch();
        QCOMPARE(opp.value(QStringLiteral("Probability")).toDouble(), 85.0);
        QCOMPARE(opp.value(QStringLiteral("IsWon")).toBool(), false);
        QVERIFY(opp.value(QStringLiteral("Amount")).isNull());
        QVERIFY(opp.value(QStringLiteral("ExpectedRevenue")).isNull());

        const StoreResult bad = store.update(QStringLiteral("Opportunity"), id, {{QStringLiteral("IsWon"), true}});
        QCOMPARE(bad.httpStatus, 400);
        QCOMPARE(firstError(bad), QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"));
        const StoreResult cleared
            = store.update(QStringLiteral("Opportunity"), id, {{QStringLiteral("Name"), QJsonValue::Null}});
        QCOMPARE(firstError(cleared), QStringLiteral("REQUIRED_FIELD_MISSING"));
    }

    void ifUnmodifiedSinceGuardsUpdates()
    {
        const QString id = createLead({{QStringLiteral("LastName"), QStringLiteral("Guarded")},
                                       {QStringLiteral("Company"), QStringLiteral("Acme")}});
        QVERIFY(!id.isEmpty());
        const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const StoreResult r
            = store.update(QStringLiteral("Lead"), id, {{QStringLiteral("Title"), QStringLiteral("CEO")}}, past);
        QCOMPARE(r.httpStatus, 412);
        QCOMPARE(firstError(r), QStringLiteral("PRECONDITION_FAILED"));
        QVERIFY(store.retrieve(QStringLiteral("Lead"), id, {QStringLiteral("Title")}, QStringLiteral("60.0"))
                    .body.toObject()
                    .value(QStringLiteral("Title"))
                    .isNull());
        const QDateTime future = QDateTime::currentDateTimeUtc().addSecs(60);
        QCOMPARE(store.update(QStringLiteral("Lead"), id, {{QStringLiteral("Title"), QStringLiteral("CEO")}}, future)
                     .httpStatus,
                 204);
        QCOMPARE(store.retrieve(QStringLiteral("Lead"), id, {QStringLiteral("Title")}, QStringLiteral("60.0"))
                     .body.toObject()
                     .value(QStringLiteral("Title"))
                     .toString(),
                 QStringLiteral("CEO"));
    }

    void deleteAndItsErrors()
    {
        const QString id = createLead({{QStringLiteral("LastName"), QStringLiteral("Doomed")},
                                       {QStringLiteral("Company"), QStringLiteral("Acme")}});
        QCOMPARE(store.remove(QStringLiteral("Lead"), id).httpStatus, 204);
        StoreResult r = store.retrieve(QStringLiteral("Lead"), id, {}, QStringLiteral("60.0"));
        QCOMPARE(r.httpStatus, 404);
        QCOMPARE(firstError(r), QStringLiteral("ENTITY_IS_DELETED"));
        QCOMPARE(r.errors.first().message, QStringLiteral("entity is deleted"));
        r = store.remove(QStringLiteral("Lead"), id);
        QCOMPARE(r.httpStatus, 404);
        QCOMPARE(firstError(r), QStringLiteral("ENTITY_IS_DELETED"));
        QCOMPARE(firstError(store.update(QStringLiteral("Lead"), id, {{QStringLiteral("Title"), QStringLiteral("x")}})),
                 QStringLiteral("ENTITY_IS_DELETED"));

        const QString admin = store.userByUsername(QStringLiteral("admin@hilal-demo.example"))->id;
        r = store.remove(QStringLiteral("User"), admin);
        QCOMPARE(r.httpStatus, 405);
        QCOMPARE(firstError(r), QStringLiteral("METHOD_NOT_ALLOWED"));
        QCOMPARE(r.errors.first().message,
                 QStringLiteral("HTTP Method 'DELETE' not allowed. Allowed are GET,HEAD,PATCH"));
        r = store.remove(QStringLiteral("Organization"), store.organization().id);
        QCOMPARE(r.httpStatus, 405);
        QCOMPARE(r.errors.first().message, QStringLiteral("HTTP Method 'DELETE' not allowed. Allowed are GET,HEAD"));
    }

    void deletingAnAccountCascadesToItsChildren()
    {
        const QString acc
            = store.create(QStringLiteral("Account"), {{QStringLiteral("Name"), QStringLiteral("Cascade Co")}})
                  .body.toObject()
                  .value(QStringLiteral("id"))
                  .toString();
        const QString con
            = store
                  .create(QStringLiteral("Contact"),
                          {{QStringLiteral("LastName"), QStringLiteral("Child")}, {QStringLiteral("AccountId"), acc}})
                  .body.toObject()
                  .value(QStringLiteral("id"))
                  .toString();
        QVERIFY(!con.isEmpty());
        QCOMPARE(store.remove(QStringLiteral("Account"), acc).httpStatus, 204);
        QCOMPARE(firstError(store.retrieve(QStringLiteral("Contact"), con, {}, QStringLiteral("60.0"))),
                 QStringLiteral("ENTITY_IS_DELETED"));
    }

    void retrieveErrors()
    {
        StoreResult r
            = store.retrieve(QStringLiteral("Lead"), QStringLiteral("00Q5g00000zzzzzAAA"), {}, QStringLiteral("60.0"));
        QCOMPARE(r.httpStatus, 404);
        QCOMPARE(firstError(r), QStringLiteral("NOT_FOUND"));
        r = store.retrieve(QStringLiteral("Lead"), QStringLiteral("not-an-id"), {}, QStringLiteral("60.0"));
        QCOMPARE(r.httpStatus, 404);
        QCOMPARE(r.errors.first().message,
                 QStringLiteral("Provided external ID field does not exist or is not accessible: not-an-id"));
        const QString id = createLead(
            {{QStringLiteral("LastName"), QStringLiteral("F")}, {QStringLiteral("Company"), QStringLiteral("G")}});
        r = store.retrieve(QStringLiteral("Account"), id, {}, QStringLiteral("60.0")); // a Lead Id on the Account path
        QCOMPARE(r.httpStatus, 404);
        r = store.retrieve(QStringLiteral("Lead"), id, {QStringLiteral("Nmae")}, QStringLiteral("60.0"));
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(firstError(r), QStringLiteral("INVALID_FIELD"));
        QVERIFY(r.errors.first().message.startsWith(QLatin1String("No such column 'Nmae' on entity 'Lead'.")));
        QCOMPARE(store.retrieve(QStringLiteral("Leed"), id, {}, QStringLiteral("60.0")).httpStatus, 404);
    }

    void textComparisonsFoldCaseBeyondAscii()
    {
        QCOMPARE(store
                     .create(QStringLiteral("Contact"),
                             {{QStringLiteral("FirstName"), QStringLiteral("Ülkü")},
                              {QStringLiteral("LastName"), QStringLiteral("Öztürk-Şahin")}})
                     .httpStatus,
                 201);
        auto count = [&](const QString &soql) {
            return store.query(soql, false, 0, QStringLiteral("60.0"))
                .body.toObject()
                .value(QStringLiteral("totalSize"))
                .toInt(-1);
        };
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Contact WHERE LastName = 'ÖZTÜRK-ŞAHIN'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Contact WHERE LastName = 'öztürk-şahin'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Contact WHERE LastName LIKE 'öz%'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Contact WHERE FirstName IN ('ülkü')")), 1);
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Contact WHERE LastName LIKE 'oz%'")),
                 0); // folding, not accent stripping
        QCOMPARE(count(QStringLiteral("SELECT Id FROM Contact WHERE Name LIKE 'Ü_kü %'")), 1);
    }

    void describesObjectsLikeSalesforce()
    {
        const QJsonObject global = store.describeGlobal(QStringLiteral("60.0")).body.toObject();
        QCOMPARE(global.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
        QJsonObject leadEntry;
        for (const QJsonValue &v : global.value(QStringLiteral("sobjects")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Lead"))
                leadEntry = v.toObject();
        }
        QCOMPARE(leadEntry.value(QStringLiteral("keyPrefix")).toString(), QStringLiteral("00Q"));
        QCOMPARE(leadEntry.value(QStringLiteral("urls")).toObject().value(QStringLiteral("rowTemplate")).toString(),
                 QStringLiteral("/services/data/v60.0/sobjects/Lead/{ID}"));

        const StoreResult lead = store.describe(QStringLiteral("lead"), QStringLiteral("60.0"));
        QCOMPARE(lead.httpStatus, 200);
        QJsonObject status, lastName, email;
        for (const QJsonValue &v : lead.body.toObject().value(QStringLiteral("fields")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("name")) == QLatin1String("Status"))
                status = f;
            if (f.value(QStringLiteral("name")) == QLatin1String("LastName"))
                lastName = f;
            if (f.value(QStringLiteral("name")) == QLatin1String("Email"))
                email = f;
        }
        QCOMPARE(status.value(QStringLiteral("type")).toString(), QStringLiteral("picklist"));
        QCOMPARE(status.value(QStringLiteral("nillable")).toBool(), false);
        QCOMPARE(status.value(QStringLiteral("defaultedOnCreate")).toBool(), true);
        const QJsonArray values = status.value(QStringLiteral("picklistValues")).toArray();
        QCOMPARE(values.size(), 4);
        QCOMPARE(values.first().toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("Open - Not Contacted"));
        QCOMPARE(values.first().toObject().value(QStringLiteral("defaultValue")).toBool(), true);
        QCOMPARE(lastName.value(QStringLiteral("length")).toInt(), 80);
        QCOMPARE(lastName.value(QStringLiteral("nillable")).toBool(), false);
        QCOMPARE(email.value(QStringLiteral("type")).toString(), QStringLiteral("email"));

        const QJsonObject opp = store.describe(QStringLiteral("Opportunity"), QStringLiteral("60.0")).body.toObject();
        for (const QJsonValue &v : opp.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("name")) == QLatin1String("StageName")) {
                QCOMPARE(f.value(QStringLiteral("picklistValues")).toArray().size(), 10);
                QCOMPARE(f.value(QStringLiteral("restrictedPicklist")).toBool(), true);
            }
            if (f.value(QStringLiteral("name")) == QLatin1String("AccountId")) {
                QCOMPARE(f.value(QStringLiteral("referenceTo")).toArray(), QJsonArray {QStringLiteral("Account")});
                QCOMPARE(f.value(QStringLiteral("relationshipName")).toString(), QStringLiteral("Account"));
            }
            if (f.value(QStringLiteral("name")) == QLatin1String("IsWon"))
                QCOMPARE(f.value(QStringLiteral("updateable")).toBool(), false);
        }
        QStringList children;
        for (const QJsonValue &v : store.describe(QStringLiteral("Account"), QStringLiteral("60.0"))
                                       .body.toObject()
                                       .value(QStringLiteral("childRelationships"))
                                       .toArray())
            children << v.toObject().value(QStringLiteral("relationshipName")).toString();
        QVERIFY(children.contains(QStringLiteral("Contacts")));
        QVERIFY(children.contains(QStringLiteral("Opportunities")));

        const StoreResult missing = store.describe(QStringLiteral("Nope"), QStringLiteral("60.0"));
        QCOMPARE(missing.httpStatus, 404);
        QCOMPARE(firstError(missing), QStringLiteral("NOT_FOUND"));
    }

    void storesAreIndependentAndWorkInOtherThreads()
    {
        OrgStore other;
        QVERIFY(other.open(QString()));
        SeedOptions o = smallOrg(8);
        o.sandbox = true;
        QVERIFY(other.seed(o));
        QCOMPARE(other.recordCount(QStringLiteral("Opportunity")), 8);
        QCOMPARE(store.recordCount(QStringLiteral("Opportunity")) >= 40, true);
        QCOMPARE(other.organization().isSandbox, true);

        qint64 countInThread = -1;
        bool sandboxInThread = false;
        std::thread worker([&] {
            OrgStore threaded;
            threaded.open(QString());
            SeedOptions t = smallOrg(12);
            t.sandbox = true;
            threaded.seed(t);
            countInThread = threaded.recordCount(QStringLiteral("Opportunity"));
            sandboxInThread = threaded.organization().isSandbox;
        });
        worker.join();
        QCOMPARE(countInThread, 12);
        QVERIFY(sandboxInThread);
    }
};

QTEST_GUILESS_MAIN(TestOrgStore)
#include "tst_org_store.moc"
