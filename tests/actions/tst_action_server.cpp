// `serve`'s HTTP API over real loopback HTTP: per-bot keys (good, wrong, missing, another bot's,
// replaced, unknown bot), non-JSON bodies, unknown paths and methods, the ActionResult as body
// with its status as the HTTP status, 204 without a body, the confirmation round trip, and
// concurrent requests answered independently.
#include "support/org_fixture.h"

#include "actions/action_server.h"

#include <QJsonDocument>

using namespace hilal;
using namespace hilal::actions;
using bots::Permission;
using bots::PermissionSet;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray wwwAuthenticate;
};

} // namespace

class TestActionServer : public QObject
{
    Q_OBJECT
    test::OrgFixture f;
    std::unique_ptr<ActionServer> m_server;
    QString m_bot;
    QString m_key;
    QString m_otherBot;
    QString m_otherKey;
    QString m_account;

    QNetworkReply *send(const QString &path, const QByteArray &body, const QByteArray &authorization,
                        const QByteArray &verb = QByteArrayLiteral("POST"), const QByteArray &runtime = {})
    {
        QNetworkRequest request(QUrl(m_server->url().toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (!runtime.isEmpty())
            request.setRawHeader("X-Hilal-Runtime", runtime);
        return f.network.sendCustomRequest(request, verb, body);
    }

    static Answer wait(QNetworkReply *reply)
    {
        test::waitFor(reply);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.json = QJsonDocument::fromJson(a.body).object();
        a.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
        reply->deleteLater();
        return a;
    }

    Answer post(const QString &bot, const QString &action, const QByteArray &body, const QByteArray &authorization)
    {
        return wait(send(ActionServer::actionPath(bot, action), body, authorization));
    }

    QByteArray bearer(const QString &key) const { return QByteArrayLiteral("Bearer ") + key.toLatin1(); }
    QByteArray accountBody() const { return QJsonDocument(QJsonObject {{QStringLiteral("Id"), m_account}}).toJson(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(f.start(), qPrintable(f.error));
        m_bot = f.addBot(PermissionSet::all());
        m_otherBot = f.addBot(PermissionSet::all());
        m_key = f.repo->createApiKey(m_bot);
        m_otherKey = f.repo->createApiKey(m_otherBot);
        m_account = f.query(m_bot, QStringLiteral("SELECT Id FROM Account LIMIT 1"))
                        .first()
                        .toObject()
                        .value(QStringLiteral("Id"))
                        .toString();
        m_server = std::make_unique<ActionServer>(f.dispatcher.get(), f.repo.get());
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->url().host(), QStringLiteral("127.0.0.1"));
    }

    void init() { f.org->resetRequests(); }

    void goodKeyRunsTheAction()
    {
        const Answer a = post(m_bot, QStringLiteral("get-account"), accountBody(), bearer(m_key));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(a.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("Id")).toString(), m_account);
        QVERIFY(a.json.contains(QStringLiteral("errors")));
        QVERIFY(a.json.contains(QStringLiteral("confirmation")));
        QVERIFY(f.requestCount() > 0);
        // The audit names serve as the caller.
        QCOMPARE(f.repo->audit().entries({m_bot, 1, 0}).first().actor, QStringLiteral("serve"));
    }

    void theRuntimeThatAskedIsAudited()
    {
        // A runtime names itself in X-Hilal-Runtime; the audit's "who" says so, cut short.
        const Answer a
            = wait(send(ActionServer::actionPath(m_bot, QStringLiteral("get-account")), accountBody(), bearer(m_key),
                        QByteArrayLiteral("POST"), QByteArrayLiteral("web-widget-eu ") + QByteArray(200, 'x')));
        QCOMPARE(a.status, 200);
        const QString actor = f.repo->audit().entries({m_bot, 1, 0}).first().actor;
        QVERIFY2(actor.startsWith(QStringLiteral("serve:web-widget-eu x")), qPrintable(actor));
        QVERIFY2(actor.size() <= 80, qPrintable(actor));
    }

    void refusedKeys_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("missing") << "missing";
        QTest::newRow("wrong") << "wrong";
        QTest::newRow("other bot's key") << "other";
        QTest::newRow("basic scheme") << "basic";
        QTest::newRow("empty bearer") << "empty";
        QTest::newRow("unknown bot") << "unknown-bot";
    }
    void refusedKeys()
    {
        QFETCH(QString, which);
        QByteArray auth;
        QString bot = m_bot;
        if (which == QLatin1String("wrong"))
            auth = bearer(QStringLiteral("hsk_not-the-key"));
        else if (which == QLatin1String("other"))
            auth = bearer(m_otherKey);
        else if (which == QLatin1String("basic"))
            auth = QByteArrayLiteral("Basic ") + m_key.toLatin1().toBase64();
        else if (which == QLatin1String("empty"))
            auth = QByteArrayLiteral("Bearer ");
        else if (which == QLatin1String("unknown-bot")) {
            auth = bearer(m_key);
            bot = QStringLiteral("bot_zzzzzzzz");
        }
        const Answer a = post(bot, QStringLiteral("get-account"), accountBody(), auth);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.json.value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(a.json.value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("Authorization"));
        QCOMPARE(a.wwwAuthenticate, QByteArrayLiteral("Bearer"));
        QCOMPARE(f.requestCount(), 0);
    }

