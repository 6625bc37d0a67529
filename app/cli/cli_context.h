#pragma once

#include <QTextStream>

class QIODevice;

namespace hilal::cli {

// What every subcommand gets: the standard streams (UTF-8, flushed per line so output streams
// to pipes) and whether they are terminals (progress lines and questions only then). Tests make
// one over buffers and run commands in process.
class CliContext
{
public:
    CliContext(); // the process's stdin, stdout and stderr
    CliContext(QIODevice *out, QIODevice *err, QIODevice *in = nullptr);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Standard input (`--params -`, `--file -`, y/N answers); null when there is none.
    QIODevice *in() const { return m_in; }
    bool stderrIsTerminal() const { return m_stderrIsTerminal; }
    bool stdoutIsTerminal() const { return m_stdoutIsTerminal; }
    bool stdinIsTerminal() const { return m_stdinIsTerminal; }

    // Prints "hilal-sf: <message>" to stderr and returns `code`, for one-line error exits.
    int fail(const QString &message, int code);

private:
    QTextStream m_out;
    QTextStream m_err;
    QIODevice *m_in = nullptr;
    bool m_stderrIsTerminal = false;
    bool m_stdoutIsTerminal = false;
    bool m_stdinIsTerminal = false;
};

} // namespace hilal::cli
