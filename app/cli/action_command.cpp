#include "action_command.h"

#include "bot_cli_support.h"
#include "cli_context.h"
#include "command_examples.h"

#include "actions/action_request.h"
#include "actions/dispatcher.h"
#include "bots/bot_repository.h"
#include "salesforce/session_manager.h"
#include "secrets/token_store.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace hilal::cli {

using namespace hilal::actions;

namespace {

const char kUsage[]
    = "Usage: hilal-sf action [--bot BOT] ACTION (--params FILE|- | --FIELD VALUE…) [--confirm TOKEN] [--yes] "
      "[--json]\n"
      "                       [--idempotency-key KEY]\n\n"
      "Actions: create-lead, get-account, update-opportunity, run-soql.\n"
      "Parameters use Salesforce field names (--LastName Okafor), or come as one JSON object with\n"
      "--params FILE, or --params - for stdin (see the examples).\n\n"
      "Prints one JSON object {status, data, errors, confirmation}; with --json inside the envelope\n"
      "{\"status\": 0, \"result\": …, \"warnings\": []}. Exits 0 on 2xx; 2 invalid parameters (400);\n"
      "3 unknown action or record (404); 4 permission refused (403); 6 confirmation needed (409);\n"
      "7 Salesforce refused or failed (5xx).\n"
      "A 409 asks a human to confirm: on a terminal the preview is shown and y/N asked; --yes confirms\n"
      "at once (for scripts); or repeat the same command with --confirm TOKEN.\n"
      "With --idempotency-key, repeating the command with the same key answers the first answer again\n"
      "without a second Salesforce call (kept 24 h); the same key with other parameters is refused (422).\n";

// Fields whose command-line value is a number rather than text.
bool isNumericField(const QString &field)
{
    return field.compare(QLatin1String("Amount"), Qt::CaseInsensitive) == 0;
}

QJsonValue typedValue(const QString &field, const QString &value)
{
    if (isNumericField(field)) {
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (ok)
            return d;
    }
    return value; // validation names the field if the text is not acceptable
}

int printResult(const ActionResult &result, CliContext &context)
{
    if (context.json()) {
        const int code = ActionCommand::exitCodeFor(result.status);
        if (code == ExitOk)
            return context.succeed(result.toJson());
        QString message
            = result.errors.isEmpty() ? QStringLiteral("HTTP %1").arg(result.status) : result.errors.first().message;
        QStringList actions;
        if (result.needsConfirmation())
            actions << QStringLiteral("Run again with --confirm %1 (or --yes).").arg(result.confirmationToken);
        context.out() << '{' << CliContext::errorMembers(message, code, actions) << ",\"data\":"
                      << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)) << '}'
                      << Qt::endl;
        return code;
    }
    const QJsonDocument doc(result.toJson());
    context.out() << QString::fromUtf8(
        doc.toJson(context.stdoutIsTerminal() ? QJsonDocument::Indented : QJsonDocument::Compact));
    if (!context.stdoutIsTerminal())
        context.out() << '\n';
    context.out() << Qt::flush;
    if (result.needsConfirmation() && context.stderrIsTerminal())
        context.err() << "confirm with: --confirm " << result.confirmationToken << Qt::endl;
    return ActionCommand::exitCodeFor(result.status);
}

} // namespace

int ActionCommand::exitCodeFor(int status)
{
    if (status >= 200 && status < 300)
        return ExitOk;
    switch (status) {
    case 400:
    case 422:
        return ExitUsage;
    case 401:
        return ExitNotConnected;
    case 403:
        return ExitPermission;
    case 404:
        return ExitNotFound;
    case 409:
        return ExitNeedsConfirmation;
    default:
        return status >= 500 ? ExitOrgRefused : ExitFailure;
    }
}

