#include "status_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"
#include "connect_command.h"

#include "bots/bot_repository.h"
#include "secrets/token_store.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace hilal::cli {

namespace {

QString age(qint64 secs)
{
    if (secs < 120)
        return QStringLiteral("%1 s").arg(secs);
    if (secs < 2 * 3600)
        return QStringLiteral("%1 min").arg(secs / 60);
    if (secs < 2 * 86400)
        return QStringLiteral("%1 h").arg(secs / 3600);
    return QStringLiteral("%1 days").arg(secs / 86400);
}

} // namespace

int StatusCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show a bot's Salesforce connection. Needs READ_INTEGRATIONS."));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot."), QStringLiteral("ID"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOptions({botOpt, jsonOpt});
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf status"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    const QString typedBot = parser.value(botOpt);
    botcli::BotTarget target = botcli::openBot(context, typedBot, bots::Permission::ReadIntegrations);
    if (!target.ok())
        return target.exitCode;
    const std::optional<bots::Chatbot> bot = target.bot;
    const QString botId = target.id;

    secrets::TokenStore store;
    const clientcli::JobOutcome loaded = clientcli::finish(store.load(botId));
    if (!loaded.ok && !loaded.notFound)
        return context.fail(loaded.error, ExitFailure);
    const salesforce::Connection &c = loaded.connection;
    const bool connected = loaded.ok && c.isValid();
    const qint64 tokenAge = c.issuedAt.isValid() ? c.issuedAt.secsTo(QDateTime::currentDateTimeUtc()) : -1;

    QJsonObject json;
    json.insert(QStringLiteral("botId"), botId);
    json.insert(QStringLiteral("botName"), bot->name);
    json.insert(QStringLiteral("connected"), connected);
    json.insert(QStringLiteral("storage"), store.storageDescription());
    json.insert(QStringLiteral("persistent"), store.isPersistent());
    if (connected) {
        json.insert(QStringLiteral("orgId"), c.orgId);
        json.insert(QStringLiteral("userId"), c.userId);
        json.insert(QStringLiteral("username"), c.username);
        json.insert(QStringLiteral("instanceUrl"), c.instanceUrl.toString());
        json.insert(QStringLiteral("loginUrl"), c.loginUrl.toString());
        json.insert(QStringLiteral("orgKind"), salesforce::orgKindName(c.orgKind));
        json.insert(QStringLiteral("sandbox"), c.isSandbox);
        if (!c.organizationType.isEmpty())
            json.insert(QStringLiteral("organizationType"), c.organizationType);
        json.insert(QStringLiteral("apiVersion"), c.apiVersion);
        json.insert(QStringLiteral("issuedAt"), c.issuedAt.toUTC().toString(Qt::ISODate));
        json.insert(QStringLiteral("tokenAgeSeconds"), tokenAge);
        json.insert(QStringLiteral("canRefresh"), c.canRefresh());
    }
    if (parser.isSet(jsonOpt)) {
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << "bot:        " << botId << " (" << bot->name << ")\n";
    if (!connected) {
        out << "connected:  no\n";
        out << "stored in:  " << store.storageDescription() << Qt::endl;
        return ExitOk;
    }
    out << "connected:  yes\n"
        << "org id:     " << c.orgId << '\n'
        << "username:   " << c.username << '\n'
        << "instance:   " << c.instanceUrl.toString() << '\n'
        << "sandbox:    " << (c.isSandbox ? "yes" : "no") << '\n'
        << "api:        v" << c.apiVersion << '\n'
        << "token age:  " << (tokenAge >= 0 ? age(tokenAge) : QStringLiteral("unknown"))
        << (c.canRefresh() ? "" : " (no refresh token: reconnect when it expires)") << '\n'
        << "stored in:  " << store.storageDescription() << Qt::endl;
    return ExitOk;
}

} // namespace hilal::cli
