// Exports 100,000 and 1,000,000 opportunities from a local org (`hilal-sf emulator`, its own
// process, so this process's memory is the exporter's alone) through a Bulk API 2.0 query job
// into a CSV file with BulkQueryJob — what `hilal-sf export` runs — and compares with:
//   - the floor: the same job created and polled, and its result pages downloaded with plain
//     QNetworkAccessManager GETs, bodies dropped (nothing else);
//   - `sf data export bulk` on the same query when the `sf` CLI is on PATH. Its time is about
//     2.5 s of start-up, plus the org's query time rounded up to sf's fixed 5-second polls, plus
//     one page after the other; so the org's query time weighs on both sides of the ratio.
// Prints time, rows/s, MB/s and our peak memory growth (VmHWM, reset before each run), and the
// CPU seconds each of the floor and ours cost in this process and in the org's (on a loaded
// machine wall times swing with the neighbours; CPU time does not).
// Bars (issue): our peak at 1,000,000 ≤ 1.2 × our peak at 100,000; our time ≤ 1.3 × the floor;
// sf at least 2 × slower than ours. Prints figures only; never asserts.
//
//   bench_bulk_export [ROWS…]        (default 100000 1000000)
#include "bench_support.h"
#include "salesforce/bulk_query_job.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

#include <unistd.h>

using namespace hilal;
using namespace hilal::salesforce;

