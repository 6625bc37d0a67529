#pragma once

#include <QString>
#include <QStringList>

namespace hilal::cli {

class CliContext;

// Exit codes every subcommand shares, so scripts can rely on them.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and the answer is "no" (e.g. a query failed the check)
    ExitUsage = 2,   // the command line itself is wrong
};

// One `hilal-sf` subcommand. Subclasses live in `<name>_command.{h,cpp}` and register with
// HILAL_REGISTER_COMMAND(ClassName) in their .cpp.
class Command
{
public:
    virtual ~Command();

    virtual QString name() const = 0;    // e.g. "soql"
    virtual QString summary() const = 0; // one line for `hilal-sf --help`

    // `args` are the words after the subcommand name. May spin an event loop for network work.
    virtual int run(const QStringList &args, CliContext &context) = 0;
};

} // namespace hilal::cli
