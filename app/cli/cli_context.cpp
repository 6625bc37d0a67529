#include "cli_context.h"

#include <cstdio>
#include <unistd.h>

namespace hilal::cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
    , m_stderrIsTerminal(isatty(fileno(stderr)) == 1)
    , m_stdoutIsTerminal(isatty(fileno(stdout)) == 1)
{
}

int CliContext::fail(const QString &message, int code)
{
    m_err << "hilal-sf: " << message << Qt::endl;
    return code;
}

} // namespace hilal::cli
