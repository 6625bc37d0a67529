// RestClient's retry, refresh and encoding rules against a scripted HTTP server that misbehaves
// on purpose. The same behaviours are exercised against the real local org in
// tst_rest_client_local_org.
#include "memory_connection_store.h"
#include "scripted_http_server.h"
#include "support/wait.h"

#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace hilal::salesforce;
using namespace hilal::test;

namespace {

const QByteArray kInvalidSession
    = "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]";

RestReply *keep(RestReply *r)
{
    r->setAutoDelete(false);
    return r;
}

} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    Connection connectionFor(const QUrl &url, const QString &token = QStringLiteral("old-access"))
    {
        Connection c;
        c.botId = QStringLiteral("bot1");
        c.accessToken = token;
        c.refreshToken = QStringLiteral("refresh-1");
        c.instanceUrl = url;
        c.clientId = QStringLiteral("PlatformCLI");
        c.orgId = QStringLiteral("00D5g000004FxQpEAK");
        c.apiVersion = QStringLiteral("60.0");
        return c;
    }

    static RestClient::Options fastOptions()
    {
        RestClient::Options o;
        o.timeoutMs = 5000;
        o.backoffMs = 10;
        o.maxGetRetries = 3;
        o.apiVersion = QStringLiteral("60.0");
        return o;
    }

