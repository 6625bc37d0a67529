#include "core/app_paths.h"
#include "core/config.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using hilal::AppPaths;
using hilal::Config;

class TestConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultsWorkAgainstARealOrg();
    void namesRoundTrip();
    void setPersistsAcrossReads();
    void badValuesAreRefusedAndChangeNothing_data();
    void badValuesAreRefusedAndChangeNothing();

private:
    QTemporaryDir m_dir;
};

void TestConfig::init()
{
    QVERIFY(m_dir.isValid());
    AppPaths::setDataDirOverride(m_dir.path());
    QFile::remove(AppPaths::settingsFile());
}

void TestConfig::defaultsWorkAgainstARealOrg()
{
    QCOMPARE(Config::get(Config::SalesforceClientId), QStringLiteral("PlatformCLI"));
    QCOMPARE(Config::get(Config::SalesforceCallbackUrl), QStringLiteral("http://localhost:1717/OauthRedirect"));
    QCOMPARE(Config::get(Config::SalesforceApiVersion), QStringLiteral("60.0"));
}

void TestConfig::namesRoundTrip()
{
    QCOMPARE(Config::names().size(), int(Config::KeyCount));
    for (const QString &name : Config::names()) {
        Config::Key key;
        QVERIFY(Config::fromName(name, &key));
        QCOMPARE(Config::name(key), name);
    }
    Config::Key key;
    QVERIFY(!Config::fromName(QStringLiteral("salesforce.clientid"), &key));
}

void TestConfig::setPersistsAcrossReads()
{
    QCOMPARE(Config::set(Config::SalesforceApiVersion, QStringLiteral("61.0")), QString());
    QCOMPARE(Config::get(Config::SalesforceApiVersion), QStringLiteral("61.0"));
    QVERIFY(QFile::exists(AppPaths::settingsFile()));
}

void TestConfig::badValuesAreRefusedAndChangeNothing_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messageFragment");
    QTest::newRow("empty client id") << int(Config::SalesforceClientId) << QString() << "consumer key";
    QTest::newRow("client id with space") << int(Config::SalesforceClientId) << "3MVG9 x"
                                          << "without spaces";
    QTest::newRow("callback not a url") << int(Config::SalesforceCallbackUrl) << "localhost:1717"
                                        << "http(s) URL";
    QTest::newRow("callback ftp") << int(Config::SalesforceCallbackUrl) << "ftp://h/x"
                                  << "http(s) URL";
    QTest::newRow("version word") << int(Config::SalesforceApiVersion) << "latest"
                                  << "60.0";
    QTest::newRow("version minor") << int(Config::SalesforceApiVersion) << "60.1"
                                   << "60.0";
}

void TestConfig::badValuesAreRefusedAndChangeNothing()
{
    QFETCH(int, key);
    QFETCH(QString, value);
    QFETCH(QString, messageFragment);
    const auto k = static_cast<Config::Key>(key);
    const QString before = Config::get(k);
    const QString message = Config::set(k, value);
    QVERIFY2(message.contains(messageFragment), qPrintable(message));
    QCOMPARE(Config::get(k), before);
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
