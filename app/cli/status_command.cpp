#include "status_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"
#include "connect_command.h"

#include "bots/bot_repository.h"
#include "cli_settings.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"
#include "salesforce/session.h"
#include "secrets/token_store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

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

// One bot's connection as stored, then checked live with userinfo: a stored token may have
// expired (and have no refresh token) or been revoked in Salesforce, and every command must
// agree on "connected".
QJsonObject statusOf(const bots::Chatbot &bot, secrets::TokenStore &store, QString *error)
{
    QJsonObject json;
    json.insert(QStringLiteral("botId"), bot.id);
    json.insert(QStringLiteral("botName"), bot.name);
    const clientcli::JobOutcome loaded = clientcli::finish(store.load(bot.id));
    if (!loaded.ok && !loaded.notFound) {
        *error = loaded.error;
        return json;
    }
    const salesforce::Connection &c = loaded.connection;
    json.insert(QStringLiteral("storage"), store.storageDescription());
    json.insert(QStringLiteral("persistent"), store.isPersistent());
    if (!loaded.ok || !c.isValid()) {
        json.insert(QStringLiteral("connected"), false);
        json.insert(QStringLiteral("session"), QStringLiteral("NotConnected"));
        return json;
    }
    QNetworkAccessManager network;
    salesforce::Session session(bot.id, &store, &network);
    session.setConnection(c, false);
    salesforce::RestClient client(&session);
    // userinfo answers a dead token with 403 Bad_OAuth_Token, which no client renews; a REST
    // call answers 401, renews through the refresh token, and says ReconnectNeeded when the
    // refresh is refused. So: userinfo, and on a refused token one REST call to tell apart
    // "renewed" from "expired" and "revoked".
    auto call = [&](salesforce::RestReply *reply) {
        reply->setAutoDelete(false);
        clientcli::waitFor(reply, &salesforce::RestReply::finished, 60000);
        const salesforce::SalesforceError e = reply->error();
        delete reply;
        return e;
    };
    salesforce::SalesforceError check = call(client.userInfo());
    if (check.kind == salesforce::SalesforceError::Kind::Salesforce
        && (check.httpStatus == 401 || check.httpStatus == 403))
        check = call(client.limits());
    if (store.pendingJobs() > 0) // a renewed token is being saved
        clientcli::waitFor(&store, &secrets::TokenStore::idle, 30000);
    QString state = QStringLiteral("Connected");
    if (check.kind == salesforce::SalesforceError::Kind::ReconnectNeeded)
        state = c.canRefresh() ? QStringLiteral("Revoked") : QStringLiteral("Expired");
    else if (check.kind == salesforce::SalesforceError::Kind::Salesforce && check.httpStatus == 401)
        state = QStringLiteral("Expired");
    else if (check)
        state = QStringLiteral("Unreachable");
    json.insert(QStringLiteral("connected"), state == QLatin1String("Connected"));
    json.insert(QStringLiteral("session"), state);
    if (check)
        json.insert(QStringLiteral("sessionError"), check.message);
    const qint64 tokenAge = c.issuedAt.isValid() ? c.issuedAt.secsTo(QDateTime::currentDateTimeUtc()) : -1;
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
    return json;
}

QString sessionText(const QJsonObject &s)
{
    const QString state = s.value(QLatin1String("session")).toString();
    if (state == QLatin1String("Expired"))
        return QStringLiteral("Expired, reconnect");
    if (state == QLatin1String("Revoked"))
        return QStringLiteral("Revoked, reconnect");
    if (state == QLatin1String("NotConnected"))
        return QStringLiteral("Not connected");
    if (state == QLatin1String("Unreachable"))
        return QStringLiteral("Unreachable (%1)").arg(s.value(QLatin1String("sessionError")).toString());
    return state;
}

