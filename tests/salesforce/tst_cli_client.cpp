// The CLI's client commands end to end, as a script would use them: config, connect (the test
// plays the browser with plain HTTP), status, query (every page, silent refresh, refused refresh),
// disconnect (revocation), a denied connect — against the local org, with the tokens in the
// private gnome-keyring of scripts/with-test-session.sh.
#include "support/cli_runner.h"
#include "support/org_http_client.h"
#include "support/wait.h"

#include "emulator/local_org.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hilal::emulator::LocalOrg;
using hilal::emulator::LocalOrgOptions;

using hilal::test::freePort;
using hilal::test::OrgHttpClient;

namespace {

using Run = hilal::test::CliRun;

} // namespace

class TestCliClient : public QObject
{
    Q_OBJECT

    hilal::test::CliRunner m_cli; // its data dir goes by --data-dir
    std::unique_ptr<LocalOrg> m_org;
    QNetworkAccessManager m_network;
    QString m_botId;
    QUrl m_callback;
    static constexpr int kRecords = 450;

    // hilal-sf while this thread's event loop keeps serving the local org.
    Run run(const QStringList &args) { return m_cli.subprocess(args); }

    int tokenPosts() const
    {
        int n = 0;
        for (const auto &r : m_org->requests())
            n += (r.method == QLatin1String("POST") && r.path == QLatin1String("/services/oauth2/token")) ? 1 : 0;
        return n;
    }

