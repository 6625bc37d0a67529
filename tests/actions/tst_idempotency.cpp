// Idempotency keys and lost answers, against the local org over real loopback HTTP: a retry with
// the same key answers the first answer without a second Salesforce call; the same key with
// other parameters is 422; a key being handled is 409 for a concurrent retry; keys are stored
// hashed. Answers lost after the org committed (dropAfterCommitRate): create-lead through upsert
// on the External ID, through a plain request-id field, and by exact match never duplicates;
// update-opportunity retried after a lost answer never overwrites a newer change. `serve` takes
// the Idempotency-Key header and marks replays.
#include "support/org_fixture.h"

#include "actions/action_server.h"
#include "actions/idempotency_store.h"
#include "emulator/http/faults.h"

#include <QFile>
#include <QJsonDocument>
#include <QUuid>

using namespace hilal;
using namespace hilal::actions;
using bots::PermissionSet;

class TestIdempotency : public QObject
{
    Q_OBJECT
    test::OrgFixture f;
    QString m_bot;

    ActionResult dispatchWithKey(const QString &action, const QJsonObject &parameters, const QString &key)
    {
        ActionRequest request;
        request.action = action;
        request.parameters = parameters;
        request.actor = QStringLiteral("test");
        request.idempotencyKey = key;
        ActionResult result;
        result.status = -1;
        QEventLoop loop;
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        f.dispatcher->dispatch(m_bot, request, &loop, [&](const ActionResult &r) {
            result = r;
            loop.quit();
        });
        loop.exec();
        return result;
    }

    int writesTo(const QString &object) const
    {
        int n = 0;
        for (const auto &r : f.org->requests()) {
            if (r.method != QLatin1String("GET") && r.path.contains(QStringLiteral("/sobjects/") + object))
                ++n;
        }
        return n;
    }

    QJsonArray leadsNamed(const QString &lastName)
    {
        return f.query(m_bot, QStringLiteral("SELECT Id FROM Lead WHERE LastName = '%1'").arg(lastName));
    }

    static QJsonObject lead(const QString &lastName)
    {
        return QJsonObject {{QStringLiteral("LastName"), lastName},
                            {QStringLiteral("Company"), QStringLiteral("Brightwave Ltd")},
                            {QStringLiteral("Email"), QStringLiteral("n.okafor@brightwave.example")}};
    }

    static QString uniqueName(const char *prefix)
    {
        return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(10);
    }

    void dropAfterCommit(double rate)
    {
        emulator::Faults faults;
        faults.dropAfterCommitRate = rate;
        f.org->setFaults(faults);
    }

    void setLeadRequestIdField(const QString &field)
    {
        DispatcherOptions o = f.dispatcher->options();
        o.leadRequestIdField = field;
        f.dispatcher->setOptions(o);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(f.start(), qPrintable(f.error));
        m_bot = f.addBot(PermissionSet::all());
        QVERIFY(!m_bot.isEmpty());
    }

    void init()
    {
        f.org->setFaults({});
        setLeadRequestIdField(QStringLiteral("Hilal_Request_Id__c"));
    }

    void sameKeySameRequestAnswersOnce()
    {
        const QString name = uniqueName("Idem");
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const ActionResult first = dispatchWithKey(QStringLiteral("create-lead"), lead(name), key);
        QCOMPARE(first.status, 201);
        QVERIFY(!first.replayed);
        const int writes = writesTo(QStringLiteral("Lead"));
        const int requests = f.requestCount();
        // Member order is not part of the request.
        QJsonObject reordered;
        const QJsonObject original = lead(name);
        for (auto it = original.end(); it != original.begin();) {
            --it;
            reordered.insert(it.key(), it.value());
        }
        const ActionResult again = dispatchWithKey(QStringLiteral("create-lead"), reordered, key);
        QCOMPARE(again.status, 201);
        QVERIFY(again.replayed);
        QCOMPARE(again.toJson(), first.toJson());
        QCOMPARE(f.requestCount(), requests); // nothing reached the org
        QCOMPARE(writesTo(QStringLiteral("Lead")), writes);
        QCOMPARE(leadsNamed(name).size(), 1);
        // The audit log says it was a replay.
        bots::AuditQuery newest;
        newest.botId = m_bot;
        newest.limit = 1;
        const auto entries = f.repo->audit().entries(newest);
        QVERIFY(!entries.isEmpty());
        QVERIFY2(entries.first().detail.contains(QStringLiteral("idempotency key")),
                 qPrintable(entries.first().detail));
    }

