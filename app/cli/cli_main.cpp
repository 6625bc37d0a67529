#include "cli_main.h"

#include "cli_context.h"
#include "command.h"
#include "command_table.h"

#include "core/app_paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

namespace hilal::cli {

namespace {

// The project's log lines (hilal.*) are for whoever debugs hilal-sf, not for a script reading
// stderr: off unless --verbose or HILAL_SF_LOG_LEVEL asks for them.
void setLogLevel(bool verbose)
{
    QString level = qEnvironmentVariable("HILAL_SF_LOG_LEVEL").toLower();
    if (verbose && level.isEmpty())
        level = QStringLiteral("debug");
    QString rules;
    if (level == QLatin1String("debug"))
        rules = QStringLiteral("hilal.*=true");
    else if (level == QLatin1String("info"))
        rules = QStringLiteral("hilal.*.debug=false\nhilal.*.info=true\nhilal.*.warning=true\nhilal.*.critical=true");
    else if (level == QLatin1String("warning") || level == QLatin1String("warn"))
        rules = QStringLiteral("hilal.*.debug=false\nhilal.*.info=false\nhilal.*.warning=true");
    else
        rules = QStringLiteral("hilal.*=false\nhilal.*.critical=true");
    QLoggingCategory::setFilterRules(rules);
}

} // namespace

QString globalUsage()
{
    QString text = QStringLiteral(
        "Usage: hilal-sf [--data-dir DIR] [--verbose] <command> [options]\n"
        "       hilal-sf help <command>\n\n"
        "Connect Hilal Chatbot bots to Salesforce and run their actions from scripts.\n\n"
        "Global options:\n"
        "  -h, --help        Show this help (or `hilal-sf help <command>`).\n"
        "  -v, --version     Show the version.\n"
        "  --data-dir DIR    Keep bots, settings and logs in DIR (also $HILAL_SF_HOME).\n"
        "  --verbose         Print internal log lines on stderr (also $HILAL_SF_LOG_LEVEL=debug|info|warning).\n\n"
        "Commands:\n");
    for (const CommandEntry &command : commandTable())
        text += QStringLiteral("  %1 %2\n").arg(command.name, -16).arg(command.summary);
    text += QLatin1Char('\n') + exitCodeTable();
    return text;
}

int cliMain(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    // Everything after the subcommand's name belongs to the subcommand.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("help"));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("version"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("data dir"), QStringLiteral("DIR"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("verbose"));
    parser.addOptions({help, version, dataDir, verbose});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("subcommand"));

    if (!parser.parse(QStringList {QStringLiteral("hilal-sf")} + arguments)) {
        context.err() << "hilal-sf: " << parser.errorText() << "\n\n" << globalUsage() << Qt::flush;
        return ExitUsage;
    }
    setLogLevel(parser.isSet(verbose));
    if (parser.isSet(version)) {
        context.out() << "hilal-sf " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty()) {
        (rest.isEmpty() && !parser.isSet(help) ? context.err() : context.out()) << globalUsage() << Qt::flush;
        return parser.isSet(help) ? ExitOk : ExitUsage;
    }
    if (parser.isSet(dataDir))
        AppPaths::setDataDirOverride(parser.value(dataDir));

    QString name = rest.takeFirst();
    if (name == QLatin1String("help")) { // `hilal-sf help CMD` is `hilal-sf CMD --help`
        if (rest.isEmpty()) {
            context.out() << globalUsage() << Qt::flush;
            return ExitOk;
        }
        name = rest.first();
        rest = {QStringLiteral("--help")};
    }
    context.setJson(rest.contains(QLatin1String("--json")));
    std::unique_ptr<Command> command = createCommand(name);
    if (!command) {
        const QString guess = closestCommand(name);
        context.err() << "hilal-sf: unknown command '" << name << "'";
        if (!guess.isEmpty())
            context.err() << "; did you mean '" << guess << "'?";
        context.err() << "\n\n" << globalUsage() << Qt::flush;
        return ExitUsage;
    }
    return command->run(rest, context);
}

} // namespace hilal::cli
