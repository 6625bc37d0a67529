#include "lookup_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"

#include "bots/bot_repository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hilal::cli {

using namespace hilal::bots;

int LookupCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show or set the unique field a chat may name a record by instead of its Id (Name always works)."));
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("The bot's id."), QStringLiteral("ID"));
    const QCommandLineOption accountOpt(
        QStringLiteral("account"), QStringLiteral("Account field for get-account, e.g. AccountNumber; none clears it."),
        QStringLiteral("FIELD"));
    const QCommandLineOption opportunityOpt(
        QStringLiteral("opportunity"),
        QStringLiteral("Opportunity field for update-opportunity, e.g. Order_Number__c; none clears it."),
        QStringLiteral("FIELD"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print the lookup fields as JSON."));
    parser.addOptions({botOpt, accountOpt, opportunityOpt, jsonOpt});
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf lookup"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    if (!parser.isSet(botOpt))
        return context.fail(QStringLiteral("lookup needs --bot ID."), ExitUsage);
    if (!parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().first()),
                            ExitUsage);

    const QList<std::pair<QString, const QCommandLineOption *>> objects
        = {{QStringLiteral("Account"), &accountOpt}, {QStringLiteral("Opportunity"), &opportunityOpt}};
    // Check every value before changing anything.
    for (const auto &[object, option] : objects) {
        if (!parser.isSet(*option))
            continue;
        const QString field = parser.value(*option).trimmed();
        if (field.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            continue;
        if (const QString problem = BotRepository::validateLookupField(object, field); !problem.isEmpty())
            return context.fail(QStringLiteral("--%1: %2").arg(option->names().first(), problem), ExitUsage);
    }

    botcli::BotTarget target = botcli::openBot(context, parser.value(botOpt));
    if (!target.ok())
        return target.exitCode;
    auto &repo = target.repo;
    const QString id = target.id;
    for (const auto &[object, option] : objects) {
        if (!parser.isSet(*option))
            continue;
        const QString field = parser.value(*option).trimmed();
        const QString stored = field.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : field;
        if (!repo->setLookupField(id, object, stored, botcli::actor()))
            return context.fail(repo->errorString(), ExitFailure);
    }

    QJsonObject json;
    for (const auto &[object, option] : objects) {
        const QString field = repo->lookupField(id, object);
        json.insert(object, field.isEmpty() ? QJsonValue::Null : QJsonValue(field));
        if (!parser.isSet(jsonOpt))
            context.out() << object << ": Id, Name" << (field.isEmpty() ? QString() : QStringLiteral(", ") + field)
                          << Qt::endl;
    }
    if (parser.isSet(jsonOpt))
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
    return ExitOk;
}

} // namespace hilal::cli
