// `hilal-sf export` end to end against the local org (docs/bulk-api.md): a CSV and a JSON Lines
// export through a Bulk query job, the same Ids as `query`, `exported N records to FILE` last,
// bad options refused, the read-only guard, a refused query leaving no file, Ctrl+C (SIGINT)
// aborting the org's job and leaving no file, and the audit trail. Tokens live in the private
// gnome-keyring of scripts/with-test-session.sh.
#include "support/cli_runner.h"
#include "support/org_http_client.h"
#include "support/wait.h"

#include "emulator/bulk/bulk_query_jobs.h"
#include "emulator/local_org.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using hilal::emulator::BulkQueryJobs;
using hilal::emulator::LocalOrg;
using hilal::emulator::LocalOrgOptions;

using hilal::test::freePort;
using hilal::test::OrgHttpClient;

namespace {

using Run = hilal::test::CliRun;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

    hilal::test::CliRunner m_cli; // its data dir goes by --data-dir
    QTemporaryDir m_out;
    std::unique_ptr<LocalOrg> m_org;
    QNetworkAccessManager m_network;
    QString m_botId;
    QUrl m_callback;

    // hilal-sf while this thread's event loop keeps serving the local org.
    Run run(const QStringList &args) { return m_cli.subprocess(args); }

    QStringList exportArgs(const QString &out, const QStringList &more, const QString &soql) const
    {
        return QStringList {QStringLiteral("export"), QStringLiteral("--bot"), m_botId, QStringLiteral("--out"), out}
        + more + QStringList {soql};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a keychain: run under scripts/with-test-session.sh");
        QVERIFY(m_cli.dataDir.isValid());
        m_cli.timeoutMs = 120000; // a whole export
        m_callback = QUrl(QStringLiteral("http://localhost:%1/OauthRedirect").arg(freePort()));
        LocalOrgOptions o;
        o.records = 700;
        o.redirectUris = {m_callback.toString()};
        m_org = std::make_unique<LocalOrg>(o);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));

        QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("salesforce.callbackUrl"),
                      m_callback.toString()})
                     .code,
                 0);
        Run r = run({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Export test"), QStringLiteral("--login-url"), m_org->url().toString()});
        QCOMPARE(r.code, 0);
        m_botId = r.out.trimmed().split(QLatin1Char('\n')).last();
        QCOMPARE(run({QStringLiteral("grant"), QStringLiteral("--bot"), m_botId, QStringLiteral("CREATE_OAUTH"),
                      QStringLiteral("READ_INTEGRATIONS")})
                     .code,
                 0);

        // connect --no-browser, playing the browser.
        const Run connected = m_cli.connectPlayingBrowser({QStringLiteral("connect"), QStringLiteral("--bot"), m_botId},
                                                          QStringLiteral("allow"));
        QVERIFY2(connected.code == 0, qPrintable(connected.err));
    }

    void cleanupTestCase() { BulkQueryJobs::holdWorkersForTesting(false); }

    void csvExportHoldsTheQueryIds()
    {
        const QString soql = QStringLiteral("SELECT Id, Name, Amount FROM Opportunity");
        const QString path = m_out.filePath(QStringLiteral("opps.csv"));
        const Run r = run(exportArgs(path, {}, soql));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run q = run({QStringLiteral("query"), QStringLiteral("--bot"), m_botId, QStringLiteral("--format"),
                           QStringLiteral("csv"), soql});
        QCOMPARE(q.code, 0);
        QStringList expected;
        for (const QString &line : q.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1))
            expected.append(line.left(18));
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.first(), QByteArray("Id,Name,Amount"));
        QStringList ids;
        for (const QByteArray &line : lines.mid(1)) {
            if (!line.isEmpty())
                ids.append(QString::fromUtf8(line.left(18)));
        }
        QCOMPARE(ids, expected);
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).last(),
                 QStringLiteral("exported %1 records to %2").arg(expected.size()).arg(path));
        QVERIFY2(r.err.contains(QLatin1String("JobComplete")),
                 qPrintable(r.err)); // plain lines, not a bar, off a terminal
        QVERIFY(!r.err.contains(QLatin1Char('\r')));

        const Run audit = run({QStringLiteral("audit"), QStringLiteral("--bot"), m_botId, QStringLiteral("--json")});
        QVERIFY2(audit.out.contains(QLatin1String("\"export\"")), qPrintable(audit.out));
        QVERIFY(audit.out.contains(QLatin1String("opps.csv")));
    }

    void jsonLinesAndCrlf()
    {
        const QString jsonl = m_out.filePath(QStringLiteral("accounts.jsonl"));
        Run r = run(exportArgs(jsonl, {QStringLiteral("--format"), QStringLiteral("jsonl")},
                               QStringLiteral("SELECT Id, NumberOfEmployees FROM Account")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QList<QByteArray> lines = readAll(jsonl).trimmed().split('\n');
        QVERIFY(lines.size() > 100);
        QVERIFY(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("NumberOfEmployees")).isDouble());

        const QString crlf = m_out.filePath(QStringLiteral("leads.csv"));
        r = run(exportArgs(crlf,
                           {QStringLiteral("--line-ending"), QStringLiteral("CRLF"), QStringLiteral("--delimiter"),
                            QStringLiteral("SEMICOLON")},
                           QStringLiteral("SELECT Id, LastName FROM Lead")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray body = readAll(crlf);
        QVERIFY(body.startsWith("Id;LastName\r\n"));
        QCOMPARE(body.count('\n'), body.count("\r\n")); // asked for CRLF, got only CRLF
    }

    void badInputChangesNothing()
    {
        const QString path = m_out.filePath(QStringLiteral("never.csv"));
        QCOMPARE(run(exportArgs(path, {QStringLiteral("--format"), QStringLiteral("xml")},
                                QStringLiteral("SELECT Id FROM Lead")))
                     .code,
                 2);
        QCOMPARE(run(exportArgs(path, {QStringLiteral("--delimiter"), QStringLiteral("SPACE")},
                                QStringLiteral("SELECT Id FROM Lead")))
                     .code,
                 2);
        QCOMPARE(run(exportArgs(path, {QStringLiteral("--line-ending"), QStringLiteral("CR")},
                                QStringLiteral("SELECT Id FROM Lead")))
                     .code,
                 2);
        QCOMPARE(
            run({QStringLiteral("export"), QStringLiteral("--bot"), m_botId, QStringLiteral("SELECT Id FROM Lead")})
                .code,
            2);
        Run r = run(
            exportArgs(m_out.filePath(QStringLiteral("no/such/dir.csv")), {}, QStringLiteral("SELECT Id FROM Lead")));
        QCOMPARE(r.code, 2);
        r = run(exportArgs(path, {}, QStringLiteral("DELETE FROM Lead")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not sent")), qPrintable(r.err));
        r = run(exportArgs(path, {}, QStringLiteral("SELECT COUNT() FROM Lead")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not supported in Bulk Query")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
    }

    void interruptAbortsTheJobAndLeavesNoFile()
    {
        // An earlier export of the same name must survive an interrupted one untouched.
        const QString path = m_out.filePath(QStringLiteral("interrupted.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old\n");
        }
        BulkQueryJobs::holdWorkersForTesting(true);
        m_org->resetRequests();
        QProcess p;
        p.start(QStringLiteral(HILAL_SF_BINARY),
                m_cli.arguments(exportArgs(path, {}, QStringLiteral("SELECT Id FROM Contact"))));
        QByteArray err;
        connect(&p, &QProcess::readyReadStandardError, &p, [&] { err += p.readAllStandardError(); });
        QSignalSpy finished(&p, &QProcess::finished);
        QDeadlineTimer deadline(30000);
        while (!err.contains("InProgress") && finished.isEmpty() && !deadline.hasExpired())
            QTest::qWait(20);
        QVERIFY2(err.contains("InProgress"), err.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(finished.wait(30000));
        BulkQueryJobs::holdWorkersForTesting(false);
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("interrupted"), err.constData());
        QCOMPARE(readAll(path), QByteArray("old\n"));
        bool aborted = false;
        for (const auto &request : m_org->requests())
            aborted = aborted
                || (request.method == QLatin1String("PATCH") && request.path.contains(QLatin1String("/jobs/query/"))
                    && request.status == 200);
        QVERIFY(aborted);
    }
};

QTEST_MAIN(TestExportCommand)
#include "tst_export_command.moc"
