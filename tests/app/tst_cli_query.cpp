// `hilal-sf query` as a script sees it, against the local org over loopback with faults set:
// pages lost to 500s are fetched again; a query that fails midway never prints output that
// claims completeness and leaves no --output-file behind; a closed pipe stops the fetch; the
// session comes from $HILAL_SF_ACCESS_TOKEN + $HILAL_SF_INSTANCE_URL (CI, no keychain).
#include "command.h"
#include "support/cli_runner.h"
#include "support/org_fixture.h"

#include "emulator/http/faults.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using hilal::test::CliRun;
using hilal::test::CliRunner;

class TestCliQuery : public QObject
{
    Q_OBJECT

    hilal::test::OrgFixture m_fixture;
    CliRunner m_cli;
    QString m_bot;
    static constexpr int kRecords = 7000; // four query pages of 2,000

    QProcessEnvironment ciEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HILAL_SF_ACCESS_TOKEN"), m_fixture.connection.accessToken);
        env.insert(QStringLiteral("HILAL_SF_INSTANCE_URL"), m_fixture.org->url().toString());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain, as in CI
        return env;
    }

    int queryPages() const
    {
        int n = 0;
        for (const auto &r : m_fixture.org->requests())
            n += r.path.contains(QLatin1String("/query")) ? 1 : 0;
        return n;
    }

    static const QStringList &kSoql()
    {
        static const QStringList q {QStringLiteral("SELECT Id, Name, Amount FROM Opportunity")};
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(kRecords), qPrintable(m_fixture.error));
        const CliRun add
            = m_cli.subprocess({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("ci"), QStringLiteral("--login-url"), m_fixture.org->url().toString()});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        m_bot = add.out.trimmed().split(QLatin1Char('\n')).last();
    }

    void init()
    {
        m_fixture.org->setFaults({});
        m_fixture.org->resetRequests();
    }

    void environmentSessionWithoutKeychain()
    {
        const CliRun r = m_cli.subprocess({QStringLiteral("query"), QStringLiteral("--bot"), m_bot,
                                           QStringLiteral("--json"), QStringLiteral("SELECT COUNT() FROM Opportunity")},
                                          ciEnvironment());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("status")).toInt(-1), 0);
        QCOMPARE(o.value(QLatin1String("result")).toObject().value(QLatin1String("totalSize")).toInt(), kRecords);
        QCOMPARE(o.value(QLatin1String("result")).toObject().value(QLatin1String("done")).toBool(), true);
        QVERIFY(!r.err.contains(QLatin1String("hilal."))); // no internal log lines without --verbose
    }

    void transientServerErrorsAreRetried()
    {
        hilal::emulator::Faults faults;
        faults.failRate = 0.3;
        m_fixture.org->setFaults(faults);
        const CliRun r = m_cli.subprocess(QStringList {QStringLiteral("query"), QStringLiteral("--bot"), m_bot,
                                                       QStringLiteral("--format"), QStringLiteral("json")}
                                              + kSoql(),
                                          ciEnvironment());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("records")).toArray().size(), kRecords);
        QCOMPARE(o.value(QLatin1String("done")).toBool(), true);
    }

    void failureMidwayNeverClaimsCompleteness()
    {
        // The org breaks for good once the first rows have reached stdout.
        QProcess p;
        p.setProcessEnvironment(ciEnvironment());
        p.start(QStringLiteral(HILAL_SF_BINARY),
                QStringList {QStringLiteral("--data-dir"), m_cli.dataDir.path(), QStringLiteral("query"),
                             QStringLiteral("--bot"), m_bot, QStringLiteral("--format"), QStringLiteral("json")}
                    + kSoql());
        QByteArray out;
        connect(&p, &QProcess::readyReadStandardOutput, &p, [&] {
            out += p.readAllStandardOutput();
            hilal::emulator::Faults faults;
            faults.failRate = 1.0;
            m_fixture.org->setFaults(faults);
        });
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(90000));
        out += p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), int(hilal::cli::ExitOrgRefused));
        QVERIFY2(!out.contains("\"done\":true"), out.right(200).constData());
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(o.value(QLatin1String("done")).toBool(true), false);
        QVERIFY(o.value(QLatin1String("records")).toArray().size() < kRecords);
        QCOMPARE(o.value(QLatin1String("error")).toObject().value(QLatin1String("exitCode")).toInt(),
                 int(hilal::cli::ExitOrgRefused));
    }

    void outputFileOnlyWhenComplete()
    {
        const QString path = m_cli.dataDir.filePath(QStringLiteral("rows.csv"));
        hilal::emulator::Faults faults;
        faults.failRate = 1.0;
        m_fixture.org->setFaults(faults);
        CliRun r = m_cli.subprocess(QStringList {QStringLiteral("query"), QStringLiteral("--bot"), m_bot,
                                                 QStringLiteral("--format"), QStringLiteral("csv"),
                                                 QStringLiteral("--output-file"), path}
                                        + kSoql(),
                                    ciEnvironment());
        QCOMPARE(r.code, int(hilal::cli::ExitOrgRefused));
        QVERIFY(!QFile::exists(path));
        m_fixture.org->setFaults({});
        r = m_cli.subprocess(QStringList {QStringLiteral("query"), QStringLiteral("--bot"), m_bot,
                                          QStringLiteral("--format"), QStringLiteral("csv"),
                                          QStringLiteral("--output-file"), path}
                                 + kSoql(),
                             ciEnvironment());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), kRecords + 1);
    }

    void closedPipeStopsTheFetch()
    {
        QProcess shell;
        shell.setProcessEnvironment(ciEnvironment());
        shell.start(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("\"$0\" --data-dir \"$1\" query --bot \"$2\" --format csv \"$3\" | head -c 100 >/dev/null"),
             QStringLiteral(HILAL_SF_BINARY), m_cli.dataDir.path(), m_bot, kSoql().first()});
        QSignalSpy finished(&shell, &QProcess::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY2(queryPages() < kRecords / 2000, qPrintable(QString::number(queryPages())));
    }

    void fileAndStdinQueries()
    {
        const CliRun r
            = m_cli.subprocess({QStringLiteral("query"), QStringLiteral("--bot"), m_bot, QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--file"), QStringLiteral("-")},
                               ciEnvironment(), "SELECT Owner.Name, COUNT(Id) FROM Account GROUP BY Owner.Name\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QLatin1String("Name,expr0\r\n")));
        const CliRun bad = m_cli.subprocess({QStringLiteral("query"), QStringLiteral("--bot"), m_bot,
                                             QStringLiteral("--file"), QStringLiteral("/nonexistent/q.soql")},
                                            ciEnvironment());
        QCOMPARE(bad.code, int(hilal::cli::ExitUsage));
    }

    void queryIsAudited()
    {
        const CliRun r
            = m_cli.subprocess({QStringLiteral("audit"), QStringLiteral("--bot"), m_bot, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("cli-query")), qPrintable(r.out.left(300)));
    }

    void jsonErrorEnvelopeOnStdout()
    {
        const CliRun r = m_cli.subprocess({QStringLiteral("query"), QStringLiteral("--bot"), QStringLiteral("nobody"),
                                           QStringLiteral("--json"), QStringLiteral("SELECT Id FROM Lead")});
        QCOMPARE(r.code, int(hilal::cli::ExitNotFound));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("status")).toInt(), int(hilal::cli::ExitNotFound));
        QCOMPARE(o.value(QLatin1String("exitCode")).toInt(), int(hilal::cli::ExitNotFound));
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("NotFoundError"));
        QVERIFY(o.value(QLatin1String("message")).toString().contains(QLatin1String("nobody")));
        QVERIFY(o.value(QLatin1String("actions")).isArray());
    }
};

QTEST_GUILESS_MAIN(TestCliQuery)
#include "tst_cli_query.moc"
