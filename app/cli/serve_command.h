#pragma once

#include "command.h"

namespace hilal::cli {

// `hilal-sf serve [--port N]`: the loopback HTTP API for chatbot runtimes (actions/action_server.h).
// Prints `listening on http://127.0.0.1:PORT` on stdout when ready; runs until interrupted.
class ServeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override { return QStringLiteral("Serve the bots' chat actions on a loopback HTTP API"); }
    int run(const QStringList &args, CliContext &context) override;
};

} // namespace hilal::cli
