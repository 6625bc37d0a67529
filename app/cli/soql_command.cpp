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
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
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

// One query's verdict as a JSON object (the items of `soql check --json`'s result).
QString verdictJson(const QString &query, const soql::GuardVerdict &verdict, const QString &status)
{
    QString out
        = QStringLiteral("{\"query\": ") + jsonString(query) + QStringLiteral(", \"status\": \"") + status + u'"';
    if (verdict.ok()) {
        out += QStringLiteral(", \"line\": null, \"column\": null, \"message\": null");
    } else {
        out += QStringLiteral(", \"line\": %1, \"column\": %2, \"message\": ").arg(verdict.line).arg(verdict.column)
            + jsonString(verdict.message) + QStringLiteral(", \"reason\": \"")
            + soql::GuardVerdict::reasonName(verdict.reason) + u'"';
    }
    return out + u'}';
}

// Checks one query and prints its verdict: a line of text, or with --json one item of the
// envelope's result array on a line of its own (after a comma unless `first`). True when ok.
bool checkOne(const QString &query, bool json, bool first, QTextStream &out)
{
    const soql::GuardVerdict verdict = soql::ReadOnlyGuard::check(query);
    using Reason = soql::GuardVerdict::Reason;
    const QString status = verdict.ok()        ? QStringLiteral("ok")
        : verdict.reason == Reason::ParseError ? QStringLiteral("error")
                                               : QStringLiteral("guard");
    if (json)
        out << (first ? "" : ",") << verdictJson(query, verdict, status) << Qt::endl;
    else if (verdict.ok())
        out << "ok" << Qt::endl;
    else if (verdict.reason == Reason::ParseError)
        out << "error " << verdict.line << ':' << verdict.column << ": " << verdict.message << Qt::endl;
    else
        out << "guard: " << verdict.message << Qt::endl;
    return verdict.ok();
}

} // namespace

int SoqlCommand::run(const QStringList &args, CliContext &context)
{
    if (args.isEmpty() || args.first() != u"check") {
        if (!args.isEmpty() && (args.first() == u"--help" || args.first() == u"-h"))
            return run({QStringLiteral("check"), QStringLiteral("--help")}, context); // its only subcommand
        return context.fail(QStringLiteral("soql: expected a subcommand; usage: hilal-sf soql check [--json] [QUERY]"),
                            ExitUsage);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks SOQL the way RUN_SOQL does (read-only guard + parser). Prints one line per query:\n"
                       "`ok`, `guard: <reason>` or `error <line>:<col>: <message>`. Without QUERY, reads stdin,\n"
                       "one query per line. Exit 0 when every query is ok, 1 otherwise. --json answers with the\n"
                       "envelope {\"result\": [one object per query], \"status\": 0, \"warnings\": []}; when a query\n"
                       "fails, the status members are those of a failure (\"status\": 1, \"name\", \"message\", …)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Answer with the JSON envelope, streamed."));
    parser.addOption(help);
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("The query (words are joined with spaces)."));
    QStringList words = args;
    words[0] = QStringLiteral("hilal-sf soql check"); // QCommandLineParser skips the program name
    if (!parser.parse(words))
        return context.fail(QStringLiteral("soql check: %1").arg(parser.errorText()), ExitUsage);
    if (parser.isSet(help)) {
        context.out() << botcli::helpText(parser, QStringLiteral("hilal-sf soql check")) << Qt::flush;
        return ExitOk;
    }
    const bool asJson = parser.isSet(json);
    QTextStream &out = context.out();
    // --json: the envelope, streamed as the queries are checked; "result" comes first and the
    // status members last, once every verdict is known (as `query --json` does).
    if (asJson)
        out << "{\"result\": [\n" << Qt::flush;
    int failed = 0;
    int checked = 0;
    if (!parser.positionalArguments().isEmpty()) {
        failed += checkOne(parser.positionalArguments().join(u' '), asJson, true, out) ? 0 : 1;
        ++checked;
    } else {
        // One query per stdin line, each answered before the next is read (so it streams).
        std::string raw;
        while (std::getline(std::cin, raw)) {
            QString line = QString::fromStdString(raw);
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.trimmed().isEmpty())
                continue;
            failed += checkOne(line, asJson, checked == 0, out) ? 0 : 1;
            ++checked;
        }
    }
    const int code = failed == 0 ? ExitOk : ExitFailure;
    if (asJson) {
        out << "], ";
        if (code == ExitOk)
            out << "\"status\": 0, \"warnings\": []";
        else
            out << CliContext::errorMembers(QStringLiteral("%1 of %2 queries did not pass the check; see each query's "
                                                           "\"status\" and \"message\" in \"result\".")
                                                .arg(failed)
                                                .arg(checked),
                                            code);
        out << '}' << Qt::endl;
    }
    return code;
}

} // namespace hilal::cli
