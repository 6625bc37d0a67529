// hilal-sf: the command-line tool. Parses the global options, then hands the rest of the
// command line to the subcommand named first.
#include "cli_context.h"
#include "command.h"
#include "command_registry.h"

#include "core/app_paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace hilal;
using namespace hilal::cli;

namespace {

QString usage()
{
    QString text = QStringLiteral(
        "Usage: hilal-sf [--data-dir DIR] <command> [options]\n\n"
        "Connect Hilal Chatbot bots to Salesforce and run their actions from scripts.\n\n"
        "Global options:\n"
        "  -h, --help        Show this help (or `hilal-sf <command> --help`).\n"
        "  -v, --version     Show the version.\n"
        "  --data-dir DIR    Keep bots, settings and logs in DIR (also $HILAL_SF_HOME).\n\n"
        "Commands:\n");
    for (const auto &command : CommandRegistry::instance().all())
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -16).arg(command->summary());
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hilal-sf-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hilal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HILAL_VERSION));

    QCommandLineParser parser;
    // Everything after the subcommand's name belongs to the subcommand.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("help"));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("version"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("data dir"), QStringLiteral("DIR"));
    parser.addOptions({help, version, dataDir});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("subcommand"));

    CliContext context;
    if (!parser.parse(app.arguments())) {
        context.err() << parser.errorText() << "\n\n" << usage();
        return ExitUsage;
    }
    if (parser.isSet(version)) {
        context.out() << "hilal-sf " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty()) {
        (rest.isEmpty() && !parser.isSet(help) ? context.err() : context.out()) << usage() << Qt::flush;
        return parser.isSet(help) ? ExitOk : ExitUsage;
    }
    if (parser.isSet(dataDir))
        AppPaths::setDataDirOverride(parser.value(dataDir));

    const QString name = rest.takeFirst();
    std::unique_ptr<Command> command = CommandRegistry::instance().create(name);
    if (!command) {
        context.err() << "hilal-sf: unknown command '" << name << "'\n\n" << usage() << Qt::flush;
        return ExitUsage;
    }
    return command->run(rest, context);
}
