// Loads 100,000 rows from a local org (on its own thread) into the results grid's model, page by
// page as the console does (QueryCursor → ResultsModel::appendRecordsAsync, flattening on a
// worker), and prints the time and peak memory beside the same rows through the plain client
// (QueryCursor into memory, what `hilal-sf query` does). Also with the grid's view shown, with
// the longest stall of the GUI thread while loading (how responsive the window stays).
// Bar (issue 9): grid time ≤ 1.5 × the plain client's.
//
//   bench_grid_load [ROWS] [RUNS]        (defaults 100000, 3; median of the runs is printed)
//   (each measured run re-runs this program with --child MODE URL, the token in the environment)
#include "bench_support.h"
#include "emulator/local_org_thread.h"
#include "salesforce/oauth_flow.h"
#include "salesforce/query_cursor.h"
#include "salesforce/redirect_catcher.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"
#include "ui/console/results_model.h"
#include "ui/console/results_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace hilal;
using namespace hilal::salesforce;

namespace {

struct Run
{
    qint64 ms = 0;
    qint64 rows = 0;
    qint64 peakGrowthKb = 0;
    qint64 maxStallMs = 0;
};

// Measures the longest gap between 5 ms timer ticks: how long the GUI thread was busy at once.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { m_max = std::max(m_max, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 max() const { return m_max; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

const QString kSoql
    = QStringLiteral("SELECT Id, Name, StageName, Amount, CloseDate, Probability, AccountId FROM Opportunity");

Run plainClient(RestClient &client, const QString &soql)
{
    bench::resetPeak();
    const qint64 base = bench::procStatusKb("VmRSS:");
    StallMeter stall;
    QElapsedTimer timer;
    timer.start();
    QueryCursor *cursor = client.query(soql);
    cursor->setAutoDelete(false);
    cursor->setAccumulate(true);
    bench::waitFor(cursor, &QueryCursor::finished);
    Run r;
    r.ms = timer.elapsed();
    r.rows = cursor->records().size();
    r.peakGrowthKb = bench::procStatusKb("VmHWM:") - base;
    r.maxStallMs = stall.max();
    if (cursor->error())
        std::fprintf(stderr, "query failed: %s\n", qPrintable(cursor->error().message));
    delete cursor;
    return r;
}

// What the console does: each page is queued for flattening on the model's worker; the load is
// done when the cursor has finished and every page is in the model.
Run gridLoad(RestClient &client, const QString &soql, bool withView)
{
    bench::resetPeak();
    const qint64 base = bench::procStatusKb("VmRSS:");
    ui::ResultsModel model;
    std::unique_ptr<ui::ResultsView> view;
    if (withView) {
        view = std::make_unique<ui::ResultsView>();
        view->setResultsModel(&model);
        view->resize(1000, 600);
        view->show();
    }
    model.seedColumns({QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("StageName"),
                       QStringLiteral("Amount"), QStringLiteral("CloseDate"), QStringLiteral("Probability"),
                       QStringLiteral("AccountId")});
    StallMeter stall;
    QElapsedTimer timer;
    timer.start();
    QueryCursor *cursor = client.query(soql);
    cursor->setAutoDelete(false);
    QObject::connect(cursor, &QueryCursor::pageReady, &model,
                     [&model](const QJsonArray &records) { model.appendRecordsAsync(records); });
    QEventLoop loop;
    auto check = [&] {
        if (cursor->isFinished() && model.pendingPages() == 0)
            loop.quit();
    };
    QObject::connect(cursor, &QueryCursor::finished, &loop, check);
    QObject::connect(&model, &ui::ResultsModel::pageApplied, &loop, check);
    loop.exec();
    Run r;
    r.ms = timer.elapsed();
    r.rows = model.rowCount();
    r.peakGrowthKb = bench::procStatusKb("VmHWM:") - base;
    r.maxStallMs = stall.max();
    if (cursor->error())
        std::fprintf(stderr, "query failed: %s\n", qPrintable(cursor->error().message));
    if (view) {
        // Scrolling to the end and back must not stall either.
        QElapsedTimer scroll;
        scroll.start();
        view->scrollToBottom();
        QApplication::processEvents();
        view->scrollToTop();
        QApplication::processEvents();
        r.maxStallMs = std::max(r.maxStallMs, scroll.elapsed());
    }
    delete cursor;
    return r;
}

Run median(std::vector<Run> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.ms < b.ms; });
    return runs.at(runs.size() / 2);
}

