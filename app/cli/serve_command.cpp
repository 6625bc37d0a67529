#include "serve_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"

#include "actions/action_server.h"
#include "actions/connection_service.h"
#include "actions/dispatcher.h"
#include "bots/bot_repository.h"
#include "salesforce/session_manager.h"
#include "secrets/token_store.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace hilal::cli {

using namespace hilal::actions;

namespace {

// SIGINT/SIGTERM → a byte on a socket pair → a clean quit from the event loop (the only safe
// thing a signal handler can do).
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalFd[0], &byte, 1);
}

} // namespace

int ServeCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serve POST /v1/bots/{id}/salesforce/actions/{action} on 127.0.0.1 for chatbot runtimes.\n"
        "Each request needs `Authorization: Bearer <key>` with the bot's key from `hilal-sf bots key --bot ID`."));
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     QStringLiteral("Port to listen on (default 8787; 0: any free port)."),
                                     QStringLiteral("N"), QStringLiteral("8787"));
    parser.addOption(portOpt);
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf serve"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535)
        return context.fail(
            QStringLiteral("--port must be a number from 0 to 65535, not '%1'.").arg(parser.value(portOpt)), ExitUsage);

    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    secrets::TokenStore tokens;
    QObject::connect(&tokens, &secrets::TokenStore::keychainUnavailable, &tokens, [&context](const QString &message) {
        context.err() << "serve: warning: " << message << Qt::endl;
    });
    salesforce::SessionManager sessions(&tokens);
    Dispatcher dispatcher(repo.get(), &sessions);
    ActionServer server(&dispatcher, repo.get());
    QString error;
    if (!server.start(quint16(port), &error))
        return context.fail(error, ExitFailure);
    QObject::connect(&server, &ActionServer::requestHandled, &server,
                     [&context](const QString &botId, const QString &action, int status) {
                         context.err() << "serve: " << botId << ' ' << action << " → " << status << Qt::endl;
                     });

    std::unique_ptr<QSocketNotifier> notifier;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalFd[1], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    context.out() << "listening on " << server.url().toString() << Qt::endl;
    // Revokes that could not reach Salesforce earlier are sent again now, in the background.
    ConnectionService connections(repo.get(), &tokens, &sessions, QStringLiteral("serve"));
    connections.retryPendingRevokes(&connections, [&context](int revoked, int left, const QString &problem) {
        if (revoked > 0 || left > 0 || !problem.isEmpty())
            context.err() << "serve: pending revokes: " << revoked << " revoked, " << left << " still pending"
                          << (problem.isEmpty() ? QString() : QStringLiteral(" (") + problem + QLatin1Char(')'))
                          << Qt::endl;
    });
    const int code = QCoreApplication::exec();
    context.err() << "serve: stopped" << Qt::endl;
    return code == 0 ? ExitOk : ExitFailure;
}

} // namespace hilal::cli
