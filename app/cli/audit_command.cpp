#include "audit_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"

#include "bots/bot_repository.h"

#include <QJsonArray>

namespace hilal::cli {

using namespace hilal::bots;

int AuditCommand::run(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption botOpt(QStringLiteral("bot"), QStringLiteral("Only this bot's entries."),
                                    QStringLiteral("ID"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"),
                                      QStringLiteral("At most N entries (default 100; 0: all)."), QStringLiteral("N"),
                                      QStringLiteral("100"));
    const QCommandLineOption jsonOpt(
        QStringLiteral("json"),
        QStringLiteral("Answer with the JSON envelope; the result is an array of entries, newest first."));
    parser.addOptions({botOpt, limitOpt, jsonOpt});
    bool help = false;
    if (!botcli::parse(parser, QStringLiteral("hilal-sf audit"), args, context, &help))
        return help ? ExitOk : ExitUsage;
    bool ok = false;
    const int limit = parser.value(limitOpt).toInt(&ok);
    if (!ok || limit < 0)
        return context.fail(QStringLiteral("--limit must be a whole number ≥ 0, not '%1'.").arg(parser.value(limitOpt)),
                            ExitUsage);
    auto repo = botcli::openRepository(context);
    if (!repo)
        return ExitFailure;
    AuditQuery query;
    query.botId = parser.value(botOpt);
    if (parser.isSet(botOpt) && !repo->contains(query.botId)) {
        // A removed bot's entries stay in the trail and its old id still lists them; anything
        // else is a name or an alias, or no bot at all (not found, rather than an empty trail).
        AuditQuery probe;
        probe.botId = query.botId;
        probe.limit = 1;
        if (repo->audit().entries(probe).isEmpty()) {
            int code = ExitOk;
            query.botId = botcli::resolveBotId(*repo, query.botId, context, &code);
            if (query.botId.isEmpty())
                return code;
        }
    }
    query.limit = limit;
    const QList<AuditEntry> entries = repo->audit().entries(query);
    if (parser.isSet(jsonOpt)) {
        QJsonArray array;
        for (const AuditEntry &e : entries)
            array.append(e.toJson());
        return context.succeed(array);
    }
    if (entries.isEmpty()) {
        context.err() << "no audit entries"
                      << (query.botId.isEmpty() ? QString() : QStringLiteral(" for ") + query.botId) << Qt::endl;
        return ExitOk;
    }
    for (const AuditEntry &e : entries) {
        QString line = e.at.toString(Qt::ISODate) + QLatin1Char(' ') + e.botId + QLatin1Char(' ')
            + AuditEntry::kindName(e.kind).leftJustified(10) + QLatin1Char(' ') + e.action.leftJustified(18);
        if (e.kind == AuditEntry::Kind::Dispatch) {
            line += QStringLiteral(" %1").arg(e.status);
            if (!e.salesforceId.isEmpty())
                line += QLatin1Char(' ') + e.salesforceId;
            if (e.durationMs >= 0)
                line += QStringLiteral(" %1ms").arg(e.durationMs);
            if (!e.confirmedBy.isEmpty())
                line += QStringLiteral(" confirmed by ") + e.confirmedBy;
        }
        if (!e.detail.isEmpty())
            line += QStringLiteral(" — ") + e.detail;
        if (const QString query = e.parameters.value(QLatin1String("query")).toString(); !query.isEmpty())
            line += QStringLiteral(" — ") + query.simplified();
        if (!e.actor.isEmpty())
            line += QStringLiteral(" [") + e.actor + QLatin1Char(']');
        context.out() << line << '\n';
    }
    context.out() << Qt::flush;
    return ExitOk;
}

} // namespace hilal::cli