void print(const char *name, const Run &r)
{
    std::printf("%-34s %6lld ms  %8.0f rows/s  peak memory +%6.1f MB  longest GUI stall %4lld ms\n", name, r.ms,
                r.rows * 1000.0 / double(std::max<qint64>(r.ms, 1)), r.peakGrowthKb / 1024.0, r.maxStallMs);
}

// One measured run in a fresh process, so its peak memory (VmHWM) is its own.
int child(const QString &mode, const QUrl &instance)
{
    QNetworkAccessManager network;
    Connection connection;
    connection.botId = QStringLiteral("bench");
    connection.accessToken = qEnvironmentVariable("HILAL_BENCH_TOKEN");
    connection.instanceUrl = instance;
    Session session(connection.botId, nullptr, &network);
    session.setConnection(connection, false);
    RestClient client(&session);
    const Run r = mode == QLatin1String("plain") ? plainClient(client, kSoql)
                                                 : gridLoad(client, kSoql, mode == QLatin1String("view"));
    std::printf("RESULT %lld %lld %lld %lld\n", r.ms, r.rows, r.peakGrowthKb, r.maxStallMs);
    return r.rows > 0 ? 0 : 1;
}

Run runChild(const QString &mode, const QUrl &instance, const QString &token)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HILAL_BENCH_TOKEN"), token); // not on the command line (ps shows it)
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode, instance.toString()});
    process.waitForFinished(600000);
    Run r;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        const QList<QByteArray> f = line.split(' ');
        r.ms = f.value(1).toLongLong();
        r.rows = f.value(2).toLongLong();
        r.peakGrowthKb = f.value(3).toLongLong();
        r.maxStallMs = f.value(4).toLongLong();
    }
    if (r.rows == 0)
        std::fprintf(stderr, "%s run failed: %s\n", qPrintable(mode), process.readAllStandardError().constData());
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--child")
        return child(QString::fromLocal8Bit(argv[2]), QUrl(QString::fromLocal8Bit(argv[3])));
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;

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
    std::printf("local org with %d opportunities ready in %.1f s at %s (own thread)\n", rows, seed.elapsed() / 1000.0,
                qPrintable(org.url().toString()));

    QNetworkAccessManager network;
    const Connection connection = bench::loginToAutoApprovingOrg(org.url(), &network);
    if (!connection.isValid())
        return 1;
    {
        // Warm-up: first-touch allocations in the org, SQLite cache.
        Session session(connection.botId, nullptr, &network);
        session.setConnection(connection, false);
        RestClient client(&session);
        plainClient(client, kSoql);
    }

    std::vector<Run> plain, grid, view;
    for (int i = 0; i < runs; ++i) {
        plain.push_back(runChild(QStringLiteral("plain"), connection.instanceUrl, connection.accessToken));
        grid.push_back(runChild(QStringLiteral("grid"), connection.instanceUrl, connection.accessToken));
        view.push_back(runChild(QStringLiteral("view"), connection.instanceUrl, connection.accessToken));
    }
    const Run p = median(plain), g = median(grid), v = median(view);
    std::printf("\n%d rows, median of %d runs each, each run in a fresh process (%s)\n", rows, runs, qPrintable(kSoql));
    print("plain client (QueryCursor→memory)", p);
    print("grid model (lazy cells)", g);
    print("grid model + view shown", v);
    if (g.rows != rows || v.rows != rows)
        std::printf("WARNING: the grid holds %lld / %lld rows, expected %d\n", g.rows, v.rows, rows);
    std::printf("\ntime ratio: grid model %.2f x plain, with view %.2f x plain   (bar <= 1.5)\n",
                double(g.ms) / double(std::max<qint64>(p.ms, 1)), double(v.ms) / double(std::max<qint64>(p.ms, 1)));
    return 0;
}
