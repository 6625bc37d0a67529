#pragma once

#include "command.h"

namespace hilal::cli {

// hilal-sf disconnect --bot ID | --retry: through the connection service
// (actions/connection_service.h): revokes the bot's token at Salesforce, then deletes the keychain
// entry; a revoke that can't reach Salesforce stays "revoke pending" and --retry sends those
// again. Needs DELETE_INTEGRATIONS.
class DisconnectCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("disconnect"); }
    QString summary() const override { return QStringLiteral("Revoke a bot's Salesforce connection and forget it"); }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
