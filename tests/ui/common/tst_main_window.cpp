// The main window: five tabs, empty states, the demo banner, remembered geometry.
#include "support/gui_test.h"

#include "ui/bots/bot_list.h"
#include "ui/common/app_context.h"
#include "ui/common/empty_state.h"
#include "ui/common/main_window.h"
#include "ui/integrations/integrations_page.h"

#include "core/app_paths.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace hilal;
using namespace hilal::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_home.reset(new QTemporaryDir);
        AppPaths::setDataDirOverride(m_home->path());
    }

    void showsFiveTabsWithEmptyStates()
    {
        AppContext context;
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList expected
            = {QStringLiteral("Integrations"), QStringLiteral("Permissions"), QStringLiteral("SOQL Console"),
               QStringLiteral("Actions"),      QStringLiteral("Activity"),    QStringLiteral("Lead fields")};
        QCOMPARE(window.tabs()->count(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(window.tabs()->tabText(i).remove(QLatin1Char('&')), expected.at(i));
            QCOMPARE(window.tabs()->widget(i)->accessibleName(), expected.at(i));
        }
        QCOMPARE(window.botList()->count(), 0);
        QVERIFY(window.bannerText().isEmpty());

        // No bot selected: every tab says what will be there instead of showing blank space.
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QString visibleText;
            for (QLabel *label : window.tabContent(i)->findChildren<QLabel *>()) {
                if (label->isVisible())
                    visibleText += label->text() + QLatin1Char(' ');
            }
            QVERIFY2(visibleText.simplified().size() > 30,
                     qPrintable(expected.at(i) + QStringLiteral(": ") + visibleText));
            QVERIFY(!visibleText.contains(QLatin1String("lorem"), Qt::CaseInsensitive));
        }
        window.tabs()->setCurrentIndex(0);
        const auto empties = window.findChildren<EmptyState *>();
        QVERIFY(empties.size() >= 3); // the bot list, Integrations, Permissions
        for (EmptyState *empty : empties) {
            QVERIFY(!empty->title().isEmpty());
            QVERIFY2(empty->text().size() > 30, qPrintable(empty->text()));
        }
        QVERIFY(window.integrationsPage()->view() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(window.integrationsPage()->isPageReady(), 30000);
        test::saveScreenshot(&window, QStringLiteral("main_window_empty"));
    }

    void showsDemoBanner()
    {
        AppContext context;
        MainWindow window(&context);
        window.setBanner(QStringLiteral("Demo mode."));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.bannerText(), QStringLiteral("Demo mode."));
        window.setBanner({});
        QVERIFY(window.bannerText().isEmpty());
    }

    void remembersGeometry()
    {
        {
            AppContext context;
            MainWindow window(&context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1013, 677);
            window.tabs()->setCurrentIndex(MainWindow::PermissionsIndex);
            window.close();
        }
        QVERIFY(
            QSettings(AppPaths::settingsFile(), QSettings::IniFormat).contains(QStringLiteral("mainWindow/geometry")));
        AppContext context;
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1013, 677));
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::PermissionsIndex));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_home;
};

HILAL_GUI_TEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
