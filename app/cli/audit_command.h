#pragma once

#include "command.h"

namespace hilal::cli {

// `hilal-sf audit [--bot ID] [--limit N] [--json]`: the audit trail, newest first — dispatches
// (action, status, Salesforce Id, duration, who confirmed; emails and phones masked) and
// permission, policy, connection and bot changes. --json: the envelope, its result an array of
// entries. --bot takes an id (also of a removed bot), a name or an alias.
class AuditCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override { return QStringLiteral("Show the audit trail of dispatches and changes"); }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
