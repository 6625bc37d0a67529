#pragma once

#include <QString>
#include <QStringList>

namespace hilal::cli {

class CliContext;

// Exit codes every subcommand shares, so scripts can rely on them (the table is in the README
// and in `hilal-sf --help`; exitCodeTable() prints it).
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and failed (network, a check said no, …)
    ExitUsage = 2, // the command line itself is wrong
    ExitNotFound = 3, // no such bot, action, record or setting
    ExitPermission = 4, // the bot lacks the permission (or the policy refuses)
    ExitNotConnected = 5, // the bot is not connected, or its session must be renewed
    ExitNeedsConfirmation = 6, // the step needs a confirmation that was not given
    ExitOrgRefused = 7, // Salesforce answered with an error (validation, limits, …)
    ExitInterrupted = 130, // Ctrl+C, SIGTERM, or the reader of stdout went away
};

// The exit-code table as `hilal-sf --help` prints it.
QString exitCodeTable();

// One `hilal-sf` subcommand. Subclasses live in `<name>_command.{h,cpp}` and are listed, one line
// each, in command_table.cpp.
class Command
{
public:
    virtual ~Command();

    virtual QString name() const = 0; // e.g. "soql"
    virtual QString summary() const = 0; // one line for `hilal-sf --help`

    // `args` are the words after the subcommand name. May spin an event loop for network work.
    virtual int run(const QStringList &args, CliContext &context) = 0;
};

} // namespace hilal::cli