// Without a bot: every bot, one line each, like `sf org list`.
int listAll(bots::BotRepository &repo, bool json, CliContext &context)
{
    secrets::TokenStore store;
    QJsonArray all;
    for (const bots::Chatbot &bot : repo.list()) {
        QJsonObject s;
        if (!repo.permissions(bot.id).has(bots::Permission::ReadIntegrations)) {
            s.insert(QStringLiteral("botId"), bot.id);
            s.insert(QStringLiteral("botName"), bot.name);
            s.insert(QStringLiteral("session"), QStringLiteral("Unknown"));
            s.insert(QStringLiteral("sessionError"), QStringLiteral("no READ_INTEGRATIONS permission"));
        } else {
            QString error;
            s = statusOf(bot, store, &error);
            if (!error.isEmpty())
                s.insert(QStringLiteral("sessionError"), error);
        }
        all.append(s);
    }
    if (json)
        return context.succeed(all);
    for (const QJsonValue &v : all) {
        const QJsonObject s = v.toObject();
        context.out() << s.value(QLatin1String("botId")).toString().leftJustified(14) << ' '
                      << s.value(QLatin1String("botName")).toString().leftJustified(20) << ' '
                      << (s.value(QLatin1String("session")).toString() == QLatin1String("Unknown")
                              ? QStringLiteral("Unknown (%1)").arg(s.value(QLatin1String("sessionError")).toString())
                              : sessionText(s))
                      << ' ' << s.value(QLatin1String("username")).toString() << '\n';
    }
    context.out() << Qt::flush;
    return ExitOk;
}

} // namespace

int StatusCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show a bot's Salesforce connection, checked live (userinfo): Connected, Expired (reconnect)\n"
                       "or Revoked. Without a bot (no --bot, $HILAL_SF_BOT or defaultBot) every bot is listed.\n"
                       "Needs READ_INTEGRATIONS. Exits 5 when the bot's session is not usable.\n\n"
                       "Examples:\n"
                       "  hilal-sf status\n"
                       "  hilal-sf status --bot support --json"));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot (id, name or alias)."),
                                    QStringLiteral("BOT"));
    const QCommandLineOption jsonOpt(
        QStringLiteral("json"), QStringLiteral("Answer with the envelope {\"status\", \"result\", \"warnings\"}."));
    parser.addOptions({botOpt, jsonOpt});
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf status"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    const QString typedBot = parser.value(botOpt);
    if (typedBot.isEmpty() && qEnvironmentVariableIsEmpty("HILAL_SF_BOT") && CliSettings::defaultBot().isEmpty()) {
        auto repo = botcli::openRepository(context);
        return repo ? listAll(*repo, parser.isSet(jsonOpt), context) : ExitFailure;
    }
    botcli::BotTarget target = botcli::openBot(context, typedBot, bots::Permission::ReadIntegrations);
    if (!target.ok())
        return target.exitCode;

    secrets::TokenStore store;
    QString error;
    const QJsonObject json = statusOf(target.bot, store, &error);
    if (!error.isEmpty())
        return context.fail(error, ExitFailure);
    const bool connected = json.value(QLatin1String("connected")).toBool();
    if (parser.isSet(jsonOpt)) {
        context.succeed(json);
        return connected || json.value(QLatin1String("session")) == QLatin1String("NotConnected") ? ExitOk
                                                                                                  : ExitNotConnected;
    }
    QTextStream &out = context.out();
    out << "bot:        " << target.id << " (" << target.bot.name << ")\n";
    if (json.value(QLatin1String("session")) == QLatin1String("NotConnected")) {
        out << "connected:  no\n";
        out << "stored in:  " << store.storageDescription() << Qt::endl;
        return ExitOk;
    }
    const qint64 tokenAge = json.value(QLatin1String("tokenAgeSeconds")).toInteger(-1);
    out << "connected:  " << (connected ? "yes" : "no") << '\n'
        << "session:    " << sessionText(json) << '\n'
        << "org id:     " << json.value(QLatin1String("orgId")).toString() << '\n'
        << "username:   " << json.value(QLatin1String("username")).toString() << '\n'
        << "instance:   " << json.value(QLatin1String("instanceUrl")).toString() << '\n'
        << "sandbox:    " << (json.value(QLatin1String("sandbox")).toBool() ? "yes" : "no") << '\n'
        << "api:        v" << json.value(QLatin1String("apiVersion")).toString() << '\n'
        << "token age:  " << (tokenAge >= 0 ? age(tokenAge) : QStringLiteral("unknown"))
        << (json.value(QLatin1String("canRefresh")).toBool() ? "" : " (no refresh token: reconnect when it expires)")
        << '\n'
        << "stored in:  " << store.storageDescription() << Qt::endl;
    return connected ? ExitOk : ExitNotConnected;
}

} // namespace hilal::cli
