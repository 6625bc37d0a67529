// `hilal-sf serve` killed (SIGKILL) at random points of 200 dispatches, with runtimes retrying
// under their idempotency keys. After every kill, before the restart: the bots database passes
// PRAGMA integrity_check, every audit entry is complete, every confirmation token is unused or
// used once (used_at and used_by set together), and no idempotency record holds an answer for a
// write that did not happen (a stored 201 names a Lead that exists). At the end: every request
// has its final answer, no Lead was created twice, none reported created is missing.
#include "serve_harness.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>
#include <QtTest>

using namespace hilal;

namespace {

struct Logical
{
    QString bot;
    QString apiKey;
    QString action;
    QJsonObject body;
    QString key;
    int attempts = 0;
    int finalStatus = 0;
    QJsonObject answer;
};

} // namespace

class TestServeCrash : public QObject
{
    Q_OBJECT
    test::ServeHarness h;
    QString m_bot;
    QString m_key;
    QString m_confirmingBot;
    QString m_confirmingKey;

    // Empty when the database is sound; else what is wrong.
    QString invariants()
    {
        QStringList problems;
        {
            QSqlDatabase db = test::ServeHarness::inspect(QStringLiteral("crash.check"));
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
                || q.value(0).toString() != QLatin1String("ok"))
                problems << QStringLiteral("integrity_check: ") + q.value(0).toString();
            if (q.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM audit_log WHERE at IS NULL OR at = '' OR bot_id IS NULL OR kind IS NULL "
                    "OR (kind = 'dispatch' AND (action IS NULL OR status IS NULL OR duration_ms IS NULL))"))
                && q.next() && q.value(0).toInt() != 0)
                problems << QStringLiteral("%1 incomplete audit entries").arg(q.value(0).toInt());
            if (q.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM confirmation_tokens WHERE (used_at IS NULL) <> (used_by IS NULL)"))
                && q.next() && q.value(0).toInt() != 0)
                problems << QStringLiteral("%1 half-used confirmation tokens").arg(q.value(0).toInt());
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys WHERE state = 'done' AND status >= 500"))
                && q.next() && q.value(0).toInt() != 0)
                problems << QStringLiteral("%1 stored 5xx answers").arg(q.value(0).toInt());
            QStringList created;
            if (q.exec(QStringLiteral(
                    "SELECT salesforce_id FROM idempotency_keys WHERE state = 'done' AND status = 201"))) {
                while (q.next())
                    created << q.value(0).toString();
            }
            q.finish();
            for (const QString &id : created) {
                if (id.isEmpty()
                    || !h.org->store()
                            ->retrieve(QStringLiteral("Lead"), id, {QStringLiteral("Id")}, QStringLiteral("60.0"))
                            .ok())
                    problems << QStringLiteral("idempotency record names Lead '%1', which does not exist").arg(id);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash.check"));
        return problems.join(QStringLiteral("; "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(h.start(), qPrintable(h.error));
        m_bot = h.addBot(&m_key);
        QVERIFY2(!m_bot.isEmpty(), qPrintable(h.error));
        m_confirmingBot = h.addBot(&m_confirmingKey, true);
        QVERIFY2(!m_confirmingBot.isEmpty(), qPrintable(h.error));
        QVERIFY2(h.startServe(), qPrintable(h.error));
    }

    void cleanupTestCase() { h.stopServe(); }

    void killedAtRandomPoints()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        const QStringList accounts = h.ids(QStringLiteral("SELECT Id FROM Account LIMIT 20"));
        const QStringList opportunities
            = h.ids(QStringLiteral("SELECT Id FROM Opportunity WHERE IsClosed = false LIMIT 10"));
        QVERIFY(!accounts.isEmpty() && !opportunities.isEmpty());

        const int total = 200;
        const int kMaxKills = 30; // then the rest finishes in peace
        std::vector<Logical> requests(total);
        for (int i = 0; i < total; ++i) {
            Logical &r = requests[size_t(i)];
            r.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.bot = m_bot;
            r.apiKey = m_key;
            switch (i % 4) {
            case 0:
                r.action = QStringLiteral("create-lead");
                r.body = {{QStringLiteral("LastName"), QStringLiteral("Crash n%1").arg(i)},
                          {QStringLiteral("Company"), QStringLiteral("Crash Ltd")}};
                break;
            case 1:
                r.action = QStringLiteral("update-opportunity");
                r.body = {{QStringLiteral("Id"), opportunities.at(i % opportunities.size())},
                          {QStringLiteral("Amount"), double(1000 + i)}};
                break;
            case 2: // a policy that asks a human: 409 + token, then confirmed with the same key
                r.bot = m_confirmingBot;
                r.apiKey = m_confirmingKey;
                r.action = QStringLiteral("create-lead");
                r.body = {{QStringLiteral("LastName"), QStringLiteral("Crash n%1").arg(i)},
                          {QStringLiteral("Company"), QStringLiteral("Crash Ltd")}};
                break;
            default:
                r.action = QStringLiteral("get-account");
                r.body = {{QStringLiteral("Id"), accounts.at(i % accounts.size())}};
                break;
            }
        }

        int next = 0;
        int finished = 0;
        int kills = 0;
        int sent = 0;
        // Kill points are counted in requests sent, not in time, so a fast machine gets as many.
        int nextKillAt = int(random.bounded(3u, 20u));
        QTimer killer;
        killer.setSingleShot(true);
        bool restarting = false; // startServe() waits in an event loop: no kill may nest in it
        QStringList problems;
        QEventLoop loop;
        std::function<void(int)> send;
        std::function<void()> launch = [&] {
            while (next < total && next - finished < 4)
                send(next++);
        };
        send = [&](int index) {
            Logical &r = requests[size_t(index)];
            ++r.attempts;
            if (r.attempts > 2000) { // 100 s of a serve that never comes back
                problems << QStringLiteral("request %1 got no final answer").arg(index);
                r.finalStatus = -1;
                ++finished;
                launch();
                return;
            }
            QNetworkReply *reply = h.post(r.bot, r.apiKey, r.action, r.body, r.key);
            if (++sent >= nextKillAt && !killer.isActive() && !restarting) {
                nextKillAt = sent + int(random.bounded(3u, 20u));
                killer.start(int(random.bounded(0u, 20u))); // while this request is likely in flight
            }
            connect(reply, &QNetworkReply::finished, this, [&, reply, index] {
                reply->deleteLater();
                Logical &r = requests[size_t(index)];
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
                const QString token
                    = answer.value(QStringLiteral("confirmation")).toObject().value(QStringLiteral("token")).toString();
                if (status == 409 && !token.isEmpty()) {
                    r.body.insert(QStringLiteral("confirmationToken"), token); // a human said yes
                    QTimer::singleShot(0, this, [&, index] { send(index); });
                    return;
                }
                const QJsonArray errors = answer.value(QStringLiteral("errors")).toArray();
                const bool inProgress = status == 409 && !errors.isEmpty()
                    && errors.first().toObject().value(QStringLiteral("field")).toString()
                        == QLatin1String("Idempotency-Key");
                if (status == 0 || status >= 500 || inProgress) {
                    QTimer::singleShot(50, this, [&, index] { send(index); });
                    return;
                }
                r.finalStatus = status;
                r.answer = answer;
                if (++finished == total)
                    loop.quit();
                launch();
            });
        };

        // The killer: SIGKILL at a random point, check, restart.
        connect(&killer, &QTimer::timeout, this, [&] {
            if (finished >= total || kills >= kMaxKills || restarting)
                return;
            restarting = true;
            h.killServe();
            ++kills;
            const QString problem = invariants();
            if (!problem.isEmpty())
                problems << QStringLiteral("after kill %1: %2").arg(kills).arg(problem);
            if (!h.startServe())
                problems << QStringLiteral("restart %1: %2").arg(kills).arg(h.error);
            restarting = false;
        });
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        launch();
        loop.exec();
        killer.stop();
        qInfo("%d kills over %d dispatches", kills, total);

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(finished, total);
        QVERIFY(kills >= 5);
        const QString problem = invariants();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The org: one Lead per create, and every reported one exists.
        QHash<QString, int> perName;
        const QJsonArray leads
            = h.org->store()
                  ->query(QStringLiteral("SELECT Id, LastName FROM Lead WHERE LastName LIKE 'Crash n%'"), false, 2000,
                          QStringLiteral("60.0"))
                  .body.toObject()
                  .value(QStringLiteral("records"))
                  .toArray();
        QSet<QString> leadIds;
        for (const QJsonValue &l : leads) {
            ++perName[l.toObject().value(QStringLiteral("LastName")).toString()];
            leadIds.insert(l.toObject().value(QStringLiteral("Id")).toString());
        }
        for (auto it = perName.cbegin(); it != perName.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 Leads named %2").arg(it.value()).arg(it.key())));
        for (const Logical &r : requests) {
            if (r.action != QLatin1String("create-lead"))
                continue;
            QCOMPARE(r.finalStatus, 201);
            QVERIFY(leadIds.contains(
                r.answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString()));
        }
    }
};

QTEST_MAIN(TestServeCrash)
#include "tst_serve_crash.moc"
