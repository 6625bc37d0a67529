#include "bot_cli_support.h"

#include "cli_context.h"
#include "command.h"

#include "bots/bot_repository.h"

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

bool parse(QCommandLineParser &parser, const QString &commandLine, const QStringList &args,
           CliContext &context, bool *helpShown)
{
    *helpShown = false;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList argv = args;
    argv.prepend(commandLine);
    if (!parser.parse(argv)) {
        context.err() << "hilal-sf: " << parser.errorText() << "\n\n" << parser.helpText() << Qt::flush;
        return false;
    }
    if (parser.isSet(help)) {
        context.out() << parser.helpText() << Qt::flush;
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
                 ExitFailure);
    return false;
}

} // namespace hilal::cli::botcli