    // A `%0A` in the path must not reach serve's output as a line break (a forged log line).
    void controlCharactersInThePathAreEscaped()
    {
        QSignalSpy handled(m_server.get(), &ActionServer::requestHandled);
        // (Concatenated, not arg(): "%1B" would be taken for a placeholder.)
        const QByteArray path = "/v1/bots/" + m_bot.toLatin1()
            + "%0A2026-12-01%20serve:%20bot_forged%20get-account%20200%0D%1B%5B2J/salesforce/actions/get-account%09x";
        QNetworkRequest request(QUrl::fromEncoded(m_server->url().toEncoded() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", bearer(m_key));
        const Answer a = wait(f.network.post(request, accountBody()));
        QCOMPARE(a.status, 401); // no such bot, so its key cannot match
        QCOMPARE(handled.size(), 1);
        const QString botId = handled.first().at(0).toString();
        const QString action = handled.first().at(1).toString();
        for (const QString &text : {botId, action}) {
            for (const QChar c : text)
                QVERIFY2(c.category() != QChar::Other_Control, qPrintable(text));
        }
        QVERIFY2(botId.startsWith(m_bot + QStringLiteral("\\n2026-12-01")), qPrintable(botId));
        QVERIFY2(botId.endsWith(QStringLiteral("200\\r\\x1b[2J")), qPrintable(botId));
        QCOMPARE(action, QStringLiteral("get-account\\tx"));
    }

    // A 20 MB body gets 413 as soon as its headers are in, whatever the key: the answer arrives
    // before the client has sent the body, and says the cap.
    void oversizedBodyIs413AtOnce_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("no key") << QByteArray();
        QTest::newRow("wrong key") << QByteArray("Authorization: Bearer hsk_wrong\r\n");
        QTest::newRow("good key") << QByteArray("Authorization: ") + bearer(m_key) + "\r\n";
    }
    void oversizedBodyIs413AtOnce()
    {
        QFETCH(QByteArray, authorization);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray head = "POST " + ActionServer::actionPath(m_bot, QStringLiteral("get-account")).toLatin1()
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + authorization
            + "Content-Length: 20971520\r\n\r\n{\"Id\": \"";
        socket.write(head);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("}"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY2(answer.contains("1048576 bytes (1 MiB)"), answer.constData());
        QVERIFY2(answer.contains("20971520"), answer.constData());
        // The server stops listening to that request: the rest of the body is dropped unread.
        socket.write(QByteArray(256 * 1024, 'x'));
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState || socket.atEnd(), 10000);
        // And it still serves everyone else.
        QCOMPARE(post(m_bot, QStringLiteral("get-account"), accountBody(), bearer(m_key)).status, 200);
    }

    // Just under the cap is read and judged as usual (a body that is not JSON → 400).
    void bodyAtTheCapIsRead()
    {
        const QByteArray body(1024 * 1024, ' ');
        const Answer a = post(m_bot, QStringLiteral("get-account"), body, bearer(m_key));
        QCOMPARE(a.status, 400);
    }

    void newKeyReplacesOldKey()
    {
        const QString bot = f.addBot(PermissionSet::all());
        const QString first = f.repo->createApiKey(bot);
        QCOMPARE(post(bot, QStringLiteral("get-account"), accountBody(), bearer(first)).status, 200);
        const QString second = f.repo->createApiKey(bot);
        QCOMPARE(post(bot, QStringLiteral("get-account"), accountBody(), bearer(first)).status, 401);
        QCOMPARE(post(bot, QStringLiteral("get-account"), accountBody(), bearer(second)).status, 200);
    }

    void nonJsonBodiesAre400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("text") << QByteArray("Id=001");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"Id\": ");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("html") << QByteArray("<html></html>");
    }
    void nonJsonBodiesAre400()
    {
        QFETCH(QByteArray, body);
        const Answer a = post(m_bot, QStringLiteral("get-account"), body, bearer(m_key));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json.value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("body"));
        QCOMPARE(f.requestCount(), 0);
    }

    void validationErrorsComeBackAs400()
    {
        const Answer a = post(m_bot, QStringLiteral("create-lead"),
                              QByteArrayLiteral("{\"LastName\": \"\", \"Email\": \"x@\"}"), bearer(m_key));
        QCOMPARE(a.status, 400);
        QStringList fields;
        for (const QJsonValue &e : a.json.value(QStringLiteral("errors")).toArray())
            fields << e.toObject().value(QStringLiteral("field")).toString();
        QVERIFY(fields.contains(QStringLiteral("LastName")));
        QVERIFY(fields.contains(QStringLiteral("Company")));
        QVERIFY(fields.contains(QStringLiteral("Email")));
        QCOMPARE(f.requestCount(), 0);
    }

    void unknownPathAndMethod()
    {
        QCOMPARE(wait(send(QStringLiteral("/v1/bots"), QByteArray("{}"), bearer(m_key))).status, 404);
        QCOMPARE(wait(send(QStringLiteral("/"), QByteArray(), {}, QByteArrayLiteral("GET"))).status, 404);
        const Answer get = wait(send(ActionServer::actionPath(m_bot, QStringLiteral("get-account")), {}, bearer(m_key),
                                     QByteArrayLiteral("GET")));
        QCOMPARE(get.status, 405);
        const Answer unknown = post(m_bot, QStringLiteral("drop-table"), QByteArray("{}"), bearer(m_key));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(f.requestCount(), 0);
    }

    void confirmationRoundTripAndEmpty204()
    {
        bots::ConfirmationPolicy policy = test::OrgFixture::offPolicy();
        policy.confirmUpdates = true;
        const QString bot = f.addBot(PermissionSet::all(), true, policy);
        const QString key = f.repo->createApiKey(bot);
        const QString opp = f.query(bot, QStringLiteral("SELECT Id FROM Opportunity ORDER BY Id DESC LIMIT 1"))
                                .first()
                                .toObject()
                                .value(QStringLiteral("Id"))
                                .toString();
        QJsonObject params {{QStringLiteral("Id"), opp}, {QStringLiteral("Amount"), 31337.0}};
        const Answer ask = post(bot, QStringLiteral("update-opportunity"), QJsonDocument(params).toJson(), bearer(key));
        QCOMPARE(ask.status, 409);
        const QString token
            = ask.json.value(QStringLiteral("confirmation")).toObject().value(QStringLiteral("token")).toString();
        QVERIFY(token.startsWith(QStringLiteral("cfm_")));
        params.insert(QStringLiteral("confirmationToken"), token);
        const Answer done
            = post(bot, QStringLiteral("update-opportunity"), QJsonDocument(params).toJson(), bearer(key));
        QCOMPARE(done.status, 204);
        QVERIFY(done.body.isEmpty());
        const Answer again
            = post(bot, QStringLiteral("update-opportunity"), QJsonDocument(params).toJson(), bearer(key));
        QVERIFY(again.status == 200 || again.status == 409); // already applied: nothing left to change
        int patches = 0;
        for (const auto &r : f.org->requests())
            patches += r.method == QLatin1String("PATCH") ? 1 : 0;
        QCOMPARE(patches, 1);
    }

    void concurrentRequestsAreAnsweredIndependently()
    {
        emulator::Faults slow;
        slow.latencyMs = 300;
        f.org->setFaults(slow);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies << send(ActionServer::actionPath(m_bot, QStringLiteral("get-account")), accountBody(),
                            bearer(m_key));
        // A refused request is answered while the slow ones are still waiting for the org.
        const Answer refused
            = post(m_bot, QStringLiteral("get-account"), accountBody(), bearer(QStringLiteral("nope")));
        QCOMPARE(refused.status, 401);
        int unfinished = 0;
        for (QNetworkReply *r : replies)
            unfinished += r->isFinished() ? 0 : 1;
        QVERIFY(unfinished > 0);
        for (QNetworkReply *r : replies)
            QCOMPARE(wait(r).status, 200);
        f.org->setFaults({});
    }
};

QTEST_GUILESS_MAIN(TestActionServer)
#include "tst_action_server.moc"
