#include "bots_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"
#include "cli_settings.h"

#include "connect_command.h" // clientcli::Connections (the connection service for one run)

#include "bots/bot_repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hilal::cli {

using namespace hilal::bots;

namespace {

const char kUsage[]
    = "Usage: hilal-sf bots <subcommand>\n\n"
      "  add --name NAME [--audience public|internal] [--org production|sandbox] [--login-url URL]\n"
      "                    Add a bot; prints its id as the last line.\n"
      "  list              List the bots.\n"
      "  show ID           Show one bot: permissions, policy, connection.\n"
      "  rename ID NAME    Rename a bot (its id stays).\n"
      "  set BOT [--audience public|internal] [--org production|sandbox] [--allow-public-risk REASON] [--yes]\n"
      "                    Change who the bot talks to or where it logs in. A public bot holding RUN_SOQL or\n"
      "                    UPDATE_OPPORTUNITY needs --allow-public-risk with your reason (audited). A new org\n"
      "                    kind ends a connected bot's connection (its token is revoked) and you connect it\n"
      "                    again; that asks y/N on a terminal and needs --yes elsewhere.\n"
      "  remove ID [--yes] Remove a bot, its permissions and its stored connection (asks y/N on a terminal).\n"
      "  key --bot ID [--yes]\n"
      "                    Make a new API key for `hilal-sf serve` (shown once). Replacing a key asks y/N\n"
      "                    on a terminal; elsewhere it needs --yes.\n"
      "  alias set ALIAS BOT | alias unset ALIAS | alias list\n"
      "                    Name a bot by an alias of yours; --bot takes an id, a unique name or an alias.\n\n"
      "  --json            After any subcommand: answer with {\"status\": 0, \"result\": …, \"warnings\": []}\n"
      "                    on stdout (list: an array of bots; show, add, rename, set: the bot).\n\n"
      "Examples:\n"
      "  hilal-sf bots add --name \"Support bot\" --audience public\n"
      "  hilal-sf bots alias set support bot_ab12cd34\n"
      "  hilal-sf bots set support --org sandbox --yes\n"
      "  hilal-sf bots set support --audience public --allow-public-risk \"staff page behind SSO\"\n"
      "  hilal-sf config set defaultBot support\n";

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

} // namespace

QJsonObject BotsCommand::describe(BotRepository &repo, const Chatbot &bot)
{
    QJsonObject o = bot.toJson();
    const PermissionSet permissions = repo.permissions(bot.id);
    o.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(permissions.names()));
    o.insert(QStringLiteral("dispatcherUnlocked"), permissions.isDispatcherUnlocked());
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(permissions.warnings(bot.audience)));
    o.insert(QStringLiteral("policy"), repo.policy(bot.id).toJson());
    const auto info = repo.connectionInfo(bot.id);
    o.insert(QStringLiteral("connection"), info ? QJsonValue(info->toJson()) : QJsonValue());
    o.insert(QStringLiteral("hasApiKey"), repo.hasApiKey(bot.id));
    const QString reconnect = repo.reconnectReason(bot.id);
    o.insert(QStringLiteral("reconnectNeeded"), reconnect.isEmpty() ? QJsonValue() : QJsonValue(reconnect));
    return o;
}

int BotsCommand::run(const QStringList &args, CliContext &context)
{
    if (args.isEmpty()) {
        context.err() << kUsage << Qt::flush;
        return ExitUsage;
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help") || sub == QLatin1String("help")) {
        context.out() << kUsage << Qt::flush;
        return ExitOk;
    }
    if (sub == QLatin1String("add"))
        return add(rest, context);
    if (sub == QLatin1String("list"))
        return list(rest, context);
    if (sub == QLatin1String("show"))
        return show(rest, context);
    if (sub == QLatin1String("rename"))
        return rename(rest, context);
    if (sub == QLatin1String("set"))
        return set(rest, context);
    if (sub == QLatin1String("remove"))
        return remove(rest, context);
    if (sub == QLatin1String("key"))
        return key(rest, context);
    if (sub == QLatin1String("alias"))
        return alias(rest, context);
    context.err() << "hilal-sf: unknown bots subcommand '" << sub << "'\n\n" << kUsage << Qt::flush;
    return ExitUsage;
}

