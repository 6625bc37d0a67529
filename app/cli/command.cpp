#include "command.h"

namespace hilal::cli {

Command::~Command() = default;

QString exitCodeTable()
{
    return QStringLiteral("Exit codes:\n"
                          "  0    ok\n"
                          "  1    failure (network, a check said no, …)\n"
                          "  2    usage: the command line is wrong\n"
                          "  3    not found: no such bot, action, record or setting\n"
                          "  4    permission refused: the bot lacks the permission, or its policy refuses\n"
                          "  5    not connected: connect the bot, or reconnect (session expired or revoked)\n"
                          "  6    confirmation needed: run again with --yes, or answer y\n"
                          "  7    the org refused: Salesforce answered with an error\n"
                          "  130  interrupted (Ctrl+C, SIGTERM, or stdout was closed)\n");
}

} // namespace hilal::cli
