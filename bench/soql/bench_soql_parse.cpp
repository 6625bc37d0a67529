// Parses the SOQL corpus (tests/soql/soql_corpus.h) over and over and prints throughput:
// lexer alone, parser, and the read-only guard (lex + parse). Figures only; never asserts on time.
//
//   bench_soql_parse [seconds-per-measurement [lexer|parser|guard]]   (default: 2 s, all three)
#include "soql/lexer.h"
#include "soql/parser.h"
#include "soql/read_only_guard.h"

#include "soql/soql_corpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>
#include <vector>

using namespace hilal::soql;

namespace {

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Corpus
{
    std::vector<QString> queries;
    qint64 utf8Bytes = 0;
};

Corpus loadCorpus()
{
    Corpus corpus;
    for (const char *q : testing::kValidQueries) {
        corpus.queries.push_back(QString::fromUtf8(q));
        corpus.utf8Bytes += qint64(qstrlen(q));
    }
    return corpus;
}

// Runs `pass` over the whole corpus until `seconds` have passed; returns passes and elapsed ns.
template<typename Pass>
void measure(const char *what, const Corpus &corpus, double seconds, Pass pass, QTextStream &out)
{
    // Warm-up pass (caches, the keyword table's static init).
    volatile qint64 sink = pass();
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    qint64 passes = 0;
    const qint64 budget = qint64(seconds * 1e9);
    while (timer.nsecsElapsed() < budget) {
        sink = sink + pass();
        ++passes;
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = threadCpuSeconds() - cpuStart;
    const double mb = double(corpus.utf8Bytes) * double(passes) / 1e6;
    const double queries = double(corpus.queries.size()) * double(passes);
    // Wall-clock figures, and per second of this thread's CPU time — the fair number on a
    // machine shared with other work (the two agree on an idle machine).
    out << QStringLiteral("%1  %2 MB/s  %3 queries/s  wall | %4 MB/s  %5 queries/s  per CPU second  "
                          "(%6 queries, %7 bytes per pass, %8 passes)")
               .arg(QString::fromLatin1(what), -8)
               .arg(mb / elapsed, 7, 'f', 1)
               .arg(queries / elapsed, 9, 'f', 0)
               .arg(mb / cpu, 7, 'f', 1)
               .arg(queries / cpu, 9, 'f', 0)
               .arg(corpus.queries.size())
               .arg(corpus.utf8Bytes)
               .arg(passes)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 2.0;
    QTextStream out(stdout);
    const Corpus corpus = loadCorpus();
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    const auto wanted = [&](const char *name) { return only.isEmpty() || only == QLatin1String(name); };

    if (wanted("lexer"))
        measure(
            "lexer", corpus, seconds,
            [&] {
                qint64 tokens = 0;
                for (const QString &q : corpus.queries) {
                    Lexer lexer(q);
                    while (lexer.next().kind != TokenKind::End)
                        ++tokens;
                }
                return tokens;
            },
            out);

    if (wanted("parser"))
        measure(
            "parser", corpus, seconds,
            [&] {
                qint64 ok = 0;
                for (const QString &q : corpus.queries)
                    ok += Parser::parse(q).ok() ? 1 : 0;
                if (ok != qint64(corpus.queries.size()))
                    qFatal("a corpus query failed to parse");
                return ok;
            },
            out);

    if (wanted("guard"))
        measure(
            "guard", corpus, seconds,
            [&] {
                qint64 ok = 0;
                for (const QString &q : corpus.queries)
                    ok += ReadOnlyGuard::check(q).ok() ? 1 : 0;
                return ok;
            },
            out);
    return 0;
}
