#pragma once
// What the two startup programs print, one line each, for bench_startup to timestamp:
//   shown          the main window is exposed on screen
//   loaded         the Integrations page (or the floor's page) finished loading
//   peak_rss_kb=N  the process's peak resident set (VmHWM), just before exiting

#include <QFile>
#include <QTextStream>

namespace hilal::bench {

inline qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

inline void report(const char *line)
{
    QTextStream out(stdout);
    out << line << Qt::endl;
}

} // namespace hilal::bench
