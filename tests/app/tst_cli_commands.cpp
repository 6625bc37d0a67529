// hilal-sf's commands run in process through hilal_cli: the command table, `help CMD`,
// "did you mean", usage lines that name the command, bots by id / name / alias / default, and
// the exit-code table.
#include "command.h"
#include "command_table.h"
#include "support/cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using hilal::test::CliRun;
using hilal::test::CliRunner;

class TestCliCommands : public QObject
{
    Q_OBJECT

    CliRunner m_cli;

    QString addBot(const QString &name)
    {
        const CliRun r
            = m_cli.inProcess({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"), name});
        if (r.code != 0)
            return {};
        return r.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
    }

private Q_SLOTS:
    void tableListsEveryCommandOnce()
    {
        QStringList names;
        for (const auto &entry : hilal::cli::commandTable()) {
            QVERIFY2(!names.contains(entry.name), qPrintable(entry.name));
            names << entry.name;
            std::unique_ptr<hilal::cli::Command> command = hilal::cli::createCommand(entry.name);
            QVERIFY(command);
            QCOMPARE(command->name(), entry.name);
        }
        for (const char *expected : {"action", "audit", "bots", "config", "connect", "disconnect", "emulator", "grant",
                                     "policy", "query", "revoke", "serve", "soql", "status"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
    }

    void helpOfEachCommandNamesIt()
    {
        for (const auto &entry : hilal::cli::commandTable()) {
            const CliRun r = m_cli.inProcess({QStringLiteral("help"), entry.name});
            QVERIFY2(r.code == 0, qPrintable(entry.name + r.err));
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: hilal-sf ") + entry.name), qPrintable(r.out.left(80)));
            // No UTF-8 read as Latin-1 ("â€¦" for "…").
            QVERIFY2(!r.out.contains(QStringLiteral("\u00e2\u0080")), qPrintable(entry.name));
        }
    }

    // Every command's help (and so its man page subsection) ends with an "Examples:" section
    // that shows the command itself at least once.
    void everyCommandHasAnExample()
    {
        for (const auto &entry : hilal::cli::commandTable()) {
            const CliRun r = m_cli.inProcess({QStringLiteral("help"), entry.name});
            QVERIFY2(r.code == 0, qPrintable(entry.name + r.err));
            const QString section = r.out.section(QStringLiteral("\nExamples:\n"), 1);
            QVERIFY2(!section.isEmpty(), qPrintable(entry.name + QStringLiteral(": no Examples section")));
            int examples = 0;
            for (const QString &line : section.section(QStringLiteral("\n\n"), 0, 0).split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("  "))
                    && line.contains(QStringLiteral("hilal-sf ") + entry.name + QLatin1Char(' ')))
                    ++examples;
            }
            QVERIFY2(examples >= 1, qPrintable(entry.name + QStringLiteral(":\n") + section));
            // `CMD --help` says the same as `help CMD`.
            QCOMPARE(m_cli.inProcess({entry.name, QStringLiteral("--help")}).out, r.out);
        }
    }

    void globalHelpHasTheExitCodes()
    {
        const CliRun r = m_cli.inProcess({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(hilal::cli::exitCodeTable()));
        QVERIFY(r.out.contains(QLatin1String("130")));
    }

    void mistypedCommandGetsASuggestion()
    {
        const CliRun r = m_cli.inProcess({QStringLiteral("quer"), QStringLiteral("x")});
        QCOMPARE(r.code, int(hilal::cli::ExitUsage));
        QVERIFY2(r.err.contains(QLatin1String("did you mean 'query'?")), qPrintable(r.err));
        const CliRun far = m_cli.inProcess({QStringLiteral("zzzzzzzz")});
        QVERIFY(!far.err.contains(QLatin1String("did you mean")));
    }

    void botsByIdNameAliasAndDefault()
    {
        const QString id = addBot(QStringLiteral("Support desk"));
        QVERIFY(id.startsWith(QLatin1String("bot_")));
        const QString other = addBot(QStringLiteral("Sales"));
        QVERIFY(!other.isEmpty());

        // By id and by (case-insensitive) unique name.
        CliRun r = m_cli.inProcess({QStringLiteral("policy"), QStringLiteral("--bot"), id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = m_cli.inProcess({QStringLiteral("grant"), QStringLiteral("--bot"), QStringLiteral("support DESK"),
                             QStringLiteral("READ_INTEGRATIONS")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(id));

        // By alias; an alias may not shadow a bot id; unknown names exit 3.
        r = m_cli.inProcess(
            {QStringLiteral("bots"), QStringLiteral("alias"), QStringLiteral("set"), QStringLiteral("sup"), id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = m_cli.inProcess(
            {QStringLiteral("grant"), QStringLiteral("--bot"), QStringLiteral("sup"), QStringLiteral("CREATE_OAUTH")});
        QVERIFY2(r.code == 0 && r.out.contains(id), qPrintable(r.err));
        r = m_cli.inProcess({QStringLiteral("bots"), QStringLiteral("alias"), QStringLiteral("set"), other, id});
        QCOMPARE(r.code, int(hilal::cli::ExitUsage));
        r = m_cli.inProcess({QStringLiteral("policy"), QStringLiteral("--bot"), QStringLiteral("nobody")});
        QCOMPARE(r.code, int(hilal::cli::ExitNotFound));
        QVERIFY(r.err.contains(QLatin1String("nobody")));

        // No --bot: a default must exist; the setting is checked and echoed; $HILAL_SF_BOT wins.
        r = m_cli.inProcess({QStringLiteral("policy")});
        QCOMPARE(r.code, int(hilal::cli::ExitUsage));
        r = m_cli.inProcess(
            {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("defaultBot"), QStringLiteral("nobody")});
        QCOMPARE(r.code, int(hilal::cli::ExitNotFound));
        r = m_cli.inProcess(
            {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("defaultBot"), QStringLiteral("sup")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("defaultBot=sup"));
        r = m_cli.inProcess({QStringLiteral("grant"), QStringLiteral("RUN_SOQL")});
        QVERIFY2(r.code == 0 && r.out.contains(id), qPrintable(r.out + r.err));
        qputenv("HILAL_SF_BOT", other.toUtf8());
        r = m_cli.inProcess({QStringLiteral("grant"), QStringLiteral("RUN_SOQL")});
        qunsetenv("HILAL_SF_BOT");
        QVERIFY2(r.code == 0 && r.out.contains(other), qPrintable(r.out + r.err));
        r = m_cli.inProcess({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("defaultBot")});
        QCOMPARE(r.code, 0);
        r = m_cli.inProcess({QStringLiteral("policy")});
        QCOMPARE(r.code, int(hilal::cli::ExitUsage));
    }

    void statusWithoutABotListsEveryBot()
    {
        const CliRun r = m_cli.inProcess({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("status")).toInt(-1), 0);
        const QJsonArray bots = o.value(QLatin1String("result")).toArray();
        QCOMPARE(bots.size(), 2);
        for (const QJsonValue &b : bots)
            QVERIFY(!b.toObject().value(QLatin1String("session")).toString().isEmpty());
    }

    // `--json` answers with sf's success envelope, exactly {"status": 0, "result", "warnings"}, in
    // bots, audit and soql check as in the other commands.
    void jsonSuccessEnvelopes()
    {
        CliRunner cli; // a data dir of its own: the bots here are not the other tests' bots
        const auto envelope = [](const CliRun &r) {
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            const QStringList keys = o.keys();
            if (r.code != 0
                || keys != QStringList({QStringLiteral("result"), QStringLiteral("status"), QStringLiteral("warnings")})
                || o.value(QLatin1String("status")).toInt(-1) != 0
                || !o.value(QLatin1String("warnings")).toArray().isEmpty()) {
                qWarning("not a success envelope (exit %d): %s %s", r.code, qPrintable(r.out), qPrintable(r.err));
                return QJsonValue(QJsonValue::Undefined); // what the caller then checks fails
            }
            return o.value(QLatin1String("result"));
        };
        const QJsonObject added
            = envelope(cli.inProcess({QStringLiteral("bots"), QStringLiteral("add"), QStringLiteral("--name"),
                                      QStringLiteral("Envelope bot"), QStringLiteral("--json")}))
                  .toObject();
        const QString id = added.value(QLatin1String("id")).toString();
        QVERIFY2(id.startsWith(QLatin1String("bot_")), qPrintable(id));
        QCOMPARE(added.value(QLatin1String("name")).toString(), QStringLiteral("Envelope bot"));

        const QJsonArray list
            = envelope(cli.inProcess({QStringLiteral("bots"), QStringLiteral("list"), QStringLiteral("--json")}))
                  .toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QLatin1String("id")).toString(), id);
        QVERIFY(list.first().toObject().contains(QLatin1String("permissions")));

        const QJsonObject shown
            = envelope(cli.inProcess({QStringLiteral("bots"), QStringLiteral("show"), id, QStringLiteral("--json")}))
                  .toObject();
        QCOMPARE(shown, list.first().toObject());

        const QJsonObject renamed = envelope(cli.inProcess({QStringLiteral("bots"), QStringLiteral("rename"), id,
                                                            QStringLiteral("Renamed"), QStringLiteral("--json")}))
                                        .toObject();
        QCOMPARE(renamed.value(QLatin1String("name")).toString(), QStringLiteral("Renamed"));

        const QJsonObject alias
            = envelope(cli.inProcess({QStringLiteral("bots"), QStringLiteral("alias"), QStringLiteral("set"),
                                      QStringLiteral("env"), id, QStringLiteral("--json")}))
                  .toObject();
        QCOMPARE(alias,
                 (QJsonObject {{QStringLiteral("alias"), QStringLiteral("env")}, {QStringLiteral("botId"), id}}));
        const QJsonObject aliases = envelope(cli.inProcess({QStringLiteral("bots"), QStringLiteral("alias"),
                                                            QStringLiteral("list"), QStringLiteral("--json")}))
                                        .toObject();
        QCOMPARE(aliases, (QJsonObject {{QStringLiteral("env"), id}}));

        const QJsonObject key = envelope(cli.inProcess({QStringLiteral("bots"), QStringLiteral("key"),
                                                        QStringLiteral("--bot"), id, QStringLiteral("--json")}))
                                    .toObject();
        QCOMPARE(key.value(QLatin1String("botId")).toString(), id);
        QVERIFY(key.value(QLatin1String("apiKey")).toString().startsWith(QLatin1String("hsk_")));

        // audit: the entries, newest first; --bot takes an alias too.
        const QJsonArray entries = envelope(cli.inProcess({QStringLiteral("audit"), QStringLiteral("--bot"),
                                                           QStringLiteral("env"), QStringLiteral("--json")}))
                                       .toArray();
        QVERIFY2(entries.size() >= 2, qPrintable(QString::number(entries.size())));
        QCOMPARE(entries.last().toObject().value(QLatin1String("action")).toString(), QStringLiteral("add"));
        for (const QJsonValue &e : entries)
            QCOMPARE(e.toObject().value(QLatin1String("bot")).toString(), id);

        const QJsonArray checked
            = envelope(cli.inProcess({QStringLiteral("soql"), QStringLiteral("check"), QStringLiteral("--json"),
                                      QStringLiteral("SELECT Id FROM Account")}))
                  .toArray();
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("ok"));

        // remove answers with the removed bot's id (no connection: nothing to revoke, no warning).
        const QJsonObject removed = envelope(cli.inProcess({QStringLiteral("bots"), QStringLiteral("remove"), id,
                                                            QStringLiteral("--yes"), QStringLiteral("--json")}))
                                        .toObject();
        QCOMPARE(removed, (QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("removed"), true}}));
        const QJsonArray left
            = envelope(cli.inProcess({QStringLiteral("bots"), QStringLiteral("list"), QStringLiteral("--json")}))
                  .toArray();
        QVERIFY(left.isEmpty());

        // Failures keep the failure envelope: an unknown bot in audit is not found (not an empty trail).
        const CliRun unknown = cli.inProcess(
            {QStringLiteral("audit"), QStringLiteral("--bot"), QStringLiteral("nobody"), QStringLiteral("--json")});
        QCOMPARE(unknown.code, int(hilal::cli::ExitNotFound));
        const QJsonObject failure = QJsonDocument::fromJson(unknown.out.toUtf8()).object();
        QCOMPARE(failure.value(QLatin1String("exitCode")).toInt(), int(hilal::cli::ExitNotFound));
        QCOMPARE(failure.value(QLatin1String("name")).toString(), QStringLiteral("NotFoundError"));
        const CliRun bad = cli.inProcess({QStringLiteral("soql"), QStringLiteral("check"), QStringLiteral("--json"),
                                          QStringLiteral("DELETE FROM Account")});
        QCOMPARE(bad.code, int(hilal::cli::ExitFailure));
        const QJsonObject refused = QJsonDocument::fromJson(bad.out.toUtf8()).object();
        QCOMPARE(refused.value(QLatin1String("status")).toInt(), 1);
        QCOMPARE(refused.value(QLatin1String("result"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("guard"));
    }

    void tokenOnTheCommandLineWarns()
    {
        // "sup" holds CREATE_OAUTH (granted above); nothing listens on port 9.
        const CliRun r = m_cli.inProcess({QStringLiteral("connect"), QStringLiteral("--bot"), QStringLiteral("sup"),
                                          QStringLiteral("--access-token"), QStringLiteral("00Dxx!secret"),
                                          QStringLiteral("--instance-url"), QStringLiteral("http://127.0.0.1:9")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String("/proc")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("secret")));
        const CliRun piped = m_cli.inProcess({QStringLiteral("connect"), QStringLiteral("--bot"), QStringLiteral("sup"),
                                              QStringLiteral("--access-token"), QStringLiteral("-"),
                                              QStringLiteral("--instance-url"), QStringLiteral("http://127.0.0.1:9")},
                                             "00Dxx!secret\n");
        QVERIFY(piped.code != 0);
        QVERIFY(!piped.err.contains(QLatin1String("/proc")));
    }

    void configSetValidatesAndEchoes()
    {
        CliRun r = m_cli.inProcess({QStringLiteral("config"), QStringLiteral("set"),
                                    QStringLiteral("salesforce.apiVersion"), QStringLiteral("banana")});
        QCOMPARE(r.code, int(hilal::cli::ExitUsage));
        r = m_cli.inProcess({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("salesforce.apiVersion"),
                             QStringLiteral("59.0")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("salesforce.apiVersion=59.0"));
        r = m_cli.inProcess(
            {QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("salesforce.apiVersion")});
        QCOMPARE(r.code, 0);
        r = m_cli.inProcess({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("salesforce.apiVersion")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("60.0"));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
