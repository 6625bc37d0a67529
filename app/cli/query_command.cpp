#include "query_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"
#include "connect_command.h"

#include "bots/bot_repository.h"
#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"
#include "secrets/token_store.h"
#include "results/csv_writer.h"
#include "results/record_flattener.h"
#include "soql/parser.h"
#include "soql/read_only_guard.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

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

} // namespace

int QueryCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Run a SOQL query with a bot's Salesforce connection and print every row."));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot whose connection to use."), QStringLiteral("ID"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QStringLiteral("table (default), csv or json."),
                                       QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption allOpt(QStringLiteral("all"), QStringLiteral("Include deleted and archived rows (queryAll)."));
    const QCommandLineOption rawOpt(QStringLiteral("raw"),
                                    QStringLiteral("CSV: write text exactly as the org sent it. By default a cell that a\n"
                                                   "spreadsheet would run as a formula (= + - @ tab CR) gets a leading '."));
    parser.addOptions({botOpt, formatOpt, allOpt, rawOpt});
    parser.addPositionalArgument(QStringLiteral("SOQL"), QStringLiteral("The query, in quotes."));
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf query"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    const QString typedBot = parser.value(botOpt);
    const QString format = parser.value(formatOpt);
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("query needs exactly one SOQL argument, in quotes."), ExitUsage);
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return context.fail(QStringLiteral("--format must be table, csv or json, not '%1'.").arg(format), ExitUsage);
    const QString soql = parser.positionalArguments().first();

    // SOQL leaves this machine only as one plain read, whoever sends it (the same guard as the
    // chat action and the console). No permission is needed here: this is the admin's own tool,
    // like `sf data query`; RUN_SOQL gates what the bot may do from a chat.
    const soql::GuardVerdict verdict = soql::ReadOnlyGuard::check(soql);
    if (!verdict.ok())
        return context.fail(QStringLiteral("not sent: %1 (line %2, column %3)")
                                .arg(verdict.message).arg(verdict.line).arg(verdict.column),
                            ExitFailure);

    botcli::BotTarget target = botcli::openBot(context, typedBot);
    if (!target.ok())
        return target.exitCode;
    const QString botId = target.id;

    secrets::TokenStore store;
    QNetworkAccessManager network;
    salesforce::Session session(botId, &store, &network);
    salesforce::RestClient client(&session);
    salesforce::QueryCursor *cursor = client.query(soql, parser.isSet(allOpt));
    cursor->setAutoDelete(false);

    results::ResultTable table;
    if (const soql::ParseResult parsed = soql::Parser::parse(soql); parsed.query)
        table.setQuery(*parsed.query);
    results::CsvWriter::Options csvOptions;
    csvOptions.raw = parser.isSet(rawOpt);
    QTextStream &out = context.out();
    bool headerDone = false;
    bool firstRecord = true;
    QObject::connect(cursor, &salesforce::QueryCursor::pageReady, cursor, [&](const QJsonArray &records, int) {
        discoverColumns(table, records);
        if (format == QLatin1String("json")) {
            if (!headerDone) {
                // totalSize is known from the first page; rows stream out page by page.
                out << "{\"totalSize\":" << cursor->totalSize() << ",\"done\":true,\"records\":[";
                headerDone = true;
            }
            for (const QJsonValue &r : records) {
                out << (firstRecord ? "" : ",") << QString::fromUtf8(QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact));
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
        out.flush();
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
    if (error) {
        if (format == QLatin1String("json") && headerDone)
            out << "]}" << Qt::endl; // keep stdout parseable; the exit code says it failed
        return context.fail(clientcli::describe(error, botId), ExitFailure);
    }

    if (format == QLatin1String("json")) {
        if (!headerDone)
            out << "{\"totalSize\":" << total << ",\"done\":true,\"records\":[";
        out << "]}" << Qt::endl;
    } else if (format == QLatin1String("csv")) {
        if (!headerDone && !table.columns.isEmpty())
            out << results::CsvWriter::header(table);
        out.flush();
    } else {
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
            while (text.endsWith(QLatin1Char(' '))) // a child row keeps its empty parent cells
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
    return ExitOk;
}

} // namespace hilal::cli
