// --demo: the local org in-process on its own thread, a data dir and keychain service of its
// own, the two demo bots pointed at the org, and the banner with the demo login.
#include "support/gui_test.h"

#include "app/gui/demo_session.h"

#include "ui/bots/bot_list.h"
#include "ui/common/app_context.h"
#include "ui/common/main_window.h"
#include "ui/integrations/integrations_page.h"

#include "bots/bot_repository.h"
#include "core/app_paths.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QWebEngineView>

using namespace hilal;
using namespace hilal::ui;
using hilal::gui::DemoSession;

class TestDemoSession : public QObject
{
    Q_OBJECT
private slots:
    void startsOrgAndCreatesTheTwoBots()
    {
        QTemporaryDir userHome;
        AppPaths::setDataDirOverride(userHome.path());
        const QString serviceBefore = AppPaths::keychainService();
        {
            DemoSession demo;
            QString error;
            QVERIFY2(demo.start(&error, 200), qPrintable(error));
            // Its own data dir and keychain service.
            QCOMPARE(AppPaths::dataDir(), QDir(demo.dataDir()).absolutePath());
            QVERIFY(AppPaths::dataDir() != QDir(userHome.path()).absolutePath());
            QVERIFY(AppPaths::keychainService() != serviceBefore);
            QVERIFY(AppPaths::keychainService().endsWith(QLatin1String("-demo")));
            QCOMPARE(demo.orgUrl().host(), QStringLiteral("127.0.0.1"));
            QVERIFY(demo.orgUrl().port() > 0);

            // The org answers on loopback (the token endpoint refuses a GET, as Salesforce does).
            QNetworkAccessManager nam;
            QUrl url = demo.orgUrl();
            url.setPath(QStringLiteral("/services/data"));
            QNetworkReply *reply = nam.get(QNetworkRequest(url));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(10000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();

            AppContext context;
            const QStringList ids = demo.createBots(&context);
            QCOMPARE(ids.size(), 2);
            const auto concierge = context.bots()->get(ids.at(0));
            const auto salesOps = context.bots()->get(ids.at(1));
            QCOMPARE(concierge->name, QStringLiteral("Website concierge"));
            QCOMPARE(concierge->audience, bots::Audience::Public);
            QCOMPARE(context.bots()->permissions(concierge->id), bots::PermissionSet::safeForPublicBots());
            QCOMPARE(salesOps->name, QStringLiteral("Sales ops"));
            QCOMPARE(salesOps->audience, bots::Audience::Internal);
            QCOMPARE(context.bots()->permissions(salesOps->id), bots::PermissionSet::all());
            QCOMPARE(salesOps->effectiveLoginUrl().port(), demo.orgUrl().port());

            MainWindow window(&context);
            window.setBanner(demo.bannerText());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.bannerText().contains(QLatin1String("admin@hilal-demo.example")));
            QVERIFY(window.bannerText().contains(QLatin1String("HilalDemo1!")));
            QVERIFY(window.bannerText().contains(demo.orgUrl().toString()));
            QCOMPARE(window.botList()->count(), 2);
            window.botList()->selectBot(salesOps->id);
            QTRY_VERIFY_WITH_TIMEOUT(window.integrationsPage()->isPageReady(), 30000);
            QVERIFY(test::waitForJs(
                window.integrationsPage()->view()->page(),
                QStringLiteral("document.getElementById('sf-status').textContent === 'Not connected'")));
            test::saveScreenshot(&window, QStringLiteral("demo_main_window"));
            // Every hosted tab with the demo bot selected (the issue 9 tabs come from ui/console.cmake).
            for (int i = 1; i < window.tabs()->count(); ++i) {
                window.tabs()->setCurrentIndex(i);
                QTest::qWait(50);
                test::saveScreenshot(&window, QStringLiteral("demo_tab_%1").arg(i));
            }
            demo.cleanUp(&context);
        }
        // The demo gives the user's settings back when it ends.
        QCOMPARE(AppPaths::keychainService(), serviceBefore);
    }

    // What main() does: the window is up (and answers events) while the org seeds.
    void startsInTheBackgroundWhileTheWindowIsUp()
    {
        QTemporaryDir userHome;
        AppPaths::setDataDirOverride(userHome.path());
        DemoSession demo;
        QString error;
        QVERIFY2(demo.prepare(&error, 2000), qPrintable(error));
        AppContext context;
        MainWindow window(&context);
        window.setBanner(demo.startingText());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy started(&demo, &DemoSession::orgStarted);
        demo.startInBackground();
        QVERIFY(window.bannerText().contains(QLatin1String("starting")));
        QVERIFY(started.wait(60000));
        QCOMPARE(started.first().at(0).toBool(), true);
        QVERIFY(demo.isOrgRunning());
        demo.createBots(&context);
        window.setBanner(demo.bannerText());
        QCOMPARE(window.botList()->count(), 2);
        QVERIFY(window.bannerText().contains(demo.orgUrl().toString()));
        demo.cleanUp(&context);
    }
};

HILAL_GUI_TEST_MAIN(TestDemoSession)
#include "tst_demo_session.moc"
