#pragma once

#include "command.h"

namespace hilal::cli {

// `hilal-sf grant --bot ID PERMISSION…`: grants permissions (names as in `hilal-sf bots show`,
// case-insensitive); prints the bot's permissions afterwards. Audited.
class GrantCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("grant"); }
    QString summary() const override { return QStringLiteral("Grant permissions to a bot"); }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
