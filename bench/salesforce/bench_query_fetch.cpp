// Fetches 100,000 rows (50 pages of 2,000) from a local org running on its own thread, through
// RestClient + QueryCursor into memory, and downloads the same pages with plain HTTP (no JSON
// parsing, bodies dropped) for comparison. Prints rows/s, MB/s, the time ratio and the peak
// memory growth (VmHWM, reset before each run through /proc/self/clear_refs).
// Bar (issue 6): our time ≤ 1.5 × the plain download; memory growth ≤ 2 × the JSON bytes.
//
//   bench_query_fetch [ROWS]        (default 100000)
#include "bench_support.h"
#include "emulator/local_org_thread.h"
#include "salesforce/oauth_flow.h"
#include "salesforce/query_cursor.h"
#include "salesforce/redirect_catcher.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>

using namespace hilal;
using namespace hilal::salesforce;

namespace {

struct Plain
{
    qint64 bytes = 0;
    int pages = 0;
    qint64 ms = 0;
};

// GET the pages with nothing but QNetworkAccessManager: find nextRecordsUrl by a string search
// (no JSON parsing), drop each body.
Plain plainDownload(QNetworkAccessManager *network, const Connection &c, const QByteArray &firstPath)
{
    Plain out;
    QElapsedTimer timer;
    timer.start();
    QByteArray path = firstPath;
    const QByteArray base = c.instanceUrl.toEncoded(QUrl::StripTrailingSlash);
    while (!path.isEmpty()) {
        QNetworkRequest request(QUrl::fromEncoded(base + path));
        request.setRawHeader("Authorization", "Bearer " + c.accessToken.toUtf8());
        request.setRawHeader("Sforce-Query-Options", "batchSize=2000");
        QNetworkReply *reply = network->get(request);
        bench::waitFor(reply, &QNetworkReply::finished);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        out.bytes += body.size();
        ++out.pages;
        const int key = body.indexOf("\"nextRecordsUrl\"");
        path.clear();
        if (key >= 0) {
            const int start = body.indexOf('"', body.indexOf(':', key)) + 1;
            path = body.mid(start, body.indexOf('"', start) - start);
        }
    }
    out.ms = timer.elapsed();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    emulator::LocalOrgOptions options;
    options.records = rows;
    options.autoApprove = true;
    emulator::LocalOrgThread org(options);
    QString error;
    QElapsedTimer seed;
    seed.start();
    if (!org.start(&error)) {
        std::fprintf(stderr, "local org: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("local org with %d opportunities ready in %.1f s at %s\n", rows, seed.elapsed() / 1000.0,
                qPrintable(org.url().toString()));

    QNetworkAccessManager network;
    const Connection connection = bench::loginToAutoApprovingOrg(org.url(), &network);
    if (!connection.isValid())
        return 1;
    Session session(connection.botId, nullptr, &network);
    session.setConnection(connection, false);
    RestClient client(&session);
    const QString soql
        = QStringLiteral("SELECT Id, Name, StageName, Amount, CloseDate, Probability, AccountId FROM Opportunity");
    const QByteArray firstPath = client.dataPath(QStringLiteral("/query?")).toUtf8()
        + RestClient::encodeQueryParameter(QStringLiteral("q"), soql);

    // Warm-up (first-touch allocations in the org, SQLite cache), not measured.
    plainDownload(&network, connection, firstPath);

    bench::resetPeak();
    const qint64 plainBaseKb = bench::procStatusKb("VmRSS:");
    const Plain plain = plainDownload(&network, connection, firstPath);
    const qint64 plainPeakKb = bench::procStatusKb("VmHWM:");

    bench::resetPeak();
    const qint64 baseKb = bench::procStatusKb("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    QueryCursor *cursor = client.query(soql);
    cursor->setAutoDelete(false);
    cursor->setAccumulate(true);
    cursor->setBatchSize(2000);
    bench::waitFor(cursor, &QueryCursor::finished);
    const qint64 ms = timer.elapsed();
    const qint64 peakKb = bench::procStatusKb("VmHWM:");
    if (cursor->error()) {
        std::fprintf(stderr, "query failed: %s\n", qPrintable(cursor->error().message));
        return 1;
    }
    const double mb = cursor->bytesReceived() / 1e6;
    const double ratio = plain.ms > 0 ? double(ms) / double(plain.ms) : 0;
    const double growthMb = (peakKb - baseKb) / 1024.0 * 1.048576;
    std::printf("rows                 %lld in %d pages (held in memory: %lld)\n", cursor->loaded(), cursor->pages(),
                qint64(cursor->recordCount()));
    std::printf("JSON bytes           %.1f MB\n", mb);
    std::printf("RestClient+cursor    %lld ms   %.0f rows/s   %.1f MB/s\n", ms,
                cursor->loaded() * 1000.0 / qMax<qint64>(ms, 1), mb * 1000.0 / qMax<qint64>(ms, 1));
    std::printf("plain HTTP download  %lld ms   %.0f rows/s   %.1f MB/s   (%d pages, %.1f MB)\n", plain.ms,
                rows * 1000.0 / qMax<qint64>(plain.ms, 1), plain.bytes / 1e6 * 1000.0 / qMax<qint64>(plain.ms, 1),
                plain.pages, plain.bytes / 1e6);
    std::printf("time ratio           %.2f x plain   (bar <= 1.5)\n", ratio);
    std::printf("peak memory growth   %.1f MB = %.2f x the JSON bytes   (bar <= 2.0; VmHWM %lld kB, base %lld kB)\n",
                growthMb, growthMb / qMax(mb, 0.001), peakKb, baseKb);
    std::printf("  (plain download peak growth, for reference: %.1f MB — the org thread's own work)\n",
                (plainPeakKb - plainBaseKb) / 1024.0 * 1.048576);
    // Proof the rows are usable: parse a few back.
    const QJsonObject last = cursor->record(cursor->recordCount() - 1);
    std::printf("last row             %s %s\n", qPrintable(last.value(QLatin1String("Id")).toString()),
                qPrintable(last.value(QLatin1String("Name")).toString()));
    delete cursor;

    // A streaming consumer that parses every page into QJsonObjects and touches every row
    // (the GUI grid / CLI case), holding one page at a time.
    bench::resetPeak();
    const qint64 streamBaseKb = bench::procStatusKb("VmRSS:");
    timer.restart();
    QueryCursor *stream = client.query(soql);
    stream->setAutoDelete(false);
    stream->setBatchSize(2000);
    double amount = 0;
    QObject::connect(stream, &QueryCursor::pageReady, stream, [&amount](const QJsonArray &records, int) {
        for (const QJsonValue &r : records)
            amount += r.toObject().value(QLatin1String("Amount")).toDouble();
    });
    bench::waitFor(stream, &QueryCursor::finished);
    const qint64 streamMs = timer.elapsed();
    const qint64 streamPeakKb = bench::procStatusKb("VmHWM:");
    std::printf(
        "streaming consumer   %lld ms   %.0f rows/s   %.2f x plain   peak growth %.1f MB   (sum of Amount %.0f)\n",
        streamMs, stream->loaded() * 1000.0 / qMax<qint64>(streamMs, 1), double(streamMs) / qMax<qint64>(plain.ms, 1),
        (streamPeakKb - streamBaseKb) / 1024.0 * 1.048576, amount);
    delete stream;
    return 0;
}