    void sameKeyOtherRequestIs422()
    {
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString name = uniqueName("Idem");
        QCOMPARE(dispatchWithKey(QStringLiteral("create-lead"), lead(name), key).status, 201);
        const int requests = f.requestCount();
        QJsonObject other = lead(name);
        other.insert(QStringLiteral("Company"), QStringLiteral("Another Ltd"));
        const ActionResult r = dispatchWithKey(QStringLiteral("create-lead"), other, key);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errors.first().field, QStringLiteral("Idempotency-Key"));
        QCOMPARE(f.requestCount(), requests);
        // Another action with the key is another request too.
        QCOMPARE(dispatchWithKey(QStringLiteral("run-soql"),
                                 {{QStringLiteral("query"), QStringLiteral("SELECT Id FROM Lead LIMIT 1")}}, key)
                     .status,
                 422);
        QCOMPARE(leadsNamed(name).size(), 1);
    }

    void badKeysAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("space") << QStringLiteral("a b");
        QTest::newRow("control") << QStringLiteral("a\tb");
        QTest::newRow("non-ascii") << QStringLiteral("clé");
        QTest::newRow("too long") << QString(256, QLatin1Char('k'));
    }

    void badKeysAreRefused()
    {
        QFETCH(QString, key);
        const int requests = f.requestCount();
        const ActionResult r = dispatchWithKey(QStringLiteral("create-lead"), lead(uniqueName("Bad")), key);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errors.first().field, QStringLiteral("Idempotency-Key"));
        QCOMPARE(f.requestCount(), requests);
    }

    void concurrentRetryGets409InProgress()
    {
        const QString name = uniqueName("Race");
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        emulator::Faults slow;
        slow.latencyMs = 200;
        f.org->setFaults(slow);
        ActionRequest request;
        request.action = QStringLiteral("create-lead");
        request.parameters = lead(name);
        request.idempotencyKey = key;
        QList<ActionResult> results;
        QEventLoop loop;
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        for (int i = 0; i < 2; ++i) {
            f.dispatcher->dispatch(m_bot, request, &loop, [&](const ActionResult &r) {
                results.append(r);
                if (results.size() == 2)
                    loop.quit();
            });
        }
        loop.exec();
        QCOMPARE(results.size(), 2);
        QList<int> statuses {results[0].status, results[1].status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int> {201, 409}));
        const ActionResult &busy = results[0].status == 409 ? results[0] : results[1];
        QCOMPARE(busy.errors.first().field, QStringLiteral("Idempotency-Key"));
        QVERIFY(!busy.needsConfirmation());
        f.org->setFaults({});
        QCOMPARE(leadsNamed(name).size(), 1);
        // Once answered, the retry gets the answer.
        QCOMPARE(dispatchWithKey(QStringLiteral("create-lead"), lead(name), key).status, 201);
        QCOMPARE(leadsNamed(name).size(), 1);
    }

    void keysAreStoredHashed()
    {
        const QString key = QStringLiteral("plain-key-") + QUuid::createUuid().toString(QUuid::Id128);
        QCOMPARE(dispatchWithKey(QStringLiteral("create-lead"), lead(uniqueName("Hash")), key).status, 201);
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(f.repo->databaseFile() + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!file.readAll().contains(key.toLatin1()), qPrintable(file.fileName()));
        }
        // And the Lead carries only the hash, too.
        const QJsonArray rows
            = f.query(m_bot,
                      QStringLiteral("SELECT Hilal_Request_Id__c FROM Lead WHERE Hilal_Request_Id__c = '%1'")
                          .arg(IdempotencyStore::requestId(m_bot, key)));
        QCOMPARE(rows.size(), 1);
    }

    void lostCreateAnswerUpsertsOnce_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("External ID (upsert)") << QStringLiteral("Hilal_Request_Id__c");
        QTest::newRow("plain field named by the admin") << QStringLiteral("Fax");
        QTest::newRow("no field (exact match)") << QString();
    }

    void lostCreateAnswerUpsertsOnce()
    {
        QFETCH(QString, field);
        setLeadRequestIdField(field);
        const QString name = uniqueName("Lost");
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        dropAfterCommit(1.0);
        const ActionResult lost = dispatchWithKey(QStringLiteral("create-lead"), lead(name), key);
        QCOMPARE(lost.status, 502);
        QVERIFY2(lost.firstMessage().contains(QStringLiteral("Outcome unknown")), qPrintable(lost.firstMessage()));
        f.org->setFaults({});
        QCOMPARE(leadsNamed(name).size(), 1); // the org did save it
        const ActionResult retry = dispatchWithKey(QStringLiteral("create-lead"), lead(name), key);
        QCOMPARE(retry.status, 201);
        const QJsonArray rows = leadsNamed(name);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(retry.data.toObject().value(QStringLiteral("id")).toString(),
                 rows.first().toObject().value(QStringLiteral("Id")).toString());
        // Answered now: a further retry is a replay.
        const int requests = f.requestCount();
        QVERIFY(dispatchWithKey(QStringLiteral("create-lead"), lead(name), key).replayed);
        QCOMPARE(f.requestCount(), requests);
    }

    void lostCreateBeforeCommitCreatesOnRetry()
    {
        // The connection dropped before the org did anything: the retry finds nothing and creates.
        setLeadRequestIdField(QString());
        const QString name = uniqueName("Drop");
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        emulator::Faults drop;
        drop.dropRate = 1.0;
        f.org->setFaults(drop);
        const ActionResult lost = dispatchWithKey(QStringLiteral("create-lead"), lead(name), key);
        QVERIFY2(lost.status >= 500, qPrintable(QString::number(lost.status)));
        f.org->setFaults({});
        QCOMPARE(leadsNamed(name).size(), 0);
        QCOMPARE(dispatchWithKey(QStringLiteral("create-lead"), lead(name), key).status, 201);
        QCOMPARE(leadsNamed(name).size(), 1);
    }

    void exactMatchAmbiguousIsOutcomeUnknown()
    {
        // Two identical recent Leads: which one the lost attempt made cannot be told → 502, no third.
        setLeadRequestIdField(QString());
        const QString name = uniqueName("Twin");
        QCOMPARE(f.dispatch(m_bot, QStringLiteral("create-lead"), lead(name)).status, 201);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        dropAfterCommit(1.0);
        QCOMPARE(dispatchWithKey(QStringLiteral("create-lead"), lead(name), key).status, 502);
        f.org->setFaults({});
        const ActionResult retry = dispatchWithKey(QStringLiteral("create-lead"), lead(name), key);
        QCOMPARE(retry.status, 502);
        QVERIFY2(retry.firstMessage().contains(QStringLiteral("Outcome unknown")), qPrintable(retry.firstMessage()));
        QCOMPARE(leadsNamed(name).size(), 2);
    }

    void lostUpdateAnswerNeverOverwritesANewerChange()
    {
        const QJsonArray rows
            = f.query(m_bot, QStringLiteral("SELECT Id, Amount FROM Opportunity WHERE IsClosed = false LIMIT 2"));
        QCOMPARE(rows.size(), 2);
        // 1) lost answer, nobody else touches it: the retry reports the applied update.
        const QString id = rows.at(0).toObject().value(QStringLiteral("Id")).toString();
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject change {{QStringLiteral("Id"), id}, {QStringLiteral("Amount"), 4321.5}};
        dropAfterCommit(1.0);
        QCOMPARE(dispatchWithKey(QStringLiteral("update-opportunity"), change, key).status, 502);
        f.org->setFaults({});
        const int patches = writesTo(QStringLiteral("Opportunity"));
        QCOMPARE(dispatchWithKey(QStringLiteral("update-opportunity"), change, key).status, 204);
        QCOMPARE(writesTo(QStringLiteral("Opportunity")), patches); // not applied a second time

        // 2) lost answer, then someone else changes the amount: the retry must not undo that.
        const QString other = rows.at(1).toObject().value(QStringLiteral("Id")).toString();
        const QString key2 = QUuid::createUuid().toString(QUuid::WithoutBraces);
        dropAfterCommit(1.0);
        QCOMPARE(dispatchWithKey(QStringLiteral("update-opportunity"),
                                 {{QStringLiteral("Id"), other}, {QStringLiteral("Amount"), 1111.0}}, key2)
                     .status,
                 502);
        f.org->setFaults({});
        QCOMPARE(f.dispatch(m_bot, QStringLiteral("update-opportunity"),
                            {{QStringLiteral("Id"), other}, {QStringLiteral("Amount"), 2222.0}})
                     .status,
                 204);
        const ActionResult retry
            = dispatchWithKey(QStringLiteral("update-opportunity"),
                              {{QStringLiteral("Id"), other}, {QStringLiteral("Amount"), 1111.0}}, key2);
        QCOMPARE(retry.status, 409);
        const QJsonObject now
            = f.query(m_bot, QStringLiteral("SELECT Amount FROM Opportunity WHERE Id = '%1'").arg(other))
                  .first()
                  .toObject();
        QCOMPARE(now.value(QStringLiteral("Amount")).toDouble(), 2222.0);
    }

    void serveTakesTheHeader()
    {
        const QString apiKey = f.repo->createApiKey(m_bot);
        ActionServer server(f.dispatcher.get(), f.repo.get());
        QVERIFY(server.start());
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString name = uniqueName("Serve");
        auto post = [&](const QJsonObject &body) {
            QNetworkRequest request(
                QUrl(server.url().toString() + ActionServer::actionPath(m_bot, QStringLiteral("create-lead"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + apiKey.toLatin1());
            request.setRawHeader("Idempotency-Key", key.toLatin1());
            QNetworkReply *reply = f.network.post(request, QJsonDocument(body).toJson());
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(20000);
            reply->deleteLater();
            return std::make_tuple(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                                   reply->rawHeader("Idempotent-Replayed"));
        };
        const auto [status1, body1, replayed1] = post(lead(name));
        QCOMPARE(status1, 201);
        QVERIFY(replayed1.isEmpty());
        const auto [status2, body2, replayed2] = post(lead(name));
        QCOMPARE(status2, 201);
        QCOMPARE(body2, body1);
        QCOMPARE(replayed2, QByteArrayLiteral("true"));
        QJsonObject other = lead(name);
        other.insert(QStringLiteral("Title"), QStringLiteral("CTO"));
        QCOMPARE(std::get<0>(post(other)), 422);
        QCOMPARE(leadsNamed(name).size(), 1);
    }
};

QTEST_MAIN(TestIdempotency)
#include "tst_idempotency.moc"
