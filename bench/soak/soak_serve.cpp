// soak_serve: `hilal-sf serve` under a bad day at Salesforce, with chat runtimes that retry.
//
// Starts a local org (in this process) and `hilal-sf serve` (a child process, on a data dir and
// keychain service of its own), connects one bot, turns the faults on — latency, 5xx, dropped
// connections, answers lost after commit, every access token expired every few seconds, one
// refused token refresh — and drives C concurrent runtimes, each sending N requests spread over
// the four actions, retrying with the request's idempotency key until a final answer. Then it
// reads the org back and prints:
//   requests, answers by status, retries, duplicates, lost, updates applied twice, p50/p99,
//   serve's memory after warm-up and at the end, PRAGMA integrity_check of the bots database.
//
//   soak_serve [--runtimes C] [--requests N] [--seconds S] [--no-faults] [--check]
//
// --seconds stops sending new requests after S seconds (the ctest variant); --check makes the
// exit code 1 when duplicates, lost or double updates are not 0 or the database is not intact.
// Run it in a session with a keychain (scripts/with-test-session.sh).
#include "bench_support.h"

#include "bots/bot_repository.h"
#include "core/app_paths.h"
#include "emulator/local_org.h"
#include "emulator/store/org_store.h"
#include "secrets/token_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using namespace hilal;

namespace {

struct Options
{
    int runtimes = 8;
    int requests = 2000; // per runtime
    int seconds = 0; // 0: no time limit
    bool faults = true;
    bool check = false;
};

// What the runtimes saw, shared by all of them.
struct Tally
{
    int sent = 0; // logical requests
    int attempts = 0; // HTTP requests to serve
    int retries = 0;
    int gaveUp = 0; // no final answer after kMaxAttempts
    std::map<int, int> attemptsByStatus; // every answer serve gave (0: no answer)
    std::map<int, int> finalByStatus;
    std::vector<qint64> latencyMs; // first send → final answer
    QHash<QString, QString> createdIds; // LastName → Id the runtime was told
    QStringList unansweredCreates; // LastNames of creates without a final answer
    int updatesApplied = 0; // final 204 (applied, now or by an earlier attempt)
    int updatesUnsure = 0; // updates that gave up (may or may not be applied)
    QHash<QString, double> expectedAmount; // Opportunity Id → last applied Amount
};

constexpr int kMaxAttempts = 40;

qint64 rssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Answers a runtime retries: serve or Salesforce failed, the outcome is unknown, or the key is
// still being handled.
bool retryable(int status, const QJsonObject &body)
{
    if (status == 0 || status >= 500)
        return true;
    if (status == 409) {
        const QJsonArray errors = body.value(QStringLiteral("errors")).toArray();
        return !errors.isEmpty()
            && errors.first().toObject().value(QStringLiteral("field")).toString() == QLatin1String("Idempotency-Key");
    }
    return false;
}

// One chat runtime: sends its requests one after the other, each retried with its key.
class Runtime : public QObject
{
public:
    Runtime(int index, const Options &options, const QUrl &serve, const QString &botId, const QString &apiKey,
            const QStringList &accounts, const QStringList &opportunities, Tally *tally, QElapsedTimer *clock)
        : m_index(index)
        , m_options(options)
        , m_serve(serve)
        , m_bot(botId)
        , m_apiKey(apiKey)
        , m_accounts(accounts)
        , m_opportunities(opportunities)
        , m_tally(tally)
        , m_clock(clock)
        , m_random(quint32(1000 + index))
    {
    }

    std::function<void()> onDone;

    void start() { next(); }

private:
    struct Request
    {
        QString action;
        QJsonObject parameters;
        QString key;
        int attempts = 0;
        QElapsedTimer timer;
    };