    // `connect --no-browser`, playing the browser (the CLI's loopback listener's answer in
    // *callbackStatus).
    Run connectThroughBrowser(const QString &decision, int *callbackStatus)
    {
        return m_cli.connectPlayingBrowser({QStringLiteral("connect"), QStringLiteral("--bot"), m_botId}, decision,
                                           callbackStatus);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a keychain: run under scripts/with-test-session.sh");
        QVERIFY(m_cli.dataDir.isValid());
        m_callback = QUrl(QStringLiteral("http://localhost:%1/OauthRedirect").arg(freePort()));
        LocalOrgOptions o;
        o.records = kRecords;
        o.redirectUris = {m_callback.toString()};
        m_org = std::make_unique<LocalOrg>(o);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    void config()
    {
        Run r = run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("salesforce.callbackUrl"),
                     m_callback.toString()});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("salesforce.callbackUrl")});
        QCOMPARE(r.out.trimmed(), m_callback.toString());
        r = run({QStringLiteral("config"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QLatin1String("salesforce.clientId=PlatformCLI")));
        QVERIFY(r.out.contains(QLatin1String("salesforce.apiVersion=")));
        r = run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("salesforce.apiVersion"),
                 QStringLiteral("latest")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("60.0")));
        r = run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("salesforce.secret")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("salesforce.clientId")));
    }

    void permissionsGateTheCommands()
    {
        Run r = run({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("CLI test"), QStringLiteral("--login-url"), m_org->url().toString()});
        QCOMPARE(r.code, 0);
        m_botId = r.out.trimmed().split(QLatin1Char('\n')).last();
        QVERIFY(!m_botId.isEmpty());
        r = run({QStringLiteral("connect"), QStringLiteral("--bot"), m_botId, QStringLiteral("--no-browser")});
        QCOMPARE(r.code, 4); // permission refused
        QVERIFY2(r.err.contains(QLatin1String("CREATE_OAUTH")), qPrintable(r.err));
        r = run({QStringLiteral("status"), QStringLiteral("--bot"), m_botId});
        QCOMPARE(r.code, 4); // permission refused
        QVERIFY(r.err.contains(QLatin1String("READ_INTEGRATIONS")));
        r = run({QStringLiteral("disconnect"), QStringLiteral("--bot"), m_botId});
        QCOMPARE(r.code, 4); // permission refused
        QVERIFY(r.err.contains(QLatin1String("DELETE_INTEGRATIONS")));
        r = run({QStringLiteral("grant"), QStringLiteral("--bot"), m_botId, QStringLiteral("CREATE_OAUTH"),
                 QStringLiteral("READ_INTEGRATIONS"), QStringLiteral("DELETE_INTEGRATIONS")});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("status"), QStringLiteral("--bot"), m_botId, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QLatin1String("result"))
                     .toObject()
                     .value(QLatin1String("connected"))
                     .toBool(true),
                 false);
    }

    void deniedConnectSaysSo()
    {
        int status = 0;
        const Run r = connectThroughBrowser(QStringLiteral("deny"), &status);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("denied")), qPrintable(r.err));
        QCOMPARE(status, 400);
        QVERIFY(!r.out.contains(QLatin1String("connected")));
    }

    void connectStatusQueryDisconnect()
    {
        m_org->resetRequests();
        int status = 0;
        Run r = connectThroughBrowser(QStringLiteral("allow"), &status);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(status, 200);
        const QString expected
            = QStringLiteral("connected %1 %2").arg(m_org->organizationId(), QString(hilal::emulator::demo::kUsername));
        QCOMPARE(r.out.trimmed(), expected);

        r = run({QStringLiteral("status"), QStringLiteral("--bot"), m_botId, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject st
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("result")).toObject();
        QCOMPARE(st.value(QLatin1String("session")).toString(), QStringLiteral("Connected")); // checked live
        QCOMPARE(st.value(QLatin1String("connected")).toBool(), true);
        QCOMPARE(st.value(QLatin1String("orgId")).toString(), m_org->organizationId());
        QCOMPARE(st.value(QLatin1String("username")).toString(), QString(hilal::emulator::demo::kUsername));
        QCOMPARE(st.value(QLatin1String("persistent")).toBool(), true);
        QVERIFY(st.value(QLatin1String("tokenAgeSeconds")).toInteger(-1) >= 0);
        // Never a token: access tokens look like <org15>!…, and no token keys exist.
        QVERIFY(!r.out.contains(QLatin1Char('!')));
        QVERIFY(!r.out.contains(QLatin1String("Token\"")));
        r = run({QStringLiteral("status"), QStringLiteral("--bot"), m_botId});
        QVERIFY(r.out.contains(QLatin1String("connected:  yes")));
        QVERIFY(!r.out.contains(QLatin1Char('!')));

        // Every page, as JSON.
        r = run({QStringLiteral("query"), QStringLiteral("--bot"), m_botId, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("SELECT Id, Name, Amount FROM Opportunity")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty()); // no progress line: stderr is not a terminal
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(result.value(QLatin1String("totalSize")).toInt(), kRecords);
        QCOMPARE(result.value(QLatin1String("done")).toBool(), true);
        QCOMPARE(result.value(QLatin1String("records")).toArray().size(), kRecords);

        // CSV in SELECT order.
        r = run({QStringLiteral("query"), QStringLiteral("--bot"), m_botId, QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("SELECT Name, Id FROM Opportunity ORDER BY Name LIMIT 3")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1String("\r\n")); // RFC 4180
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first(), QStringLiteral("Name,Id"));

        // An aggregate over a path: the org answers with the key "Name", which fills the column.
        r = run({QStringLiteral("query"), QStringLiteral("--bot"), m_botId, QStringLiteral("--format"),
                 QStringLiteral("csv"),
                 QStringLiteral("SELECT Owner.Name, COUNT(Id) FROM Account GROUP BY Owner.Name")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList grouped = r.out.trimmed().split(QLatin1String("\r\n"));
        QCOMPARE(grouped.first(), QStringLiteral("Name,expr0"));
        QVERIFY(grouped.size() > 1);
        for (const QString &line : grouped.mid(1))
            QVERIFY2(!line.startsWith(QLatin1Char(',')), qPrintable(line));

        // Not one plain read: refused before anything leaves the machine.
        m_org->resetRequests();
        for (const QString &refused :
             {QStringLiteral("DELETE FROM Account"), QStringLiteral("SELECT Id FROM Account FOR UPDATE"),
              QStringLiteral("SELECT Id FROM Account; SELECT Id FROM Lead")}) {
            r = run({QStringLiteral("query"), QStringLiteral("--bot"), m_botId, refused});
            QCOMPARE(r.code, 2); // usage: not a plain read
            QVERIFY2(r.err.contains(QLatin1String("not sent:")), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        QVERIFY(m_org->requests().isEmpty());

        // Expired session: refreshed silently, one token request, still exit 0.
        m_org->expireAccessTokens();
        m_org->resetRequests();
        r = run({QStringLiteral("query"), QStringLiteral("--bot"), m_botId,
                 QStringLiteral("SELECT COUNT() FROM Opportunity")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(tokenPosts(), 1);
        // The renewed token was stored: the next run needs no refresh.
        m_org->resetRequests();
        r = run({QStringLiteral("query"), QStringLiteral("--bot"), m_botId,
                 QStringLiteral("SELECT COUNT() FROM Opportunity")});
        QCOMPARE(r.code, 0);
        QCOMPARE(tokenPosts(), 0);

        // Refused refresh: non-zero, says to reconnect.
        m_org->revokeRefreshTokens();
        m_org->expireAccessTokens();
        r = run({QStringLiteral("query"), QStringLiteral("--bot"), m_botId,
                 QStringLiteral("SELECT Id FROM Opportunity LIMIT 1")});
        QCOMPARE(r.code, 5); // reconnect needed
        QVERIFY2(r.err.contains(QLatin1String("reconnect"), Qt::CaseInsensitive), qPrintable(r.err));
        r = run({QStringLiteral("status"), QStringLiteral("--bot"), m_botId});
        QCOMPARE(r.code, 5); // every command agrees: not usable
        QVERIFY2(r.out.contains(QLatin1String("Revoked, reconnect")), qPrintable(r.out));

        // Disconnect revokes at the org (already dead here → 400 → "already gone") and forgets.
        m_org->resetRequests();
        r = run({QStringLiteral("disconnect"), QStringLiteral("--bot"), m_botId});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("disconnected ") + m_botId);
        bool revoked = false;
        for (const auto &e : m_org->requests())
            revoked
                = revoked || (e.method == QLatin1String("POST") && e.path == QLatin1String("/services/oauth2/revoke"));
        QVERIFY(revoked);
        r = run({QStringLiteral("status"), QStringLiteral("--bot"), m_botId, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QLatin1String("result"))
                     .toObject()
                     .value(QLatin1String("connected"))
                     .toBool(true),
                 false);
        r = run(
            {QStringLiteral("query"), QStringLiteral("--bot"), m_botId, QStringLiteral("SELECT Id FROM Opportunity")});
        QCOMPARE(r.code, 5); // not connected
        QVERIFY(r.err.contains(QLatin1String("not connected")));
    }

    void disconnectRevokesALiveToken()
    {
        int status = 0;
        Run r = connectThroughBrowser(QStringLiteral("allow"), &status);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_org->resetRequests();
        r = run({QStringLiteral("disconnect"), QStringLiteral("--bot"), m_botId});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.err.contains(QLatin1String("already")));
        int revokeStatus = 0;
        for (const auto &e : m_org->requests())
            if (e.path == QLatin1String("/services/oauth2/revoke"))
                revokeStatus = e.status;
        QCOMPARE(revokeStatus, 200);
    }
};

QTEST_GUILESS_MAIN(TestCliClient)
#include "tst_cli_client.moc"
