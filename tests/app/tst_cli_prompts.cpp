// Risky steps ask first: replacing a bot's API key (`bots key` on a bot that has one) asks y/N
// when stdin is a terminal (a pseudo-terminal here), is refused with exit 6 without one unless
// --yes, and a refusal leaves the current key working.
#include "command.h"
#include "support/cli_runner.h"

#include "bots/bot_repository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using hilal::test::CliRun;
using hilal::test::CliRunner;

class TestCliPrompts : public QObject
{
    Q_OBJECT

    CliRunner m_cli;
    QString m_bot;

    // hilal-sf with its stdin on a new pseudo-terminal whose other end has `typed` waiting.
    CliRun onTerminal(const QStringList &args, const QByteArray &typed)
    {
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
            return {};
        QProcess p;
        p.setStandardInputFile(QString::fromLocal8Bit(ptsname(master)));
        p.start(QStringLiteral(HILAL_SF_BINARY),
                QStringList {QStringLiteral("--data-dir"), m_cli.dataDir.path()} + args);
        const bool wrote = ::write(master, typed.constData(), size_t(typed.size())) == typed.size();
        const bool finished = p.waitForFinished(60000);
        ::close(master);
        if (!wrote || !finished)
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList keyArgs(const QStringList &more = {}) const
    {
        return QStringList {QStringLiteral("bots"), QStringLiteral("key"), QStringLiteral("--bot"), m_bot} + more;
    }

    static QString lastLine(const CliRun &r) { return r.out.trimmed().split(QLatin1Char('\n')).last(); }

    bool works(const QString &key) const { return hilal::bots::BotRepository().verifyApiKey(m_bot, key); }

private Q_SLOTS:
    void initTestCase()
    {
        const CliRun added = m_cli.inProcess(
            {QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Prompted")});
        QCOMPARE(added.code, 0);
        m_bot = lastLine(added);
    }

    void firstKeyNeedsNoQuestion()
    {
        const CliRun r = m_cli.inProcess(keyArgs());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(lastLine(r).startsWith(QLatin1String("hsk_")));
        QVERIFY(works(lastLine(r)));
    }

    void rotationWithoutATerminalNeedsYes()
    {
        const QString before = lastLine(m_cli.inProcess(keyArgs({QStringLiteral("--yes")})));
        QVERIFY(works(before));

        const CliRun refused = m_cli.inProcess(keyArgs());
        QCOMPARE(refused.code, int(hilal::cli::ExitNeedsConfirmation));
        QVERIFY2(refused.err.contains(QLatin1String("--yes")), qPrintable(refused.err));
        QVERIFY(!refused.out.contains(QLatin1String("hsk_")));
        QVERIFY(works(before)); // nothing changed

        const CliRun json = m_cli.inProcess(keyArgs({QStringLiteral("--json")}));
        QCOMPARE(json.code, int(hilal::cli::ExitNeedsConfirmation));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("ConfirmationNeededError"));
        QCOMPARE(o.value(QLatin1String("exitCode")).toInt(), int(hilal::cli::ExitNeedsConfirmation));
        QVERIFY(works(before));

        const CliRun yes = m_cli.inProcess(keyArgs({QStringLiteral("--yes")}));
        QCOMPARE(yes.code, 0);
        QVERIFY(works(lastLine(yes)));
        QVERIFY(!works(before));
    }

    void rotationOnATerminalAsks()
    {
        const QString before = lastLine(m_cli.inProcess(keyArgs({QStringLiteral("--yes")})));
        QVERIFY(works(before));

        for (const QByteArray &no : {QByteArray("n\n"), QByteArray("\n"), QByteArray("maybe\n")}) {
            const CliRun declined = onTerminal(keyArgs(), no);
            QCOMPARE(declined.code, int(hilal::cli::ExitNeedsConfirmation));
            QVERIFY2(declined.err.contains(QLatin1String("[y/N]")), qPrintable(declined.err));
            QVERIFY(declined.err.contains(m_bot));
            QVERIFY(!declined.out.contains(QLatin1String("hsk_")));
            QVERIFY(works(before));
        }

        const CliRun accepted = onTerminal(keyArgs(), "y\n");
        QVERIFY2(accepted.code == 0, qPrintable(accepted.err));
        QVERIFY(accepted.err.contains(QLatin1String("[y/N]")));
        QVERIFY(works(lastLine(accepted)));
        QVERIFY(!works(before));

        // --yes skips the question on a terminal too.
        const CliRun yes = onTerminal(keyArgs({QStringLiteral("--yes")}), {});
        QCOMPARE(yes.code, 0);
        QVERIFY(!yes.err.contains(QLatin1String("[y/N]")));
    }
};

QTEST_GUILESS_MAIN(TestCliPrompts)
#include "tst_cli_prompts.moc"
