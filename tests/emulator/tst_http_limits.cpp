// The local org's limits over real loopback HTTP: headers over Salesforce's 16,384 bytes get
// 431 and a body over the cap 413 before it is read (docs/security.md); idle connections are
// closed; pending logins and unused authorization codes are capped.
#include "support/org_http_client.h"

#include "core/http_guard.h"
#include "emulator/local_org.h"
#include "emulator/oauth/token_registry.h"
#include "emulator/seed/demo_defaults.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

class TestHttpLimits : public QObject
{
    Q_OBJECT
    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;

    // Sends `bytes` on a fresh connection and returns what came back until the server closed.
    QByteArray exchange(const QByteArray &bytes)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_org->url().port()));
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(bytes);
        QByteArray answer;
        [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState || answer.endsWith("}]");
            },
            10000);
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LocalOrgOptions options;
        options.records = 10;
        options.idleTimeoutMs = 500;
        m_org = std::make_unique<LocalOrg>(options);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        m_http = std::make_unique<OrgHttpClient>(m_org->url());
    }

    void headersOverTheLimitAre431()
    {
        const QByteArray answer = exchange(
            "GET /services/data/ HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(17 * 1024, 'a') + "\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
        QVERIFY(answer.contains("16384 bytes"));
        QVERIFY(answer.contains("REQUEST_TOO_LARGE"));
        // Just under it is served.
        const HttpResult ok
            = m_http->get(QStringLiteral("/services/data/"), {{"X-Filler", QByteArray(15 * 1024, 'a')}});
        QCOMPARE(ok.status, 200);
    }

    void bodyOverTheCapIs413BeforeItIsSent()
    {
        const QByteArray answer = exchange("POST /services/oauth2/token HTTP/1.1\r\nHost: x\r\n"
                                           "Content-Type: application/x-www-form-urlencoded\r\n"
                                           "Content-Length: 104857600\r\n\r\ngrant_type=");
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(answer.contains("52428800 bytes (50 MiB)"));
    }

    // Node's fetch sends forms chunked (the `sf` CLI's token exchange): the body is read.
    void chunkedBodyIsRead()
    {
        const QByteArray form
            = "grant_type=authorization_code&code=nosuchcode&client_id=" + QString(demo::kClientId).toLatin1();
        const QByteArray answer
            = exchange("POST /services/oauth2/token HTTP/1.1\r\nHost: x\r\n"
                       "Content-Type: application/x-www-form-urlencoded\r\n"
                       "Transfer-Encoding: chunked\r\n\r\n"
                       + QByteArray::number(10, 16) + ";ext=1\r\n" + form.left(10) + "\r\n"
                       + QByteArray::number(form.size() - 10, 16) + "\r\n" + form.mid(10) + "\r\n0\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.left(300).constData());
        QVERIFY2(answer.contains("invalid authorization code"), answer.constData()); // the form was read whole
        // The same connection serves the next request after the chunked one.
        const QByteArray twice = exchange("POST /services/oauth2/token HTTP/1.1\r\nHost: x\r\n"
                                          "Content-Type: application/x-www-form-urlencoded\r\n"
                                          "Transfer-Encoding: chunked\r\n\r\n"
                                          + QByteArray::number(form.size(), 16) + "\r\n" + form
                                          + "\r\n0\r\n\r\n"
                                            "GET /services/data/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY2(twice.contains("HTTP/1.1 200"), twice.constData());
    }

    // Chunks adding up to more than the cap are refused as soon as a chunk size says so.
    void chunkedBodyOverTheCapIs413()
    {
        const QByteArray answer
            = exchange("POST /services/oauth2/token HTTP/1.1\r\nHost: x\r\n"
                       "Transfer-Encoding: chunked\r\n\r\n"
                       "1000\r\n"
                       + QByteArray(4096, 'a') + "\r\n" + QByteArray::number(50 * 1024 * 1024, 16) + "\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(answer.contains("52428800 bytes"));
    }

    void badChunkSizeIs400()
    {
        const QByteArray answer = exchange("POST /services/oauth2/token HTTP/1.1\r\nHost: x\r\n"
                                           "Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.left(200).constData());
        QVERIFY(answer.contains("hexadecimal"));
    }

    // Other transfer codings are still refused.
    void gzipTransferCodingIs411()
    {
        const QByteArray answer = exchange("POST /services/oauth2/token HTTP/1.1\r\nHost: x\r\n"
                                           "Transfer-Encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.left(200).constData());
    }

    void idleConnectionsAreClosed()
    {
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, quint16(m_org->url().port()));
        QVERIFY(silent.waitForConnected(5000));
        silent.write("GET /services/data/ HTTP/1.1\r\n"); // and never the rest
        QTRY_VERIFY_WITH_TIMEOUT(silent.state() == QAbstractSocket::UnconnectedState, 15000);
        // Others are served meanwhile and after.
        QCOMPARE(m_http->get(QStringLiteral("/services/data/")).status, 200);
    }

    // Past the cap the oldest pending login goes: its page then says it expired.
    void pendingLoginsAreCapped()
    {
        const QList<QPair<QString, QString>> authorize {{QStringLiteral("response_type"), QStringLiteral("code")},
                                                        {QStringLiteral("client_id"), QString(demo::kClientId)},
                                                        {QStringLiteral("redirect_uri"), QString(demo::kRedirectUri)}};
        const HttpResult first = m_http->postForm(QStringLiteral("/services/oauth2/authorize"), authorize);
        QCOMPARE(first.status, 200);
        const QString txn = OrgHttpClient::txnOf(first.body);
        QVERIFY(!txn.isEmpty());
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(m_http->postForm(QStringLiteral("/services/oauth2/authorize"), authorize).status, 200);
        const HttpResult stale = m_http->postForm(QStringLiteral("/services/oauth2/authorize"),
                                                  {{QStringLiteral("txn"), txn},
                                                   {QStringLiteral("username"), QString(demo::kUsername)},
                                                   {QStringLiteral("password"), QString(demo::kPassword)}});
        QCOMPARE(stale.status, 400);
        QVERIFY(stale.body.contains("expired"));
    }

    // When its database fails, the local org answers as Salesforce does (UNKNOWN_EXCEPTION with
    // an error id), never with the SQLite text: here another process drops a table under it.
    void databaseErrorsNeverLeak()
    {
        QTemporaryDir dir;
        LocalOrgOptions options;
        options.records = 10;
        options.dbFile = dir.filePath(QStringLiteral("org.sqlite"));
        options.extraClients.append({QStringLiteral("3MVG9PW.app"),
                                     QStringLiteral("pw-secret"),
                                     {QString(demo::kRedirectUri)},
                                     {},
                                     false}); // the password grant needs a secret
        LocalOrg org(options);
        QString error;
        QVERIFY2(org.start(&error), qPrintable(error));
        OrgHttpClient http(org.url());
        const HttpResult login = http.postForm(QStringLiteral("/services/oauth2/token"),
                                               {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                                {QStringLiteral("client_id"), QStringLiteral("3MVG9PW.app")},
                                                {QStringLiteral("client_secret"), QStringLiteral("pw-secret")},
                                                {QStringLiteral("username"), QString(demo::kUsername)},
                                                {QStringLiteral("password"), QString(demo::kPassword)}});
        const QString token = login.object().value(QStringLiteral("access_token")).toString();
        QVERIFY2(!token.isEmpty(), login.body.constData());
        const OrgHttpClient::Headers auth {{"Authorization", "Bearer " + token.toUtf8()}};
        const QString path = QStringLiteral("/services/data/v60.0/query?q=SELECT+Id+FROM+Account");
        QCOMPARE(http.get(path, auth).status, 200);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vandal"));
            db.setDatabaseName(options.dbFile);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE \"Account\"")), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("vandal"));
        const HttpResult r = http.get(path, auth);
        QCOMPARE(r.status, 500);
        QVERIFY2(r.body.contains("UNKNOWN_EXCEPTION"), r.body.left(300).constData());
        QVERIFY2(r.body.contains("Please include this ErrorId if you contact support"), r.body.left(300).constData());
        for (const char *leak : {"no such table", "SQL", "sqlite", "Unable to"})
            QVERIFY2(!r.body.contains(leak), r.body.left(300).constData());
    }

    void unusedCodesAreCapped()
    {
        TokenRegistry tokens;
        AuthorizationCode code;
        code.expiresAt = QDateTime::currentDateTimeUtc().addSecs(60); // the first to expire goes first
        const QString first = tokens.issueCode(code);
        code.expiresAt = QDateTime::currentDateTimeUtc().addSecs(900);
        for (int i = 0; i < TokenRegistry::kMaxUnusedCodes + 10; ++i)
            tokens.issueCode(code);
        QCOMPARE(tokens.unusedCodeCount(), TokenRegistry::kMaxUnusedCodes);
        AuthorizationCode out;
        QCOMPARE(tokens.takeCode(first, &out), TokenRegistry::CodeState::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestHttpLimits)
#include "tst_http_limits.moc"
