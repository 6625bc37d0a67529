// The first-run walk-through: shown on a start with no bots, a panel in the window (not a
// dialog), each step ticked as it gets done (Settings opened, a bot added, the bot connected to a
// local org through its login page), gone for good when done or dismissed.
#include "support/gui_test.h"

#include "ui/bots/add_bot_dialog.h"
#include "ui/common/app_context.h"
#include "ui/common/first_run_guide.h"
#include "ui/common/main_menu.h"
#include "ui/common/main_window.h"
#include "ui/common/message_box.h"
#include "ui/integrations/integrations_page.h"
#include "ui/integrations/login_view.h"

#include "bots/bot_repository.h"
#include "core/app_paths.h"
#include "emulator/local_org.h"
#include "emulator/local_org_thread.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEngineView>

using namespace hilal;
using namespace hilal::ui;
using Step = FirstRunGuide::Step;

class TestFirstRunGuide : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        emulator::LocalOrgOptions options;
        options.records = 20;
        m_org = std::make_unique<emulator::LocalOrgThread>(options);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        AppPaths::setDataDirOverride(m_home->path());
        AppContext::Options options;
        options.keychainService = QStringLiteral("hilal-sf-admin-test-%1")
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        m_context = std::make_unique<AppContext>(options);
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        AppPaths::setDataDirOverride({});
        m_home.reset();
    }

    void walksThroughTheThreeSteps()
    {
        showWindow();
        FirstRunGuide *guide = m_window->firstRunGuide();
        QVERIFY(guide->isVisible());
        QVERIFY(!guide->isWindow()); // in the window, not a modal dialog over it
        QVERIFY(!guide->isStepDone(Step::ConnectedAppStep));
        QVERIFY(!guide->isStepDone(Step::AddBotStep));
        QVERIFY(!guide->stepButton(Step::ConnectStep)->isEnabled()); // no bot to connect yet
        test::saveScreenshot(m_window.get(), QStringLiteral("first_run_guide_start"));

        // 1. Settings… from the guide opens the Settings dialog; closing it ticks the step.
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        guide->stepButton(Step::ConnectedAppStep)->click();
        QVERIFY(guide->isStepDone(Step::ConnectedAppStep));

        // 2. Add Bot… from the guide: the bot logs in at the local org.
        QTimer::singleShot(0, this, [this] {
            auto *dialog = qobject_cast<AddBotDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setName(QStringLiteral("First bot"));
            dialog->setLoginUrl(m_org->url().toString());
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        guide->stepButton(Step::AddBotStep)->click();
        QCOMPARE(m_context->bots()->list().size(), 1);
        QVERIFY(guide->isStepDone(Step::AddBotStep));
        QVERIFY(guide->isVisible());
        QVERIFY(guide->stepButton(Step::ConnectStep)->isEnabled());
        const QString botId = m_context->bots()->list().first().id;
        QVERIFY(m_context->bots()->setPermissions(botId, bots::PermissionSet::all()));
        test::saveScreenshot(m_window.get(), QStringLiteral("first_run_guide_bot_added"));

        // 3. Connect… from the guide: the org's login page; once connected the guide is done.
        IntegrationsPage *page = m_window->integrationsPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->isPageReady(), 30000);
        QSignalSpy opened(page, &IntegrationsPage::loginViewOpened);
        guide->stepButton(Step::ConnectStep)->click();
        QVERIFY(opened.count() || opened.wait(20000));
        logIn(opened.first().first().value<LoginView *>());
        QTRY_COMPARE_WITH_TIMEOUT(page->status(), IntegrationsPage::Status::Connected, 30000);
        QTRY_VERIFY(!guide->isVisible());
        QVERIFY(!guide->isActive());
        test::saveScreenshot(m_window.get(), QStringLiteral("first_run_guide_done"));

        // Remembered: even with every bot removed, the next start shows no walk-through.
        m_window.reset();
        QVERIFY(m_context->bots()->clearConnectionInfo(botId));
        QVERIFY(m_context->bots()->remove(botId));
        showWindow();
        QVERIFY(!m_window->firstRunGuide()->isVisible());
    }

    void dismissIsRemembered()
    {
        showWindow();
        QVERIFY(m_window->firstRunGuide()->isVisible());
        m_window->firstRunGuide()->dismissButton()->click();
        QVERIFY(!m_window->firstRunGuide()->isVisible());
        m_window.reset();
        showWindow();
        QVERIFY(!m_window->firstRunGuide()->isVisible());
    }

    void notShownWhenThereAreBots()
    {
        QVERIFY(
            m_context->bots()->add(QStringLiteral("Sales ops"), bots::Audience::Internal, bots::OrgKind::Production));
        showWindow();
        QVERIFY(!m_window->firstRunGuide()->isVisible());
    }

private:
    void showWindow()
    {
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void logIn(LoginView *view)
    {
        QVERIFY(view);
        const QPointer<LoginView> guard(view);
        QWebEnginePage *login = view->view()->page();
        QTRY_VERIFY_WITH_TIMEOUT(!guard || guard->isVisible(), 5000);
        QVERIFY2(guard, "the login view closed before the login form appeared");
        QVERIFY(test::submitLogin(login, QString(emulator::demo::kUsername), QString(emulator::demo::kPassword)));
        QVERIFY(test::allowConsent(login));
    }

    std::unique_ptr<emulator::LocalOrgThread> m_org;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

HILAL_GUI_TEST_MAIN(TestFirstRunGuide)
#include "tst_first_run_guide.moc"
