#pragma once

#include "command.h"

namespace hilal::cli {

// `hilal-sf revoke --bot ID PERMISSION…`: revokes permissions (names as in `hilal-sf bots show`,
// case-insensitive); prints the bot's permissions afterwards. Audited.
class RevokeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("revoke"); }
    QString summary() const override { return QStringLiteral("Revoke permissions from a bot"); }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
