#pragma once

#include "command.h"

namespace hilal::cli {

// hilal-sf disconnect --bot ID [--force]: revokes the bot's refresh token at Salesforce (a 400
// there means it was already gone), then deletes the keychain entry. If Salesforce can't be
// reached the entry is kept unless --force. Needs DELETE_INTEGRATIONS.
class DisconnectCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("disconnect"); }
    QString summary() const override { return QStringLiteral("Revoke a bot's Salesforce connection and forget it"); }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