int ActionCommand::run(const QStringList &args, CliContext &context)
{
    QString botId;
    QString actionName;
    QString jsonSource;
    QString confirm;
    QString idempotencyKey;
    bool hasJson = false;
    bool yes = false;
    QJsonObject fields;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            context.out() << kUsage << examplesSection(name()) << Qt::flush;
            return ExitOk;
        }
        if (arg == QLatin1String("--json")) { // output: the envelope (CliContext::json)
            continue;
        }
        if (arg == QLatin1String("--yes")) {
            yes = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            if (!actionName.isEmpty())
                return context.fail(
                    QStringLiteral("unexpected argument '%1'; give one action and --FIELD VALUE pairs.").arg(arg),
                    ExitUsage);
            actionName = arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else {
            if (i + 1 >= args.size())
                return context.fail(QStringLiteral("--%1 needs a value.").arg(name), ExitUsage);
            value = args.at(++i);
        }
        if (name == QLatin1String("bot")) {
            botId = value;
        } else if (name == QLatin1String("params")) {
            jsonSource = value;
            hasJson = true;
        } else if (name == QLatin1String("confirm")) {
            confirm = value;
        } else if (name == QLatin1String("idempotency-key")) {
            idempotencyKey = value;
        } else if (name.isEmpty()) {
            return context.fail(QStringLiteral("'--' needs a field name, like --LastName."), ExitUsage);
        } else {
            if (fields.contains(name))
                return context.fail(QStringLiteral("--%1 is given twice.").arg(name), ExitUsage);
            fields.insert(name, typedValue(name, value));
        }
    }
    if (actionName.isEmpty())
        return context.fail(
            QStringLiteral("action needs an action: %1.").arg(Dispatcher::actionNames().join(QStringLiteral(", "))),
            ExitUsage);
    if (hasJson && !fields.isEmpty())
        return context.fail(
            QStringLiteral("give the parameters either with --params or as --FIELD VALUE pairs, not both."), ExitUsage);

    ActionRequest request;
    request.action = actionName;
    request.parameters = fields;
    if (hasJson) {
        QByteArray body;
        if (jsonSource == QLatin1String("-")) {
            if (!context.in())
                return context.fail(QStringLiteral("could not read the parameters from standard input."), ExitUsage);
            body = context.in()->readAll();
        } else {
            QFile in(jsonSource);
            if (!in.open(QIODevice::ReadOnly))
                return context.fail(QStringLiteral("could not read %1 (%2).").arg(jsonSource, in.errorString()),
                                    ExitUsage);
            body = in.readAll();
        }
        ActionResult bad;
        const std::optional<ActionRequest> parsed = ActionRequest::fromJsonBody(actionName, body, &bad);
        if (!parsed)
            return printResult(bad, context);
        request = *parsed;
    }
    if (!confirm.isEmpty())
        request.confirmationToken = confirm;
    request.actor = botcli::actor();
    request.idempotencyKey = idempotencyKey;

    botcli::BotTarget target = botcli::openBot(context, botId);
    if (!target.ok())
        return target.exitCode;
    auto &repo = target.repo;
    botId = target.id;
    secrets::TokenStore tokens;
    QObject::connect(&tokens, &secrets::TokenStore::keychainUnavailable, &tokens,
                     [&context](const QString &message) { context.err() << "warning: " << message << Qt::endl; });
    salesforce::SessionManager sessions(&tokens);
    Dispatcher dispatcher(repo.get(), &sessions);
    auto dispatch = [&](const ActionRequest &r) {
        ActionResult result;
        QEventLoop loop;
        dispatcher.dispatch(botId, r, &loop, [&](const ActionResult &answer) {
            result = answer;
            loop.quit();
        });
        loop.exec();
        return result;
    };
    ActionResult result = dispatch(request);
    // A 409: --yes confirms at once; on a terminal the preview is shown and y/N asked.
    if (result.needsConfirmation() && !yes && context.stdinIsTerminal() && context.stderrIsTerminal()
        && !context.json()) {
        context.err() << "This needs a confirmation:\n"
                      << QString::fromUtf8(QJsonDocument(result.preview).toJson(QJsonDocument::Indented)) << Qt::flush;
        yes = context.confirm(QStringLiteral("Go ahead?"));
    }
    if (result.needsConfirmation() && yes) {
        request.confirmationToken = result.confirmationToken;
        result = dispatch(request);
    }
    return printResult(result, context);
}

} // namespace hilal::cli
