// The Dispatcher against the local org over loopback HTTP: the permission matrix (every action ×
// granted or not), the locked dispatcher, not connected and disconnected → 403, refused refresh
// → 502, unreachable → 504, API limit and 503 → 503, confirmation tokens (single use, bound to
// bot + action + exact parameters, expiry), the update preview and its If-Unmodified-Since
// conflict, SOQL rows capped and paged, and what the audit log records.
#include "support/org_fixture.h"

#include "salesforce/record_id.h"
#include "salesforce/session.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace hilal;
using namespace hilal::actions;
using bots::ConfirmationPolicy;
using bots::Permission;
using bots::PermissionSet;

namespace {

QString dump(const ActionResult &r)
{
    return QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
}

bool mentions(const ActionResult &r, const QString &field, const QString &text)
{
    for (const FieldError &e : r.errors) {
        if (e.field == field && e.message.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestDispatcher : public QObject
{
    Q_OBJECT
    test::OrgFixture f;
    QString m_account;
    QStringList m_opportunities;
    int m_nextOpportunity = 0;
    int m_leadCounter = 0;

    QString nextOpportunity() { return m_opportunities.at(m_nextOpportunity++); }
    QJsonObject newLead()
    {
        return {{QStringLiteral("LastName"), QStringLiteral("Dispatch%1").arg(++m_leadCounter)},
                {QStringLiteral("Company"), QStringLiteral("Brightwave Ltd")}};
    }
    int count(const QString &method, const QString &pathPart) const
    {
        int n = 0;
        for (const auto &r : f.org->requests())
            n += (r.method == method && r.path.contains(pathPart)) ? 1 : 0;
        return n;
    }
    int leadsNamed(const QString &botId, const QString &lastName)
    {
        return f.query(botId, QStringLiteral("SELECT Id FROM Lead WHERE LastName = '%1'").arg(lastName)).size();
    }
    QJsonObject validRequest(const QString &action)
    {
        if (action == QLatin1String("create-lead"))
            return newLead();
        if (action == QLatin1String("get-account"))
            return {{QStringLiteral("Id"), m_account}};
        if (action == QLatin1String("update-opportunity"))
            return {{QStringLiteral("Id"), nextOpportunity()}, {QStringLiteral("Amount"), 777.25}};
        return {{QStringLiteral("query"), QStringLiteral("SELECT Id, Name FROM Account LIMIT 2")}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(f.start(), qPrintable(f.error));
        const QString reader = f.addBot(PermissionSet::all());
        m_account = f.query(reader, QStringLiteral("SELECT Id FROM Account LIMIT 1"))
                        .first()
                        .toObject()
                        .value(QStringLiteral("Id"))
                        .toString();
        for (const QJsonValue &row : f.query(reader, QStringLiteral("SELECT Id FROM Opportunity ORDER BY Id LIMIT 40")))
            m_opportunities << row.toObject().value(QStringLiteral("Id")).toString();
        QCOMPARE(m_opportunities.size(), 40);
    }

    void init()
    {
        f.org->setFaults({});
        f.org->resetRequests();
    }

    void permissionMatrix_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("granted");
        QTest::addColumn<int>("success");
        const struct
        {
            const char *action;
            Permission p;
            int status;
        } rows[] = {
            {"create-lead", Permission::CreateLead, 201},
            {"get-account", Permission::ReadAccount, 200},
            {"update-opportunity", Permission::UpdateOpportunity, 204},
            {"run-soql", Permission::RunSoql, 200},
        };
        for (const auto &r : rows) {
            for (bool granted : {true, false}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(
                    QLatin1String(r.action), granted ? QStringLiteral("granted") : QStringLiteral("missing"))))
                    << QString::fromLatin1(r.action) << int(r.p) << granted << r.status;
            }
        }
    }
    void permissionMatrix()
    {
        QFETCH(QString, action);
        QFETCH(int, permission);
        QFETCH(bool, granted);
        QFETCH(int, success);
        const Permission p = Permission(permission);
        // Granted: only this permission. Missing: every other permission, so the dispatcher is
        // unlocked and the refusal is about this one.
        const PermissionSet set = granted ? PermissionSet {p} : PermissionSet::all().removed({p});
        const QString bot = f.addBot(set);
        const ActionResult r = f.dispatch(bot, action, validRequest(action));
        if (granted) {
            QVERIFY2(r.status == success, qPrintable(dump(r)));
            QVERIFY(f.requestCount() > 0);
        } else {
            QCOMPARE(r.status, 403);
            QVERIFY2(mentions(r, QStringLiteral("permission"), bots::Permissions::name(p)), qPrintable(dump(r)));
            QCOMPARE(f.requestCount(), 0);
        }
    }

    void lockedDispatcherRefusesEveryAction()
    {
        const QString bot = f.addBot({Permission::CreateOAuth, Permission::ReadIntegrations});
        for (const QString &action : Dispatcher::actionNames()) {
            const ActionResult r = f.dispatch(bot, action, validRequest(action));
            QCOMPARE(r.status, 403);
            QVERIFY2(mentions(r, QStringLiteral("permission"), QStringLiteral("locked")), qPrintable(dump(r)));
        }
        QCOMPARE(f.requestCount(), 0);
    }

    void unknownBotIsRefused()
    {
        const ActionResult r = f.dispatch(QStringLiteral("bot_zzzzzzzz"), QStringLiteral("get-account"),
                                          validRequest(QStringLiteral("get-account")));
        QCOMPARE(r.status, 403);
        QVERIFY(mentions(r, QStringLiteral("bot"), QStringLiteral("bot_zzzzzzzz")));
    }

    void notConnectedIs403()
    {
        const QString bot = f.addBot(PermissionSet::all(), /*connected=*/false);
        for (const QString &action : Dispatcher::actionNames()) {
            const ActionResult r = f.dispatch(bot, action, validRequest(action));
            QCOMPARE(r.status, 403);
            QVERIFY2(mentions(r, QStringLiteral("connection"), QStringLiteral("not connected")), qPrintable(dump(r)));
        }
        QCOMPARE(f.requestCount(), 0);
    }

    void disconnectedIs403()
    {
        const QString bot = f.addBot(PermissionSet::all());
        QCOMPARE(f.dispatch(bot, QStringLiteral("get-account"), validRequest(QStringLiteral("get-account"))).status,
                 200);
        // What disconnect does locally: the stored connection goes, the session is dropped.
        f.store->entries.remove(bot);
        f.sessions->forget(bot);
        f.org->resetRequests();
        const ActionResult r
            = f.dispatch(bot, QStringLiteral("get-account"), validRequest(QStringLiteral("get-account")));
        QCOMPARE(r.status, 403);
        QVERIFY(mentions(r, QStringLiteral("connection"), QStringLiteral("connect")));
        QCOMPARE(f.requestCount(), 0);
    }

    // `hilal-sf disconnect` in another process revokes the tokens and removes the stored
    // connection; this process still holds the connection it loaded. It must answer 403 (not
    // connected), not 502 (reconnect), from the first request on.
    void disconnectedByAnotherProcessIs403()
    {
        QVERIFY2(f.relogin(), qPrintable(f.error)); // tokens of this bot's own
        const QString bot = f.addBot(PermissionSet::all());
        QCOMPARE(f.dispatch(bot, QStringLiteral("get-account"), validRequest(QStringLiteral("get-account"))).status,
                 200);
        const QString refreshToken = f.connection.refreshToken;
        QVERIFY(!refreshToken.isEmpty());
        QVERIFY2(f.relogin(), qPrintable(f.error)); // later bots keep working tokens
        // The other process: revoke at the org (which ends the access tokens too), forget the entry.
        QUrl revokeUrl = f.org->url();
        revokeUrl.setPath(QStringLiteral("/services/oauth2/revoke"));
        QNetworkRequest request(revokeUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *revoke = f.network.post(request, "token=" + QUrl::toPercentEncoding(refreshToken));
        QSignalSpy revoked(revoke, &QNetworkReply::finished);
        QVERIFY(revoked.wait(20000));
        QCOMPARE(revoke->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        revoke->deleteLater();
        f.store->entries.remove(bot);
        for (int i = 0; i < 2; ++i) {
            const ActionResult r
                = f.dispatch(bot, QStringLiteral("get-account"), validRequest(QStringLiteral("get-account")));
            QVERIFY2(r.status == 403, qPrintable(dump(r)));
            QVERIFY2(mentions(r, QStringLiteral("connection"), QStringLiteral("not connected")), qPrintable(dump(r)));
        }
    }

    void unreachableIs504()
    {
        const QString bot = f.addBot(PermissionSet::all(), false);
        salesforce::Connection c = f.connection;
        c.botId = bot;
        c.instanceUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(test::freePort())); // nobody listens
        f.store->entries.insert(bot, c);
        const ActionResult r
            = f.dispatch(bot, QStringLiteral("get-account"), validRequest(QStringLiteral("get-account")));
        QVERIFY2(r.status == 504, qPrintable(dump(r)));
        QVERIFY(mentions(r, QStringLiteral("salesforce"), QStringLiteral("could not be reached")));
    }

    void apiLimitIs503()
    {
        const QString bot = f.addBot(PermissionSet::all());
        emulator::Faults faults;
        faults.limitExceeded = true;
        f.org->setFaults(faults);
        const ActionResult r = f.dispatch(bot, QStringLiteral("create-lead"), newLead());
        QVERIFY2(r.status == 503, qPrintable(dump(r)));
        QVERIFY(mentions(r, QStringLiteral("salesforce"), QStringLiteral("limit")));
    }

    void unavailableIs503()
    {
        const QString bot = f.addBot(PermissionSet::all());
        // create-lead reads the org's describe of Lead first: one good run caches it, so the POST is
        // what meets the fault below.
        QCOMPARE(f.dispatch(bot, QStringLiteral("create-lead"), newLead()).status, 201);
        f.org->resetRequests();
        emulator::Faults faults;
        faults.failRate = 1.0;
        faults.failStatus = 503;
        f.org->setFaults(faults);
        const ActionResult r = f.dispatch(bot, QStringLiteral("create-lead"), newLead()); // POST: not retried
        QVERIFY2(r.status == 503, qPrintable(dump(r)));
        QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/sobjects/Lead")), 1);
    }

    // ---- confirmation tokens

    void confirmationTokenIsSingleUse()
    {
        ConfirmationPolicy policy = test::OrgFixture::offPolicy();
        policy.confirmCreates = true;
        const QString bot = f.addBot(PermissionSet::all(), true, policy);
        const QJsonObject lead = newLead();
        const ActionResult ask = f.dispatch(bot, QStringLiteral("create-lead"), lead);
        QCOMPARE(ask.status, 409);
        QVERIFY(ask.needsConfirmation());
        QCOMPARE(ask.preview.value(QStringLiteral("create")).toObject().value(QStringLiteral("LastName")),
                 lead.value(QStringLiteral("LastName")));
        QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/sobjects/Lead")), 0); // nothing created yet

        const ActionResult done
            = f.dispatch(bot, QStringLiteral("create-lead"), lead, ask.confirmationToken, QStringLiteral("alice"));
        QVERIFY2(done.status == 201, qPrintable(dump(done)));
        const ActionResult again
            = f.dispatch(bot, QStringLiteral("create-lead"), lead, ask.confirmationToken, QStringLiteral("alice"));
        QCOMPARE(again.status, 409);
        QVERIFY(mentions(again, QStringLiteral("confirmationToken"), QStringLiteral("already used")));
        QVERIFY(again.confirmationToken != ask.confirmationToken);
        QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/sobjects/Lead")), 1);
        QCOMPARE(leadsNamed(bot, lead.value(QStringLiteral("LastName")).toString()), 1);

        // The audit log names who confirmed.
        const QList<bots::AuditEntry> trail = f.repo->audit().entries({bot, 3, 0});
        QCOMPARE(trail.at(1).status, 201);
        QCOMPARE(trail.at(1).confirmedBy, QStringLiteral("alice"));
        QCOMPARE(trail.at(1).salesforceId, done.data.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(trail.at(2).status, 409);
        QVERIFY(trail.at(2).confirmedBy.isEmpty());
    }

    void confirmationTokenIsBoundToItsRequest()
    {
        ConfirmationPolicy policy = test::OrgFixture::offPolicy();
        policy.confirmCreates = true;
        const QString bot = f.addBot(PermissionSet::all(), true, policy);
        const QString other = f.addBot(PermissionSet::all(), true, policy);
        const QJsonObject lead = newLead();
        const QString token = f.dispatch(bot, QStringLiteral("create-lead"), lead).confirmationToken;
        QVERIFY(!token.isEmpty());

        QJsonObject changed = lead;
        changed.insert(QStringLiteral("Company"), QStringLiteral("Someone Else Ltd"));
        const ActionResult otherParams = f.dispatch(bot, QStringLiteral("create-lead"), changed, token);
        QCOMPARE(otherParams.status, 409);
        QVERIFY(mentions(otherParams, QStringLiteral("confirmationToken"), QStringLiteral("different request")));
        const ActionResult otherBot = f.dispatch(other, QStringLiteral("create-lead"), lead, token);
        QCOMPARE(otherBot.status, 409);
        QVERIFY(mentions(otherBot, QStringLiteral("confirmationToken"), QStringLiteral("different request")));
        const ActionResult forged = f.dispatch(bot, QStringLiteral("create-lead"), lead, QStringLiteral("cfm_forged"));
        QCOMPARE(forged.status, 409);
        QVERIFY(mentions(forged, QStringLiteral("confirmationToken"), QStringLiteral("not one this app issued")));
        QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/sobjects/Lead")), 0);

        // Field-name case and surrounding spaces do not change the request (it is normalized).
        QJsonObject sameMeaning {{QStringLiteral("lastname"),
                                  QString(lead.value(QStringLiteral("LastName")).toString() + QStringLiteral("  "))},
                                 {QStringLiteral("Company"), lead.value(QStringLiteral("Company"))}};
        const ActionResult done = f.dispatch(bot, QStringLiteral("create-lead"), sameMeaning, token);
        QVERIFY2(done.status == 201, qPrintable(dump(done)));
        QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/sobjects/Lead")), 1);
    }

    void confirmationTokenExpires()
    {
        ConfirmationPolicy policy = test::OrgFixture::offPolicy();
        policy.confirmCreates = true;
        const QString bot = f.addBot(PermissionSet::all(), true, policy);
        DispatcherOptions options = f.dispatcher->options();
        const DispatcherOptions saved = options;
        options.confirmationTtlSeconds = 0; // born expired
        f.dispatcher->setOptions(options);
        const QJsonObject lead = newLead();
        const QString token = f.dispatch(bot, QStringLiteral("create-lead"), lead).confirmationToken;
        const ActionResult late = f.dispatch(bot, QStringLiteral("create-lead"), lead, token);
        f.dispatcher->setOptions(saved);
        QCOMPARE(late.status, 409);
        QVERIFY(mentions(late, QStringLiteral("confirmationToken"), QStringLiteral("expired")));
        QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/sobjects/Lead")), 0);
    }

    // ---- update-opportunity: preview, only changed fields, conflict

    void updatePreviewsAndPatchesOnlyChanges()
    {
        ConfirmationPolicy policy = test::OrgFixture::offPolicy();
        policy.confirmUpdates = true;
        const QString bot = f.addBot(PermissionSet::all(), true, policy);
        const QString id = nextOpportunity();
        const QJsonObject current
            = f.get(bot,
                    f.sessions->client(bot)->retrieve(QStringLiteral("Opportunity"), id,
                                                      {QStringLiteral("StageName"), QStringLiteral("Amount")}));
        const QString stage = current.value(QStringLiteral("StageName")).toString();
        const QString newStage
            = stage == QLatin1String("Closed Won") ? QStringLiteral("Closed Lost") : QStringLiteral("Closed Won");
        f.org->resetRequests();
        const QJsonObject request {{QStringLiteral("Id"), id},
                                   {QStringLiteral("StageName"), newStage},
                                   {QStringLiteral("CloseDate"), QStringLiteral("2031-01-15")},
                                   {QStringLiteral("Amount"), current.value(QStringLiteral("Amount"))}}; // unchanged
        const ActionResult ask = f.dispatch(bot, QStringLiteral("update-opportunity"), request);
        QVERIFY2(ask.status == 409, qPrintable(dump(ask)));
        const QJsonObject changes = ask.preview.value(QStringLiteral("changes")).toObject();
        QCOMPARE(changes.value(QStringLiteral("StageName")).toObject().value(QStringLiteral("from")).toString(), stage);
        QCOMPARE(changes.value(QStringLiteral("StageName")).toObject().value(QStringLiteral("to")).toString(),
                 newStage);
        QVERIFY(changes.contains(QStringLiteral("CloseDate")));
        QVERIFY(!changes.contains(QStringLiteral("Amount")));
        QCOMPARE(ask.preview.value(QStringLiteral("unchanged")).toArray(), QJsonArray {QStringLiteral("Amount")});
        QCOMPARE(count(QStringLiteral("PATCH"), id), 0);

        const ActionResult done = f.dispatch(bot, QStringLiteral("update-opportunity"), request, ask.confirmationToken);
        QVERIFY2(done.status == 204, qPrintable(dump(done)));
        QCOMPARE(count(QStringLiteral("PATCH"), id), 1);
        const QJsonObject after
            = f.get(bot,
                    f.sessions->client(bot)->retrieve(QStringLiteral("Opportunity"), id,
                                                      {QStringLiteral("StageName"), QStringLiteral("CloseDate")}));
        QCOMPARE(after.value(QStringLiteral("StageName")).toString(), newStage);
        QCOMPARE(after.value(QStringLiteral("CloseDate")).toString(), QStringLiteral("2031-01-15"));
    }

    void updateChangedMeanwhileIsReportedNotOverwritten()
    {
        ConfirmationPolicy policy = test::OrgFixture::offPolicy();
        policy.confirmUpdates = true;
        const QString bot = f.addBot(PermissionSet::all(), true, policy);
        const QString id = nextOpportunity(); // untouched since the seed (modified long ago)
        const QJsonObject request {{QStringLiteral("Id"), id}, {QStringLiteral("Amount"), 4242.0}};
        const ActionResult ask = f.dispatch(bot, QStringLiteral("update-opportunity"), request);
        QVERIFY2(ask.status == 409, qPrintable(dump(ask)));

        // Someone changes the record in Salesforce between the preview and the confirmation.
        auto *client = f.sessions->client(bot);
        salesforce::RestReply *meanwhile
            = client->update(QStringLiteral("Opportunity"), id, QJsonObject {{QStringLiteral("Amount"), 99.0}});
        meanwhile->setAutoDelete(false);
        QSignalSpy spy(meanwhile, &salesforce::RestReply::finished);
        QVERIFY(meanwhile->isFinished() || spy.wait(10000));
        QVERIFY(meanwhile->ok());
        delete meanwhile;

        const ActionResult conflict
            = f.dispatch(bot, QStringLiteral("update-opportunity"), request, ask.confirmationToken);
        QCOMPARE(conflict.status, 409);
        QVERIFY(conflict.confirmationToken.isEmpty());
        QVERIFY2(mentions(conflict, QStringLiteral("Id"), QStringLiteral("changed in Salesforce after the preview")),
                 qPrintable(dump(conflict)));
        const QJsonObject after
            = f.get(bot, client->retrieve(QStringLiteral("Opportunity"), id, {QStringLiteral("Amount")}));
        QCOMPARE(after.value(QStringLiteral("Amount")).toDouble(), 99.0);
    }

    void updateOfMissingRecordIs404()
    {
        const QString bot = f.addBot(PermissionSet::all());
        // A well-formed Opportunity Id no record has.
        const QString missing = salesforce::RecordId::to18(QStringLiteral("0065g0000ZZZZZZ"));
        const ActionResult r
            = f.dispatch(bot, QStringLiteral("update-opportunity"),
                         QJsonObject {{QStringLiteral("Id"), missing}, {QStringLiteral("Amount"), 1.0}});
        QVERIFY2(r.status == 404, qPrintable(dump(r)));
        QCOMPARE(count(QStringLiteral("PATCH"), missing.left(15)), 0);
    }

    // ---- run-soql

    void soqlRowsAreCappedAndSayWhen()
    {
        const QString bot = f.addBot({Permission::RunSoql});
        DispatcherOptions options = f.dispatcher->options();
        const DispatcherOptions saved = options;
        options.maxSoqlRows = 250;
        f.dispatcher->setOptions(options);
        const ActionResult r
            = f.dispatch(bot, QStringLiteral("run-soql"),
                         {{QStringLiteral("query"), QStringLiteral("SELECT Id, Name FROM Opportunity")}});
        f.dispatcher->setOptions(saved);
        QVERIFY2(r.status == 200, qPrintable(dump(r)));
        const QJsonObject data = r.data.toObject();
        QCOMPARE(data.value(QStringLiteral("returned")).toInt(), 250);
        QCOMPARE(data.value(QStringLiteral("totalSize")).toInt(), 300);
        QVERIFY(data.value(QStringLiteral("truncated")).toBool());
        QVERIFY(data.value(QStringLiteral("note")).toString().contains(QStringLiteral("first 250 of 300")));
        QVERIFY(
            !data.value(QStringLiteral("records")).toArray().first().toObject().contains(QStringLiteral("attributes")));
        // The second page was never fetched.
        QCOMPARE(count(QStringLiteral("GET"), QStringLiteral("/query")), 1);
    }

    void soqlDefaultCapIs200()
    {
        QCOMPARE(DispatcherOptions().maxSoqlRows, 200);
        const QString bot = f.addBot({Permission::RunSoql});
        const ActionResult r = f.dispatch(bot, QStringLiteral("run-soql"),
                                          {{QStringLiteral("query"), QStringLiteral("SELECT Id FROM Opportunity")}});
        QCOMPARE(r.data.toObject().value(QStringLiteral("returned")).toInt(), 200);
        const ActionResult small
            = f.dispatch(bot, QStringLiteral("run-soql"),
                         {{QStringLiteral("query"), QStringLiteral("SELECT Id FROM Account LIMIT 3")}});
        QCOMPARE(small.data.toObject().value(QStringLiteral("returned")).toInt(), 3);
        QVERIFY(!small.data.toObject().value(QStringLiteral("truncated")).toBool());
    }

    void soqlPolicy_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        const QString trivial = QStringLiteral("SELECT Id, Name FROM Account LIMIT 5");
        const QString wide = QStringLiteral("SELECT Id, Name FROM Opportunity");
        QTest::newRow("off, wide") << "off" << wide << 200;
        QTest::newRow("nontrivial, trivial") << "nontrivial" << trivial << 200;
        QTest::newRow("nontrivial, wide") << "nontrivial" << wide << 409;
        QTest::newRow("all, trivial") << "all" << trivial << 409;
    }
    void soqlPolicy()
    {
        QFETCH(QString, policy);
        QFETCH(QString, query);
        QFETCH(int, status);
        ConfirmationPolicy p = test::OrgFixture::offPolicy();
        p.confirmSoql = *ConfirmationPolicy::soqlFromName(policy);
        const QString bot = f.addBot({Permission::RunSoql}, true, p);
        const ActionResult r = f.dispatch(bot, QStringLiteral("run-soql"), {{QStringLiteral("query"), query}});
        QVERIFY2(r.status == status, qPrintable(dump(r)));
        if (status == 409) {
            QCOMPARE(r.preview.value(QStringLiteral("objects")).toArray().first().toString().toLower(),
                     query.contains(QStringLiteral("Opportunity")) ? QStringLiteral("opportunity")
                                                                   : QStringLiteral("account"));
            QVERIFY(r.preview.contains(QStringLiteral("estimatedRows")));
            QCOMPARE(count(QStringLiteral("GET"), QStringLiteral("/query")), 1); // the explain only
            const ActionResult done
                = f.dispatch(bot, QStringLiteral("run-soql"), {{QStringLiteral("query"), query}}, r.confirmationToken);
            QCOMPARE(done.status, 200);
        }
    }

    // ---- audit

    void dispatchesAreAuditedWithMasking()
    {
        const QString bot = f.addBot(PermissionSet::all());
        QJsonObject lead = newLead();
        lead.insert(QStringLiteral("Email"), QStringLiteral("n.okafor@brightwave.example"));
        lead.insert(QStringLiteral("Phone"), QStringLiteral("+44 20 7946 0018"));
        const ActionResult r = f.dispatch(bot, QStringLiteral("create-lead"), lead, {}, QStringLiteral("cli:bob"));
        QCOMPARE(r.status, 201);
        const bots::AuditEntry e = f.repo->audit().entries({bot, 1, 0}).first();
        QCOMPARE(e.kind, bots::AuditEntry::Kind::Dispatch);
        QCOMPARE(e.action, QStringLiteral("create-lead"));
        QCOMPARE(e.status, 201);
        QCOMPARE(e.salesforceId, r.salesforceId);
        QVERIFY(e.salesforceId.startsWith(QStringLiteral("00Q")));
        QVERIFY(e.durationMs >= 0);
        QCOMPARE(e.actor, QStringLiteral("cli:bob"));
        QCOMPARE(e.parameters.value(QStringLiteral("Email")).toString(), QStringLiteral("n***@brightwave.example"));
        QCOMPARE(e.parameters.value(QStringLiteral("Phone")).toString(), QStringLiteral("+** ** **** **18"));
        QCOMPARE(e.parameters.value(QStringLiteral("LastName")), lead.value(QStringLiteral("LastName")));
    }

    // RUN_SOQL and UPDATE_OPPORTUNITY are for internal bots: a public bot gets them only with an
    // admin's reason (audited), and the dispatcher refuses them without one.
    void publicBotRiskyActionsNeedAnAcceptedRisk()
    {
        const QString bot
            = f.addBot(PermissionSet::safeForPublicBots(), true, test::OrgFixture::offPolicy(), bots::Audience::Public);
        QVERIFY(!f.repo->grant(bot, {Permission::RunSoql}, QStringLiteral("test")));
        QVERIFY2(f.repo->errorString().contains(QLatin1String("reserved for internal bots")),
                 qPrintable(f.repo->errorString()));
        QVERIFY(!f.repo->permissions(bot).has(Permission::RunSoql));
        QVERIFY(!f.repo->setPermissions(bot, PermissionSet::all(), QStringLiteral("test")));
        QVERIFY(!f.repo->permissions(bot).has(Permission::UpdateOpportunity));

        const QString reason = QStringLiteral("staff-only FAQ page behind SSO");
        QVERIFY2(f.repo->grant(bot, {Permission::RunSoql, Permission::UpdateOpportunity}, QStringLiteral("cli:alice"),
                               reason),
                 qPrintable(f.repo->errorString()));
        QCOMPARE(f.repo->publicRiskReason(bot, Permission::RunSoql), reason);
        const bots::AuditEntry granted = f.repo->audit().entries({bot, 1, 0}).first();
        QVERIFY2(granted.detail.contains(reason), qPrintable(granted.detail));
        QCOMPARE(granted.actor, QStringLiteral("cli:alice"));
        QCOMPARE(f.dispatch(bot, QStringLiteral("run-soql"), validRequest(QStringLiteral("run-soql"))).status, 200);

        // A database from before the rule: the permission is held, but nobody gave a reason.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
            db.setDatabaseName(f.repo->databaseFile());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM bot_public_risk_overrides")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
        for (const QString &action : {QStringLiteral("run-soql"), QStringLiteral("update-opportunity")}) {
            f.org->resetRequests();
            const ActionResult r = f.dispatch(bot, action, validRequest(action));
            QVERIFY2(r.status == 403, qPrintable(dump(r)));
            QVERIFY2(mentions(r, QStringLiteral("permission"), QStringLiteral("reserved for internal bots")),
                     qPrintable(dump(r)));
            QVERIFY(mentions(r, QStringLiteral("permission"), QStringLiteral("--allow-public-risk")));
            QCOMPARE(f.requestCount(), 0);
        }
        QCOMPARE(f.dispatch(bot, QStringLiteral("get-account"), validRequest(QStringLiteral("get-account"))).status,
                 200);
        // Revoking drops the reason with the permission.
        QVERIFY(f.repo->revoke(bot, {Permission::RunSoql}));
        QVERIFY(f.repo->publicRiskReason(bot, Permission::RunSoql).isEmpty());
    }

    // A hostile request cannot grow the audit log: what failed validation keeps only its names,
    // and an entry stays within a few KB with a marker where it was cut.
    void auditEntriesAreBounded()
    {
        const QString bot = f.addBot(PermissionSet::all());
        QJsonObject hostile = newLead();
        for (int i = 0; i < 3000; ++i)
            hostile.insert(QStringLiteral("Junk%1__c").arg(i), QString(1000, QLatin1Char('x')));
        const ActionResult r = f.dispatch(bot, QStringLiteral("create-lead"), hostile);
        QCOMPARE(r.status, 400);
        const bots::AuditEntry e = f.repo->audit().entries({bot, 1, 0}).first();
        const QByteArray stored = QJsonDocument(e.parameters).toJson(QJsonDocument::Compact);
        QVERIFY2(stored.size() <= 4096 + 200, qPrintable(QString::number(stored.size())));
        QVERIFY2(stored.contains("cut:"), stored.constData());
        QVERIFY2(!stored.contains("xxxxxxxxxx"), stored.constData()); // unvalidated values are not kept
        QVERIFY(e.detail.size() <= 1100);
    }

    // Last: it kills every refresh token in the org.
    void refusedRefreshIs502()
    {
        const QString bot = f.addBot(PermissionSet::all());
        f.org->expireAccessTokens();
        f.org->revokeRefreshTokens();
        const ActionResult r
            = f.dispatch(bot, QStringLiteral("get-account"), validRequest(QStringLiteral("get-account")));
        QVERIFY2(r.status == 502, qPrintable(dump(r)));
        QVERIFY(mentions(r, QStringLiteral("connection"), QStringLiteral("reconnect")));
        // And from then on, without asking the org again.
        f.org->resetRequests();
        const ActionResult again = f.dispatch(bot, QStringLiteral("create-lead"), newLead());
        QCOMPARE(again.status, 502);
        QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/sobjects/Lead")), 0);
        // The connection change is in the audit trail, once.
        int events = 0;
        for (const bots::AuditEntry &e : f.repo->audit().entries({bot, 0, 0}))
            events += (e.kind == bots::AuditEntry::Kind::Connection && e.action == QLatin1String("reconnect-needed"))
                ? 1
                : 0;
        QCOMPARE(events, 1);
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
