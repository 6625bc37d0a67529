// The bots area's CLI contracts, run as a script would run them (QProcess, a data dir of its own,
// the local org in this process): `bots add` prints the id as its last stdout line; `bots list
// --json`, `bots show`, `bots rename`, `bots remove`, `bots key`; `grant`/`revoke`/`policy`/
// `audit --json`; `action` prints one JSON object and exits 0/3/4 for 2xx/4xx/5xx, takes --json
// FILE and -, and confirms with --confirm; `serve` prints `listening on http://127.0.0.1:PORT`
// and answers with per-bot keys.
#include "support/cli_runner.h"
#include "support/org_fixture.h"

#include <QJsonDocument>
#include <QProcess>

using namespace hilal;

namespace {

using Run = hilal::test::CliRun;

} // namespace

class TestCliActions : public QObject
{
    Q_OBJECT
    test::OrgFixture f; // the org (and a real login) only; the CLI keeps its own bots database
    test::CliRunner m_cli {test::CliRunner::DataDirBy::Environment};
    QString m_bot;

    // hilal-sf as a subprocess on the CLI's own data dir (HILAL_SF_HOME); this thread's event loop
    // keeps the local org answering meanwhile.
    Run run(const QStringList &args, const QByteArray &stdinData = {}) { return m_cli.subprocess(args, stdinData); }