int BotsCommand::add(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Add a bot; prints its id as the last line."));
    const QCommandLineOption nameOpt(QStringLiteral("name"), QStringLiteral("The bot's name."), QStringLiteral("NAME"));
    const QCommandLineOption audienceOpt(QStringLiteral("audience"),
                                         QStringLiteral("public or internal (default internal)."),
                                         QStringLiteral("AUDIENCE"), QStringLiteral("internal"));
    const QCommandLineOption orgOpt(QStringLiteral("org"),
                                    QStringLiteral("production or sandbox (default production)."),
                                    QStringLiteral("KIND"), QStringLiteral("production"));
    const QCommandLineOption loginOpt(QStringLiteral("login-url"), QStringLiteral("A My Domain or custom login URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Answer with the JSON envelope; the result is the new bot."));
    parser.addOptions({nameOpt, audienceOpt, orgOpt, loginOpt, jsonOpt});
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf bots add"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    if (!parser.isSet(nameOpt))
        return context.fail(QStringLiteral("bots add needs --name NAME."), ExitUsage);
    if (!parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("unexpected argument '%1'; put the name after --name.")
                                .arg(parser.positionalArguments().first()),
                            ExitUsage);
    const auto audience = Chatbot::audienceFromName(parser.value(audienceOpt));
    if (!audience)
        return context.fail(
            QStringLiteral("--audience must be public or internal, not '%1'.").arg(parser.value(audienceOpt)),
            ExitUsage);
    const auto org = Chatbot::orgKindFromName(parser.value(orgOpt));
    if (!org)
        return context.fail(QStringLiteral("--org must be production or sandbox, not '%1'.").arg(parser.value(orgOpt)),
                            ExitUsage);
    const QUrl loginUrl = parser.isSet(loginOpt) ? QUrl(parser.value(loginOpt), QUrl::StrictMode) : QUrl();
    if (parser.isSet(loginOpt) && loginUrl.isEmpty())
        return context.fail(
            QStringLiteral("--login-url is empty; give a URL like https://mycompany.my.salesforce.com."), ExitUsage);
    if (const QString problem = Chatbot::validateLoginUrl(loginUrl); !problem.isEmpty())
        return context.fail(problem, ExitUsage);
    if (const QString problem = Chatbot::validateName(parser.value(nameOpt)); !problem.isEmpty())
        return context.fail(problem, ExitUsage);

    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    const auto bot = repo->add(parser.value(nameOpt), *audience, *org, loginUrl, botcli::actor());
    if (!bot)
        return context.fail(repo->errorString(), ExitFailure);
    context.err() << "added bot \"" << bot->name << "\" (" << Chatbot::audienceName(bot->audience) << ", "
                  << Chatbot::orgKindName(bot->orgKind) << "); it has no permissions yet — "
                  << "grant some with `hilal-sf grant --bot " << bot->id << " PERMISSION…`" << Qt::endl;
    if (context.json())
        return context.succeed(describe(*repo, *bot));
    context.out() << bot->id << Qt::endl;
    return ExitOk;
}

