// Upsert on an External ID and the drop-after-commit fault, over real loopback HTTP: the demo
// Lead's Hilal_Request_Id__c is an External ID (unique) in describe; PATCH
// /sobjects/Lead/Hilal_Request_Id__c/{value} creates (201, created: true) then updates (200,
// created: false) the same row; a field that is no External ID is 404; a second row with the same
// value is refused (DUPLICATE_VALUE); dropAfterCommitRate saves the write and closes the
// connection without an answer, and is read and validated by /__admin/faults.
#include "support/org_http_client.h"

#include "emulator/local_org.h"

#include <QUuid>
#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

class TestUpsert : public QObject
{
    Q_OBJECT
    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
    QString m_access;

    OrgHttpClient::Headers auth() const { return OrgHttpClient::bearer(m_access); }
    static QString newValue() { return QUuid::createUuid().toString(QUuid::Id128); }
    HttpResult upsert(const QString &field, const QString &value, const QJsonObject &body)
    {
        return m_http->send("PATCH", OrgHttpClient::dataPath(QStringLiteral("/sobjects/Lead/%1/%2").arg(field, value)),
                            QJsonDocument(body).toJson(),
                            auth() + OrgHttpClient::Headers {{"Content-Type", "application/json"}});
    }
    QJsonArray leadsWith(const QString &value)
    {
        const HttpResult r = m_http->get(
            OrgHttpClient::dataPath(
                QStringLiteral("/query?q=")
                + OrgHttpClient::soqlParam(
                    QStringLiteral("SELECT Id, LastName, Company FROM Lead WHERE Hilal_Request_Id__c = '%1'")
                        .arg(value))),
            auth());
        return r.object().value(QStringLiteral("records")).toArray();
    }
    static QJsonObject lead(const QString &lastName)
    {
        return {{QStringLiteral("LastName"), lastName}, {QStringLiteral("Company"), QStringLiteral("Brightwave Ltd")}};
    }

private slots:
    void initTestCase()
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

    void init() { m_org->setFaults({}); }

    void describeMarksTheExternalId()
    {
        const HttpResult r = m_http->get(OrgHttpClient::dataPath(QStringLiteral("/sobjects/Lead/describe")), auth());
        QCOMPARE(r.status, 200);
        QJsonObject field;
        for (const QJsonValue &f : r.object().value(QStringLiteral("fields")).toArray()) {
            if (f.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Hilal_Request_Id__c"))
                field = f.toObject();
        }
        QVERIFY(!field.isEmpty());
        QCOMPARE(field.value(QStringLiteral("externalId")).toBool(), true);
        QCOMPARE(field.value(QStringLiteral("unique")).toBool(), true);
        QCOMPARE(field.value(QStringLiteral("custom")).toBool(), true);
        QCOMPARE(field.value(QStringLiteral("idLookup")).toBool(), true);
        QCOMPARE(field.value(QStringLiteral("type")).toString(), QStringLiteral("string"));
    }

    void createsThenUpdates()
    {
        const QString value = newValue();
        const HttpResult created = upsert(QStringLiteral("Hilal_Request_Id__c"), value, lead(QStringLiteral("Okafor")));
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("00Q")));
        QCOMPARE(created.object().value(QStringLiteral("created")).toBool(), true);
        QCOMPARE(created.object().value(QStringLiteral("success")).toBool(), true);

        const HttpResult updated
            = upsert(QStringLiteral("Hilal_Request_Id__c"), value, lead(QStringLiteral("Okafor-Bello")));
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.object().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(updated.object().value(QStringLiteral("created")).toBool(), false);

