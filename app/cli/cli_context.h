#pragma once

#include <QJsonValue>
#include <QStringList>
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

    // Prints "hilal-sf: <message>" to stderr and returns `code`, for one-line error exits. With
    // --json it prints the error envelope on stdout instead:
    // {"status": N, "name": "...", "message": "...", "exitCode": N, "actions": [...]}.
    int fail(const QString &message, int code, const QStringList &actions = {});

    // --json: every command answers with sf's envelope on stdout.
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }
    // {"status": 0, "result": result, "warnings": warnings} on stdout; returns ExitOk.
    int succeed(const QJsonValue &result, const QStringList &warnings = {});
    // The envelope's error name for an exit code ("NotFoundError", …).
    static QString errorName(int code);
    // The envelope's members after "result" when a streamed result stopped with `code`
    // (without braces): "status":N,"name":…,"message":…,"exitCode":N,"actions":[…].
    static QString errorMembers(const QString &message, int code, const QStringList &actions = {});

    // Asks a yes/no question on stderr and reads the answer from stdin (a terminal); false on
    // anything but y/yes.
    bool confirm(const QString &question);

private:
    QTextStream m_out;
    QTextStream m_err;
    QIODevice *m_in = nullptr;
    bool m_stderrIsTerminal = false;
    bool m_stdoutIsTerminal = false;
    bool m_stdinIsTerminal = false;
    bool m_json = false;
};

} // namespace hilal::cli
