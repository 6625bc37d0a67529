#pragma once

#include "command.h"

namespace hilal::cli {

// hilal-sf config list | get KEY | set KEY VALUE | unset KEY — the typed settings of src/core/config.h
// (salesforce.clientId, salesforce.callbackUrl, salesforce.apiVersion). Never secrets.
class ConfigCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override
    {
        return QStringLiteral("Show or change settings (Connected App client id, callback URL, API version)");
    }
    int run(const QStringList &args, CliContext &context) override;

private:
    static int defaultBot(const QStringList &args, CliContext &context);
};

} // namespace hilal::cli
