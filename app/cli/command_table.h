#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace hilal::cli {

class Command;

// One row of hilal-sf's command table: the subcommand's name, its help line and how to make it.
struct CommandEntry
{
    QString name;
    QString summary;
    std::unique_ptr<Command> (*create)();
};

// Every subcommand, sorted by name. The list is written out in command_table.cpp, one line per
// command, so a command that is not in it can't silently go missing from the build.
const std::vector<CommandEntry> &commandTable();

// The command called `name`, or null.
std::unique_ptr<Command> createCommand(const QString &name);

// The known command closest to a mistyped `name` ("quer" → "query"), or empty when none is close.
QString closestCommand(const QString &name);

} // namespace hilal::cli
