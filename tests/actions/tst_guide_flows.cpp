// The four example conversations of Hilal's guide, played as a chat runtime plays them: through
// `hilal-sf serve` (a child process with its own data dir) against the local org, with the bot's
// default confirmation policy. A lead from chat details is created (201); an opportunity's status
// and its account are read by the names a person uses; a stage change to Closed Won asks a human,
// then applies once; the won-this-quarter count is answered directly. Records are named by Name or
// by the bot's lookup field (`hilal-sf lookup`), never by an Id the chat would not know.
#include "support/cli_runner.h"
#include "support/org_fixture.h"

#include <QJsonDocument>
#include <QProcess>

using namespace hilal;

namespace {

using Run = hilal::test::CliRun;

struct Answer
{
    int status = -1;
    QJsonObject body;
    QJsonObject data() const { return body.value(QStringLiteral("data")).toObject(); }
    QJsonObject preview() const
    {
        return body.value(QStringLiteral("confirmation")).toObject().value(QStringLiteral("preview")).toObject();
    }
    QString token() const
    {
        return body.value(QStringLiteral("confirmation")).toObject().value(QStringLiteral("token")).toString();
    }
    QString firstMessage() const
    {
        return body.value(QStringLiteral("errors"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
};

const QString kWonThisQuarter
    = QStringLiteral("SELECT COUNT() FROM Opportunity WHERE IsWon = true AND CloseDate = THIS_QUARTER");

} // namespace

class TestGuideFlows : public QObject
{
    Q_OBJECT
    test::OrgFixture f; // the org, a real login, and an admin bot for setting up records
    test::CliRunner m_cli {test::CliRunner::DataDirBy::Environment}; // the CLI's and serve's data dir
    QString m_admin; // fixture bot: creates the records the conversations talk about
    QString m_bot; // the chat's bot, default policy
    QString m_key;
    QProcess m_serve;
    QUrl m_base;
    QString m_opportunity; // "OPP-456 …": unique
    QString m_opportunityId;
    QString m_accountNumber;
    QString m_accountName;

    // hilal-sf as a subprocess on the CLI's own data dir (HILAL_SF_HOME); this thread's event loop
    // keeps the local org answering meanwhile.
    Run run(const QStringList &args, const QByteArray &stdinData = {}) { return m_cli.subprocess(args, stdinData); }

    // What a chat runtime does: POST the action's parameters to serve with the bot's key.
    Answer post(const QString &action, const QJsonObject &parameters)
    {
        QNetworkRequest request(
            QUrl(m_base.toString() + QStringLiteral("/v1/bots/%1/salesforce/actions/%2").arg(m_bot, action)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_key.toLatin1());
        QNetworkReply *reply = f.network.post(request, QJsonDocument(parameters).toJson(QJsonDocument::Compact));
        test::waitFor(reply, 30000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return a;
    }

    QString create(const QString &object, const QJsonObject &fields)
    {
        return f.get(m_admin, f.sessions->client(m_admin)->create(object, fields))
            .value(QStringLiteral("id"))
            .toString();
    }

    QJsonObject opportunity(const QString &id)
    {
        return f.get(
            m_admin,
            f.sessions->client(m_admin)->retrieve(QStringLiteral("Opportunity"), id,
                                                  {QStringLiteral("StageName"), QStringLiteral("LastModifiedDate")}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.dataDir.isValid());
        QVERIFY2(f.start(), qPrintable(f.error));
        m_admin = f.addBot(bots::PermissionSet {});
        QVERIFY(!m_admin.isEmpty());

        // The records the conversations are about, with names a person would use.
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        m_accountName = QStringLiteral("Brightwave Guide Ltd %1").arg(stamp);
        m_accountNumber = QStringLiteral("GUIDE-%1").arg(stamp);
        const QString accountId = create(QStringLiteral("Account"),
                                         {{QStringLiteral("Name"), m_accountName},
                                          {QStringLiteral("AccountNumber"), m_accountNumber},
                                          {QStringLiteral("BillingCity"), QStringLiteral("Leeds")}});
        QVERIFY(accountId.startsWith(QStringLiteral("001")));
        m_opportunity = QStringLiteral("OPP-456 Brightwave renewal %1").arg(stamp);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        m_opportunityId = create(QStringLiteral("Opportunity"),
                                 {{QStringLiteral("Name"), m_opportunity},
                                  {QStringLiteral("AccountId"), accountId},
                                  {QStringLiteral("StageName"), QStringLiteral("Negotiation/Review")},
                                  {QStringLiteral("CloseDate"), today},
                                  {QStringLiteral("Amount"), 48000}});
        QVERIFY(m_opportunityId.startsWith(QStringLiteral("006")));
        // Two deals a person could both mean.
        for (const char *stage : {"Prospecting", "Qualification"}) {
            QVERIFY(!create(QStringLiteral("Opportunity"),
                            {{QStringLiteral("Name"), QStringLiteral("Guide twin deal %1").arg(stamp)},
                             {QStringLiteral("AccountId"), accountId},
                             {QStringLiteral("StageName"), QString::fromLatin1(stage)},
                             {QStringLiteral("CloseDate"), today}})
                         .isEmpty());
        }

        // An internal bot as the guide sets one up; its policy is left at the default.
        const Run add = run({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("Sales assistant"), QStringLiteral("--audience"),
                             QStringLiteral("internal"), QStringLiteral("--login-url"), f.org->url().toString()});
        QCOMPARE(add.code, 0);
        m_bot = add.lastLine();
        QCOMPARE(run({QStringLiteral("grant"), QStringLiteral("--bot"), m_bot, QStringLiteral("CREATE_OAUTH"),
                      QStringLiteral("CREATE_LEAD"), QStringLiteral("READ_ACCOUNT"),
                      QStringLiteral("UPDATE_OPPORTUNITY"), QStringLiteral("RUN_SOQL")})
                     .code,
                 0);
        const Run policy = run({QStringLiteral("policy"), QStringLiteral("--bot"), m_bot});
        QCOMPARE(policy.lastLine(), bots::ConfirmationPolicy().summary());
        const Run lookup = run({QStringLiteral("lookup"), QStringLiteral("--bot"), m_bot, QStringLiteral("--account"),
                                QStringLiteral("AccountNumber"), QStringLiteral("--json")});
        QVERIFY2(lookup.code == 0, qPrintable(lookup.err));
        QCOMPARE(lookup.json().value(QStringLiteral("Account")).toString(), QStringLiteral("AccountNumber"));
        QVERIFY(lookup.json().value(QStringLiteral("Opportunity")).isNull());
        const Run connect
            = run({QStringLiteral("connect"), QStringLiteral("--bot"), m_bot, QStringLiteral("--access-token"),
                   QStringLiteral("-"), QStringLiteral("--instance-url"), f.connection.instanceUrl.toString()},
                  f.connection.accessToken.toUtf8() + '\n');
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        m_key = run({QStringLiteral("bots"), QStringLiteral("key"), QStringLiteral("--bot"), m_bot}).lastLine();
        QVERIFY(!m_key.isEmpty());

        m_serve.setProcessEnvironment(m_cli.environment());
        m_serve.start(QStringLiteral(HILAL_SF_BINARY),
                      {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(m_serve.waitForStarted(10000));
        QSignalSpy ready(&m_serve, &QProcess::readyReadStandardOutput);
        QVERIFY(ready.wait(20000));
        const QString line = QString::fromUtf8(m_serve.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("listening on http://127.0.0.1:")), qPrintable(line));
        m_base = QUrl(line.mid(QStringLiteral("listening on ").size()));
    }

    void cleanupTestCase()
    {
        if (m_serve.state() == QProcess::NotRunning)
            return;
        m_serve.terminate();
        QSignalSpy finished(&m_serve, &QProcess::finished);
        QVERIFY(m_serve.state() == QProcess::NotRunning || finished.wait(10000));
    }

    // "Hi, I'm Dana Reyes from Brightwave, dana@brightwave.example — can someone call me back?"
    void leadFromChatDetails()
    {
        const Answer a = post(QStringLiteral("create-lead"),
                              {{QStringLiteral("FirstName"), QStringLiteral("Dana")},
                               {QStringLiteral("LastName"), QStringLiteral("Reyes")},
                               {QStringLiteral("Company"), QStringLiteral("Brightwave")},
                               {QStringLiteral("Email"), QStringLiteral("dana@brightwave.example")},
                               {QStringLiteral("LeadSource"), QStringLiteral("Web")}});
        QVERIFY2(a.status == 201, QJsonDocument(a.body).toJson().constData());
        QVERIFY(a.data().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("00Q")));
    }

    // "What's the status of opportunity OPP-456, and whose is it?"
    void opportunityStatusAndAccountByName()
    {
        const Answer status = post(QStringLiteral("run-soql"),
                                   {{QStringLiteral("query"),
                                     QStringLiteral("SELECT Name, StageName, Amount, CloseDate, Account.AccountNumber "
                                                    "FROM Opportunity WHERE Name = '%1' LIMIT 1")
                                         .arg(m_opportunity)}});
        QVERIFY2(status.status == 200, QJsonDocument(status.body).toJson().constData());
        const QJsonObject row = status.data().value(QStringLiteral("records")).toArray().first().toObject();
        QCOMPARE(row.value(QStringLiteral("StageName")).toString(), QStringLiteral("Negotiation/Review"));
        const QString number
            = row.value(QStringLiteral("Account")).toObject().value(QStringLiteral("AccountNumber")).toString();
        QCOMPARE(number, m_accountNumber);

        // The account by the number the org uses (the bot's lookup field) and by its name.
        const Answer byNumber = post(QStringLiteral("get-account"), {{QStringLiteral("AccountNumber"), number}});
        QVERIFY2(byNumber.status == 200, QJsonDocument(byNumber.body).toJson().constData());
        QCOMPARE(byNumber.data().value(QStringLiteral("Name")).toString(), m_accountName);
        const Answer byName = post(QStringLiteral("get-account"),
                                   {{QStringLiteral("Name"), m_accountName},
                                    {QStringLiteral("fields"), QJsonArray {QStringLiteral("BillingCity")}}});
        QCOMPARE(byName.status, 200);
        QCOMPARE(byName.data().value(QStringLiteral("BillingCity")).toString(), QStringLiteral("Leeds"));

        // Nothing by that name: 404 saying what was looked for.
        const Answer none
            = post(QStringLiteral("get-account"), {{QStringLiteral("Name"), QStringLiteral("No Such Company 0451")}});
        QCOMPARE(none.status, 404);
        QVERIFY2(none.firstMessage().contains(QStringLiteral("Account with Name 'No Such Company 0451'")),
                 qPrintable(none.firstMessage()));
        // Only the bot's lookup field and Name name a record; other fields are refused, unread.
        f.org->resetRequests();
        const Answer other
            = post(QStringLiteral("get-account"), {{QStringLiteral("Phone"), QStringLiteral("+49 30 1234567")}});
        QCOMPARE(other.status, 400);
        QCOMPARE(f.requestCount(), 0);
    }

    // "Move opportunity OPP-456 to Closed Won."
    void stageChangeAsksAHumanThenAppliesOnce()
    {
        const QJsonObject move {{QStringLiteral("Name"), m_opportunity},
                                {QStringLiteral("StageName"), QStringLiteral("Closed Won")}};
        const Answer ask = post(QStringLiteral("update-opportunity"), move);
        QVERIFY2(ask.status == 409, QJsonDocument(ask.body).toJson().constData());
        QVERIFY(!ask.token().isEmpty());
        const QJsonObject preview = ask.preview();
        QCOMPARE(preview.value(QStringLiteral("Name")).toString(), m_opportunity);
        QCOMPARE(preview.value(QStringLiteral("Id")).toString(), m_opportunityId);
        QCOMPARE(preview.value(QStringLiteral("foundBy")).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(preview.value(QStringLiteral("changes"))
                     .toObject()
                     .value(QStringLiteral("StageName"))
                     .toObject()
                     .value(QStringLiteral("from"))
                     .toString(),
                 QStringLiteral("Negotiation/Review"));
        QCOMPARE(opportunity(m_opportunityId).value(QStringLiteral("StageName")).toString(),
                 QStringLiteral("Negotiation/Review"));

        QJsonObject confirmed = move;
        confirmed.insert(QStringLiteral("confirmationToken"), ask.token());
        const Answer done = post(QStringLiteral("update-opportunity"), confirmed);
        QVERIFY2(done.status == 204 || done.status == 200, QJsonDocument(done.body).toJson().constData());
        const QJsonObject after = opportunity(m_opportunityId);
        QCOMPARE(after.value(QStringLiteral("StageName")).toString(), QStringLiteral("Closed Won"));

        // Once: the same token again changes nothing.
        const Answer again = post(QStringLiteral("update-opportunity"), confirmed);
        QVERIFY(again.status != 204);
        QCOMPARE(opportunity(m_opportunityId).value(QStringLiteral("LastModifiedDate")),
                 after.value(QStringLiteral("LastModifiedDate")));

        // The audit names the record as the chat named it and as it was found.
        const Run audit = run({QStringLiteral("audit"), QStringLiteral("--bot"), m_bot, QStringLiteral("--json")});
        bool named = false;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(audit.out.toUtf8()).object().value(QStringLiteral("result")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("action")).toString() == QLatin1String("update-opportunity")
                && e.value(QStringLiteral("status")).toInt() == done.status) {
                named = e.value(QStringLiteral("detail")).toString().contains(m_opportunity)
                    && e.value(QStringLiteral("salesforceId")).toString() == m_opportunityId;
            }
        }
        QVERIFY2(named, qPrintable(audit.out));
    }

    // "Which deal did you mean?" — a name two opportunities share.
    void anAmbiguousNameListsTheCandidates()
    {
        const QString twin = QStringLiteral("Guide twin deal %1").arg(m_opportunity.section(QLatin1Char(' '), -1));
        const Answer a
            = post(QStringLiteral("update-opportunity"),
                   {{QStringLiteral("Name"), twin}, {QStringLiteral("StageName"), QStringLiteral("Closed Won")}});
        QCOMPARE(a.status, 409);
        QVERIFY(a.token().isEmpty()); // nothing to confirm: the chat must ask which one
        const QJsonArray candidates = a.data().value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 2);
        QStringList stages;
        for (const QJsonValue &c : candidates) {
            QVERIFY(c.toObject().value(QStringLiteral("Id")).toString().startsWith(QStringLiteral("006")));
            QCOMPARE(c.toObject().value(QStringLiteral("Name")).toString(), twin);
            stages << c.toObject().value(QStringLiteral("StageName")).toString();
        }
        stages.sort();
        QCOMPARE(stages, (QStringList {QStringLiteral("Prospecting"), QStringLiteral("Qualification")}));
    }

    // "How many opportunities have we won this quarter?"
    void wonThisQuarterIsAnsweredDirectly()
    {
        const Answer a = post(QStringLiteral("run-soql"), {{QStringLiteral("query"), kWonThisQuarter}});
        QVERIFY2(a.status == 200, QJsonDocument(a.body).toJson().constData());
        const QJsonArray won = f.query(
            m_admin, QStringLiteral("SELECT Id FROM Opportunity WHERE IsWon = true AND CloseDate = THIS_QUARTER"));
        QVERIFY(!won.isEmpty()); // OPP-456 at least, closed today
        QCOMPARE(a.data().value(QStringLiteral("totalSize")).toInteger(), qint64(won.size()));

        // The same question from a script.
        const Run cli = run({QStringLiteral("action"), QStringLiteral("--bot"), m_bot, QStringLiteral("run-soql"),
                             QStringLiteral("--query"), kWonThisQuarter});
        QVERIFY2(cli.code == 0, qPrintable(cli.out + cli.err));
        QCOMPARE(cli.json().value(QStringLiteral("status")).toInt(), 200);

        // Many rows of record data still wait for a human, with a reason a person understands.
        const Answer many = post(
            QStringLiteral("run-soql"),
            {{QStringLiteral("query"), QStringLiteral("SELECT Name, Amount FROM Opportunity WHERE IsWon = true")}});
        QCOMPARE(many.status, 409);
        QVERIFY(!many.token().isEmpty());
        const QString reasons = many.preview().value(QStringLiteral("reasons")).toVariant().toStringList().join(u' ');
        QVERIFY2(reasons.contains(QStringLiteral("any number of records")), qPrintable(reasons));
    }
};

QTEST_GUILESS_MAIN(TestGuideFlows)
#include "tst_guide_flows.moc"
