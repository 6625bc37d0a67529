#include "disconnect_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"
#include "connect_command.h"

#include "bots/bot_repository.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"
#include "secrets/token_store.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

namespace hilal::cli {

int DisconnectCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Revoke a bot's connection at Salesforce and delete it from the keychain. Needs DELETE_INTEGRATIONS."));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot."), QStringLiteral("ID"));
    const QCommandLineOption forceOpt(QStringLiteral("force"),
                                      QStringLiteral("Delete the local entry even when Salesforce can't be reached."));
    parser.addOptions({botOpt, forceOpt});
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf disconnect"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    const QString typedBot = parser.value(botOpt);
    botcli::BotTarget target = botcli::openBot(context, typedBot, bots::Permission::DeleteIntegrations);
    if (!target.ok())
        return target.exitCode;
    auto &repo = target.repo;
    const QString botId = target.id;

    secrets::TokenStore store;
    const clientcli::JobOutcome loaded = clientcli::finish(store.load(botId));
    if (loaded.notFound) {
        repo->clearConnectionInfo(botId, botcli::actor(), QStringLiteral("disconnected"));
        context.out() << "not connected " << botId << Qt::endl;
        return ExitOk;
    }
    if (!loaded.ok)
        return context.fail(loaded.error, ExitFailure);

    QNetworkAccessManager network;
    salesforce::Session session(botId, nullptr, &network);
    session.setConnection(loaded.connection, false);
    salesforce::RestClient client(&session);
    salesforce::RestReply *revoke = client.revoke();
    revoke->setAutoDelete(false);
    clientcli::waitFor(revoke, &salesforce::RestReply::finished);
    const salesforce::SalesforceError error = revoke->error();
    const int status = revoke->httpStatus();
    delete revoke;
    if (error && !parser.isSet(forceOpt))
        return context.fail(QStringLiteral("could not revoke the connection at Salesforce (%1); it is still stored. "
                                           "Try again, or use --force to forget it here anyway (then revoke it in "
                                           "Salesforce Setup › Connected Apps OAuth Usage).")
                                .arg(error.message),
                            ExitFailure);
    if (status == 400)
        context.err() << "Salesforce says the token was already revoked." << Qt::endl;

    const clientcli::JobOutcome removed = clientcli::finish(store.remove(botId));
    if (!removed.ok && !removed.notFound)
        return context.fail(removed.error, ExitFailure);
    if (!repo->clearConnectionInfo(botId, botcli::actor(), QStringLiteral("disconnected")))
        context.err() << "hilal-sf: warning: " << repo->errorString() << Qt::endl;
    context.out() << "disconnected " << botId << Qt::endl;
    return ExitOk;
}

} // namespace hilal::cli
