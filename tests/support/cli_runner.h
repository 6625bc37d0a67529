#pragma once

// The one way the tests run hilal-sf: in this process (hilal_cli) with buffers for the standard
// streams, or as a subprocess where exit codes, pipes and signals are what is tested. Either way
// the CLI gets a data dir of its own (dataDir), by --data-dir or by HILAL_SF_HOME.

#include "support/org_http_client.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// In-process runs need hilal_cli (its headers come with linking it).
#if __has_include("cli_main.h")
#include "cli_context.h"
#include "cli_main.h"
#define HILAL_TEST_CLI_IN_PROCESS 1
#endif

namespace hilal::test {

struct CliRun
{
    int code = -1; // -1: did not start, crashed or timed out
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    // What `bots add` and friends print last (an id).
    QString lastLine() const { return out.trimmed().split(QLatin1Char('\n')).last(); }
};

class CliRunner
{
public:
    // How the CLI is told its data dir: `--data-dir DIR` before each command's arguments, or
    // HILAL_SF_HOME in the child's environment (what serve and the chat runtime inherit; the
    // arguments are then passed as they are).
    enum class DataDirBy { Option, Environment };

    explicit CliRunner(DataDirBy by = DataDirBy::Option)
        : m_by(by)
    {
    }

    QTemporaryDir dataDir;
    int timeoutMs = 60000; // a subprocess still running then is killed

    // The system's environment, with HILAL_SF_HOME (and a fixed USER for the audit's actor) when
    // the data dir goes by the environment.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (m_by == DataDirBy::Environment) {
            env.insert(QStringLiteral("HILAL_SF_HOME"), dataDir.path());
            env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
        }
        return env;
    }

    QStringList arguments(const QStringList &args) const
    {
        return m_by == DataDirBy::Option ? QStringList {QStringLiteral("--data-dir"), dataDir.path()} + args : args;
    }

#ifdef HILAL_TEST_CLI_IN_PROCESS
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
            r.code = cli::cliMain(arguments(args), context);
            context.out().flush();
            context.err().flush();
        }
        r.out = QString::fromUtf8(out.data());
        r.err = QString::fromUtf8(err.data());
        return r;
    }
#endif

#ifdef HILAL_SF_BINARY
    // Waits with this thread's event loop running (an in-process local org keeps answering).
    // stdinBytes, when not null, is written to the child's stdin; stdin is closed either way.
    CliRun subprocess(const QStringList &args, const QByteArray &stdinBytes = {})
    {
        return subprocess(args, environment(), stdinBytes);
    }

    CliRun subprocess(const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinBytes = {})
    {
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(HILAL_SF_BINARY), arguments(args));
        if (!p.waitForStarted(10000))
            return {};
        if (!stdinBytes.isNull())
            p.write(stdinBytes);
        p.closeWriteChannel();
        if (finished.isEmpty() && p.state() != QProcess::NotRunning && !finished.wait(timeoutMs)) {
            p.kill();
            p.waitForFinished(10000);
            return {-1, QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // `connect … --no-browser` (args: connect's arguments), playing the browser: reads the
    // authorize URL from stderr, logs in on the org's pages and answers `decision` ("allow" or
    // "deny"), follows the redirect to the CLI's loopback listener (its HTTP status in
    // *callbackStatus, 0 when not reached) and waits for the CLI to exit.
    CliRun connectPlayingBrowser(const QStringList &args, const QString &decision, int *callbackStatus = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(HILAL_SF_BINARY), arguments(args + QStringList {QStringLiteral("--no-browser")}));
        QByteArray err;
        QUrl authorize;
        QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&] {
            err += p.readAllStandardError();
            for (const QByteArray &line : err.split('\n')) {
                if (line.trimmed().startsWith("http") && line.contains("/services/oauth2/authorize"))
                    authorize = QUrl::fromEncoded(line.trimmed());
            }
        });
        QDeadlineTimer deadline(30000);
        while (!authorize.isValid() && finished.isEmpty() && !deadline.hasExpired())
            QTest::qWait(20);
        int status = 0;
        if (authorize.isValid()) {
            OrgHttpClient browser;
            const QUrl redirect = browser.browse(authorize, decision);
            if (redirect.isValid())
                browser.fetch(redirect, &status);
            else
                err += "\n(test) login failed: " + browser.error().toUtf8();
        } else {
            err += "\n(test) no authorize URL on stderr";
        }
        if (callbackStatus)
            *callbackStatus = status;
        if (finished.isEmpty() && !finished.wait(timeoutMs)) {
            p.kill();
            p.waitForFinished(10000);
        }
        err += p.readAllStandardError();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(err)};
    }
#endif

private:
    DataDirBy m_by;
};

} // namespace hilal::test
