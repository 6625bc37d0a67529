#include "permission_change.h"

#include "bot_cli_support.h"
#include "cli_context.h"
#include "command.h"

#include "bots/bot_repository.h"

namespace hilal::cli {

using namespace hilal::bots;

int runPermissionChange(bool grant, const QStringList &args, CliContext &context)
{
    const QString verb = grant ? QStringLiteral("grant") : QStringLiteral("revoke");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Permissions: %1").arg(PermissionSet::all().names().join(QStringLiteral(" "))));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot's id."), QStringLiteral("ID"));
    parser.addOption(botOpt);
    const QCommandLineOption riskOpt(
        QStringLiteral("allow-public-risk"),
        QStringLiteral("On a public bot, RUN_SOQL and UPDATE_OPPORTUNITY are refused unless you "
                       "say why you accept the risk; the reason is audited."),
        QStringLiteral("REASON"));
    if (grant)
        parser.addOption(riskOpt);
    parser.addPositionalArgument(QStringLiteral("PERMISSION"), QStringLiteral("One or more permission names."),
                                 QStringLiteral("PERMISSION…"));
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf ") + verb, args, context, &help))
        return help ? ExitOk : ExitUsage;
    if (parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("%1 needs at least one permission: %2.")
                                .arg(verb, PermissionSet::all().names().join(QStringLiteral(", "))),
                            ExitUsage);
    PermissionSet change;
    QString error;
    if (!PermissionSet::fromNames(parser.positionalArguments(), &change, &error))
        return context.fail(error, ExitUsage);

    if (grant && parser.isSet(riskOpt) && parser.value(riskOpt).trimmed().isEmpty())
        return context.fail(
            QStringLiteral(
                "--allow-public-risk needs a reason, e.g. --allow-public-risk \"staff-only page behind SSO\"."),
            ExitUsage);
    botcli::BotTarget target = botcli::openBot(context, parser.value(botOpt));
    if (!target.ok())
        return target.exitCode;
    auto &repo = target.repo;
    const QString id = target.id;
    const bool ok = grant ? repo->grant(id, change, botcli::actor(), parser.value(riskOpt))
                          : repo->revoke(id, change, botcli::actor());
    if (!ok)
        return context.fail(repo->errorString(), ExitFailure);
    const PermissionSet now = repo->permissions(id);
    for (const QString &w : now.warnings(repo->get(id)->audience))
        context.err() << "warning: " << w << Qt::endl;
    if (!now.isDispatcherUnlocked())
        context.err() << "note: no chat permission is granted, so every chat action of this bot answers 403"
                      << Qt::endl;
    context.out() << id << ": "
                  << (now.isEmpty() ? QStringLiteral("no permissions") : now.names().join(QLatin1Char(' ')))
                  << Qt::endl;
    return ExitOk;
}

} // namespace hilal::cli
