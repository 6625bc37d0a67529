// The GUI's data layer (BotRepository + Dispatcher in this process), the CLI (`hilal-sf` runs)
// and `hilal-sf serve` working on one data dir at once: every CLI run succeeds, every dispatch
// gets a real answer, and "database is locked" reaches no user — not in a CLI's output, not in
// serve's answers, not in the in-process results. The file passes integrity_check afterwards.
#include "serve_harness.h"

#include "actions/dispatcher.h"
#include "salesforce/session_manager.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUuid>
#include <QtTest>

using namespace hilal;

class TestSharedDataDir : public QObject
{
    Q_OBJECT
    test::ServeHarness h;

    static bool mentionsLock(const QByteArray &text)
    {
        return text.toLower().contains("locked") || text.toLower().contains("database is busy");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.start(), qPrintable(h.error)); }

    void guiCliAndServeTogether()
    {
        QString serveKey;
        const QString serveBot = h.addBot(&serveKey);
        QString cliKey;
        const QString cliBot = h.addBot(&cliKey);
        QString churnKey;
        const QString churnBot = h.addBot(&churnKey);
        QVERIFY2(!serveBot.isEmpty() && !cliBot.isEmpty() && !churnBot.isEmpty(), qPrintable(h.error));
        QVERIFY2(h.startServe(), qPrintable(h.error));
        const QStringList accounts = h.ids(QStringLiteral("SELECT Id FROM Account LIMIT 10"));
        QVERIFY(!accounts.isEmpty());

        QStringList problems;
        bool stop = false;
        int serveAnswers = 0;
        int guiAnswers = 0;
        int cliRuns = 0;

        // serve: three runtimes, one request after the other each.
        QNetworkAccessManager runtimeNetwork;
        std::function<void(int)> runtime = [&](int n) {
            if (stop)
                return;
            const bool create = n % 2 == 0;
            const QJsonObject body = create
                ? QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Shared %1").arg(n)},
                               {QStringLiteral("Company"), QStringLiteral("Shared Ltd")}}
                : QJsonObject {{QStringLiteral("Id"), accounts.at(n % accounts.size())}};
            QNetworkReply *reply
                = h.post(serveBot, serveKey, create ? QStringLiteral("create-lead") : QStringLiteral("get-account"),
                         body, QUuid::createUuid().toString(QUuid::WithoutBraces), &runtimeNetwork);
            connect(reply, &QNetworkReply::finished, this, [&, reply, n] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->readAll();
                ++serveAnswers;
                if (mentionsLock(body) || status < 200 || status >= 300)
                    problems
                        << QStringLiteral("serve answered %1: %2").arg(status).arg(QString::fromUtf8(body.left(300)));
                runtime(n + 3);
            });
        };
        for (int i = 0; i < 3; ++i)
            runtime(i);

        // The GUI's data layer: a dispatcher of its own, plus policy changes and audit reads.
        secrets::TokenStore tokens;
        salesforce::SessionManager sessions(&tokens);
        actions::Dispatcher dispatcher(h.repo.get(), &sessions);
        std::function<void(int)> gui = [&](int n) {
            if (stop)
                return;
            actions::ActionRequest request;
            request.action = QStringLiteral("get-account");
            request.parameters = {{QStringLiteral("Id"), accounts.at(n % accounts.size())}};
            request.actor = QStringLiteral("gui:test");
            request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
            dispatcher.dispatch(serveBot, request, this, [&, n](const actions::ActionResult &result) {
                ++guiAnswers;
                if (!result.isSuccess() || mentionsLock(result.firstMessage().toUtf8()))
                    problems << QStringLiteral("GUI dispatch %1: %2").arg(result.status).arg(result.firstMessage());
                bots::ConfirmationPolicy policy = h.repo->policy(churnBot);
                policy.confirmUpdates = !policy.confirmUpdates;
                if (!h.repo->setPolicy(churnBot, policy, QStringLiteral("gui:test")))
                    problems << QStringLiteral("GUI policy change failed: ") + h.repo->errorString();
                bots::AuditQuery recent;
                recent.limit = 20;
                if (h.repo->audit().entries(recent).isEmpty())
                    problems << QStringLiteral("GUI audit read came back empty");
                QTimer::singleShot(10, this, [&, n] { gui(n + 1); });
            });
        };
        gui(0);

        // The CLI: one run after the other, a rotation of reads and writes.
        const QList<QStringList> commands = {
            {QStringLiteral("action"), QStringLiteral("--bot"), cliBot, QStringLiteral("get-account"),
             QStringLiteral("--Id"), accounts.first()},
            {QStringLiteral("grant"), QStringLiteral("--bot"), churnBot, QStringLiteral("RUN_SOQL")},
            {QStringLiteral("action"), QStringLiteral("--bot"), cliBot, QStringLiteral("create-lead"),
             QStringLiteral("--LastName"), QStringLiteral("SharedCli"), QStringLiteral("--Company"),
             QStringLiteral("Cli Ltd"), QStringLiteral("--idempotency-key"), QStringLiteral("KEY")},
            {QStringLiteral("bots"), QStringLiteral("list")},
            {QStringLiteral("revoke"), QStringLiteral("--bot"), churnBot, QStringLiteral("RUN_SOQL")},
            {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("50")},
        };
        QEventLoop loop;
        std::function<void(int)> cli = [&](int n) {
            if (n >= 24) {
                stop = true;
                loop.quit();
                return;
            }
            QStringList args = commands.at(n % commands.size());
            for (QString &a : args) {
                if (a == QLatin1String("KEY"))
                    a = QUuid::createUuid().toString(QUuid::WithoutBraces);
            }
            auto *p = new QProcess(this);
            p->start(QStringLiteral(HILAL_SF_BINARY), args);
            connect(p, &QProcess::finished, this, [&, p, n, args](int code, QProcess::ExitStatus status) {
                p->deleteLater();
                ++cliRuns;
                const QByteArray out = p->readAllStandardOutput() + p->readAllStandardError();
                if (status != QProcess::NormalExit || code != 0 || mentionsLock(out))
                    problems << QStringLiteral("hilal-sf %1 → %2: %3")
                                    .arg(args.join(QLatin1Char(' ')))
                                    .arg(code)
                                    .arg(QString::fromUtf8(out.left(300)));
                cli(n + 1);
            });
        };
        cli(0);
        QTimer::singleShot(300000, &loop, &QEventLoop::quit);
        loop.exec();
        stop = true;
        // Let the requests in flight come back.
        QTest::qWait(1500);
        h.stopServe();

        qInfo("CLI runs %d, serve answers %d, GUI dispatches %d", cliRuns, serveAnswers, guiAnswers);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(cliRuns, 24);
        QVERIFY(serveAnswers > 0);
        QVERIFY(guiAnswers > 0);
        {
            QSqlDatabase db = test::ServeHarness::inspect(QStringLiteral("shared.check"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("shared.check"));
    }
};

QTEST_MAIN(TestSharedDataDir)
#include "tst_shared_data_dir.moc"
