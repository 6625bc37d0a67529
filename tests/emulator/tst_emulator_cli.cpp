// `hilal-sf emulator` as a script runs it: one `listening on …` line on stdout when ready, a
// working org behind it, a clean stop on SIGTERM/SIGINT, exit 2 for a wrong command line.
#include "support/org_http_client.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

class TestEmulatorCli : public QObject
{
    Q_OBJECT

private slots:
    void printsOneLineServesAndStopsOnSigterm();
    void sigintStopsToo();
    void faultFlagsApply();
    void customClientAndUser();
    void customFieldsAndDuplicateRule();
    void badCommandLinesExit2_data();
    void badCommandLinesExit2();
    void takenPortExits1WithReason();
    void helpNamesTheDemoLogin();
    void tlsPrintsHttpsAndTheCa();

private:
    // Starts the emulator and waits (on readyRead, not on time) for its listening line.
    static QUrl startEmulator(QProcess &process, const QStringList &extra);
    static QProcessEnvironment environment();
};

QProcessEnvironment TestEmulatorCli::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hilal.*.debug=false"));
    return env;
}

QUrl TestEmulatorCli::startEmulator(QProcess &process, const QStringList &extra)
{
    QProcessEnvironment env = environment();
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HILAL_SF_BINARY),
                  QStringList {QStringLiteral("emulator"), QStringLiteral("--port"), QStringLiteral("0"),
                               QStringLiteral("--records"), QStringLiteral("20")}
                      + extra);
    if (!process.waitForStarted(10000))
        return {};
    QByteArray out;
    QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
    while (!out.contains('\n')) {
        if (process.state() != QProcess::Running)
            return {};
        if (!ready.wait(30000))
            return {};
        out += process.readAllStandardOutput();
    }
    static const QRegularExpression line(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\\n$"));
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(out));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

void TestEmulatorCli::printsOneLineServesAndStopsOnSigterm()
{
    QProcess process;
    const QUrl url = startEmulator(process, {});
    QVERIFY2(url.isValid() && url.port() > 0, process.readAllStandardError().constData());
    OrgHttpClient http(url);
    const HttpResult versions = http.get(QStringLiteral("/services/data"));
    QCOMPARE(versions.status, 200);
    QVERIFY(!versions.array().isEmpty());
    QVERIFY(http.connectDemo().contains(QStringLiteral("access_token")));

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // nothing after the one line
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("stopped"), err.constData());
    QVERIFY(!err.contains("HilalDemo1!")); // the password is never echoed
}

