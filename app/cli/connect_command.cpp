#include "connect_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"
#include "command_registry.h"

#include "bots/bot_repository.h"
#include "core/config.h"
#include "salesforce/loopback_redirect_catcher.h"
#include "salesforce/oauth_flow.h"
#include "secrets/token_store.h"

#include <QCommandLineParser>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>

namespace hilal::cli {

HILAL_REGISTER_COMMAND(ConnectCommand, "connect")

using salesforce::Connection;
using salesforce::OAuthFlow;
using salesforce::SalesforceError;

namespace clientcli {

std::optional<bots::Chatbot> requireBot(bots::BotRepository &repo, const QString &botId,
                                        std::optional<bots::Permission> permission, CliContext &context)
{
    if (!botcli::requireBot(repo, botId, context))
        return std::nullopt;
    if (permission && !repo.permissions(botId).has(*permission)) {
        const QString name = bots::Permissions::name(*permission);
        context.fail(QStringLiteral("bot %1 does not have the %2 permission; grant it with "
                                    "`hilal-sf grant --bot %1 %2`.")
                         .arg(botId, name),
                     ExitFailure);
        return std::nullopt;
    }
    return repo.get(botId);
}

salesforce::OrgKind orgKindOf(const bots::Chatbot &bot)
{
    return bot.orgKind == bots::OrgKind::Sandbox ? salesforce::OrgKind::Sandbox : salesforce::OrgKind::Production;
}

JobOutcome finish(secrets::TokenJob *job)
{
    JobOutcome outcome;
    QEventLoop loop;
    QObject::connect(job, &secrets::TokenJob::finished, &loop, [&] {
        outcome.ok = job->ok();
        outcome.notFound = job->notFound();
        outcome.error = job->errorString();
        outcome.connection = job->connection();
        outcome.secret = job->secret();
        loop.quit();
    });
    loop.exec();
    return outcome;
}

QString describe(const SalesforceError &error, const QString &botId)
{
    switch (error.kind) {
    case SalesforceError::Kind::ReconnectNeeded:
        return error.message + QStringLiteral(" Run: hilal-sf connect --bot %1 (reconnect).").arg(botId);
    case SalesforceError::Kind::NotConnected:
        return QStringLiteral("bot %1 is not connected to Salesforce; run `hilal-sf connect --bot %1` first.").arg(botId);
    case SalesforceError::Kind::Salesforce:
        if (!error.errorCode.isEmpty() && !error.message.contains(error.errorCode))
            return error.errorCode + QStringLiteral(": ") + error.message;
        return error.message;
    default:
        return error.message;
    }
}

} // namespace clientcli

namespace {

bool openBrowser(const QUrl &url)
{
    // hilal-sf links QtCore only (no QDesktopServices): hand the URL to the desktop's opener.
    return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
}

QString readTokenArgument(const QString &value)
{
    if (value != QLatin1String("-"))
        return value;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

} // namespace

int ConnectCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Connect a bot to Salesforce. Prints the login URL on stderr, opens the browser, waits for the\n"
        "login to come back to salesforce.callbackUrl, keeps the tokens in the system keychain and\n"
        "prints `connected <org id> <username>`. Needs the bot's CREATE_OAUTH permission."));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot to connect."), QStringLiteral("ID"));
    const QCommandLineOption noBrowserOpt(QStringLiteral("no-browser"), QStringLiteral("Only print the login URL; don't open a browser."));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), QStringLiteral("Give up after SECONDS (default 300)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption tokenOpt(QStringLiteral("access-token"),
                                      QStringLiteral("Adopt an existing session instead of logging in ('-' reads it from stdin)."),
                                      QStringLiteral("TOKEN"));
    const QCommandLineOption instanceOpt(QStringLiteral("instance-url"), QStringLiteral("The org's instance URL (with --access-token)."),
                                         QStringLiteral("URL"));
    parser.addOptions({botOpt, noBrowserOpt, timeoutOpt, tokenOpt, instanceOpt});
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf connect"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    const QString botId = parser.value(botOpt);
    if (botId.isEmpty())
        return context.fail(QStringLiteral("connect needs --bot ID."), ExitUsage);
    const bool adopt = parser.isSet(tokenOpt);
    if (adopt != parser.isSet(instanceOpt))
        return context.fail(QStringLiteral("--access-token and --instance-url go together."), ExitUsage);
    bool ok = false;
    const int timeoutSecs = parser.value(timeoutOpt).toInt(&ok);
    if (!ok || timeoutSecs <= 0)
        return context.fail(QStringLiteral("--timeout must be a positive number of seconds."), ExitUsage);

    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    const auto bot = clientcli::requireBot(*repo, botId, bots::Permission::CreateOAuth, context);
    if (!bot)
        return ExitFailure;

    OAuthFlow::Settings settings;
    settings.botId = botId;
    settings.clientId = Config::get(Config::SalesforceClientId);
    {
        // The consumer secret, when the Connected App requires one: keychain only.
        secrets::TokenStore secrets;
        settings.clientSecret = clientcli::finish(secrets.loadSecret(secrets::TokenStore::kClientSecretKey)).secret;
    }
    settings.orgKind = clientcli::orgKindOf(*bot);
    settings.loginUrl = salesforce::loginUrlFor(settings.orgKind, bot->loginUrl);
    settings.apiVersion = Config::get(Config::SalesforceApiVersion);

    QNetworkAccessManager network;
    salesforce::LoopbackRedirectCatcher catcher(QUrl(Config::get(Config::SalesforceCallbackUrl)));
    OAuthFlow flow(settings, adopt ? nullptr : &catcher, &network);
    QObject::connect(&flow, &OAuthFlow::authorizeUrlReady, &flow, [&](const QUrl &url) {
        context.err() << "Log in to Salesforce in your browser:\n  " << url.toString(QUrl::FullyEncoded) << '\n';
        if (!parser.isSet(noBrowserOpt) && !openBrowser(url))
            context.err() << "(Could not start a browser; open the URL above by hand.)\n";
        context.err() << "Waiting for the login to come back to " << catcher.callbackUrl().toString()
                      << " (Ctrl+C to give up)…" << Qt::endl;
    });

    if (adopt) {
        const QString token = readTokenArgument(parser.value(tokenOpt));
        const QUrl instance(parser.value(instanceOpt), QUrl::StrictMode);
        if (token.isEmpty())
            return context.fail(QStringLiteral("--access-token is empty."), ExitUsage);
        if (!instance.isValid() || instance.host().isEmpty())
            return context.fail(QStringLiteral("--instance-url must be a URL such as https://mycompany.my.salesforce.com."), ExitUsage);
        flow.adoptAccessToken(token, instance);
    } else {
        flow.start();
    }
    if (!clientcli::waitFor(&flow, &OAuthFlow::finished, timeoutSecs * 1000)) {
        flow.cancel();
        return context.fail(QStringLiteral("no login came back within %1 seconds; run connect again.").arg(timeoutSecs),
                            ExitFailure);
    }
    if (flow.error()) {
        const SalesforceError &e = flow.error();
        if (e.errorCode == QLatin1String("access_denied"))
            return context.fail(QStringLiteral("denied: ") + e.message, ExitFailure);
        return context.fail(clientcli::describe(e, botId), ExitFailure);
    }

    const Connection connection = flow.connection();
    secrets::TokenStore store;
    const clientcli::JobOutcome saved = clientcli::finish(store.save(connection));
    if (!store.isPersistent())
        return context.fail(QStringLiteral("connected, but no system keychain is reachable, so the connection "
                                           "cannot outlive this command and was dropped. %1")
                                .arg(store.fallbackReason()),
                            ExitFailure);
    if (!saved.ok)
        return context.fail(saved.error, ExitFailure);

    bots::ConnectionInfo info;
    info.orgId = connection.orgId;
    info.userId = connection.userId;
    info.username = connection.username;
    info.instanceUrl = connection.instanceUrl;
    info.connectedSince = QDateTime::currentDateTimeUtc();
    info.sandbox = connection.isSandbox;
    if (!repo->setConnectionInfo(botId, info, botcli::actor()))
        context.err() << "hilal-sf: warning: " << repo->errorString() << Qt::endl;

    context.out() << "connected " << connection.orgId << ' ' << connection.username << Qt::endl;
    return ExitOk;
}

} // namespace hilal::cli