namespace {

const QString kSoql = QStringLiteral(
    "SELECT Id, Name, StageName, Amount, CloseDate, Probability, AccountId, Account.Name FROM Opportunity");
constexpr int kPageRecords = 50000;

QByteArray get(QNetworkAccessManager *network, const Connection &c, const QByteArray &path,
               QByteArray *locator = nullptr)
{
    QNetworkRequest request(QUrl::fromEncoded(c.instanceUrl.toEncoded(QUrl::StripTrailingSlash) + path));
    request.setRawHeader("Authorization", "Bearer " + c.accessToken.toUtf8());
    QNetworkReply *reply = network->get(request);
    bench::waitFor(reply, &QNetworkReply::finished);
    const QByteArray body = reply->readAll();
    if (locator)
        *locator = reply->rawHeader("Sforce-Locator");
    reply->deleteLater();
    return body;
}

// User + system CPU seconds of process `pid` so far (fields 14 and 15 of /proc/PID/stat).
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces; the fields after it are plain numbers.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds spent by this process and by the org while `run` runs.
struct CpuSplit
{
    double client = 0;
    double org = 0;
};

template<typename Run> CpuSplit measureCpu(qint64 orgPid, Run run)
{
    const double client = cpuSeconds(getpid());
    const double org = cpuSeconds(orgPid);
    run();
    return {cpuSeconds(getpid()) - client, cpuSeconds(orgPid) - org};
}

// The org's own totalProcessingTime for job `id`.
qint64 queryMs(QNetworkAccessManager *network, const Connection &c, const QString &version, const QByteArray &id)
{
    const QByteArray path = "/services/data/v" + version.toLatin1() + "/jobs/query/" + id;
    return qint64(QJsonDocument::fromJson(get(network, c, path))
                      .object()
                      .value(QStringLiteral("totalProcessingTime"))
                      .toDouble());
}

// The org's query time of its newest query job (the one sf just ran).
qint64 newestQueryMs(QNetworkAccessManager *network, const Connection &c, const QString &version)
{
    const QJsonArray jobs
        = QJsonDocument::fromJson(get(network, c, "/services/data/v" + version.toLatin1() + "/jobs/query"))
              .object()
              .value(QStringLiteral("records"))
              .toArray();
    if (jobs.isEmpty())
        return -1;
    return queryMs(network, c, version, jobs.last().toObject().value(QStringLiteral("id")).toString().toLatin1());
}

struct Plain
{
    qint64 ms = 0;
    qint64 jobMs = 0; // the org's own totalProcessingTime for the query
    qint64 bytes = 0;
    int pages = 0;
};

// The floor: create the job, poll it every 20 ms, GET its pages one after the other, drop them.
Plain plainExport(QNetworkAccessManager *network, const Connection &c, const QString &version)
{
    Plain out;
    QElapsedTimer timer;
    timer.start();
    const QByteArray base = "/services/data/v" + version.toLatin1() + "/jobs/query";
    QNetworkRequest request(QUrl::fromEncoded(c.instanceUrl.toEncoded(QUrl::StripTrailingSlash) + base));
    request.setRawHeader("Authorization", "Bearer " + c.accessToken.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply
        = network->post(request,
                        QJsonDocument(QJsonObject {{QStringLiteral("operation"), QStringLiteral("query")},
                                                   {QStringLiteral("query"), kSoql}})
                            .toJson(QJsonDocument::Compact));
    bench::waitFor(reply, &QNetworkReply::finished);
    const QByteArray id
        = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString().toLatin1();
    reply->deleteLater();
    for (;;) {
        const QJsonObject info = QJsonDocument::fromJson(get(network, c, base + '/' + id)).object();
        if (info.value(QStringLiteral("state")).toString() == QLatin1String("JobComplete")) {
            out.jobMs = qint64(info.value(QStringLiteral("totalProcessingTime")).toDouble());
            break;
        }
        QThread::msleep(20);
    }
    QByteArray locator;
    do {
        QByteArray path = base + '/' + id + "/results?maxRecords=" + QByteArray::number(kPageRecords);
        if (!locator.isEmpty())
            path += "&locator=" + locator;
        out.bytes += get(network, c, path, &locator).size();
        ++out.pages;
    } while (!locator.isEmpty() && locator != "null");
    out.ms = timer.elapsed();
    return out;
}

struct Ours
{
    qint64 ms = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    qint64 peakGrowthKb = 0;
    QString jobId;
    QString error;
};

Ours ourExport(RestClient *client, const QString &path)
{
    Ours out;
    bench::resetPeak();
    const qint64 baseKb = bench::procStatusKb("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    BulkQueryJob::Options options;
    options.soql = kSoql;
    options.pageRecords = kPageRecords;
    BulkQueryJob job(client, options);
    job.start(path);
    if (!job.isFinished())
        bench::waitFor(&job, &BulkQueryJob::finished);
    out.ms = timer.elapsed();
    out.peakGrowthKb = bench::procStatusKb("VmHWM:") - baseKb;
    out.records = job.records();
    out.bytes = job.bytes();
    out.jobId = job.jobId();
    out.error = job.error().message;
    return out;
}

// `sf data export bulk` on the same query, logged in with our access token. -1 when sf fails.
qint64 sfExport(const Connection &c, const QString &path, QString *note)
{
    const QString sf = QStandardPaths::findExecutable(QStringLiteral("sf"));
    if (sf.isEmpty()) {
        *note = QStringLiteral("sf not on PATH: skipped");
        return -1;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SF_ACCESS_TOKEN"), c.accessToken);
    QProcess login;
    login.setProcessEnvironment(env);
    login.start(sf,
                {QStringLiteral("org"), QStringLiteral("login"), QStringLiteral("access-token"),
                 QStringLiteral("--instance-url"), c.instanceUrl.toString(), QStringLiteral("--alias"),
                 QStringLiteral("hilal-bench"), QStringLiteral("--no-prompt")});
    login.waitForFinished(120000);
    if (login.exitCode() != 0) {
        *note = QStringLiteral("sf login failed: ") + QString::fromUtf8(login.readAllStandardError()).trimmed();
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    QProcess run;
    run.start(sf,
              {QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("bulk"), QStringLiteral("--query"),
               kSoql, QStringLiteral("--output-file"), path, QStringLiteral("--target-org"),
               QStringLiteral("hilal-bench"), QStringLiteral("--wait"), QStringLiteral("60"),
               QStringLiteral("--result-format"), QStringLiteral("csv")});
    run.waitForFinished(3600000);
    if (run.exitCode() != 0) {
        *note = QStringLiteral("sf export failed: ") + QString::fromUtf8(run.readAllStandardError()).trimmed();
        return -1;
    }
    return timer.elapsed();
}

QStringList idsOf(const QString &path, int column)
{
    QStringList ids;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ids;
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> cells = file.readLine().split(',');
        if (cells.size() > column)
            ids.append(QString::fromLatin1(cells.at(column)).remove(QLatin1Char('"')).trimmed());
    }
    return ids;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QByteArray(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {100000, 1000000};
    const QString hilalSf = QStringLiteral(HILAL_SF_BINARY);
    QTemporaryDir dir;
    QList<qint64> peaks;

    for (const int rows : std::as_const(sizes)) {
        QProcess org;
        org.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer seed;
        seed.start();
        org.start(hilalSf,
                  {QStringLiteral("emulator"), QStringLiteral("--records"), QString::number(rows),
                   QStringLiteral("--auto-approve")});
        QUrl url;
        while (!url.isValid() && org.state() != QProcess::NotRunning) {
            org.waitForReadyRead(1000);
            for (const QByteArray &line : org.readAllStandardOutput().split('\n')) {
                if (line.startsWith("listening on "))
                    url = QUrl(QString::fromLatin1(line.mid(13).trimmed()));
            }
        }
        if (!url.isValid()) {
            std::fprintf(stderr, "hilal-sf emulator did not start: %s\n", org.readAllStandardError().constData());
            return 1;
        }
        std::printf("\n== %d opportunities: local org (separate process) seeded and listening in %.1f s at %s\n", rows,
                    seed.elapsed() / 1000.0, qPrintable(url.toString()));

        QNetworkAccessManager network;
        Connection connection = bench::loginToAutoApprovingOrg(url, &network);
        if (!connection.isValid())
            return 1;
        connection.apiVersion = QStringLiteral("60.0");
        Session session(connection.botId, nullptr, &network);
        session.setConnection(connection, false);
        RestClient client(&session);

        Plain plain;
        const CpuSplit plainCpu
            = measureCpu(org.processId(), [&] { plain = plainExport(&network, connection, client.apiVersion()); });
        const QString ourPath = dir.filePath(QStringLiteral("ours-%1.csv").arg(rows));
        Ours ours;
        const CpuSplit ourCpu = measureCpu(org.processId(), [&] { ours = ourExport(&client, ourPath); });
        if (!ours.error.isEmpty()) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(ours.error));
            return 1;
        }
        peaks.append(ours.peakGrowthKb);
        const double mb = ours.bytes / 1e6;
        std::printf("ours (BulkQueryJob → CSV file)   %lld ms   %.0f rows/s   %.1f MB/s   %lld records, %.1f MB\n",
                    ours.ms, ours.records * 1000.0 / qMax<qint64>(ours.ms, 1), mb * 1000.0 / qMax<qint64>(ours.ms, 1),
                    ours.records, mb);
        std::printf("floor (job + plain page GETs)     %lld ms   %d pages, %.1f MB; the org's query: %lld ms\n",
                    plain.ms, plain.pages, plain.bytes / 1e6, plain.jobMs);
        std::printf("the org's query for ours          %lld ms\n",
                    queryMs(&network, connection, client.apiVersion(), ours.jobId.toLatin1()));
        std::printf("time ratio                        %.2f x floor   (bar <= 1.3)\n",
                    double(ours.ms) / qMax<qint64>(plain.ms, 1));
        std::printf("our peak memory growth            %.1f MB\n", ours.peakGrowthKb / 1024.0);
        std::printf("CPU ours / floor                  %.1f s / %.1f s in this process, %.1f s / %.1f s in the org\n",
                    ourCpu.client, plainCpu.client, ourCpu.org, plainCpu.org);

        QString note;
        const QString sfPath = dir.filePath(QStringLiteral("sf-%1.csv").arg(rows));
        const qint64 sfMs = sfExport(connection, sfPath, &note);
        if (sfMs < 0) {
            std::printf("sf data export bulk               %s\n", qPrintable(note));
        } else {
            std::printf(
                "sf data export bulk               %lld ms   = %.2f x ours   (bar >= 2); the org's query: %lld ms\n",
                sfMs, double(sfMs) / qMax<qint64>(ours.ms, 1),
                newestQueryMs(&network, connection, client.apiVersion()));
            QStringList a = idsOf(ourPath, 0);
            QStringList b = idsOf(sfPath, 0);
            a.sort();
            b.sort();
            std::printf("same Ids as sf                    %s (%lld vs %lld)\n", a == b ? "yes" : "NO",
                        qint64(a.size()), qint64(b.size()));
        }
        org.terminate();
        org.waitForFinished(30000);
    }
    if (peaks.size() >= 2 && peaks.first() > 0)
        std::printf("\npeak growth at %d rows / at %d rows = %.2f   (bar <= 1.2: flat)\n", sizes.last(), sizes.first(),
                    double(peaks.last()) / double(peaks.first()));
    return 0;
}
