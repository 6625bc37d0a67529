#include "policy_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"

#include "bots/bot_repository.h"

#include <QJsonDocument>

namespace hilal::cli {

using namespace hilal::bots;

namespace {

bool parseOnOff(const QString &value, bool *out)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("on") || v == QLatin1String("true") || v == QLatin1String("yes")) {
        *out = true;
        return true;
    }
    if (v == QLatin1String("off") || v == QLatin1String("false") || v == QLatin1String("no")) {
        *out = false;
        return true;
    }
    return false;
}

} // namespace

int PolicyCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show or set when the bot's actions need a human to confirm."));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot's id."), QStringLiteral("ID"));
    const QCommandLineOption updatesOpt(QStringLiteral("confirm-updates"),
                                        QStringLiteral("Ask before updating an opportunity: on|off."),
                                        QStringLiteral("on|off"));
    const QCommandLineOption soqlOpt(QStringLiteral("confirm-soql"),
                                     QStringLiteral("Ask before SOQL: nontrivial|all|off."), QStringLiteral("WHEN"));
    const QCommandLineOption createsOpt(QStringLiteral("confirm-creates"),
                                        QStringLiteral("Ask before creating a lead: on|off."),
                                        QStringLiteral("on|off"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print the policy as JSON."));
    parser.addOptions({botOpt, updatesOpt, soqlOpt, createsOpt, jsonOpt});
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf policy"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().first()),
                            ExitUsage);

    botcli::BotTarget target = botcli::openBot(context, parser.value(botOpt));
    if (!target.ok())
        return target.exitCode;
    auto &repo = target.repo;
    const QString id = target.id;
    ConfirmationPolicy policy = repo->policy(id);
    if (parser.isSet(updatesOpt) && !parseOnOff(parser.value(updatesOpt), &policy.confirmUpdates))
        return context.fail(
            QStringLiteral("--confirm-updates must be on or off, not '%1'.").arg(parser.value(updatesOpt)), ExitUsage);
    if (parser.isSet(createsOpt) && !parseOnOff(parser.value(createsOpt), &policy.confirmCreates))
        return context.fail(
            QStringLiteral("--confirm-creates must be on or off, not '%1'.").arg(parser.value(createsOpt)), ExitUsage);
    if (parser.isSet(soqlOpt)) {
        const auto soql = ConfirmationPolicy::soqlFromName(parser.value(soqlOpt));
        if (!soql)
            return context.fail(
                QStringLiteral("--confirm-soql must be nontrivial, all or off, not '%1'.").arg(parser.value(soqlOpt)),
                ExitUsage);
        policy.confirmSoql = *soql;
    }
    if (!repo->setPolicy(id, policy, botcli::actor()))
        return context.fail(repo->errorString(), ExitFailure);
    if (parser.isSet(jsonOpt))
        context.out() << QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
    else
        context.out() << policy.summary() << Qt::endl;
    return ExitOk;
}

} // namespace hilal::cli