int BotsCommand::list(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Answer with the JSON envelope; the result is an array of bots."));
    parser.addOption(jsonOpt);
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf bots list"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    const QList<Chatbot> bots = repo->list();
    if (parser.isSet(jsonOpt)) {
        QJsonArray array;
        for (const Chatbot &b : bots)
            array.append(describe(*repo, b));
        return context.succeed(array);
    }
    if (bots.isEmpty()) {
        context.err() << "no bots yet; add one with `hilal-sf bots add --name NAME`" << Qt::endl;
        return ExitOk;
    }
    int nameWidth = 4;
    for (const Chatbot &b : bots)
        nameWidth = qMax(nameWidth, int(b.name.size()));
    context.out() << pad(QStringLiteral("ID"), 14) << pad(QStringLiteral("NAME"), nameWidth + 2)
                  << pad(QStringLiteral("AUDIENCE"), 10) << pad(QStringLiteral("ORG"), 12)
                  << pad(QStringLiteral("CONNECTED"), 11) << "PERMISSIONS\n";
    for (const Chatbot &b : bots) {
        const QStringList perms = repo->permissions(b.id).names();
        context.out() << pad(b.id, 14) << pad(b.name, nameWidth + 2) << pad(Chatbot::audienceName(b.audience), 10)
                      << pad(Chatbot::orgKindName(b.orgKind), 12)
                      << pad(yesNo(repo->connectionInfo(b.id).has_value()), 11)
                      << (perms.isEmpty() ? QStringLiteral("-") : perms.join(QLatin1Char(','))) << '\n';
    }
    context.out() << Qt::flush;
    return ExitOk;
}

int BotsCommand::show(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Answer with the JSON envelope; the result is the bot."));
    parser.addOption(jsonOpt);
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The bot's id."));
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf bots show"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("bots show needs exactly one bot id."), ExitUsage);
    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    const QString id = parser.positionalArguments().first();
    if (!botcli::requireBot(*repo, id, context))
        return ExitNotFound;
    const Chatbot bot = *repo->get(id);
    const QJsonObject o = describe(*repo, bot);
    if (parser.isSet(jsonOpt))
        return context.succeed(o);
    const PermissionSet perms = repo->permissions(id);
    QTextStream &out = context.out();
    out << "id:          " << bot.id << '\n'
        << "name:        " << bot.name << '\n'
        << "audience:    " << Chatbot::audienceName(bot.audience) << '\n'
        << "org:         " << Chatbot::orgKindName(bot.orgKind) << '\n'
        << "login URL:   " << bot.effectiveLoginUrl().toString() << (bot.loginUrl.isEmpty() ? " (default)" : "") << '\n'
        << "created:     " << bot.created.toString(Qt::ISODate) << '\n'
        << "permissions: " << (perms.isEmpty() ? QStringLiteral("none") : perms.names().join(QStringLiteral(", ")))
        << '\n'
        << "dispatcher:  " << (perms.isDispatcherUnlocked() ? "unlocked" : "locked (no chat permission granted)")
        << '\n'
        << "policy:      " << repo->policy(id).summary() << '\n'
        << "API key:     " << (repo->hasApiKey(id) ? "set" : "none (make one with `hilal-sf bots key --bot ID`)")
        << '\n';
    if (const auto info = repo->connectionInfo(id)) {
        out << "connection:  org " << info->orgId << " as " << info->username << " on " << info->instanceUrl.toString()
            << (info->sandbox ? " (sandbox)" : "") << " since " << info->connectedSince.toString(Qt::ISODate) << '\n';
    } else if (const QString reconnect = repo->reconnectReason(id); !reconnect.isEmpty()) {
        out << "connection:  not connected; reconnect needed: " << reconnect << '\n';
    } else {
        out << "connection:  not connected\n";
    }
    for (const QString &w : perms.warnings(bot.audience))
        out << "warning:     " << w << '\n';
    out << Qt::flush;
    return ExitOk;
}

