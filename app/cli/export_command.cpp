#include "export_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"
#include "connect_command.h"

#include "bots/audit_entry.h"
#include "bots/audit_log.h"
#include "bots/bot_repository.h"
#include "salesforce/bulk_query_job.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"
#include "secrets/token_store.h"
#include "soql/read_only_guard.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace hilal::cli {

namespace {

// SIGINT/SIGTERM → a byte down a socket pair → a QSocketNotifier → cancel (async-signal-safe).
int g_exportSignalFds[2] = {-1, -1};

void onExportSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_exportSignalFds[0], &byte, 1);
}

bool installExportSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_exportSignalFds) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onExportSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

QString humanBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 B").arg(bytes);
}

// `[#########.........]  45%  450000 of 1000000 records, 52.1 MB`
QString progressBar(qint64 records, qint64 bytes, qint64 total)
{
    constexpr int kWidth = 30;
    if (total <= 0)
        return QStringLiteral("%1 records, %2").arg(records).arg(humanBytes(bytes));
    const int filled = int(qMin<qint64>(kWidth, records * kWidth / total));
    return QStringLiteral("[%1%2] %3%  %4 of %5 records, %6")
        .arg(QString(filled, QLatin1Char('#')), QString(kWidth - filled, QLatin1Char('.')))
        .arg(int(records * 100 / total), 3)
        .arg(records)
        .arg(total)
        .arg(humanBytes(bytes));
}

} // namespace

int ExportCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Export every row of a SOQL query to a file through a Bulk API 2.0 query job."));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot whose connection to use."),
                                    QStringLiteral("ID"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    QStringLiteral("The file to write (replaced only when the export succeeds)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption formatOpt(
        QStringLiteral("format"),
        QStringLiteral("csv (default, as the org sends it) or jsonl (one JSON object per line)."),
        QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption allOpt(QStringLiteral("all-rows"),
                                    QStringLiteral("Include deleted and archived rows (queryAll)."));
    const QCommandLineOption lineOpt(QStringLiteral("line-ending"),
                                     QStringLiteral("CSV line ending: LF (default) or CRLF."),
                                     QStringLiteral("LF|CRLF"), QStringLiteral("LF"));
    const QCommandLineOption delimiterOpt(
        QStringLiteral("delimiter"),
        QStringLiteral("CSV column delimiter: COMMA (default), TAB, PIPE, SEMICOLON, CARET or BACKQUOTE."),
        QStringLiteral("NAME"), QStringLiteral("COMMA"));
    const QCommandLineOption rawOpt(
        QStringLiteral("raw-formulas"),
        QStringLiteral("Write cells exactly as sent (by default cells starting with = + - @ get a leading ')."));
    parser.addOptions({botOpt, outOpt, formatOpt, allOpt, lineOpt, delimiterOpt, rawOpt});
    parser.addPositionalArgument(QStringLiteral("SOQL"), QStringLiteral("The query, in quotes."));
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf export"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    const QString typedBot = parser.value(botOpt);
    const QString path = parser.value(outOpt);
    const QString format = parser.value(formatOpt);
    const QString lineEnding = parser.value(lineOpt).toUpper();
    const QString delimiter = parser.value(delimiterOpt).toUpper();
    if (path.isEmpty())
        return context.fail(QStringLiteral("export needs --out FILE."), ExitUsage);
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("export needs exactly one SOQL argument, in quotes."), ExitUsage);
    if (format != QLatin1String("csv") && format != QLatin1String("jsonl"))
        return context.fail(QStringLiteral("--format must be csv or jsonl, not '%1'.").arg(format), ExitUsage);
    if (lineEnding != QLatin1String("LF") && lineEnding != QLatin1String("CRLF"))
        return context.fail(QStringLiteral("--line-ending must be LF or CRLF, not '%1'.").arg(parser.value(lineOpt)),
                            ExitUsage);
    if (!salesforce::BulkQueryJob::isValidDelimiterName(delimiter))
        return context.fail(
            QStringLiteral("--delimiter must be COMMA, TAB, PIPE, SEMICOLON, CARET or BACKQUOTE, not '%1'.")
                .arg(parser.value(delimiterOpt)),
            ExitUsage);
    if (format == QLatin1String("jsonl") && (parser.isSet(lineOpt) || parser.isSet(delimiterOpt)))
        return context.fail(QStringLiteral("--line-ending and --delimiter apply to --format csv only."), ExitUsage);
    const QFileInfo target(path);
    if (target.isDir())
        return context.fail(QStringLiteral("--out %1 is a folder; name a file.").arg(path), ExitUsage);
    if (!target.absoluteDir().exists())
        return context.fail(QStringLiteral("--out %1: the folder %2 does not exist.").arg(path, target.absolutePath()),
                            ExitUsage);
    const QString soql = parser.positionalArguments().first();

    // The same guard as `query`: SOQL leaves this machine only as one plain read.
    const soql::GuardVerdict verdict = soql::ReadOnlyGuard::check(soql);
    if (!verdict.ok())
        return context.fail(QStringLiteral("not sent: %1 (line %2, column %3)")
                                .arg(verdict.message)
                                .arg(verdict.line)
                                .arg(verdict.column),
                            ExitFailure);

    botcli::BotTarget bot = botcli::openBot(context, typedBot);
    if (!bot.ok())
        return bot.exitCode;
    auto &repo = bot.repo;
    const QString botId = bot.id;
    if (!installExportSignalHandlers())
        return context.fail(QStringLiteral("Could not install the SIGINT/SIGTERM handlers."), ExitFailure);

    secrets::TokenStore store;
    QNetworkAccessManager network;
    salesforce::Session session(botId, &store, &network);
    salesforce::RestClient client(&session);
    salesforce::BulkQueryJob::Options options;
    options.soql = soql;
    options.allRows = parser.isSet(allOpt);
    options.format = format == QLatin1String("jsonl") ? salesforce::BulkQueryJob::Format::JsonLines
                                                      : salesforce::BulkQueryJob::Format::Csv;
    options.lineEnding = lineEnding;
    options.columnDelimiter = delimiter;
    options.rawFormulas = parser.isSet(rawOpt);
    salesforce::BulkQueryJob job(&client, options);

    bool interrupted = false;
    QSocketNotifier signalNotifier(g_exportSignalFds[1], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &job, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_exportSignalFds[1], &byte, 1);
        interrupted = true;
        job.cancel();
    });
    const bool terminal = context.stderrIsTerminal();
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(&job, &salesforce::BulkQueryJob::stateChanged, &job, [&](const QString &state) {
        if (!terminal)
            context.err() << "job " << job.jobId() << ": " << state << Qt::endl;
    });
    QObject::connect(&job, &salesforce::BulkQueryJob::progress, &job, [&](qint64 records, qint64 bytes, qint64 total) {
        if (terminal) {
            context.err() << "\r\033[K" << progressBar(records, bytes, total) << Qt::flush;
        } else if (sinceLine.elapsed() >= 1000 || (total >= 0 && records == total)) {
            // Plain lines for logs and pipes, at most one a second.
            context.err() << "exported " << records << (total >= 0 ? QStringLiteral(" of %1").arg(total) : QString())
                          << " records, " << humanBytes(bytes) << Qt::endl;
            sinceLine.restart();
        }
    });
    QElapsedTimer clock;
    clock.start();
    job.start(path);
    if (!job.isFinished())
        clientcli::waitFor(&job, &salesforce::BulkQueryJob::finished);
    if (terminal)
        context.err() << "\r\033[K" << Qt::flush;
    // The abort PATCH of a cancelled job: give it a moment to leave before the process ends.
    if (job.error() && !job.jobId().isEmpty())
        clientcli::waitFor(&network, &QNetworkAccessManager::finished, 3000);
    if (store.pendingJobs() > 0)
        clientcli::waitFor(&store, &secrets::TokenStore::idle, 30000);
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);

    bots::AuditEntry entry;
    entry.botId = botId;
    entry.kind = bots::AuditEntry::Kind::Dispatch;
    entry.action = QStringLiteral("export");
    entry.parameters = QJsonObject {{QStringLiteral("query"), soql},
                                    {QStringLiteral("file"), target.absoluteFilePath()},
                                    {QStringLiteral("format"), format},
                                    {QStringLiteral("rows"), job.records()},
                                    {QStringLiteral("job"), job.jobId()}};
    entry.durationMs = clock.elapsed();
    entry.actor = botcli::actor();
    entry.status = job.error() ? 1 : 0;
    entry.detail = job.error()
        ? (interrupted ? QStringLiteral("export interrupted; job aborted, no file written") : job.error().message)
        : QStringLiteral("exported %1 records to %2").arg(job.records()).arg(path);
    repo->audit().append(entry);

    if (job.error()) {
        if (interrupted)
            return context.fail(
                QStringLiteral("interrupted: the export job was aborted and %1 was not written.").arg(path),
                ExitFailure);
        return context.fail(clientcli::describe(job.error(), botId), ExitFailure);
    }
    context.out() << "exported " << job.records() << " records to " << path << Qt::endl;
    return ExitOk;
}

} // namespace hilal::cli
