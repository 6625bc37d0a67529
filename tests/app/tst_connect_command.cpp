// `hilal-sf connect` in process against the local org: a token the org refuses fails with a
// clear sentence and the "not connected" exit code, storing nothing; a good token is stored once,
// with the org's name from the connect flow; `disconnect` then revokes it at the org.
#include "command.h"
#include "support/cli_runner.h"

#include "emulator/local_org.h"
#include "emulator/seed/demo_defaults.h"
#include "secrets/token_store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using hilal::test::CliRun;
using hilal::test::CliRunner;
namespace demo = hilal::emulator::demo;

class TestConnectCommand : public QObject
{
    Q_OBJECT

    CliRunner m_cli;
    std::unique_ptr<hilal::emulator::LocalOrg> m_org;
    QNetworkAccessManager m_network;
    QString m_bot;

    // A session from the org's password grant (a confidential client), as a script would hold.
    QString passwordGrantToken()
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("3MVG9CLI.app"));
        form.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("cli-test-secret"));
        form.addQueryItem(QStringLiteral("username"), QString(demo::kUsername));
        form.addQueryItem(QStringLiteral("password"), QString(demo::kPassword));
        QNetworkRequest request(QUrl(m_org->url().toString() + QStringLiteral("/services/oauth2/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString();
    }

    int userInfoStatus(const QString &token)
    {
        QNetworkRequest request(QUrl(m_org->url().toString() + QStringLiteral("/services/oauth2/userinfo")));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QJsonValue storedConnection()
    {
        const CliRun r
            = m_cli.inProcess({QStringLiteral("bots"), QStringLiteral("show"), m_bot, QStringLiteral("--json")});
        // `bots show --json` answers with the CLI's envelope; the bot is its result.
        return r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("connection"));
    }

    CliRun connectWith(const QString &token)
    {
        return m_cli.inProcess({QStringLiteral("connect"), QStringLiteral("--bot"), m_bot,
                                QStringLiteral("--access-token"), QStringLiteral("-"), QStringLiteral("--instance-url"),
                                m_org->url().toString()},
                               token.toUtf8() + '\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HILAL_SF_KEYCHAIN_SERVICE",
                QStringLiteral("hilal-sf-test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)).toUtf8());
        hilal::emulator::LocalOrgOptions options;
        options.records = 10;
        {
            QTcpServer probe; // a fixed port, so the org can stop and come back at the same address
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            options.port = probe.serverPort();
        }
        options.extraClients.append({QStringLiteral("3MVG9CLI.app"),
                                     QStringLiteral("cli-test-secret"),
                                     {QString(demo::kRedirectUri)},
                                     {},
                                     false}); // the password grant needs a secret
        m_org = std::make_unique<hilal::emulator::LocalOrg>(options);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        const CliRun add = m_cli.inProcess(
            {QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Connect test")});
        QCOMPARE(add.code, 0);
        m_bot = add.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
        const CliRun grant = m_cli.inProcess({QStringLiteral("grant"), QStringLiteral("--bot"), m_bot,
                                              QStringLiteral("CREATE_OAUTH"), QStringLiteral("DELETE_INTEGRATIONS")});
        QVERIFY2(grant.code == 0, qPrintable(grant.err));
    }

    void aRefusedTokenFailsClearlyAndStoresNothing()
    {
        const CliRun r = connectWith(QStringLiteral("00Dbogus!not-a-session"));
        QCOMPARE(r.code, int(hilal::cli::ExitNotConnected));
        QVERIFY2(!r.err.contains(QLatin1String("Connected, but"), Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("refused the access token")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("nothing was stored")), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QLatin1String("connected")), qPrintable(r.out));
        QVERIFY(storedConnection().isNull());
    }

    void anUnreachableOrgFailsWithoutStoring()
    {
        m_org->stop();
        const CliRun r = connectWith(QStringLiteral("whatever"));
        QVERIFY(m_org->start());
        QCOMPARE(r.code, int(hilal::cli::ExitFailure));
        QVERIFY2(r.err.contains(QLatin1String("nothing was stored")), qPrintable(r.err));
        QVERIFY(storedConnection().isNull());
    }

    void aGoodTokenIsStoredOnceWithTheOrgName()
    {
        const QString token = passwordGrantToken();
        QVERIFY(!token.isEmpty());
        const CliRun r = connectWith(token);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("connected %1 %2").arg(m_org->organizationId(), QString(demo::kUsername)));
        const QJsonObject info = storedConnection().toObject();
        QCOMPARE(info.value(QStringLiteral("orgName")).toString(), QString(demo::kOrgName));
        QCOMPARE(info.value(QStringLiteral("orgId")).toString(), m_org->organizationId());

        const CliRun off = m_cli.inProcess({QStringLiteral("disconnect"), QStringLiteral("--bot"), m_bot});
        QVERIFY2(off.code == 0, qPrintable(off.err));
        QCOMPARE(off.out.trimmed(), QStringLiteral("disconnected ") + m_bot);
        QVERIFY(userInfoStatus(token) != 200);
        QVERIFY(storedConnection().isNull());
    }

    // The org is down at disconnect: the bot is disconnected anyway, the revoke waits as
    // pending, and `disconnect --retry` sends it once the org is back.
    void disconnectWhileTheOrgIsDownLeavesARevokePending()
    {
        const QString token = passwordGrantToken();
        QVERIFY(!token.isEmpty());
        CliRun r = connectWith(token);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_org->stop();
        r = m_cli.inProcess({QStringLiteral("disconnect"), QStringLiteral("--bot"), m_bot});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("disconnected ") + m_bot);
        QVERIFY2(r.err.contains(QLatin1String("revoke pending")), qPrintable(r.err));
        QVERIFY(storedConnection().isNull());
        r = m_cli.inProcess({QStringLiteral("disconnect"), QStringLiteral("--retry")});
        QCOMPARE(r.code, int(hilal::cli::ExitFailure));
        QCOMPARE(r.out.trimmed(), QStringLiteral("revoked 0, still pending 1"));

        QVERIFY(m_org->start());
        QCOMPARE(userInfoStatus(token), 200); // still alive at the org
        r = m_cli.inProcess({QStringLiteral("disconnect"), QStringLiteral("--retry")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("revoked 1, still pending 0"));
        QVERIFY(userInfoStatus(token) != 200);
        r = m_cli.inProcess({QStringLiteral("disconnect"), QStringLiteral("--retry")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("revoked 0, still pending 0"));
    }

    // The Connected App's consumer secret: from stdin only, kept in the keychain only, never
    // printed; `config unset` removes it.
    void consumerSecretFromStdinToTheKeychain()
    {
        auto stored = [] {
            hilal::secrets::TokenStore store;
            hilal::secrets::TokenJob *job = store.loadSecret(hilal::secrets::TokenStore::kClientSecretKey);
            QString value = QStringLiteral("(no answer)");
            bool done = false;
            connect(job, &hilal::secrets::TokenJob::finished, job, [&] {
                value = job->ok() ? job->secret() : QString();
                done = true;
            });
            [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return done; }, 20000);
            return value;
        };
        const QString key = QStringLiteral("salesforce.clientSecret");
        CliRun r
            = m_cli.inProcess({QStringLiteral("config"), QStringLiteral("set"), key, QStringLiteral("typed-secret")});
        QCOMPARE(r.code, int(hilal::cli::ExitUsage)); // never as an argument
        QVERIFY(!r.err.contains(QLatin1String("typed-secret")));
        QCOMPARE(stored(), QString());
        r = m_cli.inProcess({QStringLiteral("config"), QStringLiteral("set"), key, QStringLiteral("-")},
                            "stdin-secret\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QString(r.out + r.err).contains(QLatin1String("stdin-secret")));
        QCOMPARE(stored(), QStringLiteral("stdin-secret"));
        r = m_cli.inProcess({QStringLiteral("config"), QStringLiteral("get"), key});
        QVERIFY(!QString(r.out + r.err).contains(QLatin1String("stdin-secret")));
        r = m_cli.inProcess({QStringLiteral("config"), QStringLiteral("set"), key, QStringLiteral("-")}, "\n");
        QCOMPARE(r.code, int(hilal::cli::ExitUsage)); // an empty line changes nothing
        QCOMPARE(stored(), QStringLiteral("stdin-secret"));
        r = m_cli.inProcess({QStringLiteral("config"), QStringLiteral("unset"), key});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(stored(), QString());
    }

    // `bots set`: bad input changes nothing; going public with RUN_SOQL needs a reason.
    void botsSetValidatesAndFollowsThePublicBotRule()
    {
        const QString id = m_cli
                               .inProcess({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"),
                                           QStringLiteral("Set test")})
                               .out.trimmed()
                               .split(QLatin1Char('\n'))
                               .last();
        const auto set = [&](QStringList args) {
            return m_cli.inProcess(QStringList {QStringLiteral("bots"), QStringLiteral("set"), id} + args);
        };
        CliRun r = set({});
        QCOMPARE(r.code, int(hilal::cli::ExitUsage));
        QVERIFY2(r.err.contains(QLatin1String("--audience")), qPrintable(r.err));
        r = set({QStringLiteral("--org"), QStringLiteral("staging")});
        QCOMPARE(r.code, int(hilal::cli::ExitUsage));
        QVERIFY2(r.err.contains(QLatin1String("'staging'")), qPrintable(r.err));
        r = m_cli.inProcess({QStringLiteral("bots"), QStringLiteral("set"), QStringLiteral("No such bot"),
                             QStringLiteral("--audience"), QStringLiteral("public")});
        QCOMPARE(r.code, int(hilal::cli::ExitNotFound));

        QCOMPARE(
            m_cli.inProcess({QStringLiteral("grant"), QStringLiteral("--bot"), id, QStringLiteral("RUN_SOQL")}).code,
            0);
        r = set({QStringLiteral("--audience"), QStringLiteral("public")});
        QCOMPARE(r.code, int(hilal::cli::ExitFailure));
        QVERIFY2(r.err.contains(QLatin1String("RUN_SOQL is reserved for internal bots")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("--allow-public-risk")), qPrintable(r.err));
        r = m_cli.inProcess({QStringLiteral("bots"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("audience")).toString(),
                 QStringLiteral("internal"));

        r = set({QStringLiteral("--audience"), QStringLiteral("public"), QStringLiteral("--allow-public-risk"),
                 QStringLiteral("staff page behind SSO"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject bot = r.json().value(QStringLiteral("result")).toObject();
        QCOMPARE(bot.value(QStringLiteral("audience")).toString(), QStringLiteral("public"));
        QCOMPARE(bot.value(QStringLiteral("org")).toString(), QStringLiteral("production"));
        QVERIFY(bot.value(QStringLiteral("reconnectNeeded")).isNull());
        r = m_cli.inProcess({QStringLiteral("audit"), QStringLiteral("--bot"), id, QStringLiteral("--limit"),
                             QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(r.out.contains(QLatin1String("risk accepted because: staff page behind SSO")), qPrintable(r.out));
    }

    // A new org kind on a connected bot: asked for (--yes in a script), then the token is revoked
    // at the org, the connection is gone, and the bot says it needs reconnecting until it does.
    void botsSetOrgKindEndsTheConnection()
    {
        const QString token = passwordGrantToken();
        QVERIFY(!token.isEmpty());
        CliRun r = connectWith(token);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = m_cli.inProcess(
            {QStringLiteral("bots"), QStringLiteral("set"), m_bot, QStringLiteral("--org"), QStringLiteral("sandbox")});
        QCOMPARE(r.code, int(hilal::cli::ExitNeedsConfirmation));
        QVERIFY2(r.err.contains(QLatin1String("--yes")) && r.err.contains(QLatin1String("test.salesforce.com")),
                 qPrintable(r.err));
        QVERIFY(!storedConnection().isNull());
        QCOMPARE(userInfoStatus(token), 200);

        r = m_cli.inProcess({QStringLiteral("bots"), QStringLiteral("set"), m_bot, QStringLiteral("--org-kind"),
                             QStringLiteral("sandbox"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), m_bot + QStringLiteral(": internal, sandbox"));
        QVERIFY2(r.err.contains(QLatin1String("hilal-sf connect --bot ") + m_bot), qPrintable(r.err));
        QVERIFY(userInfoStatus(token) != 200);
        QVERIFY(storedConnection().isNull());
        r = m_cli.inProcess({QStringLiteral("bots"), QStringLiteral("show"), m_bot});
        QVERIFY2(r.out.contains(QLatin1String("reconnect needed: The org kind changed to sandbox")), qPrintable(r.out));

        // Connected again: the mark goes.
        r = connectWith(passwordGrantToken());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = m_cli.inProcess({QStringLiteral("bots"), QStringLiteral("show"), m_bot, QStringLiteral("--json")});
        QVERIFY(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("reconnectNeeded")).isNull());
        r = m_cli.inProcess({QStringLiteral("bots"), QStringLiteral("set"), m_bot, QStringLiteral("--org"),
                             QStringLiteral("production"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(storedConnection().isNull());
    }
};

QTEST_GUILESS_MAIN(TestConnectCommand)
#include "tst_connect_command.moc"
