// LocalOrg's life cycle and LocalOrgThread: starting, a taken port, stopping, and serving from a
// thread of its own while the test's thread is the client.
#include "support/org_http_client.h"

#include "emulator/local_org.h"
#include "emulator/local_org_thread.h"

#include <QTcpServer>
#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

class TestLocalOrg : public QObject
{
    Q_OBJECT

private slots:
    void startGivesUrlOnLoopback();
    void takenPortIsAClearError();
    void stopClosesTheListener();
    void persistsToDbFile();
    void threadServesWhileCallerWaits();
    void threadControlsAreThreadSafe();
    void threadStartsInBackground();
    void sandboxFlagReachesOrganization();
};

void TestLocalOrg::startGivesUrlOnLoopback()
{
    LocalOrgOptions options;
    options.records = 0;
    LocalOrg org(options);
    QVERIFY(!org.isListening());
    QString error;
    QVERIFY2(org.start(&error), qPrintable(error));
    QVERIFY(org.isListening());
    QCOMPARE(org.url().scheme(), QStringLiteral("http"));
    QCOMPARE(org.url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(org.url().port() > 0);
    QVERIFY(org.organizationId().startsWith(QLatin1String("00D")));
    OrgHttpClient http(org.url());
    QCOMPARE(http.get(QStringLiteral("/services/data")).status, 200);
    QVERIFY(!org.start(&error)); // twice is an error, not a second server
    QVERIFY(error.contains(QLatin1String("already running")));
}

void TestLocalOrg::takenPortIsAClearError()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    LocalOrgOptions options;
    options.records = 0;
    options.port = squatter.serverPort();
    LocalOrg org(options);
    QString error;
    QVERIFY(!org.start(&error));
    QVERIFY2(error.contains(QString::number(squatter.serverPort())) && error.contains(QLatin1String("--port")),
             qPrintable(error));
}

void TestLocalOrg::stopClosesTheListener()
{
    LocalOrgOptions options;
    options.records = 0;
    LocalOrg org(options);
    QVERIFY(org.start());
    const QUrl url = org.url();
    org.stop();
    QVERIFY(!org.isListening());
    OrgHttpClient http(url);
    const HttpResult result = http.get(QStringLiteral("/services/data"));
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error, QNetworkReply::ConnectionRefusedError);
}

void TestLocalOrg::persistsToDbFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LocalOrgOptions options;
    options.records = 10;
    options.dbFile = dir.filePath(QStringLiteral("org.sqlite"));
    QString id;
    QString orgId;
    QJsonObject tokens;
    {
        LocalOrg org(options);
        QVERIFY(org.start());
        orgId = org.organizationId();
        OrgHttpClient http(org.url());
        tokens = http.connectDemo();
        const QString token = tokens.value(QStringLiteral("access_token")).toString();
        id = http.postJson(QStringLiteral("/services/data/v60.0/sobjects/Account"),
                           QJsonObject {{QStringLiteral("Name"), QStringLiteral("Kept Across Runs")}},
                           OrgHttpClient::bearer(token))
                 .object()
                 .value(QStringLiteral("id"))
                 .toString();
        QVERIFY(!id.isEmpty());
    }
    LocalOrg again(options);
    QVERIFY(again.start());
    QCOMPARE(again.organizationId(), orgId);
    OrgHttpClient http(again.url());
    // The session of the first run still works, and so does its refresh token.
    const QString token = tokens.value(QStringLiteral("access_token")).toString();
    const HttpResult kept
        = http.get(QStringLiteral("/services/data/v60.0/sobjects/Account/") + id, OrgHttpClient::bearer(token));
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.object().value(QStringLiteral("Name")).toString(), QStringLiteral("Kept Across Runs"));
    const HttpResult refreshed
        = http.postForm(QStringLiteral("/services/oauth2/token"),
                        {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("refresh_token"), tokens.value(QStringLiteral("refresh_token")).toString()},
                         {QStringLiteral("client_id"), QStringLiteral("PlatformCLI")}});
    QCOMPARE(refreshed.status, 200);
    // What is kept on disk are hashes, never the tokens.
    QFile sessions(options.dbFile + QStringLiteral(".tokens.json"));
    QVERIFY(sessions.open(QIODevice::ReadOnly));
    const QByteArray stored = sessions.readAll();
    QVERIFY(!stored.isEmpty());
    QVERIFY(!stored.contains(token.toLatin1()));
    QVERIFY(!stored.contains(tokens.value(QStringLiteral("refresh_token")).toString().toLatin1()));
}