int BotsCommand::alias(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    args.removeAll(QStringLiteral("--json")); // cliMain has seen it: context.json()
    const QString verb = args.value(0);
    if (verb == QLatin1String("list") && args.size() == 1) {
        const QMap<QString, QString> aliases = CliSettings::aliases();
        if (context.json()) {
            QJsonObject result;
            for (auto it = aliases.cbegin(); it != aliases.cend(); ++it)
                result.insert(it.key(), it.value());
            return context.succeed(result);
        }
        for (auto it = aliases.cbegin(); it != aliases.cend(); ++it)
            context.out() << it.key() << ' ' << it.value() << '\n';
        context.out() << Qt::flush;
        return ExitOk;
    }
    if (verb == QLatin1String("unset") && args.size() == 2) {
        if (!CliSettings::removeAlias(args.at(1)))
            return context.fail(QStringLiteral("there is no alias '%1'.").arg(args.at(1)), ExitNotFound);
        if (context.json())
            return context.succeed(
                QJsonObject {{QStringLiteral("alias"), args.at(1)}, {QStringLiteral("botId"), QJsonValue()}});
        context.out() << "removed alias " << args.at(1) << Qt::endl;
        return ExitOk;
    }
    if (verb != QLatin1String("set") || args.size() != 3)
        return context.fail(QStringLiteral("usage: hilal-sf bots alias set ALIAS BOT | unset ALIAS | list"), ExitUsage);
    const QString name = args.at(1);
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,63}$"));
    if (!valid.match(name).hasMatch())
        return context.fail(QStringLiteral("an alias starts with a letter and has only letters, digits, _ . - "
                                           "(at most 64), not '%1'.")
                                .arg(name),
                            ExitUsage);
    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    if (repo->contains(name))
        return context.fail(QStringLiteral("'%1' is a bot id; an alias must not hide one.").arg(name), ExitUsage);
    int code = ExitOk;
    const QString id = botcli::resolveBotId(*repo, args.at(2), context, &code);
    if (id.isEmpty())
        return code;
    CliSettings::setAlias(name, id);
    if (context.json())
        return context.succeed(QJsonObject {{QStringLiteral("alias"), name}, {QStringLiteral("botId"), id}});
    context.out() << "alias " << name << " = " << id << Qt::endl;
    return ExitOk;
}

int BotsCommand::rename(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    args.removeAll(QStringLiteral("--json")); // cliMain has seen it: context.json()
    if (args.size() != 2)
        return context.fail(QStringLiteral("usage: hilal-sf bots rename ID NAME"), ExitUsage);
    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    if (!botcli::requireBot(*repo, args.at(0), context))
        return ExitNotFound;
    if (!repo->rename(args.at(0), args.at(1), botcli::actor()))
        return context.fail(repo->errorString(), ExitFailure);
    if (context.json())
        return context.succeed(describe(*repo, *repo->get(args.at(0))));
    context.out() << "renamed " << args.at(0) << " to \"" << args.at(1).trimmed() << '"' << Qt::endl;
    return ExitOk;
}

