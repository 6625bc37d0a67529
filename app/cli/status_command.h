#pragma once

#include "command.h"

namespace hilal::cli {

// hilal-sf status --bot ID [--json]: connected or not, org id, username, instance, sandbox,
// token age and where the connection is stored — never a token. Needs READ_INTEGRATIONS.
class StatusCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override { return QStringLiteral("Show a bot's Salesforce connection (never a token)"); }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
