// ActionResult's JSON contract, request bodies, and how ErrorMapper turns each client error into
// a status and a sentence.
#include "actions/action_request.h"
#include "actions/action_result.h"
#include "actions/error_mapper.h"

#include <QJsonArray>
#include <QTest>

using namespace hilal::actions;
using hilal::salesforce::SalesforceError;

class TestActionResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonAlwaysHasTheFourKeys()
    {
        const QJsonObject ok
            = ActionResult::success(201, QJsonObject {{QStringLiteral("id"), QStringLiteral("00Q")}}).toJson();
        QCOMPARE(ok.keys(),
                 (QStringList {QStringLiteral("confirmation"), QStringLiteral("data"), QStringLiteral("errors"),
                               QStringLiteral("status")}));
        QCOMPARE(ok.value(QStringLiteral("status")).toInt(), 201);
        QVERIFY(ok.value(QStringLiteral("confirmation")).isNull());
        QCOMPARE(ok.value(QStringLiteral("errors")).toArray().size(), 0);

        const QJsonObject bad
            = ActionResult::failure(400, QStringLiteral("Email"), QStringLiteral("Email: bad")).toJson();
        QVERIFY(bad.value(QStringLiteral("data")).isNull());
        QCOMPARE(bad.value(QStringLiteral("errors")).toArray().first().toObject(),
                 (QJsonObject {{QStringLiteral("field"), QStringLiteral("Email")},
                               {QStringLiteral("message"), QStringLiteral("Email: bad")}}));

        ActionResult ask;
        ask.status = 409;
        ask.confirmationToken = QStringLiteral("cfm_x");
        ask.preview = {{QStringLiteral("Id"), QStringLiteral("006")}};
        const QJsonObject c = ask.toJson().value(QStringLiteral("confirmation")).toObject();
        QCOMPARE(c.value(QStringLiteral("token")).toString(), QStringLiteral("cfm_x"));
        QCOMPARE(c.value(QStringLiteral("preview")).toObject(), ask.preview);
        const ActionResult back = ActionResult::fromJson(ask.toJson());
        QVERIFY(back.needsConfirmation());
        QCOMPARE(back.preview, ask.preview);
    }

    void bodies()
    {
        ActionResult error;
        auto r = ActionRequest::fromJsonBody(QStringLiteral("get-account"),
                                             R"({"Id": "001", "confirmationToken": "cfm_1"})", &error);
        QVERIFY(r);
        QCOMPARE(r->confirmationToken, QStringLiteral("cfm_1"));
        QVERIFY(!r->parameters.contains(QStringLiteral("confirmationToken")));
        QVERIFY(!ActionRequest::fromJsonBody(QStringLiteral("x"), "nope", &error));
        QCOMPARE(error.status, 400);
        QCOMPARE(error.errors.first().field, QStringLiteral("body"));
        QVERIFY(!ActionRequest::fromJsonBody(QStringLiteral("x"), "[]", &error));
        QVERIFY(error.errors.first().message.contains(QStringLiteral("not an object")));
    }

    void mapping_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        using K = SalesforceError::Kind;
        QTest::newRow("not connected") << int(K::NotConnected) << 0 << "" << 403 << "connection";
        QTest::newRow("refresh refused") << int(K::ReconnectNeeded) << 400 << "invalid_grant" << 502 << "connection";
        QTest::newRow("network") << int(K::Network) << 0 << "" << 504 << "salesforce";
        QTest::newRow("timeout") << int(K::Timeout) << 0 << "" << 504 << "salesforce";
        QTest::newRow("limit") << int(K::LimitExceeded) << 403 << "REQUEST_LIMIT_EXCEEDED" << 503 << "salesforce";
        QTest::newRow("keychain") << int(K::Keychain) << 0 << "" << 503 << "connection";
        QTest::newRow("503") << int(K::Salesforce) << 503 << "SERVER_UNAVAILABLE" << 503 << "salesforce";
        QTest::newRow("500") << int(K::Salesforce) << 500 << "UNKNOWN_EXCEPTION" << 502 << "salesforce";
        QTest::newRow("401 after retry") << int(K::Salesforce) << 401 << "INVALID_SESSION_ID" << 502 << "connection";
        QTest::newRow("404") << int(K::Salesforce) << 404 << "NOT_FOUND" << 404 << "Id";
        QTest::newRow("412") << int(K::Salesforce) << 412 << "PRECONDITION_FAILED" << 409 << "Id";
        QTest::newRow("403 access") << int(K::Salesforce) << 403 << "INSUFFICIENT_ACCESS" << 403 << "salesforce";
        QTest::newRow("400 with fields") << int(K::Salesforce) << 400 << "STRING_TOO_LONG" << 400 << "Company";
    }
    void mapping()
    {
        QFETCH(int, kind);
        QFETCH(int, http);
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(QString, field);
        SalesforceError e
            = SalesforceError::make(SalesforceError::Kind(kind), QStringLiteral("the detail"), code, http);
        if (code == QLatin1String("STRING_TOO_LONG")) {
            e.items.append({code, QStringLiteral("Company: data value too large"), {QStringLiteral("Company")}});
            e.fields = {QStringLiteral("Company")};
        }
        const ActionResult r = ErrorMapper::toResult(e, QStringLiteral("bot_aaaaaaaa"), QStringLiteral("Opportunity"));
        QCOMPARE(r.status, status);
        QCOMPARE(r.errors.first().field, field);
        QVERIFY(!r.errors.first().message.isEmpty());
        if (status == 502 && field == QLatin1String("connection"))
            QVERIFY(r.errors.first().message.contains(QStringLiteral("reconnect")));
    }
};

QTEST_GUILESS_MAIN(TestActionResult)
#include "tst_action_result.moc"
