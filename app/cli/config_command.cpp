#include "config_command.h"

#include "cli_context.h"
#include "command_registry.h"

#include "core/config.h"

namespace hilal::cli {

HILAL_REGISTER_COMMAND(ConfigCommand, "config")

namespace {

const char kUsage[] =
    "Usage: hilal-sf config list\n"
    "       hilal-sf config get KEY\n"
    "       hilal-sf config set KEY VALUE\n\n"
    "Keys:\n"
    "  salesforce.clientId     the Connected App's consumer key (default PlatformCLI)\n"
    "  salesforce.callbackUrl  its callback URL, caught on this machine (default http://localhost:1717/OauthRedirect)\n"
    "  salesforce.apiVersion   the highest REST API version to use (default 60.0)\n";

bool keyOf(const QString &name, Config::Key *key, CliContext &context)
{
    if (Config::fromName(name, key))
        return true;
    context.fail(QStringLiteral("unknown setting '%1'; the settings are %2.")
                     .arg(name, Config::names().join(QStringLiteral(", "))),
                 ExitUsage);
    return false;
}

} // namespace

int ConfigCommand::run(const QStringList &args, CliContext &context)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        context.out() << kUsage << Qt::flush;
        return ExitOk;
    }
    if (sub == QLatin1String("list") && args.size() == 1) {
        for (const QString &name : Config::names()) {
            Config::Key key;
            Config::fromName(name, &key);
            context.out() << name << '=' << Config::get(key) << '\n';
        }
        context.out() << Qt::flush;
        return ExitOk;
    }
    if (sub == QLatin1String("get") && args.size() == 2) {
        Config::Key key;
        if (!keyOf(args.at(1), &key, context))
            return ExitUsage;
        context.out() << Config::get(key) << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("set") && args.size() == 3) {
        Config::Key key;
        if (!keyOf(args.at(1), &key, context))
            return ExitUsage;
        const QString problem = Config::set(key, args.at(2));
        if (!problem.isEmpty())
            return context.fail(problem, ExitUsage);
        return ExitOk;
    }
    context.err() << kUsage << Qt::flush;
    return ExitUsage;
}

} // namespace hilal::cli