        const QJsonArray rows = leadsWith(value);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("LastName")).toString(), QStringLiteral("Okafor-Bello"));
    }

    void validationStillApplies()
    {
        const QString value = newValue();
        const HttpResult r = upsert(QStringLiteral("Hilal_Request_Id__c"), value,
                                    {{QStringLiteral("LastName"), QStringLiteral("NoCompany")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("REQUIRED_FIELD_MISSING"));
        QCOMPARE(leadsWith(value).size(), 0);
    }

    void notAnExternalIdIs404_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("plain field") << QStringLiteral("Email");
        QTest::newRow("unknown field") << QStringLiteral("Nope__c");
    }

    void notAnExternalIdIs404()
    {
        QFETCH(QString, field);
        const HttpResult r = upsert(field, QStringLiteral("x"), lead(QStringLiteral("Nobody")));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("NOT_FOUND"));
        QVERIFY2(r.body.contains("Provided external ID field does not exist or is not accessible"), r.body.constData());
    }

    void otherMethodsAre405()
    {
        const HttpResult r = m_http->send(
            "DELETE", OrgHttpClient::dataPath(QStringLiteral("/sobjects/Lead/Hilal_Request_Id__c/x")), {}, auth());
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArrayLiteral("PATCH"));
    }

    void uniqueValueRefusedOnCreateAndUpdate()
    {
        const QString value = newValue();
        QCOMPARE(upsert(QStringLiteral("Hilal_Request_Id__c"), value, lead(QStringLiteral("First"))).status, 201);
        QJsonObject body = lead(QStringLiteral("Second"));
        body.insert(QStringLiteral("Hilal_Request_Id__c"), value);
        const HttpResult dup
            = m_http->postJson(OrgHttpClient::dataPath(QStringLiteral("/sobjects/Lead")), body, auth());
        QCOMPARE(dup.status, 400);
        QCOMPARE(dup.errorCode(), QStringLiteral("DUPLICATE_VALUE"));
        const QString other = m_http->createLead(QStringLiteral("Third"), auth());
        QVERIFY(!other.isEmpty());
        const HttpResult move
            = m_http->send("PATCH", OrgHttpClient::dataPath(QStringLiteral("/sobjects/Lead/") + other),
                           QJsonDocument(QJsonObject {{QStringLiteral("Hilal_Request_Id__c"), value}}).toJson(),
                           auth() + OrgHttpClient::Headers {{"Content-Type", "application/json"}});
        QCOMPARE(move.status, 400);
        QCOMPARE(move.errorCode(), QStringLiteral("DUPLICATE_VALUE"));
        QCOMPARE(leadsWith(value).size(), 1);
    }

    void dropAfterCommitSavesButDoesNotAnswer()
    {
        Faults faults;
        faults.dropAfterCommitRate = 1.0;
        m_org->setFaults(faults);
        const QString value = newValue();
        const HttpResult r = upsert(QStringLiteral("Hilal_Request_Id__c"), value, lead(QStringLiteral("Lost")));
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        // Reads are answered: the fault is about writes.
        QCOMPARE(leadsWith(value).size(), 1);
        m_org->setFaults({});
        // The retry finds the row: no second Lead.
        QCOMPARE(upsert(QStringLiteral("Hilal_Request_Id__c"), value, lead(QStringLiteral("Lost"))).status, 200);
        QCOMPARE(leadsWith(value).size(), 1);
    }

    void dropAfterCommitThroughAdmin()
    {
        const HttpResult set
            = m_http->postJson(QStringLiteral("/__admin/faults"), {{QStringLiteral("dropAfterCommitRate"), 0.25}});
        QCOMPARE(set.status, 200);
        QCOMPARE(m_org->faults().dropAfterCommitRate, 0.25);
        QVERIFY(!m_org->faults().isClear());
        const HttpResult bad
            = m_http->postJson(QStringLiteral("/__admin/faults"), {{QStringLiteral("dropAfterCommitRate"), 1.5}});
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.body.contains("dropAfterCommitRate"), bad.body.constData());
        QCOMPARE(m_org->faults().dropAfterCommitRate, 0.25); // a bad body changes nothing
        QCOMPARE(m_http->postJson(QStringLiteral("/__admin/faults"), {}).status, 200);
        QVERIFY(m_org->faults().isClear());
    }
};

QTEST_MAIN(TestUpsert)
#include "tst_upsert.moc"
