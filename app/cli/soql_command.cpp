#include "soql_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"

#include "soql/read_only_guard.h"

#include <QCommandLineParser>
#include <iostream>
#include <string>

namespace hilal::cli {

namespace {

QString jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case u'\b': out += QLatin1String("\\b"); break;
        case u'\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

// Checks one query, prints its line; true when it is ok.
bool checkOne(const QString &query, bool json, QTextStream &out)
{
    const soql::GuardVerdict verdict = soql::ReadOnlyGuard::check(query);
    using Reason = soql::GuardVerdict::Reason;
    const QString status = verdict.ok()                          ? QStringLiteral("ok")
                           : verdict.reason == Reason::ParseError ? QStringLiteral("error")
                                                                  : QStringLiteral("guard");
    if (json) {
        out << "{\"query\": " << jsonString(query) << ", \"status\": \"" << status << '"';
        if (verdict.ok()) {
            out << ", \"line\": null, \"column\": null, \"message\": null";
        } else {
            out << ", \"line\": " << verdict.line << ", \"column\": " << verdict.column
                << ", \"message\": " << jsonString(verdict.message) << ", \"reason\": \""
                << soql::GuardVerdict::reasonName(verdict.reason) << '"';
        }
        out << '}' << Qt::endl;
    } else if (verdict.ok()) {
        out << "ok" << Qt::endl;
    } else if (verdict.reason == Reason::ParseError) {
        out << "error " << verdict.line << ':' << verdict.column << ": " << verdict.message << Qt::endl;
    } else {
        out << "guard: " << verdict.message << Qt::endl;
    }
    return verdict.ok();
}

} // namespace

int SoqlCommand::run(const QStringList &args, CliContext &context)
{
    if (args.isEmpty() || args.first() != u"check") {
        if (!args.isEmpty() && (args.first() == u"--help" || args.first() == u"-h")) {
            context.out() << "Usage: hilal-sf soql check [--json] [QUERY]" << Qt::endl;
            return ExitOk;
        }
        return context.fail(QStringLiteral("soql: expected a subcommand; usage: hilal-sf soql check [--json] [QUERY]"),
                            ExitUsage);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks SOQL the way RUN_SOQL does (read-only guard + parser). Prints one line per query:\n"
        "`ok`, `guard: <reason>` or `error <line>:<col>: <message>`. Without QUERY, reads stdin,\n"
        "one query per line. Exit 0 when every query is ok, 1 otherwise."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object per query."));
    parser.addOption(help);
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("The query (words are joined with spaces)."));
    QStringList words = args;
    words[0] = QStringLiteral("hilal-sf soql check"); // QCommandLineParser skips the program name
    if (!parser.parse(words))
        return context.fail(QStringLiteral("soql check: %1").arg(parser.errorText()), ExitUsage);
    if (parser.isSet(help)) {
        context.out() << botcli::helpText(parser, QStringLiteral("hilal-sf soql")) << Qt::flush;
        return ExitOk;
    }
    const bool asJson = parser.isSet(json);

    if (!parser.positionalArguments().isEmpty())
        return checkOne(parser.positionalArguments().join(u' '), asJson, context.out()) ? ExitOk : ExitFailure;

    // One query per stdin line, each answered before the next is read (so it streams).
    bool allOk = true;
    std::string raw;
    while (std::getline(std::cin, raw)) {
        QString line = QString::fromStdString(raw);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        allOk = checkOne(line, asJson, context.out()) && allOk;
    }
    return allOk ? ExitOk : ExitFailure;
}

} // namespace hilal::cli
