#include "cli_context.h"

#include <QFile>

#include <cstdio>
#include <unistd.h>

namespace hilal::cli {

namespace {

QIODevice *standardInput()
{
    static QFile in;
    if (!in.isOpen())
        in.open(stdin, QIODevice::ReadOnly);
    return &in;
}

} // namespace

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
    , m_in(standardInput())
    , m_stderrIsTerminal(isatty(fileno(stderr)) == 1)
    , m_stdoutIsTerminal(isatty(fileno(stdout)) == 1)
    , m_stdinIsTerminal(isatty(fileno(stdin)) == 1)
{
}

CliContext::CliContext(QIODevice *out, QIODevice *err, QIODevice *in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{
}

int CliContext::fail(const QString &message, int code)
{
    m_err << "hilal-sf: " << message << Qt::endl;
    return code;
}

} // namespace hilal::cli
