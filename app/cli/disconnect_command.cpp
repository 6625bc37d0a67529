#include "disconnect_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"
#include "connect_command.h"

#include "bots/bot_repository.h"

#include <QCommandLineParser>

namespace hilal::cli {

namespace {

// Only the pending revokes: no bot needed, no permission (it finishes what a disconnect began).
int retryPending(CliContext &context)
{
    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    clientcli::Connections connections(repo.get());
    int revoked = 0;
    int left = 0;
    QString error;
    QEventLoop loop;
    bool finished = false;
    connections.service.retryPendingRevokes(&loop, [&](int r, int l, const QString &e) {
        revoked = r;
        left = l;
        error = e;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    if (!error.isEmpty())
        return context.fail(error, ExitFailure);
    context.out() << "revoked " << revoked << ", still pending " << left << Qt::endl;
    if (left > 0)
        return context.fail(
            QStringLiteral("%1 revoke(s) could not reach Salesforce and stay pending; try again later.").arg(left),
            ExitFailure);
    return ExitOk;
}

} // namespace

int DisconnectCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Revoke a bot's connection at Salesforce and delete it from the keychain. Needs DELETE_INTEGRATIONS.\n"
        "When Salesforce can't be reached the bot is disconnected here anyway and its token is kept in\n"
        "the keychain as \"revoke pending\"; the revoke is sent again on the next start of the app or\n"
        "`serve`, on the next disconnect, or by `hilal-sf disconnect --retry`.\n\n"
        "Examples:\n"
        "  hilal-sf disconnect --bot support\n"
        "  hilal-sf disconnect --retry"));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot."), QStringLiteral("ID"));
    const QCommandLineOption retryOpt(
        QStringLiteral("retry"),
        QStringLiteral("Only send the pending revokes again (exit 1 while some stay pending)."));
    QCommandLineOption hiddenForce(QStringLiteral("force"), QStringLiteral("Accepted for old scripts; no effect."));
    hiddenForce.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({botOpt, retryOpt, hiddenForce});
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf disconnect"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    if (parser.isSet(retryOpt)) {
        if (parser.isSet(botOpt))
            return context.fail(QStringLiteral("--retry sends every pending revoke; leave out --bot."), ExitUsage);
        return retryPending(context);
    }
    botcli::BotTarget target = botcli::openBot(context, parser.value(botOpt), bots::Permission::DeleteIntegrations);
    if (!target.ok())
        return target.exitCode;
    const QString botId = target.id;

    clientcli::Connections connections(target.repo.get());
    const auto result = connections.run(
        [&](actions::ConnectionService &service, QObject *receiver, actions::ConnectionService::Done done) {
            service.disconnect(botId, receiver, std::move(done));
        });
    if (!result.ok())
        return context.fail(result.message, clientcli::exitCodeFor(result));
    if (!result.message.isEmpty())
        context.err() << "hilal-sf: warning: " << result.message << Qt::endl;
    context.out() << (result.wasConnected ? "disconnected " : "not connected ") << botId << Qt::endl;
    return ExitOk;
}

} // namespace hilal::cli
