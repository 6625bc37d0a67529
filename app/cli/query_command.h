#pragma once

#include "command.h"

namespace hilal::cli {

// hilal-sf query --bot ID [--format table|csv|json] [--all] "SOQL"
// Runs the query on the bot's connection and prints every page: csv and json stream page by
// page; json is {"totalSize": N, "done": true, "records": [...]}. A progress line goes to stderr
// only when it is a terminal. A refused refresh exits 1 and says to reconnect.
class QueryCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("query"); }
    QString summary() const override { return QStringLiteral("Run a SOQL query with a bot's connection"); }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
