#pragma once

// Runs hilal-sf commands in this process (hilal_cli) with buffers for the standard streams, and
// as a subprocess where exit codes, pipes and signals are what is tested.
#include "cli_context.h"
#include "cli_main.h"

#include <QBuffer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace hilal::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

class CliRunner
{
public:
    QTemporaryDir dataDir;

    CliRun inProcess(const QStringList &args, const QByteArray &stdinBytes = {})
    {
        QBuffer out, err, in;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        in.setData(stdinBytes);
        in.open(QIODevice::ReadOnly);
        CliRun r;
        {
            cli::CliContext context(&out, &err, &in);
            r.code = cli::cliMain(QStringList{QStringLiteral("--data-dir"), dataDir.path()} + args, context);
            context.out().flush();
            context.err().flush();
        }
        r.out = QString::fromUtf8(out.data());
        r.err = QString::fromUtf8(err.data());
        return r;
    }

#ifdef HILAL_SF_BINARY
    // Keeps this thread's event loop running (an in-process local org keeps answering).
    CliRun subprocess(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                      const QByteArray &stdinBytes = {})
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HILAL_SF_BINARY), QStringList{QStringLiteral("--data-dir"), dataDir.path()} + args);
        p.write(stdinBytes);
        p.closeWriteChannel();
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
#endif
};

} // namespace hilal::test