private Q_SLOTS:
    void queryParameterEncodesEverything()
    {
        const QString soql
            = QStringLiteral("SELECT Id FROM Lead WHERE CreatedDate > 2024-01-01T00:00:00+05:00 AND Name LIKE 'a%&#'");
        const QByteArray encoded = RestClient::encodeQueryParameter(QStringLiteral("q"), soql);
        QVERIFY(encoded.startsWith("q="));
        QVERIFY(!encoded.contains('+'));
        QVERIFY(!encoded.contains(' '));
        QVERIFY(encoded.contains("%2B05%3A00"));
        QVERIFY(encoded.contains("%25%26%23"));
        QCOMPARE(QUrl::fromPercentEncoding(encoded.mid(2)), soql);
    }

    void queryStringReachesTheServerByteExact()
    {
        ScriptedHttpServer server(
            [](const ScriptedRequest &) { return reply(200, R"({"totalSize":0,"done":true,"records":[]})"); });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        QueryCursor *cursor
            = client.query(QStringLiteral("SELECT Id FROM Lead WHERE CreatedDate > 2024-01-01T00:00:00+05:00"));
        QSignalSpy done(cursor, &QueryCursor::finished);
        QVERIFY(done.wait());
        QCOMPARE(server.requests().size(), 1);
        const QByteArray target = server.requests().first().target;
        QVERIFY2(target.startsWith("/services/data/v60.0/query?q=SELECT%20Id"), target.constData());
        QVERIFY2(target.contains("%2B05%3A00"), target.constData());
        QCOMPARE(server.requests().first().headers.value("authorization"), QByteArray("Bearer old-access"));
    }

    void rfc1123Dates()
    {
        const QDateTime t(QDate(2024, 11, 19), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(RestClient::rfc1123(t), QByteArray("Tue, 19 Nov 2024 10:00:00 GMT"));
    }

    void concurrent401sMakeExactlyOneRefresh()
    {
        ScriptedHttpServer server([](const ScriptedRequest &r) {
            if (r.target.startsWith("/services/oauth2/token")) {
                return reply(
                    200,
                    "{\"access_token\":\"new-access\",\"instance_url\":\"\",\"token_type\":\"Bearer\",\"issued_at\":"
                    "\"1732406400000\",\"id\":\"https://login.example/id/00D5g000004FxQpEAK/0055g00000BnRwAAAV\"}");
            }
            if (r.headers.value("authorization") != "Bearer new-access")
                return reply(401, kInvalidSession);
            return reply(200, R"({"Id":"00Q5g00000aBcDeEAK"})");
        });
        MemoryConnectionStore store;
        Session session(QStringLiteral("bot1"), &store, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        QSignalSpy refreshed(&session, &Session::refreshed);
        QList<RestReply *> replies;
        for (int i = 0; i < 6; ++i) {
            RestReply *r = client.retrieve(QStringLiteral("Lead"), QStringLiteral("00Q5g00000aBcDeEAK"));
            r->setAutoDelete(false);
            replies << r;
        }
        for (RestReply *r : replies) {
            QVERIFY(waitFor(r));
            QVERIFY2(r->ok(), qPrintable(r->error().message));
            QVERIFY(r->retriedAfterRefresh());
            QCOMPARE(r->attempts(), 2);
        }
        QCOMPARE(server.count("POST", "/services/oauth2/token"), 1);
        QCOMPARE(session.refreshRequestCount(), 1);
        QCOMPARE(refreshed.count(), 1);
        // The refresh answer had no refresh_token: the old one is kept; the new access token is
        // persisted through the store.
        QCOMPARE(session.connection().refreshToken, QStringLiteral("refresh-1"));
        QCOMPARE(session.connection().accessToken, QStringLiteral("new-access"));
        QCOMPARE(session.connection().issuedAt.toMSecsSinceEpoch(), Q_INT64_C(1732406400000));
        QTRY_COMPARE(store.saves, 1);
        QCOMPARE(store.entries.value(QStringLiteral("bot1")).accessToken, QStringLiteral("new-access"));
        // The refresh request is a proper refresh_token grant for our client id.
        const QByteArray body = [&] {
            for (const auto &r : server.requests())
                if (r.target.startsWith("/services/oauth2/token"))
                    return r.body;
            return QByteArray();
        }();
        QVERIFY(body.contains("grant_type=refresh_token"));
        QVERIFY(body.contains("refresh_token=refresh-1"));
        QVERIFY(body.contains("client_id=PlatformCLI"));
        qDeleteAll(replies);
    }

    void rotatedRefreshTokenAndNewInstanceAreKept()
    {
        Connection c;
        Session::applyTokenResponse(
            &c,
            QJsonDocument::fromJson("{\"access_token\":\"a1\",\"refresh_token\":\"r1\",\"instance_url\":\"https://"
                                    "one.example\",\"issued_at\":\"1000\"}")
                .object());
        Session::applyTokenResponse(
            &c,
            QJsonDocument::fromJson(
                "{\"access_token\":\"a2\",\"instance_url\":\"https://two.example\",\"issued_at\":\"2000\"}")
                .object());
        QCOMPARE(c.refreshToken, QStringLiteral("r1"));
        QCOMPARE(c.accessToken, QStringLiteral("a2"));
        QCOMPARE(c.instanceUrl, QUrl(QStringLiteral("https://two.example")));
        Session::applyTokenResponse(&c,
                                    QJsonDocument::fromJson(R"({"access_token":"a3","refresh_token":"r2"})").object());
        QCOMPARE(c.refreshToken, QStringLiteral("r2"));
    }

    void refusedRefreshIsReconnectNeededAndNeverRetried()
    {
        ScriptedHttpServer server([](const ScriptedRequest &r) {
            if (r.target.startsWith("/services/oauth2/token"))
                return reply(400, R"({"error":"invalid_grant","error_description":"expired access/refresh token"})");
            return reply(401, kInvalidSession);
        });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        QSignalSpy reconnect(&session, &Session::reconnectNeeded);
        QList<RestReply *> replies;
        for (int i = 0; i < 3; ++i) {
            RestReply *r = client.get(QStringLiteral("/services/data/v60.0/limits"));
            r->setAutoDelete(false);
            replies << r;
        }
        for (RestReply *r : replies) {
            QVERIFY(waitFor(r));
            QCOMPARE(r->error().kind, SalesforceError::Kind::ReconnectNeeded);
            QVERIFY(r->error().message.contains(QLatin1String("Reconnect")));
        }
        QCOMPARE(server.count("POST", "/services/oauth2/token"), 1);
        QCOMPARE(reconnect.count(), 1);
        // Later calls: one 401, then straight to ReconnectNeeded with no new token request.
        RestReply *later = client.get(QStringLiteral("/services/data/v60.0/limits"));
        later->setAutoDelete(false);
        QVERIFY(waitFor(later));
        QCOMPARE(later->error().kind, SalesforceError::Kind::ReconnectNeeded);
        QCOMPARE(server.count("POST", "/services/oauth2/token"), 1);
        qDeleteAll(replies);
        delete later;
    }

    void getRetriedAfter503AndDroppedConnection()
    {
        int calls = 0;
        ScriptedHttpServer server([&calls](const ScriptedRequest &) {
            ++calls;
            if (calls == 1)
                return reply(503, "<html>Service Unavailable</html>", "text/html");
            if (calls == 2) {
                ScriptedResponse drop;
                drop.drop = true;
                return drop;
            }
            return reply(200, R"({"ok":true})");
        });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        RestReply *r = client.get(QStringLiteral("/services/data/v60.0/limits"));
        r->setAutoDelete(false);
        QVERIFY(waitFor(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message));
        // Our retry after the 503; the dropped connection may be resent by Qt's HTTP layer itself
        // (allowed for GET) or by ours — either way the caller sees one successful answer.
        QVERIFY(r->attempts() >= 2);
        QCOMPARE(calls, 3);
        delete r;
    }

    // download(): the body goes to the sink, not to body(); a connection cut in the middle of
    // the body is retried and the sink holds the whole body once, not a half and a whole.
    void downloadWritesTheBodyOnceAfterACutConnection()
    {
        const QByteArray page = QByteArray("Id,Name\n") + QByteArray(4096, 'x') + '\n';
        int calls = 0;
        ScriptedHttpServer server([&calls, page](const ScriptedRequest &) {
            ScriptedResponse r = reply(200, page, "text/csv");
            r.cutBody = ++calls == 1;
            return r;
        });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        QTemporaryFile sink;
        QVERIFY(sink.open());
        RestReply *r = keep(client.download(QStringLiteral("/services/data/v60.0/jobs/query/750x/results"), &sink));
        QVERIFY(waitFor(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message));
        QCOMPARE(calls, 2);
        QVERIFY(r->body().isEmpty());
        sink.seek(0);
        QCOMPARE(sink.readAll(), page);
        delete r;
    }

    // An error answer is read as usual and leaves the sink empty.
    void downloadErrorBodyIsTheReplys()
    {
        ScriptedHttpServer server([](const ScriptedRequest &) {
            return reply(404, R"([{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}])");
        });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        QTemporaryFile sink;
        QVERIFY(sink.open());
        RestReply *r = keep(client.download(QStringLiteral("/services/data/v60.0/jobs/query/750x/results"), &sink));
        QVERIFY(waitFor(r));
        QVERIFY(!r->ok());
        QCOMPARE(r->httpStatus(), 404);
        QVERIFY(r->error().message.contains(QStringLiteral("does not exist")));
        QCOMPARE(sink.size(), 0);
        delete r;
    }

    void getGivesUpAfterTheRetryBudget()
    {
        ScriptedHttpServer server([](const ScriptedRequest &) { return reply(503, "busy", "text/plain"); });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        RestReply *r = client.get(QStringLiteral("/services/data/v60.0/limits"));
        r->setAutoDelete(false);
        QVERIFY(waitFor(r));
        QCOMPARE(r->error().kind, SalesforceError::Kind::Salesforce);
        QCOMPARE(r->error().httpStatus, 503);
        QCOMPARE(server.requests().size(), 1 + fastOptions().maxGetRetries);
        delete r;
    }

    void postIsNeverRetriedBlindly()
    {
        ScriptedHttpServer server([](const ScriptedRequest &r) {
            if (r.method == "POST" && r.target.endsWith("/Lead"))
                return reply(503, "<html>busy</html>", "text/html");
            ScriptedResponse drop;
            drop.drop = true;
            return drop;
        });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        RestReply *a
            = client.create(QStringLiteral("Lead"), QJsonObject {{QStringLiteral("LastName"), QStringLiteral("X")}});
        a->setAutoDelete(false);
        QVERIFY(waitFor(a));
        QCOMPARE(a->error().httpStatus, 503);
        QCOMPARE(a->attempts(), 1);
        RestReply *b
            = client.create(QStringLiteral("Account"), QJsonObject {{QStringLiteral("Name"), QStringLiteral("X")}});
        b->setAutoDelete(false);
        QVERIFY(waitFor(b));
        QCOMPARE(b->error().kind, SalesforceError::Kind::Network);
        QCOMPARE(b->attempts(), 1);
        RestReply *c = client.update(QStringLiteral("Account"), QStringLiteral("0015g00000K7mWqAAJ"),
                                     QJsonObject {{QStringLiteral("Name"), QStringLiteral("Y")}});
        c->setAutoDelete(false);
        QVERIFY(waitFor(c));
        QCOMPARE(c->error().kind, SalesforceError::Kind::Network);
        // Exactly one request each: neither we nor Qt's HTTP layer resent a write.
        QCOMPARE(server.requests().size(), 3);
        delete a;
        delete b;
        delete c;
    }

    void limitExceededIsReportedNotRetried()
    {
        ScriptedHttpServer server([](const ScriptedRequest &) {
            ScriptedResponse r
                = reply(403, R"([{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}])");
            r.headers.insert("Sforce-Limit-Info", "api-usage=15000/15000");
            return r;
        });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        RestReply *r = client.get(QStringLiteral("/services/data/v60.0/limits"));
        r->setAutoDelete(false);
        QVERIFY(waitFor(r));
        QCOMPARE(r->error().kind, SalesforceError::Kind::LimitExceeded);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(session.limitInfo().used, 15000);
        QCOMPARE(session.limitInfo().max, 15000);
        delete r;
    }

    void timeoutIsItsOwnKind()
    {
        ScriptedHttpServer server([](const ScriptedRequest &) {
            ScriptedResponse r;
            r.hold = true;
            return r;
        });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient::Options o = fastOptions();
        o.timeoutMs = 300;
        o.maxGetRetries = 1;
        RestClient client(&session, o);
        RestReply *r = client.get(QStringLiteral("/services/data/v60.0/limits"));
        r->setAutoDelete(false);
        QVERIFY(waitFor(r));
        QCOMPARE(r->error().kind, SalesforceError::Kind::Timeout);
        QCOMPARE(r->attempts(), 2);
        delete r;
    }

    void updateSendsOnlyChangedFieldsAndThePrecondition()
    {
        ScriptedHttpServer server([](const ScriptedRequest &) { return reply(204, QByteArray()); });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        const QDateTime since(QDate(2024, 11, 19), QTime(10, 0), Qt::UTC);
        RestReply *r = client.update(QStringLiteral("Opportunity"), QStringLiteral("0065g00000Q1rSt"),
                                     QJsonObject {{QStringLiteral("Id"), QStringLiteral("0065g00000Q1rStAAJ")},
                                                  {QStringLiteral("StageName"), QStringLiteral("Negotiation/Review")}},
                                     since);
        r->setAutoDelete(false);
        QVERIFY(waitFor(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message));
        const ScriptedRequest &req = server.requests().first();
        QCOMPARE(req.method, QByteArray("PATCH"));
        QCOMPARE(req.target, QByteArray("/services/data/v60.0/sobjects/Opportunity/0065g00000Q1rStAAJ"));
        QCOMPARE(req.body, QByteArray(R"({"StageName":"Negotiation/Review"})"));
        QCOMPARE(req.headers.value("if-unmodified-since"), QByteArray("Tue, 19 Nov 2024 10:00:00 GMT"));
        delete r;
    }

    void badIdsNeverLeaveTheMachine()
    {
        ScriptedHttpServer server([](const ScriptedRequest &) { return reply(200, "{}"); });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        RestReply *r = client.retrieve(QStringLiteral("Account"), QStringLiteral("0065g00000Q1rStAAJ"));
        QSignalSpy finished(r, &RestReply::finished);
        QVERIFY(finished.wait());
        QCOMPARE(server.requests().size(), 0);
    }

    void describeIsCachedPerOrg()
    {
        ScriptedHttpServer server([](const ScriptedRequest &) { return reply(200, R"({"name":"Lead","fields":[]})"); });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        for (int i = 0; i < 3; ++i) {
            RestReply *r = client.describe(QStringLiteral("Lead"));
            r->setAutoDelete(false);
            QVERIFY(waitFor(r));
            QCOMPARE(r->object().value(QLatin1String("name")).toString(), QStringLiteral("Lead"));
            delete r;
        }
        QCOMPARE(server.requests().size(), 1);
    }

    void versionDiscoveryPicksHighestNotAboveConfigured()
    {
        ScriptedHttpServer server([](const ScriptedRequest &) {
            return reply(
                200,
                R"([{"version":"58.0"},{"version":"59.0"},{"version":"60.0"},{"version":"61.0"},{"version":"62.0"}])");
        });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        Connection c = connectionFor(server.url());
        c.apiVersion.clear();
        session.setConnection(c, false);
        RestClient::Options o = fastOptions();
        o.apiVersion = QStringLiteral("61.0");
        RestClient client(&session, o);
        RestReply *r = client.discoverApiVersion();
        r->setAutoDelete(false);
        QVERIFY(waitFor(r));
        QVERIFY(r->ok());
        QCOMPARE(r->object().value(QLatin1String("version")).toString(), QStringLiteral("61.0"));
        QCOMPARE(client.apiVersion(), QStringLiteral("61.0"));
        QCOMPARE(server.requests().first().target, QByteArray("/services/data"));
        delete r;
    }

    void cursorFollowsNextRecordsUrlAndStreams()
    {
        ScriptedHttpServer server([](const ScriptedRequest &r) {
            if (r.target.startsWith("/services/data/v60.0/query?"))
                return reply(
                    200,
                    R"({"totalSize":3,"done":false,"nextRecordsUrl":"/services/data/v60.0/query/01gXX-2","records":[{"Id":"1"},{"Id":"2"}]})");
            if (r.target == "/services/data/v60.0/query/01gXX-2")
                return reply(200, R"({"totalSize":3,"done":true,"records":[{"Id":"3"}]})");
            return reply(404, R"([{"errorCode":"NOT_FOUND","message":"no"}])");
        });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        QueryCursor *cursor = client.query(QStringLiteral("SELECT Id FROM Lead"));
        cursor->setAutoDelete(false);
        cursor->setAccumulate(true);
        QSignalSpy pages(cursor, &QueryCursor::pageReady);
        QSignalSpy progress(cursor, &QueryCursor::progress);
        QSignalSpy done(cursor, &QueryCursor::finished);
        QVERIFY(done.wait());
        QVERIFY(!cursor->error());
        QVERIFY(cursor->isDone());
        QCOMPARE(pages.count(), 2);
        QCOMPARE(pages.at(0).at(0).toJsonArray().size(), 2);
        QCOMPARE(progress.last().at(0).toLongLong(), 3);
        QCOMPARE(progress.last().at(1).toLongLong(), 3);
        QCOMPARE(cursor->records().size(), 3);
        QCOMPARE(cursor->records().at(2).toObject().value(QLatin1String("Id")).toString(), QStringLiteral("3"));
        QCOMPARE(cursor->recordCount(), 3);
        QCOMPARE(cursor->record(0).value(QLatin1String("Id")).toString(), QStringLiteral("1"));
        delete cursor;
    }

    void cursorCancel()
    {
        ScriptedHttpServer server([](const ScriptedRequest &) {
            return reply(
                200,
                R"({"totalSize":10,"done":false,"nextRecordsUrl":"/services/data/v60.0/query/01gXX-1","records":[{"Id":"1"}]})");
        });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        QueryCursor *cursor = client.query(QStringLiteral("SELECT Id FROM Lead"));
        cursor->setAutoDelete(false);
        connect(cursor, &QueryCursor::pageReady, cursor, [cursor](const QJsonArray &, int index) {
            if (index == 1)
                cursor->cancel();
        });
        QSignalSpy done(cursor, &QueryCursor::finished);
        QVERIFY(done.wait());
        QCOMPARE(cursor->error().kind, SalesforceError::Kind::Cancelled);
        QCOMPARE(cursor->pages(), 2);
        // The third page may already have been asked for (prefetch) but is never delivered.
        QVERIFY(server.requests().size() <= 3);
        delete cursor;
    }

    void notConnectedWithoutStoredConnection()
    {
        MemoryConnectionStore store;
        Session session(QStringLiteral("nobody"), &store, &m_network);
        RestClient client(&session, fastOptions());
        RestReply *r = client.get(QStringLiteral("/services/data/v60.0/limits"));
        r->setAutoDelete(false);
        QVERIFY(waitFor(r));
        QCOMPARE(r->error().kind, SalesforceError::Kind::NotConnected);
        delete r;
    }

    void abortIsCancelledAndNeverRetried()
    {
        ScriptedHttpServer server([](const ScriptedRequest &) {
            ScriptedResponse r;
            r.hold = true;
            return r;
        });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        RestReply *r = keep(client.get(QStringLiteral("/services/data/v60.0/limits")));
        QTRY_COMPARE(server.requests().size(), 1);
        r->abort();
        QVERIFY(waitFor(r));
        QCOMPARE(r->error().kind, SalesforceError::Kind::Cancelled);
        QTest::qWait(100); // longer than the backoff: a wrong retry would show up here
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(r->attempts(), 1);
        delete r;
    }

    void aConnectionStoredLaterIsPickedUp()
    {
        ScriptedHttpServer server([](const ScriptedRequest &r) {
            if (r.target.startsWith("/services/oauth2/token"))
                return reply(400,
                             "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}");
            if (r.headers.value("authorization") == "Bearer fresh-access")
                return reply(200, "{}");
            return reply(401, kInvalidSession);
        });
        MemoryConnectionStore store;
        Session session(QStringLiteral("bot1"), &store, &m_network);
        RestClient client(&session, fastOptions());
        RestReply *first = keep(client.get(QStringLiteral("/services/data/v60.0/limits")));
        QVERIFY(waitFor(first));
        QCOMPARE(first->error().kind, SalesforceError::Kind::NotConnected);
        // Connect happens elsewhere (GUI / another process) and stores a connection…
        store.entries.insert(QStringLiteral("bot1"), connectionFor(server.url()));
        RestReply *second = keep(client.get(QStringLiteral("/services/data/v60.0/limits")));
        QVERIFY(waitFor(second));
        QCOMPARE(second->error().kind, SalesforceError::Kind::ReconnectNeeded); // …whose refresh token is dead
        QVERIFY(session.needsReconnect());
        // Reconnect elsewhere: a new refresh token in the store clears "reconnect needed".
        Connection renewed = connectionFor(server.url(), QStringLiteral("fresh-access"));
        renewed.refreshToken = QStringLiteral("refresh-2");
        store.entries.insert(QStringLiteral("bot1"), renewed);
        RestReply *third = keep(client.get(QStringLiteral("/services/data/v60.0/limits")));
        QVERIFY(waitFor(third));
        QVERIFY2(third->ok(), qPrintable(third->error().message));
        QVERIFY(!session.needsReconnect());
        delete first;
        delete second;
        delete third;
    }

    void revokeTreats400AsAlreadyGone()
    {
        ScriptedHttpServer server([](const ScriptedRequest &) {
            return reply(400, R"({"error":"invalid_token","error_description":"invalid token"})");
        });
        Session session(QStringLiteral("bot1"), nullptr, &m_network);
        session.setConnection(connectionFor(server.url()), false);
        RestClient client(&session, fastOptions());
        RestReply *r = client.revoke();
        r->setAutoDelete(false);
        QVERIFY(waitFor(r));
        QVERIFY(r->ok());
        QCOMPARE(r->httpStatus(), 400);
        QCOMPARE(server.requests().first().body, QByteArray("token=refresh-1"));
        QVERIFY(!server.requests().first().headers.contains("authorization"));
        delete r;
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_rest_client.moc"
