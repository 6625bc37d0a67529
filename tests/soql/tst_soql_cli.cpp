// `hilal-sf soql check`, run as the real binary through QProcess.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QStringList lines; // stdout, split into lines
    QString err;
};

Run run(const QStringList &args, const QByteArray &input = QByteArray(), bool closeInput = true)
{
    QProcess process;
    process.setProgram(QStringLiteral(HILAL_SF_BINARY));
    process.setArguments(args);
    process.start();
    if (!process.waitForStarted(10000))
        qFatal("hilal-sf did not start");
    if (!input.isEmpty())
        process.write(input);
    if (closeInput)
        process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        qFatal("hilal-sf did not finish");
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace

class TestSoqlCli : public QObject
{
    Q_OBJECT

private slots:
    void argument_data();
    void argument();
    void stdinLineByLine();
    void exitCodeIsOneWhenAnyLineFails();
    void json();
    void streamsBeforeEndOfInput();
    void usageErrors();
};

void TestSoqlCli::argument_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("line");
    QTest::newRow("ok") << QStringList {QStringLiteral("soql"), QStringLiteral("check"),
                                        QStringLiteral("SELECT Id FROM Account WHERE Name = 'Acme'")}
                        << 0 << "ok";
    QTest::newRow("words joined") << QStringList {QStringLiteral("soql"),   QStringLiteral("check"),
                                                  QStringLiteral("SELECT"), QStringLiteral("Id"),
                                                  QStringLiteral("FROM"),   QStringLiteral("Account")}
                                  << 0 << "ok";
    QTest::newRow("guard") << QStringList {QStringLiteral("soql"), QStringLiteral("check"),
                                           QStringLiteral("DELETE FROM Account")}
                           << 1 << "guard: SOQL can only read; DELETE is a data change";
    QTest::newRow("error") << QStringList {QStringLiteral("soql"), QStringLiteral("check"),
                                           QStringLiteral("SELECT Id Account")}
                           << 1 << "error 1:18: expected FROM after the field list (found the end of the query)";
    QTest::newRow("query looking like an option")
        << QStringList {QStringLiteral("soql"), QStringLiteral("check"), QStringLiteral("--"),
                        QStringLiteral("-- not a query")}
        << 1 << "guard: comments aren't SOQL; remove '--' and what follows it";
}

void TestSoqlCli::argument()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, line);
    const Run r = run(args);
    QCOMPARE(r.lines, QStringList {line});
    QCOMPARE(r.exitCode, exitCode);
}

void TestSoqlCli::stdinLineByLine()
{
    const Run r = run({QStringLiteral("soql"), QStringLiteral("check")},
                      "SELECT Id FROM Account WHERE Name = 'Acme'\n"
                      "select id from account where description = 'please delete me'\r\n"
                      "\n"
                      "SELECT Id FROM Order LIMIT 5");
    QCOMPARE(r.lines, (QStringList {QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("ok")}));
    QCOMPARE(r.exitCode, 0);
}

void TestSoqlCli::exitCodeIsOneWhenAnyLineFails()
{
    const Run r = run({QStringLiteral("soql"), QStringLiteral("check")},
                      "SELECT Id FROM Account\n"
                      "SELECT Id FROM Account;\n"
                      "SELECT Id FROM Account WHERE Name = 'a\\qb'\n"
                      "SELECT Id FROM Account LIMIT 1 FOR UPDATE\n"
                      "SELECT Id FROM Account\n");
    QCOMPARE(r.lines,
             (QStringList {
                 QStringLiteral("ok"),
                 QStringLiteral("guard: one query only; remove ';'"),
                 QStringLiteral("error 1:39: \\q is not a valid escape in a string; write \\\\ for a backslash"),
                 QStringLiteral("guard: FOR UPDATE locks records; remove it (a read never needs a lock)"),
                 QStringLiteral("ok"),
             }));
    QCOMPARE(r.exitCode, 1);
}