    void next()
    {
        const bool outOfTime = m_options.seconds > 0 && m_clock->elapsed() > m_options.seconds * 1000LL;
        if (m_sent >= m_options.requests || outOfTime) {
            if (onDone)
                onDone();
            return;
        }
        auto request = std::make_shared<Request>();
        request->key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        switch (m_sent % 4) {
        case 0:
            request->action = QStringLiteral("create-lead");
            request->parameters
                = {{QStringLiteral("LastName"), QStringLiteral("Soak r%1 n%2").arg(m_index).arg(m_sent)},
                   {QStringLiteral("Company"), QStringLiteral("Soak Ltd")},
                   {QStringLiteral("Email"), QStringLiteral("soak.r%1.n%2@example.com").arg(m_index).arg(m_sent)}};
            break;
        case 1:
            request->action = QStringLiteral("get-account");
            request->parameters
                = {{QStringLiteral("Id"), m_accounts.at(int(m_random.bounded(quint32(m_accounts.size()))))}};
            break;
        case 2: {
            // Each runtime owns its opportunities, so every update it sends changes the amount.
            request->action = QStringLiteral("update-opportunity");
            const QString id = m_opportunities.at((m_sent / 4) % m_opportunities.size());
            request->parameters
                = {{QStringLiteral("Id"), id}, {QStringLiteral("Amount"), double(m_index * 1000000 + m_sent)}};
            break;
        }
        default:
            request->action = QStringLiteral("run-soql");
            request->parameters
                = {{QStringLiteral("query"), QStringLiteral("SELECT Id, Name FROM Account ORDER BY Name LIMIT 5")}};
            break;
        }
        ++m_sent;
        ++m_tally->sent;
        request->timer.start();
        send(request);
    }

    void send(const std::shared_ptr<Request> &request)
    {
        ++request->attempts;
        ++m_tally->attempts;
        QNetworkRequest http(
            QUrl(m_serve.toString() + QStringLiteral("/v1/bots/%1/salesforce/actions/%2").arg(m_bot, request->action)));
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        http.setRawHeader("Authorization", "Bearer " + m_apiKey.toLatin1());
        http.setRawHeader("Idempotency-Key", request->key.toLatin1());
        http.setTransferTimeout(120000);
        QNetworkReply *reply = m_network.post(http, QJsonDocument(request->parameters).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply, request] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            ++m_tally->attemptsByStatus[status];
            if (retryable(status, body) && request->attempts < kMaxAttempts) {
                ++m_tally->retries;
                // Backoff with jitter, as a runtime would; short, the faults are frequent.
                const int delay = std::min(1000, 20 * request->attempts) + int(m_random.bounded(20u));
                QTimer::singleShot(delay, this, [this, request] { send(request); });
                return;
            }
            finish(request, retryable(status, body) ? -1 : status, body);
        });
    }

    void finish(const std::shared_ptr<Request> &request, int status, const QJsonObject &body)
    {
        m_tally->latencyMs.push_back(request->timer.elapsed());
        ++m_tally->finalByStatus[status];
        if (status < 0)
            ++m_tally->gaveUp;
        if (request->action == QLatin1String("create-lead")) {
            const QString name = request->parameters.value(QStringLiteral("LastName")).toString();
            if (status == 201)
                m_tally->createdIds.insert(
                    name, body.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString());
            else
                m_tally->unansweredCreates.append(name);
        } else if (request->action == QLatin1String("update-opportunity")) {
            const QString id = request->parameters.value(QStringLiteral("Id")).toString();
            if (status == 204) {
                ++m_tally->updatesApplied;
                m_tally->expectedAmount.insert(id, request->parameters.value(QStringLiteral("Amount")).toDouble());
            } else if (status < 0) {
                ++m_tally->updatesUnsure;
                m_tally->expectedAmount.remove(id); // cannot tell which value is last
            }
        }
        next();
    }

    int m_index;
    Options m_options;
    QUrl m_serve;
    QString m_bot;
    QString m_apiKey;
    QStringList m_accounts;
    QStringList m_opportunities;
    Tally *m_tally;
    QElapsedTimer *m_clock;
    QRandomGenerator m_random;
    QNetworkAccessManager m_network; // one per runtime: Qt allows 6 connections per host and manager
    int m_sent = 0;
};

QStringList ids(emulator::OrgStore *store, const QString &soql)
{
    QStringList out;
    const emulator::StoreResult r = store->query(soql, false, 2000, QStringLiteral("60.0"));
    for (const QJsonValue &row : r.body.toObject().value(QStringLiteral("records")).toArray())
        out << row.toObject().value(QStringLiteral("Id")).toString();
    return out;
}

