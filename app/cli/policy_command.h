#pragma once

#include "command.h"

namespace hilal::cli {

// `hilal-sf policy --bot ID [--confirm-updates on|off] [--confirm-soql nontrivial|all|off]
// [--confirm-creates on|off] [--json]`: shows the bot's confirmation policy, changing it first
// when options are given (audited). Prints "updates on, soql nontrivial, creates off".
class PolicyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("policy"); }
    QString summary() const override
    {
        return QStringLiteral("Show or set when a bot's actions need a human to confirm");
    }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
