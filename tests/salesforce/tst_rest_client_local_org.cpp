// RestClient and QueryCursor against the real local org over loopback HTTP: CRUD, describe
// cache, paging, refresh on expiry (single-flight, counted in the org's request log), refused
// refresh, GET retried after 503 and after a dropped connection, POST never retried, limits.
#include "support/local_org_fixture.h"
#include "support/wait.h"

#include "core/app_paths.h"
#include "salesforce/query_cursor.h"
#include "salesforce/record_id.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hilal::salesforce;
using hilal::emulator::Faults;
using hilal::test::waitFor;

class TestRestClientLocalOrg : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    hilal::test::LocalOrgFixture m_local; // the org and a real login through its pages

    int countStatus(int status) const
    {
        int n = 0;
        for (const auto &r : m_local.org->requests())
            n += r.status == status ? 1 : 0;
        return n;
    }

    static RestClient::Options options()
    {
        RestClient::Options o;
        o.timeoutMs = 10000;
        o.backoffMs = 300; // long enough for the test to clear a fault between attempts
        o.maxGetRetries = 3;
        return o;
    }

    RestReply *keep(RestReply *r)
    {
        r->setAutoDelete(false);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        hilal::AppPaths::setDataDirOverride(m_dataDir.path());
        m_local.options.records = 600;
        QVERIFY2(m_local.start(hilal::test::LocalOrgFixture::Consent::LoginPages, QStringLiteral("bot-rest")),
                 qPrintable(m_local.error));
    }

    void init()
    {
        m_local.org->setFaults(Faults());
        m_local.org->resetRequests();
    }

    void createRetrieveUpdateDelete()
    {
        Session session(m_local.connection.botId, nullptr, &m_local.network);
        session.setConnection(m_local.connection, false);
        RestClient client(&session, options());

        RestReply *created
            = keep(client.create(QStringLiteral("Lead"),
                                 QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Okafor")},
                                              {QStringLiteral("Company"), QStringLiteral("Brightwave Ltd")}}));
        QVERIFY(waitFor(created));
        QVERIFY2(created->ok(), qPrintable(created->error().message));
        QCOMPARE(created->httpStatus(), 201);
        const QString id = created->object().value(QLatin1String("id")).toString();
        QCOMPARE(RecordId::parse(id).objectName(), QStringLiteral("Lead"));

        RestReply *read = keep(client.retrieve(QStringLiteral("Lead"), id.left(15),
                                               {QStringLiteral("LastName"), QStringLiteral("Company")}));
        QVERIFY(waitFor(read));
        QVERIFY2(read->ok(), qPrintable(read->error().message));
        QCOMPARE(read->object().value(QLatin1String("Company")).toString(), QStringLiteral("Brightwave Ltd"));

        RestReply *updated = keep(client.update(QStringLiteral("Lead"), id,
                                                QJsonObject {{QStringLiteral("Title"), QStringLiteral("CTO")}},
                                                QDateTime::currentDateTimeUtc().addSecs(3600)));
        QVERIFY(waitFor(updated));
        QVERIFY2(updated->ok(), qPrintable(updated->error().message));
        QCOMPARE(updated->httpStatus(), 204);

        // The record changed after this moment: the conditional update is refused, not applied.
        RestReply *stale = keep(client.update(QStringLiteral("Lead"), id,
                                              QJsonObject {{QStringLiteral("Title"), QStringLiteral("CEO")}},
                                              QDateTime::currentDateTimeUtc().addDays(-1)));
        QVERIFY(waitFor(stale));
        QCOMPARE(stale->error().httpStatus, 412);
        QCOMPARE(stale->error().errorCode, QStringLiteral("PRECONDITION_FAILED"));

        RestReply *missing = keep(
            client.create(QStringLiteral("Lead"), QJsonObject {{QStringLiteral("LastName"), QStringLiteral("X")}}));
        QVERIFY(waitFor(missing));
        QCOMPARE(missing->error().kind, SalesforceError::Kind::Salesforce);
        QCOMPARE(missing->error().errorCode, QStringLiteral("REQUIRED_FIELD_MISSING"));
        QCOMPARE(missing->error().fields, QStringList {QStringLiteral("Company")});

        RestReply *removed = keep(client.remove(QStringLiteral("Lead"), id));
        QVERIFY(waitFor(removed));
        QVERIFY2(removed->ok(), qPrintable(removed->error().message));
        RestReply *again = keep(client.remove(QStringLiteral("Lead"), id));
        QVERIFY(waitFor(again));
        QCOMPARE(again->error().errorCode, QStringLiteral("ENTITY_IS_DELETED"));
        for (RestReply *r : {created, read, updated, stale, missing, removed, again})
            delete r;
    }

    void describeIsCachedAndVersionsDiscovered()
    {
        Session session(m_local.connection.botId, nullptr, &m_local.network);
        Connection c = m_local.connection;
        c.apiVersion.clear();
        session.setConnection(c, false);
        RestClient client(&session, options());
        RestReply *v = keep(client.discoverApiVersion());
        QVERIFY(waitFor(v));
        QVERIFY2(v->ok(), qPrintable(v->error().message));
        QVERIFY(!client.apiVersion().isEmpty());
        for (int i = 0; i < 2; ++i) {
            RestReply *d = keep(client.describe(QStringLiteral("Opportunity")));
            QVERIFY(waitFor(d));
            QVERIFY2(d->ok(), qPrintable(d->error().message));
            QCOMPARE(d->object().value(QLatin1String("name")).toString(), QStringLiteral("Opportunity"));
            delete d;
        }
        QCOMPARE(m_local.count(QStringLiteral("GET"),
                               QStringLiteral("/services/data/v") + client.apiVersion()
                                   + QStringLiteral("/sobjects/Opportunity/describe")),
                 1);
        delete v;
    }

    void queryPagesByNextRecordsUrl()
    {
        Session session(m_local.connection.botId, nullptr, &m_local.network);
        session.setConnection(m_local.connection, false);
        RestClient client(&session, options());
        QueryCursor *cursor = client.query(QStringLiteral("SELECT Id, Name FROM Opportunity"));
        cursor->setAutoDelete(false);
        cursor->setBatchSize(200);
        QSignalSpy pages(cursor, &QueryCursor::pageReady);
        QSignalSpy done(cursor, &QueryCursor::finished);
        QVERIFY(done.wait(30000));
        QVERIFY2(!cursor->error(), qPrintable(cursor->error().message));
        QVERIFY(cursor->totalSize() > 200); // more than one page
        QCOMPARE(cursor->loaded(), cursor->totalSize());
        QCOMPARE(pages.count(), int((cursor->totalSize() + 199) / 200));
        QCOMPARE(cursor->pages(), pages.count());
        QCOMPARE(m_local.count(QStringLiteral("GET"),
                               QStringLiteral("/services/data/v") + client.apiVersion() + QStringLiteral("/query/")),
                 pages.count() - 1);
        delete cursor;
    }

    void expiredTokenRefreshesOnceForManyConcurrentCalls()
    {
        Session session(m_local.connection.botId, nullptr, &m_local.network);
        session.setConnection(m_local.connection, false);
        RestClient client(&session, options());
        m_local.org->expireAccessTokens();
        m_local.org->resetRequests();
        QList<RestReply *> replies;
        for (int i = 0; i < 8; ++i)
            replies << keep(
                client.get(QStringLiteral("/services/data/v") + client.apiVersion() + QStringLiteral("/limits")));
        for (RestReply *r : replies) {
            QVERIFY(waitFor(r));
            QVERIFY2(r->ok(), qPrintable(r->error().message));
        }
        QCOMPARE(m_local.count(QStringLiteral("POST"), QStringLiteral("/services/oauth2/token")), 1);
        QCOMPARE(countStatus(401), 8);
        QVERIFY(session.connection().accessToken != m_local.connection.accessToken);
        QCOMPARE(session.connection().refreshToken, m_local.connection.refreshToken); // kept
        qDeleteAll(replies);
        m_local.connection = session.connection();
    }

    void refusedRefreshMeansReconnect()
    {
        // A copy of the org's tokens that we then kill, in a session of its own.
        Session session(m_local.connection.botId, nullptr, &m_local.network);
        session.setConnection(m_local.connection, false);
        RestClient client(&session, options());
        m_local.org->revokeRefreshTokens();
        m_local.org->expireAccessTokens();
        m_local.org->resetRequests();
        QSignalSpy reconnect(&session, &Session::reconnectNeeded);
        QList<RestReply *> replies;
        for (int i = 0; i < 3; ++i)
            replies << keep(
                client.get(QStringLiteral("/services/data/v") + client.apiVersion() + QStringLiteral("/limits")));
        for (RestReply *r : replies) {
            QVERIFY(waitFor(r));
            QCOMPARE(r->error().kind, SalesforceError::Kind::ReconnectNeeded);
        }
        QCOMPARE(m_local.count(QStringLiteral("POST"), QStringLiteral("/services/oauth2/token")), 1);
        QCOMPARE(reconnect.count(), 1);
        qDeleteAll(replies);
    }

    void getRetriedAfter503()
    {
        Session session(m_local.connection.botId, nullptr, &m_local.network);
        session.setConnection(connectionAfterRelogin(), false);
        RestClient client(&session, options());
        Faults f;
        f.failRate = 1.0;
        f.failStatus = 503;
        m_local.org->setFaults(f);
        RestReply *r
            = keep(client.get(QStringLiteral("/services/data/v") + client.apiVersion() + QStringLiteral("/limits")));
        QTRY_VERIFY(countStatus(503) >= 1); // the first attempt failed…
        m_local.org->setFaults(Faults()); // …and the org recovers before the backoff ends
        QVERIFY(waitFor(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message));
        QVERIFY(r->attempts() >= 2);
        delete r;
    }

    void getRetriedAfterADroppedConnection()
    {
        Session session(m_local.connection.botId, nullptr, &m_local.network);
        session.setConnection(connectionAfterRelogin(), false);
        RestClient client(&session, options());
        Faults f;
        f.dropRate = 1.0;
        m_local.org->setFaults(f);
        RestReply *r
            = keep(client.get(QStringLiteral("/services/data/v") + client.apiVersion() + QStringLiteral("/limits")));
        QTRY_VERIFY(countStatus(0) >= 1);
        m_local.org->setFaults(Faults());
        QVERIFY(waitFor(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message));
        delete r;
    }

    void postIsNotRetried()
    {
        Session session(m_local.connection.botId, nullptr, &m_local.network);
        session.setConnection(connectionAfterRelogin(), false);
        RestClient client(&session, options());
        const QString path
            = QStringLiteral("/services/data/v") + client.apiVersion() + QStringLiteral("/sobjects/Lead");
        for (const bool drop : {false, true}) {
            Faults f;
            if (drop)
                f.dropRate = 1.0;
            else {
                f.failRate = 1.0;
                f.failStatus = 503;
            }
            m_local.org->setFaults(f);
            m_local.org->resetRequests();
            RestReply *r = keep(client.create(QStringLiteral("Lead"),
                                              QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Once")},
                                                           {QStringLiteral("Company"), QStringLiteral("Only")}}));
            QVERIFY(waitFor(r));
            QVERIFY(r->error().isError());
            QCOMPARE(r->error().kind, drop ? SalesforceError::Kind::Network : SalesforceError::Kind::Salesforce);
            QCOMPARE(r->attempts(), 1);
            QCOMPARE(m_local.count(QStringLiteral("POST"), path), 1);
            delete r;
        }
    }

    void limitExceededIsNotRetried()
    {
        Session session(m_local.connection.botId, nullptr, &m_local.network);
        session.setConnection(connectionAfterRelogin(), false);
        RestClient client(&session, options());
        Faults f;
        f.limitExceeded = true;
        m_local.org->setFaults(f);
        RestReply *r
            = keep(client.get(QStringLiteral("/services/data/v") + client.apiVersion() + QStringLiteral("/limits")));
        QVERIFY(waitFor(r));
        QCOMPARE(r->error().kind, SalesforceError::Kind::LimitExceeded);
        QCOMPARE(m_local.org->requests().size(), 1);
        delete r;
    }

private:
    // After refusedRefreshMeansReconnect the refresh token is dead: log in again once.
    Connection connectionAfterRelogin()
    {
        if (!m_reloggedIn) {
            m_reloggedIn = m_local.login(QStringLiteral("bot-rest"));
            m_local.org->resetRequests();
        }
        return m_local.connection;
    }
    bool m_reloggedIn = false;
};

QTEST_GUILESS_MAIN(TestRestClientLocalOrg)
#include "tst_rest_client_local_org.moc"
