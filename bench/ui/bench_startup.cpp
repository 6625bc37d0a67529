// Startup of hilal-sf-admin beside a minimal Qt WebEngine program (the floor): time from
// process start to the main window shown and to the Integrations page loaded, and the main
// process's peak memory. Each program runs several times; medians are printed.
//
//   bench_startup [runs]        (default 5; offscreen unless a display is set)
//
// Issue 8's bar: time ≤ 1.5 × the floor's, memory ≤ the floor's + 60 MB. Printed, not asserted.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

#include <algorithm>

namespace {

struct Run
{
    double shownMs = -1;
    double loadedMs = -1;
    qint64 peakKb = -1;
};

Run runOnce(const QString &program)
{
    Run run;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!env.contains(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS")))
        env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--disable-gpu"));
    // Chromium refuses its sandbox as root (containers, CI); both programs get the same setting.
    if (!env.contains(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX")))
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;qt.webenginecontext.info=false"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    QByteArray pending;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, [&] {
        const double now = timer.nsecsElapsed() / 1e6;
        pending += process.readAllStandardOutput();
        int newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            if (line == "shown")
                run.shownMs = now;
            else if (line == "loaded")
                run.loadedMs = now;
            else if (line.startsWith("peak_rss_kb="))
                run.peakKb = line.mid(12).toLongLong();
        }
    });
    timer.start();
    process.start(program, {});
    if (!process.waitForFinished(120000))
        process.kill();
    return run;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Summary
{
    double shownMs, loadedMs, peakMb;
};

Summary measure(const QString &program, int runs)
{
    std::vector<double> shown, loaded, peak;
    runOnce(program); // warm the page cache; not counted
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(program);
        shown.push_back(r.shownMs);
        loaded.push_back(r.loadedMs);
        peak.push_back(r.peakKb / 1024.0);
    }
    return {median(shown), median(loaded), median(peak)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const Summary floor = measure(QStringLiteral(HILAL_BENCH_FLOOR), runs);
    const Summary admin = measure(QStringLiteral(HILAL_BENCH_APP), runs);

    QTextStream out(stdout);
    out << "hilal-sf-admin startup, median of " << runs << " runs (main process; WebEngine's helper "
        << "processes are alike in both)\n\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("program"), -22)
               .arg(QStringLiteral("window shown"), 14)
               .arg(QStringLiteral("page loaded"), 13)
               .arg(QStringLiteral("peak RSS"), 10);
    auto row = [&out](const QString &name, const Summary &s) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(name, -22)
                   .arg(QStringLiteral("%1 ms").arg(s.shownMs, 0, 'f', 0), 14)
                   .arg(QStringLiteral("%1 ms").arg(s.loadedMs, 0, 'f', 0), 13)
                   .arg(QStringLiteral("%1 MB").arg(s.peakMb, 0, 'f', 1), 10);
    };
    row(QStringLiteral("floor (bare WebEngine)"), floor);
    row(QStringLiteral("hilal-sf-admin"), admin);
    out << "\nratio to floor: shown " << QString::number(admin.shownMs / floor.shownMs, 'f', 2) << "x, loaded "
        << QString::number(admin.loadedMs / floor.loadedMs, 'f', 2) << "x; memory +"
        << QString::number(admin.peakMb - floor.peakMb, 'f', 1) << " MB"
        << "  (bar: <= 1.5x and <= +60 MB)\n";
    return 0;
}