    QString firstId(const QString &soql)
    {
        const Run r = run({QStringLiteral("action"), QStringLiteral("--bot"), m_bot, QStringLiteral("run-soql"),
                           QStringLiteral("--query"), soql});
        return r.json()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("records"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("Id"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.dataDir.isValid());
        QVERIFY2(f.start(), qPrintable(f.error));
        const Run add = run({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("Sales ops"), QStringLiteral("--login-url"), f.org->url().toString()});
        QCOMPARE(add.code, 0);
        m_bot = add.lastLine();
        QVERIFY2(m_bot.startsWith(QStringLiteral("bot_")), qPrintable(add.out));
        QCOMPARE(run({QStringLiteral("grant"), QStringLiteral("--bot"), m_bot, QStringLiteral("CREATE_OAUTH"),
                      QStringLiteral("create_lead"), QStringLiteral("READ_ACCOUNT"),
                      QStringLiteral("UPDATE_OPPORTUNITY"), QStringLiteral("RUN_SOQL")})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("policy"), QStringLiteral("--bot"), m_bot, QStringLiteral("--confirm-soql"),
                      QStringLiteral("off")})
                     .code,
                 0);
        // Adopt the fixture's session (as `sf org login access-token` does); stored in the keychain.
        const Run connect
            = run({QStringLiteral("connect"), QStringLiteral("--bot"), m_bot, QStringLiteral("--access-token"),
                   QStringLiteral("-"), QStringLiteral("--instance-url"), f.connection.instanceUrl.toString()},
                  f.connection.accessToken.toUtf8() + '\n');
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
    }

    void addPrintsIdLastAndValidates()
    {
        const Run r = run({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("Website concierge"), QStringLiteral("--audience"), QStringLiteral("public"),
                           QStringLiteral("--org"), QStringLiteral("sandbox")});
        QCOMPARE(r.code, 0);
        QVERIFY(bots::Chatbot::isValidId(r.lastLine()));
        QCOMPARE(run({QStringLiteral("bots"), QStringLiteral("add")}).code, 2);
        QCOMPARE(run({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                      QStringLiteral("--audience"), QStringLiteral("everyone")})
                     .code,
                 2);
        const Run http
            = run({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                   QStringLiteral("--login-url"), QStringLiteral("http://acme.example.com")});
        QCOMPARE(http.code, 2);
        QVERIFY(http.err.contains(QStringLiteral("https")));
    }

    void listShowRenameKeyRemove()
    {
        const QString id = run({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Temp"), QStringLiteral("--audience"), QStringLiteral("public")})
                               .lastLine();
        // RUN_SOQL on a public bot: refused without a reason, naming the rule; granted with one.
        const Run refused = run({QStringLiteral("grant"), QStringLiteral("--bot"), id, QStringLiteral("RUN_SOQL")});
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("reserved for internal bots")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--allow-public-risk")));
        QVERIFY(run({QStringLiteral("grant"), QStringLiteral("--bot"), id, QStringLiteral("--allow-public-risk"),
                     QStringLiteral(" "), QStringLiteral("RUN_SOQL")})
                    .code
                == 2);
        const Run allowed
            = run({QStringLiteral("grant"), QStringLiteral("--bot"), id, QStringLiteral("--allow-public-risk"),
                   QStringLiteral("internal FAQ behind SSO"), QStringLiteral("RUN_SOQL")});
        QCOMPARE(allowed.code, 0);
        QVERIFY(allowed.err.contains(QStringLiteral("warning")));
        const Run list = run({QStringLiteral("bots"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray bots = list.json().value(QStringLiteral("result")).toArray();
        QJsonObject temp;
        for (const QJsonValue &b : bots) {
            if (b.toObject().value(QStringLiteral("id")).toString() == id)
                temp = b.toObject();
        }
        QCOMPARE(temp.value(QStringLiteral("name")).toString(), QStringLiteral("Temp"));
        QCOMPARE(temp.value(QStringLiteral("audience")).toString(), QStringLiteral("public"));
        QCOMPARE(temp.value(QStringLiteral("permissions")).toArray(), QJsonArray {QStringLiteral("RUN_SOQL")});
        QCOMPARE(temp.value(QStringLiteral("warnings")).toArray().size(), 1);
        QVERIFY(temp.value(QStringLiteral("dispatcherUnlocked")).toBool());

        QCOMPARE(run({QStringLiteral("bots"), QStringLiteral("rename"), id, QStringLiteral("Renamed")}).code, 0);
        const Run show = run({QStringLiteral("bots"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(show.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Renamed"));
        QVERIFY(
            !show.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("hasApiKey")).toBool(true));
        QVERIFY(run({QStringLiteral("bots"), QStringLiteral("show"), id}).out.contains(QStringLiteral("Renamed")));

        const Run key = run({QStringLiteral("bots"), QStringLiteral("key"), QStringLiteral("--bot"), id});
        QCOMPARE(key.code, 0);
        QVERIFY(key.lastLine().startsWith(QStringLiteral("hsk_")));
        QVERIFY(
            !run({QStringLiteral("bots"), QStringLiteral("show"), id}).out.contains(key.lastLine())); // shown once only

        QCOMPARE(run({QStringLiteral("bots"), QStringLiteral("remove"), id}).code, 0);
        const Run gone = run({QStringLiteral("bots"), QStringLiteral("show"), id});
        QCOMPARE(gone.code, 3); // not found
        QVERIFY(gone.err.contains(id));
    }

    void grantRevokePolicyAudit()
    {
        const QString id
            = run({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Perm")})
                  .lastLine();
        QCOMPARE(run({QStringLiteral("grant"), QStringLiteral("--bot"), id, QStringLiteral("READ_ACCOUNT"),
                      QStringLiteral("run-soql")})
                     .lastLine(),
                 id + QStringLiteral(": READ_ACCOUNT RUN_SOQL"));
        QCOMPARE(run({QStringLiteral("revoke"), QStringLiteral("--bot"), id, QStringLiteral("RUN_SOQL")}).lastLine(),
                 id + QStringLiteral(": READ_ACCOUNT"));
        const Run bad = run({QStringLiteral("grant"), QStringLiteral("--bot"), id, QStringLiteral("DROP_DATABASE")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("DROP_DATABASE")));
        QCOMPARE(run({QStringLiteral("grant"), QStringLiteral("--bot"), QStringLiteral("bot_nosuchbt"),
                      QStringLiteral("RUN_SOQL")})
                     .code,
                 3); // not found

        QCOMPARE(run({QStringLiteral("policy"), QStringLiteral("--bot"), id}).lastLine(),
                 QStringLiteral("updates on, soql nontrivial, creates off"));
        const Run set = run({QStringLiteral("policy"), QStringLiteral("--bot"), id, QStringLiteral("--confirm-updates"),
                             QStringLiteral("off"), QStringLiteral("--confirm-soql"), QStringLiteral("all"),
                             QStringLiteral("--confirm-creates"), QStringLiteral("on"), QStringLiteral("--json")});
        QCOMPARE(set.json().value(QStringLiteral("confirmSoql")).toString(), QStringLiteral("all"));
        QCOMPARE(set.json().value(QStringLiteral("confirmUpdates")).toBool(), false);
        QCOMPARE(run({QStringLiteral("policy"), QStringLiteral("--bot"), id, QStringLiteral("--confirm-soql"),
                      QStringLiteral("sometimes")})
                     .code,
                 2);

        const Run audit = run({QStringLiteral("audit"), QStringLiteral("--bot"), id, QStringLiteral("--json")});
        QCOMPARE(audit.code, 0);
        const QJsonArray entries = audit.json().value(QStringLiteral("result")).toArray();
        QStringList kinds;
        for (const QJsonValue &e : entries)
            kinds << e.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char('/')
                    + e.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(kinds,
                 (QStringList {QStringLiteral("policy/policy"), QStringLiteral("permission/revoke"),
                               QStringLiteral("permission/grant"), QStringLiteral("bot/add")}));
        QCOMPARE(entries.first().toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("cli:tester"));
    }

    void actionExitCodesAndJson()
    {
        const Run created = run({QStringLiteral("action"), QStringLiteral("--bot"), m_bot,
                                 QStringLiteral("create-lead"), QStringLiteral("--LastName"), QStringLiteral("Cli"),
                                 QStringLiteral("--Company"), QStringLiteral("Brightwave Ltd"),
                                 QStringLiteral("--Email"), QStringLiteral("cli@brightwave.example")});
        QVERIFY2(created.code == 0, qPrintable(created.out + created.err));
        const QJsonObject o = created.json();
        QCOMPARE(o.value(QStringLiteral("status")).toInt(), 201);
        QVERIFY(o.value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QStringLiteral("00Q")));
        QVERIFY(o.value(QStringLiteral("errors")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("confirmation")).isNull());
        QCOMPARE(created.out.count(QLatin1Char('\n')), 1); // one JSON object, one line

        f.org->resetRequests();
        const Run invalid = run({QStringLiteral("action"), QStringLiteral("--bot"), m_bot,
                                 QStringLiteral("create-lead"), QStringLiteral("--LastName"), QStringLiteral("Cli"),
                                 QStringLiteral("--Email"), QStringLiteral("nope@")});
        QCOMPARE(invalid.code, 2); // invalid parameters
        QCOMPARE(invalid.json().value(QStringLiteral("status")).toInt(), 400);
        QCOMPARE(f.requestCount(), 0);

        emulator::Faults limit;
        limit.limitExceeded = true;
        f.org->setFaults(limit);
        const Run over = run({QStringLiteral("action"), QStringLiteral("--bot"), m_bot, QStringLiteral("create-lead"),
                              QStringLiteral("--LastName"), QStringLiteral("Cli"), QStringLiteral("--Company"),
                              QStringLiteral("B")});
        f.org->setFaults({});
        QCOMPARE(over.code, 7); // the org refused
        QCOMPARE(over.json().value(QStringLiteral("status")).toInt(), 503);

        QCOMPARE(run({QStringLiteral("action"), QStringLiteral("--bot"), m_bot}).code, 2);
        QCOMPARE(run({QStringLiteral("action"), QStringLiteral("create-lead")}).code, 2);
    }

    void actionIdempotencyKeyAnswersOnce()
    {
        const QStringList create
            = {QStringLiteral("action"),      QStringLiteral("--bot"),      m_bot,
               QStringLiteral("create-lead"), QStringLiteral("--LastName"), QStringLiteral("CliIdem"),
               QStringLiteral("--Company"),   QStringLiteral("Once Ltd"),   QStringLiteral("--idempotency-key"),
               QStringLiteral("cli-key-1")};
        const Run first = run(create);
        QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
        f.org->resetRequests();
        const Run again = run(create);
        QCOMPARE(again.code, 0);
        QCOMPARE(again.json(), first.json()); // the first answer, from another process
        QCOMPARE(f.requestCount(), 0); // without a Salesforce call
        QStringList other = create;
        other[7] = QStringLiteral("Other Ltd");
        const Run mismatch = run(other);
        QCOMPARE(mismatch.code, 2); // the caller reused a key with other parameters
        QCOMPARE(mismatch.json().value(QStringLiteral("status")).toInt(), 422);
        const Run leads
            = run({QStringLiteral("action"), QStringLiteral("--bot"), m_bot, QStringLiteral("run-soql"),
                   QStringLiteral("--query"), QStringLiteral("SELECT Id FROM Lead WHERE LastName = 'CliIdem'")});
        QCOMPARE(
            leads.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("records")).toArray().size(), 1);
    }

    void actionReadsJsonFromFileAndStdin()
    {
        const QString account = firstId(QStringLiteral("SELECT Id FROM Account LIMIT 1"));
        QCOMPARE(account.size(), 18);
        const Run fromStdin = run({QStringLiteral("action"), QStringLiteral("--bot"), m_bot,
                                   QStringLiteral("get-account"), QStringLiteral("--params"), QStringLiteral("-")},
                                  QJsonDocument(QJsonObject {{QStringLiteral("Id"), account}}).toJson());
        QCOMPARE(fromStdin.code, 0);
        QCOMPARE(fromStdin.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("Id")).toString(),
                 account);

        QFile file(m_cli.dataDir.filePath(QStringLiteral("params.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"Id\": \"" + account.left(15).toLatin1() + "\", \"fields\": [\"Name\"]}");
        file.close();
        const Run fromFile = run({QStringLiteral("action"), QStringLiteral("--bot"), m_bot,
                                  QStringLiteral("get-account"), QStringLiteral("--params"), file.fileName()});
        QCOMPARE(fromFile.code, 0);
        QVERIFY(fromFile.json().value(QStringLiteral("data")).toObject().contains(QStringLiteral("Name")));

        f.org->resetRequests();
        const Run notJson = run({QStringLiteral("action"), QStringLiteral("--bot"), m_bot,
                                 QStringLiteral("get-account"), QStringLiteral("--params"), QStringLiteral("-")},
                                QByteArrayLiteral("Id=001"));
        QCOMPARE(notJson.code, 2); // invalid parameters
        QCOMPARE(notJson.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("body"));
        QCOMPARE(f.requestCount(), 0);
    }

    void actionConfirmsAcrossProcesses()
    {
        const QString opp = firstId(QStringLiteral("SELECT Id FROM Opportunity ORDER BY Id DESC LIMIT 1"));
        const QStringList args = {QStringLiteral("action"),
                                  QStringLiteral("--bot"),
                                  m_bot,
                                  QStringLiteral("update-opportunity"),
                                  QStringLiteral("--Id"),
                                  opp,
                                  QStringLiteral("--Amount"),
                                  QStringLiteral("2718.28")};
        const Run ask = run(args); // confirm updates: on by default
        QCOMPARE(ask.code, 6); // confirmation needed
        QCOMPARE(ask.json().value(QStringLiteral("status")).toInt(), 409);
        const QString token
            = ask.json().value(QStringLiteral("confirmation")).toObject().value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(ask.json()
                     .value(QStringLiteral("confirmation"))
                     .toObject()
                     .value(QStringLiteral("preview"))
                     .toObject()
                     .value(QStringLiteral("changes"))
                     .toObject()
                     .value(QStringLiteral("Amount"))
                     .toObject()
                     .value(QStringLiteral("to"))
                     .toDouble(),
                 2718.28);
        const Run done = run(args + QStringList {QStringLiteral("--confirm"), token});
        QVERIFY2(done.code == 0, qPrintable(done.out));
        QCOMPARE(done.json().value(QStringLiteral("status")).toInt(), 204);
        const Run audit = run({QStringLiteral("audit"), QStringLiteral("--bot"), m_bot, QStringLiteral("--limit"),
                               QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(audit.json()
                     .value(QStringLiteral("result"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("confirmedBy"))
                     .toString(),
                 QStringLiteral("cli:tester"));
        // The update's old → new values and its outcome are in `audit --json`.
        const QJsonObject updated = audit.json().value(QStringLiteral("result")).toArray().first().toObject();
        QCOMPARE(updated.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(updated.value(QStringLiteral("changes"))
                     .toObject()
                     .value(QStringLiteral("Amount"))
                     .toObject()
                     .value(QStringLiteral("to"))
                     .toDouble(),
                 2718.28);
        // --yes confirms at once; --json wraps the answer in the envelope.
        QStringList again = args;
        again[again.indexOf(QStringLiteral("2718.28"))] = QStringLiteral("3141.59");
        const Run yes = run(again + QStringList {QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(yes.code == 0, qPrintable(yes.out + yes.err));
        QCOMPARE(yes.json().value(QStringLiteral("status")).toInt(-1), 0);
        QCOMPARE(yes.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("status")).toInt(), 204);
        again[again.indexOf(QStringLiteral("3141.59"))] = QStringLiteral("1618.03");
        const Run envelope = run(again + QStringList {QStringLiteral("--json")});
        QCOMPARE(envelope.code, 6);
        QCOMPARE(envelope.json().value(QStringLiteral("exitCode")).toInt(), 6);
        QCOMPARE(envelope.json().value(QStringLiteral("name")).toString(), QStringLiteral("ConfirmationNeededError"));
    }

    void serveAnswersWithKeys()
    {
        const QString key
            = run({QStringLiteral("bots"), QStringLiteral("key"), QStringLiteral("--bot"), m_bot}).lastLine();
        QProcess serve;
        serve.setProcessEnvironment(m_cli.environment());
        serve.start(QStringLiteral(HILAL_SF_BINARY),
                    {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(serve.waitForStarted(10000));
        QSignalSpy ready(&serve, &QProcess::readyReadStandardOutput);
        QVERIFY(ready.wait(20000));
        const QString line = QString::fromUtf8(serve.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("listening on http://127.0.0.1:")), qPrintable(line));
        const QUrl base(line.mid(QStringLiteral("listening on ").size()));

        const QString account = firstId(QStringLiteral("SELECT Id FROM Account LIMIT 1"));
        auto post = [&](const QByteArray &auth) {
            QNetworkRequest request(
                QUrl(base.toString() + QStringLiteral("/v1/bots/%1/salesforce/actions/get-account").arg(m_bot)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            if (!auth.isEmpty())
                request.setRawHeader("Authorization", auth);
            QNetworkReply *reply
                = f.network.post(request, QJsonDocument(QJsonObject {{QStringLiteral("Id"), account}}).toJson());
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(20000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        QCOMPARE(post(QByteArrayLiteral("Bearer ") + key.toLatin1()), 200);
        QCOMPARE(post(QByteArrayLiteral("Bearer hsk_wrong")), 401);
        QCOMPARE(post({}), 401);
        serve.terminate();
        QSignalSpy finished(&serve, &QProcess::finished);
        QVERIFY(serve.state() == QProcess::NotRunning || finished.wait(10000));
        QCOMPARE(serve.exitCode(), 0);
    }

    // Last: it revokes the session every bot of this test shares.
    void removeRevokesTheConnectionFirst()
    {
        const QString id = run({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Short-lived")})
                               .lastLine();
        QCOMPARE(run({QStringLiteral("grant"), QStringLiteral("--bot"), id, QStringLiteral("CREATE_OAUTH")}).code, 0);
        const Run connect
            = run({QStringLiteral("connect"), QStringLiteral("--bot"), id, QStringLiteral("--access-token"),
                   QStringLiteral("-"), QStringLiteral("--instance-url"), f.connection.instanceUrl.toString()},
                  f.connection.accessToken.toUtf8() + '\n');
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        f.org->resetRequests();
        const Run removed = run({QStringLiteral("bots"), QStringLiteral("remove"), id});
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        int revokes = 0;
        for (const auto &r : f.org->requests())
            revokes += (r.method == QLatin1String("POST") && r.path.contains(QStringLiteral("/oauth2/revoke"))) ? 1 : 0;
        QCOMPARE(revokes, 1);
        QCOMPARE(run({QStringLiteral("bots"), QStringLiteral("show"), id}).code, 3); // not found
    }
};

QTEST_GUILESS_MAIN(TestCliActions)
#include "tst_cli_actions.moc"
