#include "core/app_paths.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using hilal::AppPaths;

class TestAppPaths : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void overrideWinsOverEnvironment();
    void environmentMovesEverything();
    void keychainServiceFollowsEnvironment();
};

void TestAppPaths::cleanup()
{
    AppPaths::setDataDirOverride(QString());
    qunsetenv("HILAL_SF_HOME");
}

void TestAppPaths::overrideWinsOverEnvironment()
{
    QTemporaryDir env, flag;
    qputenv("HILAL_SF_HOME", env.path().toUtf8());
    AppPaths::setDataDirOverride(flag.path() + QStringLiteral("/nested"));
    QCOMPARE(AppPaths::dataDir(), QDir(flag.path() + QStringLiteral("/nested")).absolutePath());
    QVERIFY(QDir(AppPaths::dataDir()).exists()); // created on demand
    QVERIFY(AppPaths::isRelocated());
}

void TestAppPaths::environmentMovesEverything()
{
    QTemporaryDir env;
    qputenv("HILAL_SF_HOME", env.path().toUtf8());
    QVERIFY(AppPaths::databaseFile().startsWith(env.path()));
    QVERIFY(AppPaths::settingsFile().startsWith(env.path()));
}

void TestAppPaths::keychainServiceFollowsEnvironment()
{
    // hilal_add_test sets a test service name, so tests never touch real entries.
    QCOMPARE(AppPaths::keychainService(), QStringLiteral("hilal-sf-admin-test"));
    const QByteArray saved = qgetenv("HILAL_SF_KEYCHAIN_SERVICE");
    qunsetenv("HILAL_SF_KEYCHAIN_SERVICE");
    QCOMPARE(AppPaths::keychainService(), QStringLiteral("hilal-sf-admin"));
    qputenv("HILAL_SF_KEYCHAIN_SERVICE", saved);
}

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_app_paths.moc"
