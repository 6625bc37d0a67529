#include "bot_cli_support.h"

#include "cli_context.h"
#include "command.h"
#include "command_examples.h"

#include "cli_settings.h"

#include "bots/bot_repository.h"

#include <QCoreApplication>

namespace hilal::cli::botcli {

QString actor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? QStringLiteral("cli") : QStringLiteral("cli:") + user;
}

std::unique_ptr<bots::BotRepository> openRepository(CliContext &context)
{
    auto repo = std::make_unique<bots::BotRepository>();
    if (!repo->isOpen()) {
        context.fail(repo->errorString(), ExitFailure);
        return nullptr;
    }
    return repo;
}

QString helpText(const QCommandLineParser &parser, const QString &commandLine)
{
    // QCommandLineParser names the program by argv[0] ("/usr/bin/hilal-sf"); the user typed
    // "hilal-sf query".
    QString text = parser.helpText();
    const QString program = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
    if (text.startsWith(program))
        text.replace(0, program.size(), QStringLiteral("Usage: ") + commandLine);
    // Every command's help ends with examples (a help text may write its own section).
    if (!text.contains(QLatin1String("\nExamples:\n")))
        text += examplesSection(commandLine.section(QLatin1Char(' '), 1, 1));
    return text;
}

bool parse(QCommandLineParser &parser, const QString &commandLine, const QStringList &args, CliContext &context,
           bool *helpShown)
{
    *helpShown = false;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList argv = args;
    argv.prepend(commandLine);
    if (!parser.parse(argv)) {
        context.err() << "hilal-sf: " << parser.errorText() << "\n\n" << helpText(parser, commandLine) << Qt::flush;
        return false;
    }
    if (parser.isSet(help)) {
        context.out() << helpText(parser, commandLine) << Qt::flush;
        *helpShown = true;
        return false;
    }
    return true;
}

bool requireBot(bots::BotRepository &repo, const QString &botId, CliContext &context)
{
    if (repo.contains(botId))
        return true;
    context.fail(QStringLiteral("there is no bot with id '%1'; `hilal-sf bots list` shows the ids.").arg(botId),
                 ExitNotFound);
    return false;
}

QString resolveBotId(bots::BotRepository &repo, const QString &typed, CliContext &context, int *exitCode)
{
    QString wanted = typed;
    QString from;
    if (wanted.isEmpty()) {
        wanted = qEnvironmentVariable("HILAL_SF_BOT");
        from = QStringLiteral(" (from $HILAL_SF_BOT)");
    }
    if (wanted.isEmpty()) {
        wanted = CliSettings::defaultBot();
        from = QStringLiteral(" (the defaultBot setting)");
    }
    if (wanted.isEmpty()) {
        *exitCode = ExitUsage;
        context.fail(QStringLiteral("no bot given: pass --bot ID|NAME|ALIAS, set $HILAL_SF_BOT, or "
                                    "`hilal-sf config set defaultBot BOT`."),
                     ExitUsage);
        return {};
    }
    if (repo.contains(wanted))
        return wanted;
    const QString aliased = CliSettings::aliases().value(wanted);
    if (!aliased.isEmpty() && repo.contains(aliased))
        return aliased;
    QStringList named;
    for (const bots::Chatbot &bot : repo.list()) {
        if (bot.name.compare(wanted, Qt::CaseInsensitive) == 0)
            named << bot.id;
    }
    if (named.size() == 1)
        return named.first();
    *exitCode = named.isEmpty() ? ExitNotFound : ExitUsage;
    if (named.isEmpty())
        context.fail(QStringLiteral("there is no bot '%1'%2 (by id, name or alias); `hilal-sf bots list` shows them.")
                         .arg(wanted, from),
                     *exitCode);
    else
        context.fail(QStringLiteral("%1 bots are named '%2' (%3); name one by its id or an alias.")
                         .arg(named.size())
                         .arg(wanted, named.join(QStringLiteral(", "))),
                     *exitCode);
    return {};
}

BotTarget openBot(CliContext &context, const QString &typed, std::optional<bots::Permission> permission)
{
    BotTarget target;
    target.repo = openRepository(context);
    if (!target.repo) {
        target.exitCode = ExitFailure;
        return target;
    }
    target.id = resolveBotId(*target.repo, typed, context, &target.exitCode);
    if (target.id.isEmpty())
        return target;
    if (permission && !target.repo->permissions(target.id).has(*permission)) {
        const QString name = bots::Permissions::name(*permission);
        target.exitCode = context.fail(QStringLiteral("bot %1 does not have the %2 permission; grant it with "
                                                      "`hilal-sf grant --bot %1 %2`.")
                                           .arg(target.id, name),
                                       ExitPermission);
        return target;
    }
    target.bot = target.repo->get(target.id).value_or(bots::Chatbot());
    return target;
}

} // namespace hilal::cli::botcli