int BotsCommand::set(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Change a bot's audience or org kind."));
    const QCommandLineOption audienceOpt(QStringLiteral("audience"), QStringLiteral("public or internal."),
                                         QStringLiteral("AUDIENCE"));
    const QCommandLineOption orgOpt({QStringLiteral("org"), QStringLiteral("org-kind")},
                                    QStringLiteral("production or sandbox: where the bot logs in."),
                                    QStringLiteral("KIND"));
    const QCommandLineOption riskOpt(
        QStringLiteral("allow-public-risk"),
        QStringLiteral("Making a bot that holds RUN_SOQL or UPDATE_OPPORTUNITY public is refused unless you say "
                       "why you accept the risk; the reason is audited."),
        QStringLiteral("REASON"));
    const QCommandLineOption yesOpt(QStringLiteral("yes"),
                                    QStringLiteral("End a connected bot's connection without asking (a new org kind "
                                                   "needs a new login)."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Answer with the JSON envelope; the result is the bot."));
    parser.addOptions({audienceOpt, orgOpt, riskOpt, yesOpt, jsonOpt});
    parser.addPositionalArgument(QStringLiteral("BOT"), QStringLiteral("The bot: its id, a unique name or an alias."));
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf bots set"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("bots set needs exactly one bot, e.g. hilal-sf bots set support --org "
                                           "sandbox."),
                            ExitUsage);
    if (!parser.isSet(audienceOpt) && !parser.isSet(orgOpt))
        return context.fail(QStringLiteral("bots set needs --audience public|internal, --org production|sandbox "
                                           "or both."),
                            ExitUsage);
    std::optional<Audience> audience;
    if (parser.isSet(audienceOpt) && !(audience = Chatbot::audienceFromName(parser.value(audienceOpt))))
        return context.fail(
            QStringLiteral("--audience must be public or internal, not '%1'.").arg(parser.value(audienceOpt)),
            ExitUsage);
    std::optional<OrgKind> org;
    if (parser.isSet(orgOpt) && !(org = Chatbot::orgKindFromName(parser.value(orgOpt))))
        return context.fail(QStringLiteral("--org must be production or sandbox, not '%1'.").arg(parser.value(orgOpt)),
                            ExitUsage);
    if (parser.isSet(riskOpt) && parser.value(riskOpt).trimmed().isEmpty())
        return context.fail(
            QStringLiteral(
                "--allow-public-risk needs a reason, e.g. --allow-public-risk \"staff-only page behind SSO\"."),
            ExitUsage);

    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    int code = ExitOk;
    const QString id = botcli::resolveBotId(*repo, parser.positionalArguments().first(), context, &code);
    if (id.isEmpty())
        return code;
    const Chatbot before = *repo->get(id);
    const Audience newAudience = audience.value_or(before.audience);
    const OrgKind newOrg = org.value_or(before.orgKind);
    const QString reason = parser.value(riskOpt).trimmed();
    // Refused changes say so before anything is asked or ended.
    if (const QString problem = repo->checkAudienceAndOrgKind(id, newAudience, newOrg, reason); !problem.isEmpty())
        return context.fail(problem, ExitFailure);
    const auto info = repo->connectionInfo(id);
    if (newOrg != before.orgKind && info && !parser.isSet(yesOpt)) {
        Chatbot after = before;
        after.orgKind = newOrg;
        const QString what = QStringLiteral("Bot %1 is connected to %2 as %3; a %4 bot logs in at %5, so this ends "
                                            "that connection (the token is revoked) and you connect it again.")
                                 .arg(id, info->orgName.isEmpty() ? info->orgId : info->orgName, info->username,
                                      Chatbot::orgKindName(newOrg), after.effectiveLoginUrl().host());
        if (!context.stdinIsTerminal() || context.json())
            return context.fail(what + QStringLiteral(" Run again with --yes to change it."), ExitNeedsConfirmation,
                                {QStringLiteral("Run again with --yes.")});
        if (!context.confirm(what + QStringLiteral(" Change it?")))
            return context.fail(QStringLiteral("nothing was changed; the bot is still connected."),
                                ExitNeedsConfirmation);
    }
    clientcli::Connections connections(repo.get());
    const auto result = connections.run(
        [&](actions::ConnectionService &service, QObject *receiver, actions::ConnectionService::Done done) {
            service.changeAudienceAndOrgKind(id, newAudience, newOrg, reason, receiver, std::move(done));
        });
    if (!result.ok())
        return context.fail(result.message, clientcli::exitCodeFor(result));
    if (!result.message.isEmpty())
        context.err() << "hilal-sf: warning: " << result.message << Qt::endl;
    const Chatbot bot = *repo->get(id);
    for (const QString &w : repo->permissions(id).warnings(bot.audience))
        context.err() << "warning: " << w << Qt::endl;
    if (const QString reconnect = repo->reconnectReason(id); info && !reconnect.isEmpty())
        context.err() << reconnect << " Run: hilal-sf connect --bot " << id << Qt::endl;
    if (context.json())
        return context.succeed(describe(*repo, bot));
    context.out() << id << ": " << Chatbot::audienceName(bot.audience) << ", " << Chatbot::orgKindName(bot.orgKind)
                  << Qt::endl;
    return ExitOk;
}