void TestSoqlCli::json()
{
    const Run r = run({QStringLiteral("soql"), QStringLiteral("check"), QStringLiteral("--json")},
                      "SELECT Id FROM Account WHERE Name = 'say \"hi\"'\n"
                      "UPDATE Account SET Name = 'x'\n"
                      "SELECT Id FROM Account WHERE a = 1 AND b = 2 OR c = 3\n");
    // One envelope, each verdict on a line of its own as it is checked; a failed query makes it
    // a failure envelope (status members last, once known).
    QCOMPARE(r.lines.size(), 5);
    QCOMPARE(r.exitCode, 1);
    QJsonParseError parseError;
    const QJsonObject envelope = QJsonDocument::fromJson(r.lines.join(u'\n').toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(r.lines.join(u'\n')));
    QCOMPARE(envelope.value(u"status").toInt(), 1);
    QCOMPARE(envelope.value(u"exitCode").toInt(), 1);
    QCOMPARE(envelope.value(u"name").toString(), QStringLiteral("Error"));
    QVERIFY(envelope.value(u"message").toString().startsWith(QLatin1String("2 of 3 queries")));
    QVERIFY(envelope.value(u"actions").isArray());
    const QJsonArray result = envelope.value(u"result").toArray();
    QCOMPARE(result.size(), 3);
    const auto object = [&](int i) { return result.at(i).toObject(); };
    const QJsonObject ok = object(0);
    QCOMPARE(ok.value(u"query").toString(), QStringLiteral("SELECT Id FROM Account WHERE Name = 'say \"hi\"'"));
    QCOMPARE(ok.value(u"status").toString(), QStringLiteral("ok"));
    QVERIFY(ok.value(u"line").isNull());
    QVERIFY(ok.value(u"message").isNull());
    const QJsonObject guard = object(1);
    QCOMPARE(guard.value(u"status").toString(), QStringLiteral("guard"));
    QCOMPARE(guard.value(u"line").toInt(), 1);
    QCOMPARE(guard.value(u"column").toInt(), 1);
    QCOMPARE(guard.value(u"message").toString(), QStringLiteral("SOQL can only read; UPDATE is a data change"));
    QCOMPARE(guard.value(u"reason").toString(), QStringLiteral("data-change"));
    const QJsonObject error = object(2);
    QCOMPARE(error.value(u"status").toString(), QStringLiteral("error"));
    QCOMPARE(error.value(u"column").toInt(), 46);
    QVERIFY(error.value(u"message").toString().contains(QLatin1String("AND and OR can't be mixed")));
    // The key order of the contract.
    QVERIFY(r.lines[3].startsWith(QLatin1String(",{\"query\": ")));
    QVERIFY(r.lines[3].indexOf(QLatin1String("\"status\"")) < r.lines[3].indexOf(QLatin1String("\"line\"")));

    // Every query ok: the success envelope.
    const Run good = run({QStringLiteral("soql"), QStringLiteral("check"), QStringLiteral("--json"),
                          QStringLiteral("SELECT Id FROM Account")});
    QCOMPARE(good.exitCode, 0);
    const QJsonObject success = QJsonDocument::fromJson(good.lines.join(u'\n').toUtf8()).object();
    QCOMPARE(success.value(u"status").toInt(-1), 0);
    QCOMPARE(success.value(u"warnings").toArray(), QJsonArray());
    QCOMPARE(success.value(u"result").toArray().size(), 1);
    QCOMPARE(success.value(u"result").toArray().first().toObject().value(u"status").toString(), QStringLiteral("ok"));
    QVERIFY(!success.contains(u"exitCode"));
}

void TestSoqlCli::streamsBeforeEndOfInput()
{
    // The answer to a line arrives while stdin is still open.
    QProcess process;
    process.setProgram(QStringLiteral(HILAL_SF_BINARY));
    process.setArguments({QStringLiteral("soql"), QStringLiteral("check")});
    process.start();
    QVERIFY(process.waitForStarted(10000));
    process.write("SELECT Id FROM Account\n");
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (process.waitForReadyRead(int(deadline.remainingTime())))
            out += process.readAllStandardOutput();
    }
    QCOMPARE(out, QByteArray("ok\n"));
    process.write("DELETE FROM Account\n");
    out.clear();
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (process.waitForReadyRead(int(deadline.remainingTime())))
            out += process.readAllStandardOutput();
    }
    QCOMPARE(out, QByteArray("guard: SOQL can only read; DELETE is a data change\n"));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
}

void TestSoqlCli::usageErrors()
{
    const Run none = run({QStringLiteral("soql")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(QLatin1String("soql check")));
    const Run unknown = run({QStringLiteral("soql"), QStringLiteral("lint"), QStringLiteral("x")});
    QCOMPARE(unknown.exitCode, 2);
    const Run badOption = run({QStringLiteral("soql"), QStringLiteral("check"), QStringLiteral("--frobnicate")});
    QCOMPARE(badOption.exitCode, 2);
    QVERIFY(badOption.err.contains(QLatin1String("frobnicate")));
    const Run help = run({QStringLiteral("soql"), QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.lines.join(u'\n').contains(QLatin1String("--json")));
}

QTEST_GUILESS_MAIN(TestSoqlCli)
#include "tst_soql_cli.moc"
