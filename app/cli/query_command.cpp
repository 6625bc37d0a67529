#include "query_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"
#include "command_registry.h"
#include "connect_command.h"

#include "bots/bot_repository.h"
#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"
#include "secrets/token_store.h"
#include "soql/parser.h"
#include "soql/read_only_guard.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace hilal::cli {

HILAL_REGISTER_COMMAND(QueryCommand, "query")

namespace {

// Column names in SELECT order (QJsonObject sorts keys, so the records can't tell us). Empty
// when the query can't be read that way (FIELDS(), TYPEOF, parse failure): then the first
// record's keys are used.
QStringList columnsFromSoql(const QString &soql)
{
    const soql::ParseResult parsed = soql::Parser::parse(soql);
    if (!parsed.query)
        return {};
    QStringList columns;
    int expr = 0;
    for (const soql::SelectItem &item : parsed.query->select) {
        switch (item.kind) {
        case soql::SelectItem::Kind::Field: {
            QStringList parts = item.field.parts;
            // `FROM Account a … a.Name` → Name
            if (parts.size() > 1 && parts.first().compare(parsed.query->from.alias, Qt::CaseInsensitive) == 0)
                parts.removeFirst();
            columns << parts.join(QLatin1Char('.'));
            break;
        }
        case soql::SelectItem::Kind::Function: {
            const soql::Function f = item.function.function;
            const bool passThrough = f == soql::Function::ToLabel || f == soql::Function::Format
                                     || f == soql::Function::ConvertCurrency;
            if (!item.alias.isEmpty())
                columns << item.alias;
            else if (passThrough && !item.function.args.empty())
                columns << item.function.args.front().field.toString();
            else if (f == soql::Function::Count && item.function.args.empty())
                continue; // COUNT(): the count is totalSize, no column
            else
                columns << QStringLiteral("expr%1").arg(expr++);
            break;
        }
        case soql::SelectItem::Kind::Subquery:
            columns << item.subquery->from.object;
            break;
        default:
            return {};
        }
    }
    return columns;
}

void collectKeys(const QJsonObject &object, const QString &prefix, QStringList *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("attributes"))
            continue;
        const QJsonObject nested = it.value().toObject();
        if (it.value().isObject() && !nested.contains(QLatin1String("records")))
            collectKeys(nested, prefix + it.key() + QLatin1Char('.'), out);
        else
            *out << prefix + it.key();
    }
}

QJsonValue lookup(const QJsonObject &record, const QString &column)
{
    QJsonValue v = record;
    for (const QString &part : column.split(QLatin1Char('.'))) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            return QJsonValue::Null;
        auto it = o.constFind(part);
        if (it == o.constEnd()) {
            // The response uses canonical case; the query may not.
            for (auto k = o.constBegin(); k != o.constEnd(); ++k) {
                if (k.key().compare(part, Qt::CaseInsensitive) == 0) {
                    it = k;
                    break;
                }
            }
            if (it == o.constEnd())
                return QJsonValue::Null;
        }
        v = it.value();
    }
    return v;
}

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
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
    parser.addOptions({botOpt, formatOpt, allOpt});
    parser.addPositionalArgument(QStringLiteral("SOQL"), QStringLiteral("The query, in quotes."));
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf query"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    const QString botId = parser.value(botOpt);
    const QString format = parser.value(formatOpt);
    if (botId.isEmpty())
        return context.fail(QStringLiteral("query needs --bot ID."), ExitUsage);
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

    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    if (!clientcli::requireBot(*repo, botId, std::nullopt, context))
        return ExitFailure;

    secrets::TokenStore store;
    QNetworkAccessManager network;
    salesforce::Session session(botId, &store, &network);
    salesforce::RestClient client(&session);
    salesforce::QueryCursor *cursor = client.query(soql, parser.isSet(allOpt));
    cursor->setAutoDelete(false);

    QStringList columns = columnsFromSoql(soql);
    QTextStream &out = context.out();
    QJsonArray tableRows;
    bool headerDone = false;
    bool firstRecord = true;
    QObject::connect(cursor, &salesforce::QueryCursor::pageReady, cursor, [&](const QJsonArray &records, int) {
        if (columns.isEmpty() && !records.isEmpty())
            collectKeys(records.first().toObject(), QString(), &columns);
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
            if (!headerDone && !columns.isEmpty()) {
                QStringList header;
                for (const QString &c : columns)
                    header << csvField(c);
                out << header.join(QLatin1Char(',')) << '\n';
                headerDone = true;
            }
            for (const QJsonValue &r : records) {
                QStringList fields;
                for (const QString &c : columns)
                    fields << csvField(text(lookup(r.toObject(), c)));
                out << fields.join(QLatin1Char(',')) << '\n';
            }
        } else {
            for (const QJsonValue &r : records)
                tableRows.append(r);
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
        if (!headerDone && !columns.isEmpty()) {
            QStringList header;
            for (const QString &c : columns)
                header << csvField(c);
            out << header.join(QLatin1Char(',')) << '\n';
        }
        out.flush();
    } else {
        QVector<QStringList> cells;
        QVector<int> widths;
        for (const QString &c : columns)
            widths << c.size();
        for (const QJsonValue &r : tableRows) {
            QStringList row;
            for (int i = 0; i < columns.size(); ++i) {
                QString cell = text(lookup(r.toObject(), columns.at(i))).replace(QLatin1Char('\n'), QLatin1Char(' '));
                widths[i] = qMax(widths[i], int(cell.size()));
                row << cell;
            }
            cells << row;
        }
        auto line = [&](const QStringList &row) {
            QStringList padded;
            for (int i = 0; i < row.size(); ++i)
                padded << row.at(i).leftJustified(widths.at(i));
            out << padded.join(QStringLiteral("  ")).trimmed() << '\n';
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
