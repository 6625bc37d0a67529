#include "mapping_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"

#include "actions/create_lead_action.h"
#include "actions/lead_field_check.h"
#include "bots/bot_repository.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"
#include "salesforce/session.h"
#include "salesforce/session_manager.h"
#include "secrets/token_store.h"

#include <QEventLoop>
#include <QJsonDocument>

namespace hilal::cli {

using namespace hilal::bots;

namespace {

const QString kUsage
    = QStringLiteral("use `hilal-sf mapping show|set|unset|check --bot ID …` (see `hilal-sf mapping --help`).");

int show(BotRepository &repo, const QString &botId, bool json, CliContext &context)
{
    const LeadFieldMapping mapping = repo.leadFieldMapping(botId);
    if (json) {
        const QJsonObject out {{QStringLiteral("bot"), botId}, {QStringLiteral("fields"), mapping.toJson()}};
        context.out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << Qt::endl;
        return ExitOk;
    }
    if (mapping.isEmpty()) {
        context.out() << "No Lead field mapping: create-lead takes the standard Lead fields straight from the chat."
                      << Qt::endl;
        return ExitOk;
    }
    int width = 0;
    for (const LeadFieldSource &s : mapping.sources())
        width = std::max(width, int(s.field.size()));
    for (const LeadFieldSource &s : mapping.sources())
        context.out() << s.field.leftJustified(width + 2) << s.summary() << Qt::endl;
    return ExitOk;
}

// Reads the org's describe of Lead through the bot's connection and prints one sentence per problem.
int check(BotRepository &repo, const QString &botId, CliContext &context)
{
    secrets::TokenStore tokens;
    QObject::connect(&tokens, &secrets::TokenStore::keychainUnavailable, &tokens,
                     [&context](const QString &message) { context.err() << "warning: " << message << Qt::endl; });
    salesforce::SessionManager sessions(&tokens);
    salesforce::Session *session = sessions.session(botId);
    QEventLoop loop;
    QString failure;
    QJsonObject describe;
    session->whenReady(&loop, [&](const salesforce::SalesforceError &error) {
        if (error || !session->hasConnection()) {
            failure = error
                ? error.message
                : QStringLiteral(
                      "The bot is not connected to Salesforce; connect it first (hilal-sf connect --bot %1).")
                      .arg(botId);
            loop.quit();
            return;
        }
        salesforce::RestReply *reply = sessions.client(botId)->describe(QStringLiteral("Lead"));
        QObject::connect(reply, &salesforce::RestReply::finished, &loop, [&, reply] {
            if (reply->error())
                failure = QStringLiteral("Could not read the org's Lead fields: %1").arg(reply->error().message);
            else
                describe = reply->object();
            loop.quit();
        });
    });
    loop.exec();
    if (!failure.isEmpty())
        return context.fail(failure, ExitFailure);
    const QStringList problems = actions::LeadFieldCheck(describe).checkMapping(
        repo.leadFieldMapping(botId), actions::CreateLeadAction::fields(), botId);
    if (problems.isEmpty()) {
        context.out()
            << "No problems: every Lead field the org requires has a source, and every mapped field fits the org."
            << Qt::endl;
        return ExitOk;
    }
    for (const QString &p : problems)
        context.err() << p << Qt::endl;
    return ExitFailure;
}

} // namespace

int MappingCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Which chat parameter (or fixed value) feeds each Lead field when the bot creates a Lead.\n"
                       "  show --bot ID [--json]\n"
                       "  set --bot ID FIELD (--from PARAM | --default VALUE)\n"
                       "  unset --bot ID FIELD\n"
                       "  check --bot ID     (exit 1 with one sentence per problem)"));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot's id."), QStringLiteral("ID"));
    const QCommandLineOption fromOpt(QStringLiteral("from"),
                                     QStringLiteral("set: the chat parameter that feeds the field."),
                                     QStringLiteral("PARAM"));
    const QCommandLineOption defaultOpt(QStringLiteral("default"),
                                        QStringLiteral("set: a fixed value, used when the chat gives none."),
                                        QStringLiteral("VALUE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("show: print the mapping as JSON."));
    parser.addOptions({botOpt, fromOpt, defaultOpt, jsonOpt});
    parser.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("show, set, unset or check."));
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf mapping"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return context.fail(QStringLiteral("mapping needs a verb; ") + kUsage, ExitUsage);
    const QString verb = words.first();
    if (verb != QLatin1String("show") && verb != QLatin1String("set") && verb != QLatin1String("unset")
        && verb != QLatin1String("check"))
        return context.fail(QStringLiteral("'%1' is not a mapping verb; ").arg(verb) + kUsage, ExitUsage);
    const bool takesField = verb == QLatin1String("set") || verb == QLatin1String("unset");
    if (takesField && words.size() != 2)
        return context.fail(QStringLiteral("mapping %1 needs exactly one Lead field name, e.g. Region__c.").arg(verb),
                            ExitUsage);
    if (!takesField && words.size() != 1)
        return context.fail(QStringLiteral("unexpected argument '%1'.").arg(words.at(1)), ExitUsage);
    if (verb == QLatin1String("set") && parser.isSet(fromOpt) == parser.isSet(defaultOpt))
        return context.fail(QStringLiteral("mapping set needs one of --from PARAM or --default VALUE."), ExitUsage);
    if (verb != QLatin1String("set") && (parser.isSet(fromOpt) || parser.isSet(defaultOpt)))
        return context.fail(QStringLiteral("--from and --default go with mapping set only."), ExitUsage);
    if (verb != QLatin1String("show") && parser.isSet(jsonOpt))
        return context.fail(QStringLiteral("--json goes with mapping show only."), ExitUsage);

    botcli::BotTarget target = botcli::openBot(context, parser.value(botOpt));
    if (!target.ok())
        return target.exitCode;
    auto &repo = target.repo;
    const QString botId = target.id;
    if (verb == QLatin1String("show"))
        return show(*repo, botId, parser.isSet(jsonOpt), context);
    if (verb == QLatin1String("check"))
        return check(*repo, botId, context);
    const QString field = words.at(1);
    if (verb == QLatin1String("unset")) {
        if (!repo->unsetLeadField(botId, field, botcli::actor()))
            return context.fail(repo->errorString(), ExitFailure);
        context.out() << field << ": unmapped" << Qt::endl;
        return ExitOk;
    }
    const LeadFieldSource source {
        field, parser.isSet(fromOpt) ? LeadFieldSource::Kind::Parameter : LeadFieldSource::Kind::Fixed,
        parser.isSet(fromOpt) ? parser.value(fromOpt) : parser.value(defaultOpt)};
    if (!repo->setLeadFieldSource(botId, source, botcli::actor()))
        return context.fail(repo->errorString(), ExitUsage);
    context.out() << field << ": " << source.summary() << Qt::endl;
    return ExitOk;
}

} // namespace hilal::cli
