#include "config_command.h"

#include "cli_context.h"

#include "bot_cli_support.h"
#include "cli_settings.h"
#include "connect_command.h"

#include "bots/bot_repository.h"
#include "core/config.h"
#include "secrets/token_store.h"

#include <termios.h>
#include <unistd.h>

namespace hilal::cli {

namespace {

const char kUsage[]
    = "Usage: hilal-sf config list\n"
      "       hilal-sf config get KEY\n"
      "       hilal-sf config set KEY VALUE\n"
      "       hilal-sf config unset KEY\n\n"
      "Keys:\n"
      "  defaultBot              the bot commands use without --bot (id, name or alias; $HILAL_SF_BOT wins)\n"
      "  salesforce.clientId     the Connected App's consumer key (default PlatformCLI)\n"
      "  salesforce.callbackUrl  its callback URL, caught on this machine (default "
      "http://localhost:1717/OauthRedirect)\n"
      "  salesforce.apiVersion   the highest REST API version to use (default 60.0)\n"
      "  salesforce.clientSecret the Connected App's consumer secret, when it requires one: kept in the\n"
      "                          system keychain only; `config set salesforce.clientSecret -` reads it\n"
      "                          from stdin (never echoed); `config unset salesforce.clientSecret` removes it\n\n"
      "Examples:\n"
      "  hilal-sf config set salesforce.clientId 3MVG9…\n"
      "  hilal-sf config set defaultBot support\n"
      "  hilal-sf config unset defaultBot\n";

const QLatin1String kDefaultBot("defaultBot");

bool keyOf(const QString &name, Config::Key *key, CliContext &context)
{
    if (Config::fromName(name, key))
        return true;
    context.fail(QStringLiteral("unknown setting '%1'; the settings are %2.")
                     .arg(name, (QStringList {kDefaultBot} + Config::names()).join(QStringLiteral(", "))),
                 ExitUsage);
    return false;
}

// Reads one line from stdin; on a terminal with echo off, so the secret never shows.
QString readSecretLine(CliContext &context)
{
    if (!context.in())
        return {};
    const bool terminal = context.stdinIsTerminal();
    termios saved {};
    const bool quiet = terminal && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios noEcho = saved;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
        context.err() << "Consumer secret (not shown): " << Qt::flush;
    }
    const QString line = QString::fromUtf8(context.in()->readLine()).trimmed();
    if (quiet) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        context.err() << Qt::endl;
    }
    return line;
}

// The consumer secret never goes to the settings file, the command line or the output.
int clientSecret(const QStringList &args, CliContext &context)
{
    const bool unset = args.value(0) == QLatin1String("unset") && args.size() == 2;
    if (!unset && (args.value(0) != QLatin1String("set") || args.size() != 3 || args.at(2) != QLatin1String("-")))
        return context.fail(QStringLiteral("salesforce.clientSecret is kept in the system keychain and never shown; "
                                           "set it with `hilal-sf config set salesforce.clientSecret -` and type it "
                                           "on stdin (not as an argument, where other users could read it), or "
                                           "remove it with `hilal-sf config unset salesforce.clientSecret`."),
                            ExitUsage);
    const QString secret = unset ? QString() : readSecretLine(context);
    if (!unset && secret.isEmpty())
        return context.fail(QStringLiteral("no secret on stdin; nothing was changed (to remove it: "
                                           "hilal-sf config unset salesforce.clientSecret)."),
                            ExitUsage);
    secrets::TokenStore store;
    const clientcli::JobOutcome saved
        = clientcli::finish(store.saveSecret(secrets::TokenStore::kClientSecretKey, secret));
    if (!store.isPersistent())
        return context.fail(QStringLiteral("no system keychain is reachable, so the secret was not kept. %1")
                                .arg(store.fallbackReason()),
                            ExitFailure);
    if (!saved.ok && !(secret.isEmpty() && saved.notFound))
        return context.fail(saved.error, ExitFailure);
    context.out() << (secret.isEmpty() ? "salesforce.clientSecret removed"
                                       : "salesforce.clientSecret stored in the keychain")
                  << Qt::endl;
    return ExitOk;
}

} // namespace

// defaultBot lives with the CLI's own settings; set checks that it names exactly one bot.
int ConfigCommand::defaultBot(const QStringList &args, CliContext &context)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("get") && args.size() == 2) {
        context.out() << CliSettings::defaultBot() << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("unset") && args.size() == 2) {
        CliSettings::setDefaultBot(QString());
        context.out() << kDefaultBot << "= (none)" << Qt::endl;
        return ExitOk;
    }
    if (sub != QLatin1String("set") || args.size() != 3) {
        context.err() << kUsage << Qt::flush;
        return ExitUsage;
    }
    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    int code = ExitOk;
    if (botcli::resolveBotId(*repo, args.at(2), context, &code).isEmpty())
        return code;
    CliSettings::setDefaultBot(args.at(2));
    context.out() << kDefaultBot << '=' << args.at(2) << Qt::endl;
    return ExitOk;
}

int ConfigCommand::run(const QStringList &args, CliContext &context)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        context.out() << kUsage << Qt::flush;
        return ExitOk;
    }
    if (args.value(1) == QLatin1String("salesforce.clientSecret"))
        return clientSecret(args, context);
    if (sub == QLatin1String("list") && args.size() == 1) {
        context.out() << kDefaultBot << '=' << CliSettings::defaultBot() << '\n';
        for (const QString &name : Config::names()) {
            Config::Key key;
            Config::fromName(name, &key);
            context.out() << name << '=' << Config::get(key) << '\n';
        }
        context.out() << Qt::flush;
        return ExitOk;
    }
    if (args.value(1) == kDefaultBot)
        return defaultBot(args, context);
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
        context.out() << args.at(1) << '=' << Config::get(key) << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("unset") && args.size() == 2) {
        Config::Key key;
        if (!keyOf(args.at(1), &key, context))
            return ExitUsage;
        Config::set(key, Config::defaultValue(key));
        context.out() << args.at(1) << '=' << Config::get(key) << " (default)" << Qt::endl;
        return ExitOk;
    }
    context.err() << kUsage << Qt::flush;
    return ExitUsage;
}

} // namespace hilal::cli
