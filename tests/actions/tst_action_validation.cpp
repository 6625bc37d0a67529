// The actions' own validate() functions, as the GUI's forms call them while the user types:
// good input is accepted (no false alarms) and normalized (field-name case, trimming, 15 → 18
// character Ids); the rules on their own, without an org.
#include "actions/create_lead_action.h"
#include "actions/field_validator.h"
#include "actions/get_account_action.h"
#include "actions/run_soql_action.h"
#include "actions/update_opportunity_action.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hilal::actions;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
QString fields(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field + QStringLiteral(": ") + e.message;
    return out.join(QStringLiteral(" | "));
}
} // namespace

class TestActionValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodLeadsPass_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("minimal") << R"({"LastName": "Okafor", "Company": "Brightwave Ltd"})";
        QTest::newRow("everything") << R"({"LastName": "Okafor", "Company": "Brightwave Ltd", "FirstName": "Nia",
            "Email": "n.okafor@brightwave.example", "Phone": "+44 (20) 7946-0018 ext. 12", "Title": "Head of Operations",
            "LeadSource": "Web", "Description": "Asked about pricing. Call back on Monday.", "Website": "https://brightwave.example/about"})";
        QTest::newRow("unicode names")
            << R"({"LastName": "Ødegård-Müller", "Company": "株式会社ブライト", "FirstName": "Zoë"})";
        QTest::newRow("apostrophes are data") << R"({"LastName": "O'Brien", "Company": "x' OR '1'='1"})";
        QTest::newRow("plus address") << R"({"LastName": "A", "Company": "B", "Email": "a.b+chat@sub.example.co.uk"})";
        QTest::newRow("bare website") << R"({"LastName": "A", "Company": "B", "Website": "www.example.com"})";
        QTest::newRow("exact lengths") << QStringLiteral("{\"LastName\": \"%1\", \"Company\": \"%2\"}")
                                              .arg(QString(80, QLatin1Char('a')), QString(255, QLatin1Char('b')));
    }
    void goodLeadsPass()
    {
        QFETCH(QString, body);
        const FieldErrors errors = CreateLeadAction::validate(json(body.toUtf8().constData()));
        QVERIFY2(errors.isEmpty(), qPrintable(fields(errors)));
    }

    void leadIsNormalized()
    {
        QJsonObject out;
        QVERIFY(
            CreateLeadAction::validate(json(R"({"lastname": "  Okafor ", "COMPANY": "Brightwave"})"), &out).isEmpty());
        QCOMPARE(out, json(R"({"LastName": "Okafor", "Company": "Brightwave"})"));
    }

    void oneErrorPerBadField()
    {
        const FieldErrors errors
            = CreateLeadAction::validate(json(R"({"LastName": "", "Email": "x@", "Phone": "abc", "Bogus": 1})"));
        QStringList names;
        for (const FieldError &e : errors) {
            names << e.field;
            QVERIFY2(e.message.contains(e.field), qPrintable(e.message));
        }
        names.sort();
        QCOMPARE(names,
                 (QStringList {QStringLiteral("Bogus"), QStringLiteral("Company"), QStringLiteral("Email"),
                               QStringLiteral("LastName"), QStringLiteral("Phone")}));
    }

    void accountIdsAreNormalizedTo18()
    {
        QJsonObject out;
        QVERIFY(GetAccountAction::validate(json(R"({"Id": "0015g00000K7mWq"})"), &out).isEmpty());
        QCOMPARE(out.value(QStringLiteral("Id")).toString(), QStringLiteral("0015g00000K7mWqAAJ"));
        // An 18-character Id survives a spreadsheet's upper-casing: the suffix restores the case.
        QVERIFY(GetAccountAction::validate(json(R"({"Id": "0015G00000K7MWQAAJ"})"), &out).isEmpty());
        QCOMPARE(out.value(QStringLiteral("Id")).toString(), QStringLiteral("0015g00000K7mWqAAJ"));
        QVERIFY(GetAccountAction::validate(json(R"({"Id": " 0015g00000K7mWqAAJ "})"), &out).isEmpty());
    }

    void accountFieldsAreLimitedToTheConfiguredList()
    {
        QJsonObject out;
        QVERIFY(GetAccountAction::validate(json(R"({"Id": "0015g00000K7mWqAAJ", "fields": "name, phone,Name"})"), &out)
                    .isEmpty());
        QCOMPARE(out.value(QStringLiteral("fields")).toArray(),
                 (QJsonArray {QStringLiteral("Name"), QStringLiteral("Phone")}));
        const QStringList custom {QStringLiteral("Name"), QStringLiteral("Rating")};
        QVERIFY(GetAccountAction::validate(json(R"({"Id": "0015g00000K7mWqAAJ", "fields": ["Rating"]})"), &out, custom)
                    .isEmpty());
        QCOMPARE(GetAccountAction::validate(json(R"({"Id": "0015g00000K7mWqAAJ", "fields": ["Phone"]})"), &out, custom)
                     .size(),
                 1);
    }

    void goodUpdatesPass_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("stage") << R"({"Id": "0065g00000Q1rStAAJ", "StageName": "Negotiation/Review"})";
        QTest::newRow("amount zero") << R"({"Id": "0065g00000Q1rSt", "Amount": 0})";
        QTest::newRow("amount cents") << R"({"Id": "0065g00000Q1rStAAJ", "Amount": 18500.75})";
        QTest::newRow("leap day") << R"({"Id": "0065g00000Q1rStAAJ", "CloseDate": "2024-02-29"})";
        QTest::newRow("all three")
            << R"({"Id": "0065g00000Q1rStAAJ", "StageName": "Closed Won", "Amount": 1, "CloseDate": "2025-03-31"})";
    }
    void goodUpdatesPass()
    {
        QFETCH(QString, body);
        const FieldErrors errors = UpdateOpportunityAction::validate(json(body.toUtf8().constData()));
        QVERIFY2(errors.isEmpty(), qPrintable(fields(errors)));
    }

    void salesforceDateTimesParse()
    {
        QCOMPARE(UpdateOpportunityAction::parseSalesforceDateTime(QStringLiteral("2024-11-19T08:41:07.000+0000")),
                 QDateTime(QDate(2024, 11, 19), QTime(8, 41, 7), Qt::UTC));
        QCOMPARE(UpdateOpportunityAction::parseSalesforceDateTime(QStringLiteral("2024-11-19T10:41:07.000+0200")),
                 QDateTime(QDate(2024, 11, 19), QTime(8, 41, 7), Qt::UTC));
        QCOMPARE(UpdateOpportunityAction::parseSalesforceDateTime(QStringLiteral("2024-11-19T08:41:07Z")),
                 QDateTime(QDate(2024, 11, 19), QTime(8, 41, 7), Qt::UTC));
        QVERIFY(!UpdateOpportunityAction::parseSalesforceDateTime(QStringLiteral("yesterday")).isValid());
    }

    void goodQueriesPass_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("simple") << "SELECT Id, Name FROM Account LIMIT 5";
        QTest::newRow("words that look like DML")
            << "SELECT Id FROM Lead WHERE Description = 'please delete me; update later'";
        QTest::newRow("multi-line") << "SELECT Id\nFROM Opportunity\nWHERE Amount > 100";
        QTest::newRow("objects named like keywords") << "SELECT Id FROM Group";
    }
    void goodQueriesPass()
    {
        QFETCH(QString, query);
        const FieldErrors errors = RunSoqlAction::validate({{QStringLiteral("query"), query}});
        QVERIFY2(errors.isEmpty(), qPrintable(fields(errors)));
    }

    void guardRefusalsSayWhere()
    {
        const FieldErrors errors
            = RunSoqlAction::validate({{QStringLiteral("query"), QStringLiteral("SELECT Id FROM Account FOR UPDATE")}});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("query"));
        QVERIFY2(errors.first().message.contains(QStringLiteral("line 1")), qPrintable(errors.first().message));
    }

    void stripAttributesDeep()
    {
        const QJsonObject row = json(
            R"({"attributes": {"type": "Opportunity"}, "Id": "006", "Account": {"attributes": {"type": "Account"}, "Name": "N"},
                                         "Contacts": {"totalSize": 1, "records": [{"attributes": {}, "LastName": "L"}]}})");
        const QJsonObject out = RunSoqlAction::stripAttributes(row).toObject();
        QVERIFY(!out.contains(QStringLiteral("attributes")));
        QVERIFY(!out.value(QStringLiteral("Account")).toObject().contains(QStringLiteral("attributes")));
        QCOMPARE(out.value(QStringLiteral("Contacts"))
                     .toObject()
                     .value(QStringLiteral("records"))
                     .toArray()
                     .first()
                     .toObject(),
                 json(R"({"LastName": "L"})"));
    }

    void emailRule_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "a@b.co" << true;
        QTest::newRow("dots and plus") << "first.last+tag@mail.example.org" << true;
        QTest::newRow("digits domain") << "x@123.example" << true;
        QTest::newRow("trailing dot local") << "a.@b.co" << false;
        QTest::newRow("one letter tld") << "a@b.c" << false;
        QTest::newRow("ip literal") << "a@[127.0.0.1]" << false;
    }
    void emailRule()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(FieldValidator::isValidEmail(email), valid);
    }
};

QTEST_GUILESS_MAIN(TestActionValidation)
#include "tst_action_validation.moc"
