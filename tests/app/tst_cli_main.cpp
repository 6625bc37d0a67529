// hilal-sf's global contract: --help, --version, --data-dir, and exit 2 with the usage on stderr
// for anything it does not know.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliMain : public QObject
{
    Q_OBJECT

private slots:
    void helpListsCommandsOnStdout();
    void versionPrintsTheProjectVersion();
    void unknownCommandPrintsUsageAndExits2();
    void noCommandPrintsUsageAndExits2();
    void unknownGlobalOptionExits2();

private:
    struct Result
    {
        int code;
        QString out;
        QString err;
    };
    static Result run(const QStringList &args);
};

TestCliMain::Result TestCliMain::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HILAL_SF_BINARY), args);
    if (!p.waitForFinished(30000))
        return {-1, {}, p.errorString()};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestCliMain::helpListsCommandsOnStdout()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QLatin1String("Usage: hilal-sf")));
    QVERIFY(r.out.contains(QLatin1String("--data-dir DIR")));
    QVERIFY(r.err.isEmpty());
}

void TestCliMain::versionPrintsTheProjectVersion()
{
    const Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("hilal-sf " HILAL_VERSION));
}

void TestCliMain::unknownCommandPrintsUsageAndExits2()
{
    QTemporaryDir dir;
    const Result r
        = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("frobnicate"), QStringLiteral("--x")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(QLatin1String("unknown command 'frobnicate'")));
    QVERIFY(r.err.contains(QLatin1String("Usage: hilal-sf")));
}

void TestCliMain::noCommandPrintsUsageAndExits2()
{
    const Result r = run({});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("Usage: hilal-sf")));
}

void TestCliMain::unknownGlobalOptionExits2()
{
    const Result r = run({QStringLiteral("--no-such-option")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("no-such-option")));
}

QTEST_GUILESS_MAIN(TestCliMain)
#include "tst_cli_main.moc"
