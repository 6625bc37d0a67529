#pragma once

#include <QTextStream>

namespace hilal::cli {

// What every subcommand gets: the standard streams (UTF-8, flushed per line so output streams
// to pipes) and whether stderr is a terminal (progress lines only then).
class CliContext
{
public:
    CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool stderrIsTerminal() const { return m_stderrIsTerminal; }
    bool stdoutIsTerminal() const { return m_stdoutIsTerminal; }

    // Prints "hilal-sf: <message>" to stderr and returns `code`, for one-line error exits.
    int fail(const QString &message, int code);

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_stderrIsTerminal;
    bool m_stdoutIsTerminal;
};

} // namespace hilal::cli