void TestEmulatorCli::sigintStopsToo()
{
    QProcess process;
    QVERIFY(startEmulator(process, {}).isValid());
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestEmulatorCli::faultFlagsApply()
{
    QProcess process;
    const QUrl url = startEmulator(
        process,
        {QStringLiteral("--fail-rate"), QStringLiteral("1"), QStringLiteral("--latency-ms"), QStringLiteral("50")});
    QVERIFY(url.isValid());
    OrgHttpClient http(url);
    const HttpResult failed = http.get(QStringLiteral("/services/data"));
    QCOMPARE(failed.status, 500);
    QVERIFY(failed.elapsedMs >= 45);
    QCOMPARE(http.get(QStringLiteral("/__admin/faults")).object().value(QStringLiteral("failRate")).toDouble(), 1.0);
    process.terminate();
    QVERIFY(process.waitForFinished(15000));
}

void TestEmulatorCli::customClientAndUser()
{
    QProcess process;
    const QUrl url = startEmulator(
        process,
        {QStringLiteral("--client-id"), QStringLiteral("MyApp"), QStringLiteral("--client-secret"),
         QStringLiteral("s3cret"), QStringLiteral("--redirect-uri"), QStringLiteral("http://localhost:9999/cb"),
         QStringLiteral("--user"), QStringLiteral("ops@example.test"), QStringLiteral("--password"),
         QStringLiteral("Pa55word!"), QStringLiteral("--sandbox")});
    QVERIFY(url.isValid());
    OrgHttpClient http(url);
    const HttpResult token = http.postForm(QStringLiteral("/services/oauth2/token"),
                                           {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                            {QStringLiteral("client_id"), QStringLiteral("MyApp")},
                                            {QStringLiteral("client_secret"), QStringLiteral("s3cret")},
                                            {QStringLiteral("username"), QStringLiteral("ops@example.test")},
                                            {QStringLiteral("password"), QStringLiteral("Pa55word!")}});
    QCOMPARE(token.status, 200);
    // The old demo client is not registered any more.
    const HttpResult page
        = http.authorize({{QStringLiteral("response_type"), QStringLiteral("code")},
                          {QStringLiteral("client_id"), QStringLiteral("PlatformCLI")},
                          {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:9999/cb")}});
    QCOMPARE(page.status, 400);
    process.terminate();
    QVERIFY(process.waitForFinished(15000));
    QVERIFY(!process.readAllStandardError().contains("Pa55word!"));
}

// --custom-fields and --duplicate-rule reach the org: describe shows the field, a duplicate is refused.
void TestEmulatorCli::customFieldsAndDuplicateRule()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("fields.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"Lead": [{"name": "Region__c", "type": "picklist", "required": true, "values": ["EMEA", "APAC"]}]})");
    file.close();
    QProcess process;
    const QUrl url
        = startEmulator(process,
                        {QStringLiteral("--custom-fields"), file.fileName(), QStringLiteral("--duplicate-rule"),
                         QStringLiteral("block"), QStringLiteral("--records"), QStringLiteral("4")});
    QVERIFY(url.isValid());
    OrgHttpClient http(url);
    const auto auth = OrgHttpClient::bearer(http.connectDemo().value(QStringLiteral("access_token")).toString());
    const QString path = OrgHttpClient::dataPath(QStringLiteral("/sobjects/Lead"));
    const QJsonObject lead {{QStringLiteral("LastName"), QStringLiteral("Cli")},
                            {QStringLiteral("Company"), QStringLiteral("Flagwave")}};
    QCOMPARE(http.postJson(path, lead, auth).errorCode(), QStringLiteral("REQUIRED_FIELD_MISSING"));
    QJsonObject withRegion = lead;
    withRegion.insert(QStringLiteral("Region__c"), QStringLiteral("APAC"));
    QCOMPARE(http.postJson(path, withRegion, auth).status, 201);
    QCOMPARE(http.postJson(path, withRegion, auth).errorCode(), QStringLiteral("DUPLICATES_DETECTED"));
    process.terminate();
    QVERIFY(process.waitForFinished(15000));
}

void TestEmulatorCli::badCommandLinesExit2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("port") << QStringList {QStringLiteral("--port"), QStringLiteral("http")} << "--port";
    QTest::newRow("port range") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")} << "--port";
    QTest::newRow("records") << QStringList {QStringLiteral("--records"), QStringLiteral("-3")} << "--records";
    QTest::newRow("host") << QStringList {QStringLiteral("--host"), QStringLiteral("localhost.example")} << "--host";
    QTest::newRow("user alone") << QStringList {QStringLiteral("--user"), QStringLiteral("a@b.c")} << "--password";
    QTest::newRow("fail rate") << QStringList {QStringLiteral("--fail-rate"), QStringLiteral("2")} << "--fail-rate";
    QTest::newRow("unknown") << QStringList {QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("positional") << QStringList {QStringLiteral("now")} << "now";
    QTest::newRow("duplicate rule") << QStringList {QStringLiteral("--duplicate-rule"), QStringLiteral("maybe")}
                                    << "off, alert or block";
    QTest::newRow("custom fields missing")
        << QStringList {QStringLiteral("--custom-fields"), QStringLiteral("/nonexistent/fields.json")}
        << "Could not read the custom fields file";
    QTest::newRow("cert alone") << QStringList {QStringLiteral("--cert"), QStringLiteral("c.pem")} << "--key";
}

void TestEmulatorCli::badCommandLinesExit2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(HILAL_SF_BINARY), QStringList {QStringLiteral("emulator")} + args);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

void TestEmulatorCli::takenPortExits1WithReason()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(HILAL_SF_BINARY),
                  {QStringLiteral("emulator"), QStringLiteral("--records"), QStringLiteral("0"),
                   QStringLiteral("--port"), QString::number(squatter.serverPort())});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("Could not listen"));
}

void TestEmulatorCli::helpNamesTheDemoLogin()
{
    QProcess process;
    process.start(QStringLiteral(HILAL_SF_BINARY), {QStringLiteral("emulator"), QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    for (const char *needle :
         {"--records", "--db", "--redirect-uri", "--latency-ms", "admin@hilal-demo.example", "PlatformCLI"})
        QVERIFY2(out.contains(needle), needle);
}

void TestEmulatorCli::tlsPrintsHttpsAndTheCa()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(HILAL_SF_BINARY),
                  QStringList {QStringLiteral("emulator"), QStringLiteral("--port"), QStringLiteral("0"),
                               QStringLiteral("--records"), QStringLiteral("5"), QStringLiteral("--tls"),
                               QStringLiteral("--tls-dir"), dir.path()});
    QVERIFY(process.waitForStarted(10000));
    QByteArray out;
    QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
    while (out.count('\n') < 2 && process.state() == QProcess::Running && ready.wait(30000))
        out += process.readAllStandardOutput();
    static const QRegularExpression lines(QStringLiteral("^listening on https://127\\.0\\.0\\.1:(\\d+)\nca: (.+)\n$"));
    const QRegularExpressionMatch match = lines.match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    QCOMPARE(match.captured(2), dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(QFile::exists(match.captured(2)));
    process.terminate();
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestEmulatorCli)
#include "tst_emulator_cli.moc"
