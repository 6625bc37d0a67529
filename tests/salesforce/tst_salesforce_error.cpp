#include "salesforce/salesforce_error.h"

#include <QTest>

using hilal::salesforce::SalesforceError;
using Kind = SalesforceError::Kind;

class TestSalesforceError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successIsNoError()
    {
        QVERIFY(!SalesforceError::fromHttp(200, "{}").isError());
        QVERIFY(!SalesforceError::fromHttp(204, {}).isError());
    }

    void restErrorArray()
    {
        const auto e = SalesforceError::fromHttp(400, R"([{"message":"Required fields are missing: [LastName, Company]",
            "errorCode":"REQUIRED_FIELD_MISSING","fields":["LastName","Company"]}])");
        QCOMPARE(e.kind, Kind::Salesforce);
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(e.errorCode, QStringLiteral("REQUIRED_FIELD_MISSING"));
        QCOMPARE(e.message, QStringLiteral("Required fields are missing: [LastName, Company]"));
        QCOMPARE(e.fields, QStringList({QStringLiteral("LastName"), QStringLiteral("Company")}));
        QCOMPARE(e.items.size(), 1);
    }

    void severalErrorsKeepAllItems()
    {
        const auto e = SalesforceError::fromHttp(
            400, R"([{"message":"a","errorCode":"X"},{"message":"b","errorCode":"Y","fields":["F"]}])");
        QCOMPARE(e.items.size(), 2);
        QCOMPARE(e.errorCode, QStringLiteral("X"));
        QCOMPARE(e.items.at(1).fields, QStringList {QStringLiteral("F")});
    }

    void limitExceededIsItsOwnKind()
    {
        const auto e = SalesforceError::fromHttp(
            403, R"([{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}])");
        QCOMPARE(e.kind, Kind::LimitExceeded);
        QCOMPARE(e.errorCode, QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
        QVERIFY(e.message.contains(QLatin1String("TotalRequests Limit exceeded.")));
    }

    void oauthJsonError()
    {
        const auto e = SalesforceError::fromHttp(
            400, R"({"error":"invalid_grant","error_description":"expired access/refresh token"})");
        QCOMPARE(e.kind, Kind::OAuth);
        QCOMPARE(e.errorCode, QStringLiteral("invalid_grant"));
        QCOMPARE(e.message, QStringLiteral("expired access/refresh token"));
    }

    void oauthFormError()
    {
        const auto e = SalesforceError::fromHttp(
            400, "error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match%20configuration");
        QCOMPARE(e.kind, Kind::OAuth);
        QCOMPARE(e.errorCode, QStringLiteral("redirect_uri_mismatch"));
        QCOMPARE(e.message, QStringLiteral("redirect_uri must match configuration"));
    }

    void plainTextAndHtml()
    {
        const auto text = SalesforceError::fromHttp(403, "Bad_OAuth_Token");
        QCOMPARE(text.kind, Kind::Salesforce);
        QCOMPARE(text.errorCode, QStringLiteral("Bad_OAuth_Token"));
        const auto html = SalesforceError::fromHttp(503, "<html><body>Service Unavailable</body></html>");
        QCOMPARE(html.httpStatus, 503);
        QVERIFY(html.errorCode.isEmpty());
        QVERIFY(html.message.contains(QLatin1String("503")));
    }

    void kindNames()
    {
        QCOMPARE(SalesforceError::kindName(Kind::ReconnectNeeded), QStringLiteral("reconnect-needed"));
        QCOMPARE(SalesforceError::reconnectNeeded({}).kind, Kind::ReconnectNeeded);
        QVERIFY(SalesforceError::notConnected(QStringLiteral("b1")).message.contains(QLatin1String("b1")));
    }
};

QTEST_APPLESS_MAIN(TestSalesforceError)
#include "tst_salesforce_error.moc"
