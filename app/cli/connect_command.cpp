#include "connect_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"

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

using salesforce::Connection;
using salesforce::OAuthFlow;
using salesforce::SalesforceError;

namespace clientcli {

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

int exitCodeFor(const SalesforceError &error)
{
    switch (error.kind) {
    case SalesforceError::Kind::None:
        return ExitOk;
    case SalesforceError::Kind::ReconnectNeeded:
    case SalesforceError::Kind::NotConnected:
        return ExitNotConnected;
    case SalesforceError::Kind::Salesforce:
    case SalesforceError::Kind::LimitExceeded:
        return ExitOrgRefused;
    case SalesforceError::Kind::Cancelled:
        return ExitInterrupted;
    case SalesforceError::Kind::InvalidInput:
        return ExitUsage;
    default:
        return ExitFailure;
    }
}

std::optional<Connection> environmentConnection(const QString &botId)
{
    const QString token = qEnvironmentVariable("HILAL_SF_ACCESS_TOKEN");
    const QUrl instance(qEnvironmentVariable("HILAL_SF_INSTANCE_URL"), QUrl::StrictMode);
    if (token.isEmpty() || !instance.isValid() || instance.host().isEmpty())
        return std::nullopt;
    Connection c;
    c.botId = botId;
    c.accessToken = token;
    c.instanceUrl = instance;
    c.issuedAt = QDateTime::currentDateTimeUtc();
    return c;
}

QString describe(const SalesforceError &error, const QString &botId)
{
    switch (error.kind) {
    case SalesforceError::Kind::ReconnectNeeded:
        return error.message + QStringLiteral(" Run: hilal-sf connect --bot %1 (reconnect).").arg(botId);
    case SalesforceError::Kind::NotConnected:
        return QStringLiteral("bot %1 is not connected to Salesforce; run `hilal-sf connect --bot %1` first.")
            .arg(botId);
    case SalesforceError::Kind::Salesforce:
        if (!error.errorCode.isEmpty() && !error.message.contains(error.errorCode))
            return error.errorCode + QStringLiteral(": ") + error.message;
        return error.message;
    default:
        return error.message;
    }
}

Connections::Connections(bots::BotRepository *repo)
    : sessions(&tokens, &network)
    , service(repo, &tokens, &sessions, botcli::actor())
{
    // A command's run ends with the process: a connection kept only in memory would be lost.
    service.setRequirePersistentStore(true);
}

actions::ConnectionService::Result Connections::run(const Call &call)
{
    QEventLoop loop;
    actions::ConnectionService::Result result;
    bool finished = false;
    call(service, &loop, [&](const actions::ConnectionService::Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished) // a refusal may answer at once, before the loop runs
        loop.exec();
    return result;
}

int exitCodeFor(const actions::ConnectionService::Result &result)
{
    using Status = actions::ConnectionService::Result::Status;
    switch (result.status) {
    case Status::Ok:
        return ExitOk;
    case Status::NotFound:
        return ExitNotFound;
    case Status::NotAllowed:
        return ExitPermission;
    case Status::Failed:
        return ExitFailure;
    }
    return ExitFailure;
}

} // namespace clientcli

namespace {

bool openBrowser(const QUrl &url)
{
    // hilal-sf links QtCore only (no QDesktopServices): hand the URL to the desktop's opener.
    return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
}

// '-' reads the token from stdin, an empty value from $HILAL_SF_ACCESS_TOKEN; anything else was
// typed on the command line, where every local user can read it in /proc/PID/cmdline.
QString readTokenArgument(const QString &value, CliContext &context)
{
    if (value.isEmpty())
        return qEnvironmentVariable("HILAL_SF_ACCESS_TOKEN");
    if (value != QLatin1String("-")) {
        context.err() << "hilal-sf: warning: a token on the command line is visible to other local users in "
                         "/proc; use --access-token - (stdin) or $HILAL_SF_ACCESS_TOKEN."
                      << Qt::endl;
        return value;
    }
    if (!context.in())
        return {};
    return QString::fromUtf8(context.in()->readLine()).trimmed();
}

} // namespace

int ConnectCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Connect a bot to Salesforce. Prints the login URL on stderr, opens the browser, waits for the\n"
                       "login to come back to salesforce.callbackUrl, keeps the tokens in the system keychain and\n"
                       "prints `connected <org id> <username>`. Needs the bot's CREATE_OAUTH permission.\n\n"
                       "Examples:\n"
                       "  hilal-sf connect --bot support\n"
                       "  hilal-sf connect --bot support --no-browser --timeout 600\n"
                       "  printf '%s' \"$TOKEN\" | hilal-sf connect --bot support --access-token - --instance-url "
                       "https://acme.my.salesforce.com"));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot to connect."), QStringLiteral("ID"));
    const QCommandLineOption noBrowserOpt(QStringLiteral("no-browser"),
                                          QStringLiteral("Only print the login URL; don't open a browser."));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        QStringLiteral("Give up after SECONDS (default 300)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption tokenOpt(
        QStringLiteral("access-token"),
        QStringLiteral("Adopt an existing session instead of logging in. '-' reads the token from\n"
                       "stdin; '' takes $HILAL_SF_ACCESS_TOKEN. A token typed here is visible\n"
                       "to other local users in /proc/PID/cmdline, so hilal-sf warns."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption instanceOpt(QStringLiteral("instance-url"),
                                         QStringLiteral("The org's instance URL (with --access-token)."),
                                         QStringLiteral("URL"));
    parser.addOptions({botOpt, noBrowserOpt, timeoutOpt, tokenOpt, instanceOpt});
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf connect"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    const QString typedBot = parser.value(botOpt);
    const bool adopt = parser.isSet(tokenOpt);
    if (adopt != parser.isSet(instanceOpt))
        return context.fail(QStringLiteral("--access-token and --instance-url go together."), ExitUsage);
    bool ok = false;
    const int timeoutSecs = parser.value(timeoutOpt).toInt(&ok);
    if (!ok || timeoutSecs <= 0)
        return context.fail(QStringLiteral("--timeout must be a positive number of seconds."), ExitUsage);

    botcli::BotTarget target = botcli::openBot(context, typedBot, bots::Permission::CreateOAuth);
    if (!target.ok())
        return target.exitCode;
    auto &repo = target.repo;
    const std::optional<bots::Chatbot> bot = target.bot;
    const QString botId = target.id;

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
        const QString token = readTokenArgument(parser.value(tokenOpt), context);
        const QUrl instance(parser.value(instanceOpt), QUrl::StrictMode);
        if (token.isEmpty())
            return context.fail(QStringLiteral("--access-token is empty."), ExitUsage);
        if (!instance.isValid() || instance.host().isEmpty())
            return context.fail(
                QStringLiteral("--instance-url must be a URL such as https://mycompany.my.salesforce.com."), ExitUsage);
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
        if (adopt) {
            // A token the org refuses leaves the bot not connected (exit 5); nothing was stored.
            const bool refused = e.kind == SalesforceError::Kind::ReconnectNeeded
                || e.kind == SalesforceError::Kind::NotConnected || e.httpStatus == 401 || e.httpStatus == 403;
            return context.fail(e.message, refused ? ExitNotConnected : clientcli::exitCodeFor(e));
        }
        return context.fail(clientcli::describe(e, botId), ExitFailure);
    }

    const Connection connection = flow.connection();
    clientcli::Connections connections(repo.get());
    const auto saved = connections.run(
        [&](actions::ConnectionService &service, QObject *receiver, actions::ConnectionService::Done done) {
            service.finishConnect(botId, connection, receiver, std::move(done));
        });
    if (!saved.ok())
        return context.fail(saved.message, clientcli::exitCodeFor(saved));
    if (!saved.message.isEmpty())
        context.err() << "hilal-sf: warning: " << saved.message << Qt::endl;

    context.out() << "connected " << connection.orgId << ' ' << connection.username << Qt::endl;
    return ExitOk;
}

} // namespace hilal::cli
