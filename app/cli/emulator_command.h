#pragma once

#include "command.h"

namespace hilal::cli {

// `hilal-sf emulator`: runs the local Salesforce org (src/emulator) until SIGINT/SIGTERM.
// Prints exactly one line on stdout when ready — `listening on http://HOST:PORT` — so scripts
// and tests can wait for it; everything else goes to stderr.
class EmulatorCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("emulator"); }
    QString summary() const override
    {
        return QStringLiteral("Run the local Salesforce org (OAuth + REST on loopback)");
    }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
