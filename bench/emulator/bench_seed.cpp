// Seconds to seed the local org, and how queryMore scales: prints figures, asserts nothing.
//
//   bench_seed [opportunities=100000]
//
// Seeds an in-memory org with N Opportunities (plus their Accounts, Contacts, contact roles and
// Leads), then pages `SELECT Id, Name, Amount FROM Opportunity ORDER BY Amount` to the end, and
// a second time at half the volume, so the two page rates show whether paging stays linear.

#include "emulator/store/org_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <ctime>

using namespace hilal::emulator;

namespace {

struct PagingFigures
{
    qint64 rows = 0;
    int pages = 0;
    double firstPageMs = 0;
    double totalMs = 0;
};

PagingFigures pageThrough(OrgStore &store, const QString &soql)
{
    PagingFigures f;
    QElapsedTimer t;
    t.start();
    QueryResult r = store.query(soql, false, 2000, QStringLiteral("60.0"));
    f.firstPageMs = double(t.nsecsElapsed()) / 1e6;
    while (r.ok()) {
        const QJsonObject body = r.body.toObject();
        f.rows += body.value(QStringLiteral("records")).toArray().size();
        ++f.pages;
        if (body.value(QStringLiteral("done")).toBool())
            break;
        r = store.queryMore(body.value(QStringLiteral("nextRecordsUrl")).toString().section(QLatin1Char('/'), -1),
                            QStringLiteral("60.0"));
    }
    f.totalMs = double(t.nsecsElapsed()) / 1e6;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int opportunities = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;

    OrgStore store;
    QString error;
    if (!store.open(QString(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const std::clock_t cpuStart = std::clock(); // CPU time too: shared build machines inflate wall time
    SeedOptions options;
    options.opportunities = opportunities;
    if (!store.seed(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double seedSeconds = double(t.nsecsElapsed()) / 1e9;
    const double seedCpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    qint64 rows = 0;
    for (const char *o : {"Opportunity", "Account", "Contact", "Lead", "OpportunityContactRole"})
        rows += store.recordCount(QString::fromLatin1(o));
    std::printf("seed: %d opportunities, %lld rows in all, %.2f s wall, %.2f s CPU (%.0f rows per CPU second)\n",
                opportunities, rows, seedSeconds, seedCpuSeconds, double(rows) / qMax(0.001, seedCpuSeconds));

    const PagingFigures all
        = pageThrough(store, QStringLiteral("SELECT Id, Name, Amount FROM Opportunity ORDER BY Amount"));
    std::printf("paging all:  %lld rows in %d pages, first page %.1f ms, total %.1f ms (%.0f rows/s)\n", all.rows,
                all.pages, all.firstPageMs, all.totalMs, double(all.rows) / (all.totalMs / 1000.0));
    const PagingFigures half = pageThrough(
        store,
        QStringLiteral("SELECT Id, Name, Amount FROM Opportunity ORDER BY Amount LIMIT %1").arg(opportunities / 2));
    std::printf("paging half: %lld rows in %d pages, first page %.1f ms, total %.1f ms (%.0f rows/s)\n", half.rows,
                half.pages, half.firstPageMs, half.totalMs, double(half.rows) / (half.totalMs / 1000.0));
    std::printf("linearity: time(all)/time(half) = %.2f (2.0 = linear)\n", all.totalMs / qMax(0.001, half.totalMs));
    return 0;
}
