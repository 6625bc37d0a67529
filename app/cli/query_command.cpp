#include "query_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"
#include "connect_command.h"

#include "bots/audit_entry.h"
#include "bots/audit_log.h"
#include "bots/bot_repository.h"
#include "results/csv_writer.h"
#include "results/record_flattener.h"
#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"
#include "secrets/token_store.h"
#include "soql/parser.h"
#include "soql/read_only_guard.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>

namespace hilal::cli {

namespace {

// The grid's and exports' table: columns from the SELECT list, or (FIELDS(), TYPEOF) from the
// first records the org sends.
void discoverColumns(results::ResultTable &table, const QJsonArray &records)
{
    if (!table.columns.isEmpty() || records.isEmpty())
        return;
    results::RecordFlattener flattener;
    for (const QJsonValue &record : records)
        flattener.flattenRecord(record.toObject());
    table.setColumns(flattener.columns());
}

// Table output: one line per flat row; newlines inside a cell would break the columns.
QString tableCell(const QVariant &cell)
{
    return results::RecordFlattener::text(cell).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// Table output: columns padded to their widest cell; a child row keeps its empty parent cells.
void printTable(const results::ResultTable &table, qint64 total, QTextStream &out)
{
    const QStringList columns = table.flatColumns();
    QVector<QStringList> cells;
    QVector<int> widths;
    for (const QString &c : columns)
        widths << int(c.size());
    for (int row = 0; row < table.rowCount(); ++row) {
        for (const results::FlatRow &flat : table.flatRows(row)) {
            QStringList line;
            for (int i = 0; i < flat.size() && i < widths.size(); ++i) {
                line << tableCell(flat.at(i));
                widths[i] = qMax(widths[i], int(line.last().size()));
            }
            cells << line;
        }
    }
    auto line = [&](const QStringList &row) {
        QStringList padded;
        for (int i = 0; i < row.size(); ++i)
            padded << row.at(i).leftJustified(widths.at(i));
        QString text = padded.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    if (!columns.isEmpty()) {
        line(columns);
        QStringList rule;
        for (int w : widths)
            rule << QString(w, QLatin1Char('-'));
        line(rule);
    }
    for (const QStringList &row : cells)
        line(row);
    out << total << (total == 1 ? " row" : " rows") << Qt::endl;
}

// The admin's queries are audited like the bots' actions: who, which bot, the SOQL, the outcome.
void audit(bots::BotRepository &repo, const QString &botId, const QString &soql,
           const salesforce::SalesforceError &error, qint64 rows)
{
    bots::AuditEntry e;
    e.botId = botId;
    e.kind = bots::AuditEntry::Kind::Dispatch;
    e.action = QStringLiteral("cli-query");
    e.parameters = QJsonObject {{QStringLiteral("query"), soql.left(4000)}};
    e.status = error ? 500 : 200;
    e.actor = botcli::actor();
    e.detail = error ? error.message.left(500) : QStringLiteral("%1 rows").arg(rows);
    repo.audit().append(e);
}

} // namespace

int QueryCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run a SOQL query with a bot's Salesforce connection and print every row.\n\n"
        "Examples:\n"
        "  hilal-sf query --bot support \"SELECT Id, Name FROM Account LIMIT 10\"\n"
        "  hilal-sf query --format csv --output-file accounts.csv \"SELECT Name, Owner.Name FROM Account\"\n"
        "  hilal-sf query --file report.soql --json\n"
        "  echo \"SELECT COUNT() FROM Lead\" | hilal-sf query --file -\n\n"
        "A failed query never leaves output that looks complete: JSON ends with \"done\": false and\n"
        "the error, --output-file is only written when every page arrived, and the exit code says\n"
        "why (see `hilal-sf --help`). Without --bot: $HILAL_SF_BOT, then the defaultBot setting."));
    const QCommandLineOption botOpt(QStringLiteral("bot"),
                                    QStringLiteral("The bot (id, name or alias) whose connection to use."),
                                    QStringLiteral("BOT"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QStringLiteral("table (default), csv or json."),
                                       QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption allOpt(QStringLiteral("all"),
                                    QStringLiteral("Include deleted and archived rows (queryAll)."));
    const QCommandLineOption rawOpt(
        QStringLiteral("raw"),
        QStringLiteral("CSV: write text exactly as the org sent it. By default a cell that a\n"
                       "spreadsheet would run as a formula (= + - @ tab CR) gets a leading '."));
    const QCommandLineOption fileOpt(
        QStringLiteral("file"), QStringLiteral("Read the query from FILE ('-' for stdin)."), QStringLiteral("FILE"));
    const QCommandLineOption outputOpt(
        QStringLiteral("output-file"),
        QStringLiteral("Write the rows to FILE, replaced only when the query succeeded."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(
        QStringLiteral("json"),
        QStringLiteral("Answer with the envelope {\"status\", \"result\", \"warnings\"} on stdout."));
    parser.addOptions({botOpt, formatOpt, allOpt, rawOpt, fileOpt, outputOpt, jsonOpt});
    parser.addPositionalArgument(QStringLiteral("SOQL"), QStringLiteral("The query, in quotes (or --file)."));
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf query"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    const QString typedBot = parser.value(botOpt);
    const bool envelope = parser.isSet(jsonOpt);
    const QString format = envelope ? QStringLiteral("json") : parser.value(formatOpt);
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return context.fail(QStringLiteral("--format must be table, csv or json, not '%1'.").arg(format), ExitUsage);
    QString soql;
    if (parser.isSet(fileOpt)) {
        if (!parser.positionalArguments().isEmpty())
            return context.fail(QStringLiteral("give the query either with --file or as an argument, not both."),
                                ExitUsage);
        const QString path = parser.value(fileOpt);
        QFile file(path);
        const bool opened = path == QLatin1String("-") ? (context.in() != nullptr) : file.open(QIODevice::ReadOnly);
        if (!opened)
            return context.fail(QStringLiteral("could not read %1 (%2).").arg(path, file.errorString()), ExitUsage);
        soql = QString::fromUtf8(path == QLatin1String("-") ? context.in()->readAll() : file.readAll()).trimmed();
        if (soql.isEmpty())
            return context.fail(QStringLiteral("%1 holds no query.").arg(path), ExitUsage);
    } else {
        if (parser.positionalArguments().size() != 1)
            return context.fail(QStringLiteral("query needs exactly one SOQL argument, in quotes (or --file FILE)."),
                                ExitUsage);
        soql = parser.positionalArguments().first();
    }

    // SOQL leaves this machine only as one plain read, whoever sends it (the same guard as the
    // chat action and the console). No permission is needed here: this is the admin's own tool,
    // like `sf data query`; RUN_SOQL gates what the bot may do from a chat.
    const soql::GuardVerdict verdict = soql::ReadOnlyGuard::check(soql);
    if (!verdict.ok())
        return context.fail(QStringLiteral("not sent: %1 (line %2, column %3)")
                                .arg(verdict.message)
                                .arg(verdict.line)
                                .arg(verdict.column),
                            ExitUsage);

    botcli::BotTarget target = botcli::openBot(context, typedBot);
    if (!target.ok())
        return target.exitCode;
    const QString botId = target.id;

    // Rows go to stdout, or to a file that replaces the old one only once every page arrived.
    QSaveFile saveFile(parser.value(outputOpt));
    QTextStream fileStream;
    if (parser.isSet(outputOpt)) {
        if (!saveFile.open(QIODevice::WriteOnly))
            return context.fail(
                QStringLiteral("could not write %1 (%2).").arg(saveFile.fileName(), saveFile.errorString()),
                ExitFailure);
        fileStream.setDevice(&saveFile);
    }
    QTextStream &out = parser.isSet(outputOpt) ? fileStream : context.out();

    secrets::TokenStore store;
    QNetworkAccessManager network;
    const std::optional<salesforce::Connection> fromEnvironment = clientcli::environmentConnection(botId);
    salesforce::Session session(botId, fromEnvironment ? nullptr : &store, &network);
    if (fromEnvironment)
        session.setConnection(*fromEnvironment, false);
    salesforce::RestClient::Options clientOptions;
    clientOptions.maxGetRetries = 5; // a page lost to a 5xx or a dropped connection is fetched again
    clientOptions.retryGetOnServerError = true;
    salesforce::RestClient client(&session, clientOptions);
    salesforce::QueryCursor *cursor = client.query(soql, parser.isSet(allOpt));
    cursor->setAutoDelete(false);

    results::ResultTable table;
    if (const soql::ParseResult parsed = soql::Parser::parse(soql); parsed.query)
        table.setQuery(*parsed.query);
    results::CsvWriter::Options csvOptions;
    csvOptions.raw = parser.isSet(rawOpt);
    bool headerDone = false;
    bool firstRecord = true;
    bool outputClosed = false; // the reader went away (`| head`) or the disk refused
    qint64 written = 0;
    auto jsonHeader = [&](qint64 total) {
        // "done" comes last, once it is known; a failure ends the object with "done": false.
        out << (envelope ? "{\"result\":" : "") << "{\"totalSize\":" << total << ",\"records\":[";
        headerDone = true;
    };
    QObject::connect(cursor, &salesforce::QueryCursor::pageReady, cursor, [&](const QJsonArray &records, int) {
        discoverColumns(table, records);
        if (format == QLatin1String("json")) {
            if (!headerDone)
                jsonHeader(cursor->totalSize());
            for (const QJsonValue &r : records) {
                out << (firstRecord ? "" : ",")
                    << QString::fromUtf8(QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact));
                firstRecord = false;
            }
        } else if (format == QLatin1String("csv")) {
            if (!headerDone && !table.columns.isEmpty()) {
                out << results::CsvWriter::header(table);
                headerDone = true;
            }
            table.clearRows();
            table.appendPage(records);
            out << results::CsvWriter::rows(table, csvOptions);
            table.clearRows();
        } else {
            table.appendPage(records);
        }
        written += records.size();
        out.flush();
        if (out.status() != QTextStream::Ok) {
            outputClosed = true; // stop fetching: nobody reads the rest
            cursor->cancel();
        }
    });
    if (context.stderrIsTerminal()) {
        QObject::connect(cursor, &salesforce::QueryCursor::progress, cursor, [&](qint64 loaded, qint64 total) {
            context.err() << "\rfetched " << loaded << " of " << total << " rows" << Qt::flush;
        });
    }
    clientcli::waitFor(cursor, &salesforce::QueryCursor::finished);
    if (context.stderrIsTerminal())
        context.err() << "\r\033[K" << Qt::flush;
    // A renewed token is being saved: let the keychain finish before exiting.
    if (store.pendingJobs() > 0)
        clientcli::waitFor(&store, &secrets::TokenStore::idle, 30000);

    const salesforce::SalesforceError error = cursor->error();
    const qint64 total = cursor->totalSize();
    delete cursor;
    audit(*target.repo, botId, soql, error, written);

    if (outputClosed) {
        saveFile.cancelWriting();
        if (parser.isSet(outputOpt))
            return context.fail(QStringLiteral("could not write %1 (%2); nothing was saved.")
                                    .arg(saveFile.fileName(), saveFile.errorString()),
                                ExitFailure);
        return ExitInterrupted; // stdout was closed: nobody is left to tell
    }
    if (error) {
        const int code = clientcli::exitCodeFor(error);
        const QString message = clientcli::describe(error, botId);
        saveFile.cancelWriting(); // the old file (if any) stays as it was
        if (format == QLatin1String("json") && headerDone && !parser.isSet(outputOpt)) {
            // What arrived stays parseable, but says it is incomplete and why.
            if (envelope)
                out << "],\"done\":false}," << CliContext::errorMembers(message, code) << '}' << Qt::endl;
            else
                out << "],\"done\":false,\"error\":{" << CliContext::errorMembers(message, code) << "}}" << Qt::endl;
            context.err() << "hilal-sf: " << message << Qt::endl;
            return code;
        }
        return context.fail(message, code);
    }

    if (format == QLatin1String("json")) {
        if (!headerDone)
            jsonHeader(total);
        out << "],\"done\":true}";
        if (envelope)
            out << ",\"status\":0,\"warnings\":[]}";
        out << Qt::endl;
    } else if (format == QLatin1String("csv")) {
        if (!headerDone && !table.columns.isEmpty())
            out << results::CsvWriter::header(table);
        out.flush();
    } else {
        printTable(table, total, out);
    }
    if (parser.isSet(outputOpt)) {
        out.flush();
        if (!saveFile.commit())
            return context.fail(
                QStringLiteral("could not write %1 (%2).").arg(saveFile.fileName(), saveFile.errorString()),
                ExitFailure);
        context.err() << "wrote " << written << (written == 1 ? " row" : " rows") << " to " << saveFile.fileName()
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace hilal::cli