void TestLocalOrg::threadServesWhileCallerWaits()
{
    LocalOrgOptions options;
    options.records = 10;
    LocalOrgThread thread(options);
    QString error;
    QVERIFY2(thread.start(&error), qPrintable(error));
    QVERIFY(thread.isRunning());
    QVERIFY(thread.org()->thread() != QThread::currentThread());
    OrgHttpClient http(thread.url());
    const QJsonObject tokens = http.connectDemo();
    QVERIFY(tokens.contains(QStringLiteral("access_token")));
    QCOMPARE(http.get(QStringLiteral("/services/data/v60.0/limits"),
                      OrgHttpClient::bearer(tokens.value(QStringLiteral("access_token")).toString()))
                 .status,
             200);
    thread.stop();
    QVERIFY(!thread.isRunning());
    QCOMPARE(http.get(QStringLiteral("/services/data")).error, QNetworkReply::ConnectionRefusedError);
}

void TestLocalOrg::threadControlsAreThreadSafe()
{
    LocalOrgOptions options;
    options.records = 0;
    LocalOrgThread thread(options);
    QVERIFY(thread.start());
    OrgHttpClient http(thread.url());
    const QString token = http.connectDemo().value(QStringLiteral("access_token")).toString();
    thread.org()->expireAccessTokens();
    QCOMPARE(http.get(QStringLiteral("/services/data/v60.0/limits"), OrgHttpClient::bearer(token)).status, 401);
    Faults faults;
    faults.failRate = 1.0;
    thread.org()->setFaults(faults);
    QCOMPARE(http.get(QStringLiteral("/services/data")).status, 500);
    QVERIFY(!thread.org()->requests().isEmpty());
    thread.org()->resetRequests();
    QVERIFY(thread.org()->requests().isEmpty());
}

void TestLocalOrg::threadStartsInBackground()
{
    LocalOrgOptions options;
    options.records = 100;
    LocalOrgThread thread(options);
    QSignalSpy started(&thread, &LocalOrgThread::started);
    thread.startInBackground();
    QVERIFY(!thread.isRunning()); // still seeding, and the caller was not blocked
    QVERIFY(started.wait(30000));
    QCOMPARE(started.first().at(0).toBool(), true);
    QVERIFY(thread.isRunning());
    OrgHttpClient http(thread.url());
    QCOMPARE(http.get(QStringLiteral("/services/data")).status, 200);

    // A failure comes back the same way.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    options.port = squatter.serverPort();
    LocalOrgThread taken(options);
    QSignalSpy failed(&taken, &LocalOrgThread::started);
    taken.startInBackground();
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().at(0).toBool(), false);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("Could not listen")));
    QVERIFY(!taken.isRunning());
}

void TestLocalOrg::sandboxFlagReachesOrganization()
{
    LocalOrgOptions options;
    options.records = 0;
    options.sandbox = true;
    LocalOrg org(options);
    QVERIFY(org.start());
    OrgHttpClient http(org.url());
    const QString token = http.connectDemo().value(QStringLiteral("access_token")).toString();
    const HttpResult orgRow = http.get(QStringLiteral("/services/data/v60.0/sobjects/Organization/")
                                           + org.organizationId() + QStringLiteral("?fields=IsSandbox"),
                                       OrgHttpClient::bearer(token));
    QCOMPARE(orgRow.status, 200);
    QCOMPARE(orgRow.object().value(QStringLiteral("IsSandbox")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestLocalOrg)
#include "tst_local_org.moc"
