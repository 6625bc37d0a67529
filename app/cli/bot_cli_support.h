#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "bots/chatbot.h"
#include "bots/permission.h"

namespace hilal::bots {
class BotRepository;
}

namespace hilal::cli {

class CliContext;

// Shared plumbing of the bots-area subcommands (bots, grant, revoke, policy, audit, action, serve).
namespace botcli {

// "cli:<login name>" — who made a change, for the audit trail.
QString actor();

// Opens the repository on AppPaths::databaseFile(); on failure prints the reason and returns null.
std::unique_ptr<bots::BotRepository> openRepository(CliContext &context);

// The parser's help with the usage line naming the subcommand ("Usage: hilal-sf query [options]").
QString helpText(const QCommandLineParser &parser, const QString &commandLine);

// Parses `args` (the words after the subcommand) with `parser`; prints the error and usage on
// failure. `--help` prints the help and sets *helpShown.
bool parse(QCommandLineParser &parser, const QString &commandLine, const QStringList &args, CliContext &context,
           bool *helpShown);

// What the user typed for a bot, as a bot id: an id, a unique bot name or an alias
// (`bots alias set`); empty means $HILAL_SF_BOT, then `config set defaultBot`. Prints why not
// and returns empty (exit ExitNotFound, or ExitUsage when nothing names a bot).
QString resolveBotId(bots::BotRepository &repo, const QString &typed, CliContext &context, int *exitCode);

// Prints "hilal-sf: there is no bot …" and returns false when `botId` is unknown.
bool requireBot(bots::BotRepository &repo, const QString &botId, CliContext &context);

// The shared start of every command that acts on one bot: open the repository, resolve the bot
// (resolveBotId) and check that it holds `permission`. When it fails it has printed why and
// `exitCode` says how to exit.
struct BotTarget
{
    std::unique_ptr<bots::BotRepository> repo;
    QString id;
    bots::Chatbot bot;
    int exitCode = 0;
    bool ok() const { return exitCode == 0; }
};
BotTarget openBot(CliContext &context, const QString &typed, std::optional<bots::Permission> permission = std::nullopt);

} // namespace botcli
} // namespace hilal::cli
