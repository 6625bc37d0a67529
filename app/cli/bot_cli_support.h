#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

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

// Parses `args` (the words after the subcommand) with `parser`; prints the error and usage on
// failure. `--help` prints the help and sets *helpShown.
bool parse(QCommandLineParser &parser, const QString &commandLine, const QStringList &args,
           CliContext &context, bool *helpShown);

// Prints "hilal-sf: there is no bot …" and returns false when `botId` is unknown.
bool requireBot(bots::BotRepository &repo, const QString &botId, CliContext &context);

} // namespace botcli
} // namespace hilal::cli