int BotsCommand::remove(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    const bool yes = args.removeAll(QStringLiteral("--yes")) > 0;
    args.removeAll(QStringLiteral("--json"));
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return context.fail(QStringLiteral("usage: hilal-sf bots remove ID [--yes]"), ExitUsage);
    // Removing a bot cannot be undone: on a terminal ask first, unless --yes.
    if (!yes && context.stdinIsTerminal() && !context.json()
        && !context.confirm(
            QStringLiteral("Remove bot %1, its permissions and its stored connection?").arg(args.first())))
        return context.fail(QStringLiteral("not removed."), ExitNeedsConfirmation);
    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    const QString id = args.first();
    if (!botcli::requireBot(*repo, id, context))
        return ExitNotFound;
    // A removed bot must not leave a live session behind: the connection service revokes it
    // first (a revoke that can't reach Salesforce stays pending) and deletes the entry.
    clientcli::Connections connections(repo.get());
    const auto result = connections.run(
        [&](actions::ConnectionService &service, QObject *receiver, actions::ConnectionService::Done done) {
            service.remove(id, receiver, std::move(done));
        });
    if (!result.ok())
        return context.fail(result.message, clientcli::exitCodeFor(result));
    // A revoke left pending is a warning: the bot is gone either way.
    const QStringList warnings = result.message.isEmpty() ? QStringList() : QStringList {result.message};
    if (context.json())
        return context.succeed(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("removed"), true}}, warnings);
    for (const QString &warning : warnings)
        context.err() << "hilal-sf: warning: " << warning << Qt::endl;
    context.out() << "removed " << id << Qt::endl;
    return ExitOk;
}

int BotsCommand::key(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot's id."), QStringLiteral("ID"));
    const QCommandLineOption jsonOpt(
        QStringLiteral("json"),
        QStringLiteral("Answer with the JSON envelope; the result is {\"botId\", \"apiKey\"}."));
    const QCommandLineOption yesOpt(QStringLiteral("yes"),
                                    QStringLiteral("Replace the bot's current key without asking."));
    parser.addOptions({botOpt, jsonOpt, yesOpt});
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf bots key"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    if (!parser.isSet(botOpt))
        return context.fail(QStringLiteral("bots key needs --bot ID."), ExitUsage);
    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    const QString id = parser.value(botOpt);
    if (!botcli::requireBot(*repo, id, context))
        return ExitNotFound;
    // Rotating a key cuts off every chatbot runtime that still sends the old one: ask on a
    // terminal; a script must say --yes (nothing is changed otherwise).
    if (repo->hasApiKey(id) && !parser.isSet(yesOpt)) {
        const QString question
            = QStringLiteral("Replace the API key of bot %1? The current key stops working at once.").arg(id);
        if (!context.stdinIsTerminal() || context.json())
            return context.fail(
                QStringLiteral("bot %1 already has an API key; replacing it stops the current key at once. "
                               "Run again with --yes to replace it.")
                    .arg(id),
                ExitNeedsConfirmation, {QStringLiteral("Run again with --yes.")});
        if (!context.confirm(question))
            return context.fail(QStringLiteral("the key was not replaced; the current key still works."),
                                ExitNeedsConfirmation);
    }
    const QString key = repo->createApiKey(id, botcli::actor());
    if (key.isEmpty())
        return context.fail(repo->errorString(), ExitFailure);
    context.err() << "This is the only time the key is shown; store it in the chatbot runtime's secrets. "
                  << "Any older key of this bot stops working now. Send it as `Authorization: Bearer <key>`."
                  << Qt::endl;
    if (context.json())
        return context.succeed(QJsonObject {{QStringLiteral("botId"), id}, {QStringLiteral("apiKey"), key}});
    context.out() << key << Qt::endl;
    return ExitOk;
}

} // namespace hilal::cli