QJsonArray rows(emulator::OrgStore *store, const QString &soql)
{
    QJsonArray all;
    emulator::StoreResult r = store->query(soql, false, 2000, QStringLiteral("60.0"));
    for (;;) {
        const QJsonObject page = r.body.toObject();
        for (const QJsonValue &row : page.value(QStringLiteral("records")).toArray())
            all.append(row);
        const QString next = page.value(QStringLiteral("nextRecordsUrl")).toString();
        if (next.isEmpty())
            break;
        r = store->queryMore(next.section(QLatin1Char('/'), -1), QStringLiteral("60.0"));
    }
    return all;
}

qint64 percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

int fail(const char *what)
{
    std::fprintf(stderr, "soak_serve: %s\n", what);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("HILAL_SF_HOME", home.path().toUtf8());
    qputenv("HILAL_SF_KEYCHAIN_SERVICE", QByteArray("hilal-soak-") + QByteArray::number(qint64(::getpid())));
    QCoreApplication app(argc, argv);

    Options options;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&] { return i + 1 < args.size() ? args.at(++i).toInt() : 0; };
        if (a == QLatin1String("--runtimes"))
            options.runtimes = value();
        else if (a == QLatin1String("--requests"))
            options.requests = value();
        else if (a == QLatin1String("--seconds"))
            options.seconds = value();
        else if (a == QLatin1String("--no-faults"))
            options.faults = false;
        else if (a == QLatin1String("--check"))
            options.check = true;
        else {
            std::fprintf(stderr,
                         "usage: soak_serve [--runtimes C] [--requests N] [--seconds S] [--no-faults] [--check]\n");
            return 2;
        }
    }
    if (options.runtimes < 1 || options.requests < 1)
        return fail("--runtimes and --requests must be at least 1");
    if (options.seconds > 0 && options.requests == 2000)
        options.requests = 1000000; // bounded by time

    // The org, with a login whose tokens serve will use (and refresh).
    emulator::LocalOrgOptions orgOptions;
    orgOptions.records = 400;
    orgOptions.autoApprove = true;
    emulator::LocalOrg org(orgOptions);
    QString error;
    if (!org.start(&error))
        return fail(qPrintable(error));
    QNetworkAccessManager network;
    salesforce::Connection connection = bench::loginToAutoApprovingOrg(org.url(), &network);
    if (!connection.isValid())
        return fail("login to the local org failed");

    // One bot with every chat permission, no confirmations, a key, and the connection stored.
    QString botId;
    QString apiKey;
    {
        bots::BotRepository repo(AppPaths::databaseFile());
        const auto bot
            = repo.add(QStringLiteral("soak"), bots::Audience::Internal, bots::OrgKind::Production, org.url());
        if (!bot)
            return fail("could not add the bot");
        botId = bot->id;
        repo.setPermissions(botId, bots::PermissionSet::all(), QStringLiteral("soak"));
        bots::ConfirmationPolicy off;
        off.confirmUpdates = false;
        off.confirmCreates = false;
        off.confirmSoql = bots::ConfirmationPolicy::Soql::Off;
        repo.setPolicy(botId, off, QStringLiteral("soak"));
        apiKey = repo.createApiKey(botId, QStringLiteral("soak"));
        secrets::TokenStore tokens;
        connection.botId = botId;
        secrets::TokenJob *job = tokens.save(connection);
        bench::waitFor(job, &secrets::TokenJob::finished);
        if (!job->ok())
            return fail(qPrintable(QStringLiteral("could not store the connection: ") + job->errorString()));
    }

    QProcess serve;
    serve.setStandardErrorFile(QProcess::nullDevice()); // one line per request
    serve.start(QStringLiteral(HILAL_SF_BINARY),
                {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
    if (!serve.waitForStarted(10000))
        return fail("hilal-sf serve did not start");
    QUrl serveUrl;
    {
        QElapsedTimer wait;
        wait.start();
        while (serveUrl.isEmpty() && wait.elapsed() < 30000) {
            if (!serve.canReadLine()) {
                QEventLoop loop;
                QObject::connect(&serve, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
                QTimer::singleShot(500, &loop, &QEventLoop::quit);
                loop.exec();
                continue;
            }
            const QString line = QString::fromUtf8(serve.readLine()).trimmed();
            if (line.startsWith(QLatin1String("listening on ")))
                serveUrl = QUrl(line.mid(13));
        }
    }
    if (serveUrl.isEmpty())
        return fail("hilal-sf serve did not say where it listens");

    const QStringList accounts = ids(org.store(), QStringLiteral("SELECT Id FROM Account LIMIT 50"));
    const QStringList opportunities
        = ids(org.store(),
              QStringLiteral("SELECT Id FROM Opportunity WHERE IsClosed = false ORDER BY Id LIMIT %1")
                  .arg(options.runtimes * 5));
    if (accounts.isEmpty() || opportunities.size() < options.runtimes * 5)
        return fail("the org has too few accounts or open opportunities");

    emulator::Faults faults;
    if (options.faults) {
        faults.latencyMs = 15;
        faults.failRate = 0.04;
        faults.dropRate = 0.03;
        faults.dropAfterCommitRate = 0.05;
        org.setFaults(faults);
    }
    QTimer expiry;
    QObject::connect(&expiry, &QTimer::timeout, &org, [&org] { org.expireAccessTokens(); });
    if (options.faults)
        expiry.start(3000);

    Tally tally;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<Runtime>> runtimes;
    int running = options.runtimes;
    QEventLoop done;
    qint64 rssWarm = -1;
    bool refusedRefresh = false;
    const int total = options.runtimes * options.requests;
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &progress, [&] {
        if (rssWarm < 0 && (tally.sent >= total / 10 || clock.elapsed() > 6000))
            rssWarm = rssKb(serve.processId());
        // One refused refresh: the tokens expire and the token endpoint answers 500 for a moment.
        if (options.faults && !refusedRefresh
            && (tally.sent >= total * 2 / 5 || (options.seconds > 0 && clock.elapsed() > options.seconds * 400LL))) {
            refusedRefresh = true;
            emulator::Faults refuse = faults;
            refuse.failRate = 1.0;
            org.setFaults(refuse);
            org.expireAccessTokens();
            QTimer::singleShot(400, &org, [&org, faults] { org.setFaults(faults); });
        }
    });
    progress.start(200);
    for (int i = 0; i < options.runtimes; ++i) {
        auto runtime = std::make_unique<Runtime>(i, options, serveUrl, botId, apiKey, accounts,
                                                 opportunities.mid(i * 5, 5), &tally, &clock);
        runtime->onDone = [&] {
            if (--running == 0)
                done.quit();
        };
        runtimes.push_back(std::move(runtime));
    }
    for (auto &r : runtimes)
        r->start();
    done.exec();
    const qint64 elapsed = clock.elapsed();
    progress.stop();
    expiry.stop();
    org.setFaults({});
    const qint64 rssEnd = rssKb(serve.processId());

    // Read the org back.
    QHash<QString, QStringList> leadsByName;
    for (const QJsonValue &row :
         rows(org.store(), QStringLiteral("SELECT Id, LastName FROM Lead WHERE LastName LIKE 'Soak r%'"))) {
        const QJsonObject o = row.toObject();
        leadsByName[o.value(QStringLiteral("LastName")).toString()].append(o.value(QStringLiteral("Id")).toString());
    }
    int duplicates = 0;
    for (auto it = leadsByName.cbegin(); it != leadsByName.cend(); ++it)
        duplicates += int(it.value().size()) - 1;
    int lost = 0;
    for (auto it = tally.createdIds.cbegin(); it != tally.createdIds.cend(); ++it) {
        if (!leadsByName.value(it.key()).contains(it.value()))
            ++lost; // reported created, not (or not that one) in the org
    }
    int unreported = 0; // creates with no final answer that did reach the org (not lost, not duplicated)
    for (const QString &name : tally.unansweredCreates)
        unreported += leadsByName.contains(name) ? 1 : 0;
    // Updates applied twice: committed PATCHes on the runtimes' opportunities beyond one per
    // applied update (and at most one per update whose outcome stayed unsure).
    int committedPatches = 0;
    for (const auto &r : org.requests()) {
        if (r.method == QLatin1String("PATCH") && r.path.contains(QLatin1String("/sobjects/Opportunity/"))
            && r.status == 204)
            ++committedPatches;
    }
    int refreshes = 0;
    int refusedRefreshes = 0;
    for (const auto &r : org.requests()) {
        if (r.method == QLatin1String("POST") && r.path == QLatin1String("/services/oauth2/token")) {
            ++refreshes;
            refusedRefreshes += r.status >= 400 ? 1 : 0;
        }
    }
    const int doubleUpdates = std::max(0, committedPatches - tally.updatesApplied - tally.updatesUnsure);
    int lostUpdates = 0;
    for (auto it = tally.expectedAmount.cbegin(); it != tally.expectedAmount.cend(); ++it) {
        const QJsonArray r
            = rows(org.store(), QStringLiteral("SELECT Amount FROM Opportunity WHERE Id = '%1'").arg(it.key()));
        if (r.isEmpty() || r.first().toObject().value(QStringLiteral("Amount")).toDouble() != it.value())
            ++lostUpdates;
    }

    serve.terminate();
    serve.waitForFinished(10000);
    QString integrity = QStringLiteral("(not checked)");
    int idempotencyRows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("soak.check"));
        db.setDatabaseName(AppPaths::databaseFile());
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                integrity = q.value(0).toString();
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys")) && q.next())
                idempotencyRows = q.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("soak.check"));

    auto statusLine = [](const std::map<int, int> &m) {
        QStringList parts;
        for (const auto &[status, count] : m)
            parts << QStringLiteral("%1: %2")
                         .arg(status < 0        ? QStringLiteral("gave up")
                                  : status == 0 ? QStringLiteral("no answer")
                                                : QString::number(status))
                         .arg(count);
        return parts.join(QStringLiteral(", "));
    };
    std::printf("soak_serve: %d runtimes, %s, faults %s\n", options.runtimes,
                options.seconds > 0 ? qPrintable(QStringLiteral("%1 s").arg(options.seconds))
                                    : qPrintable(QStringLiteral("%1 requests each").arg(options.requests)),
                options.faults ? "on (latency 15 ms, 4% 500, 3% dropped, 5% writes lost after commit, tokens expired "
                                 "every 3 s, one refused refresh)"
                               : "off");
    std::printf("requests            %d in %.1f s (%.0f/s); HTTP attempts to serve %d\n", tally.sent, elapsed / 1000.0,
                tally.sent * 1000.0 / std::max<qint64>(1, elapsed), tally.attempts);
    std::printf("final answers       %s\n", qPrintable(statusLine(tally.finalByStatus)));
    std::printf("all answers         %s\n", qPrintable(statusLine(tally.attemptsByStatus)));
    std::printf("retries             %d (gave up after %d attempts: %d)\n", tally.retries, kMaxAttempts, tally.gaveUp);
    std::printf("duplicates          %d\n", duplicates);
    std::printf(
        "lost                %d (creates reported but missing) + %d (updates reported but not the last value)\n", lost,
        lostUpdates);
    std::printf("double updates      %d (committed PATCHes %d, applied updates %d, unsure %d)\n", doubleUpdates,
                committedPatches, tally.updatesApplied, tally.updatesUnsure);
    std::printf("unanswered creates  %d, of which in the org %d\n", int(tally.unansweredCreates.size()), unreported);
    std::printf("token refreshes     %d (refused %d)\n", refreshes, refusedRefreshes);
    std::printf("latency             p50 %lld ms, p99 %lld ms (first send to final answer, retries included)\n",
                percentile(tally.latencyMs, 0.5), percentile(tally.latencyMs, 0.99));
    std::printf("serve memory (RSS)  %lld kB after warm-up, %lld kB at the end (%+lld kB)\n", rssWarm, rssEnd,
                rssEnd - rssWarm);
    std::printf("bots database       integrity_check: %s; idempotency records: %d\n", qPrintable(integrity),
                idempotencyRows);

    if (options.check) {
        const bool ok = duplicates == 0 && lost == 0 && lostUpdates == 0 && doubleUpdates == 0
            && integrity == QLatin1String("ok") && tally.sent > 0;
        std::printf("check               %s\n", ok ? "passed" : "FAILED");
        return ok ? 0 : 1;
    }
    return 0;
}
