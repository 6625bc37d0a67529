// Accessibility: every control a keyboard can reach has a name a screen reader can say (what
// QAccessible reports, so a button's text or a field's label buddy counts), in the main window,
// each of its tabs and the dialogs; and the main path (add a bot, grant it permissions, run a
// query, run an action) works with key events alone, against a local org over loopback HTTP.
#include "support/gui_test.h"

#include "ui/actions/action_tester.h"
#include "ui/bots/add_bot_dialog.h"
#include "ui/bots/bot_list.h"
#include "ui/bots/permission_risk_dialog.h"
#include "ui/bots/permissions_tab.h"
#include "ui/common/app_context.h"
#include "ui/common/confirmation_dialog.h"
#include "ui/common/main_window.h"
#include "ui/common/message_box.h"
#include "ui/common/settings_dialog.h"
#include "ui/console/results_model.h"
#include "ui/console/soql_console.h"
#include "ui/console/soql_editor.h"
#include "ui/integrations/integrations_page.h"
#include "ui/integrations/login_view.h"

#include "actions/get_account_action.h"
#include "bots/bot_repository.h"
#include "core/app_paths.h"
#include "emulator/local_org.h"
#include "emulator/local_org_thread.h"
#include "salesforce/session_manager.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEngineView>

#include <functional>

using namespace hilal;
using namespace hilal::ui;

namespace {

// Focusable, shown controls of `root` whose accessible name is empty, described for the failure
// message ("QLineEdit 'objectName' under SettingsDialog").
QStringList unnamedControls(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(root) || !w->isEnabled())
            continue;
        // Internals Qt names through their owner (a combo box's list, a scroll area's viewport,
        // a web view's render widget) are not controls of ours.
        if (w->inherits("QComboBoxListView") || w->inherits("QComboBoxPrivateContainer")
            || w->objectName() == QLatin1String("qt_spinbox_lineedit")
            || (w->parentWidget() && w->parentWidget()->inherits("QWebEngineView"))
            || QByteArray(w->metaObject()->className()).startsWith("QtWebEngineCore::"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            out << QStringLiteral("%1 '%2' under %3")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                            w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                              : QStringLiteral("-"));
    }
    return out;
}

// Where a key press goes: the focused widget, else the active window.
QWidget *focused()
{
    if (QWidget *w = QApplication::focusWidget())
        return w;
    return QApplication::activeWindow();
}

// Presses Tab (keyboard only) until `target` has the focus; false after a full lap without it.
bool tabTo(QWidget *target, int maxPresses = 150)
{
    for (int i = 0; i < maxPresses; ++i) {
        if (QApplication::focusWidget() == target)
            return true;
        QWidget *from = focused();
        if (!from)
            return false;
        QTest::keyClick(from, Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

// Runs `drive` on the next modal dialog of type T as soon as it is up (it runs its own loop).
template<typename T> void onNextModal(std::function<void(T *)> drive)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, drive] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            drive(dialog);
        }
    });
    timer->start();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QAccessible::setActive(true); // names as a running screen reader would get them
        emulator::LocalOrgOptions options;
        options.records = 50;
        m_org = std::make_unique<emulator::LocalOrgThread>(options);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    // One data dir and one AppContext for the whole program: a keychain job still running when
    // an AppContext goes away would answer into freed memory in the next test function.
    void init()
    {
        if (m_context)
            return;
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
        MessageBox::setNextAnswer(MessageBox::NoButton);
        m_window.reset();
    }

    void cleanupTestCase()
    {
        m_context.reset();
        AppPaths::setDataDirOverride({});
        m_home.reset();
    }

    // Add a bot, grant it permissions, run a query, run an action: key events only. Logging in
    // happens in Salesforce's own web page (filled by script here, as the other login tests do).
    void keyboardOnlyWalk()
    {
        showWindow();
        QCOMPARE(m_context->bots()->list().size(), 0);

        // Ctrl+N: Add Bot. The dialog is modal; its keys are sent once it is up.
        bool dialogSeen = false;
        onNextModal<AddBotDialog>([this, &dialogSeen](AddBotDialog *dialog) {
            dialogSeen = true;
            // A modal dialog takes the keyboard once the window system activates it (slow on a
            // loaded machine: wait for the focus to be inside it, not only for the activation).
            dialog->activateWindow();
            const bool ready = QTest::qWaitForWindowActive(dialog, 30000)
                && QTest::qWaitFor([dialog] { return dialog->isAncestorOf(QApplication::focusWidget()); }, 30000);
            if (!ready) {
                dialog->reject();
                return;
            }
            QTest::keyClicks(focused(), QStringLiteral("Keyboard bot"));
            QTest::keyClick(focused(), Qt::Key_L, Qt::AltModifier); // &Login URL
            QTest::keyClicks(focused(), m_org->url().toString());
            test::saveScreenshot(dialog, QStringLiteral("keyboard_add_bot"));
            QTest::keyClick(focused(), Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject(); // Return did not accept: fail below instead of hanging here
        });
        QTest::keyClick(focused(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(dialogSeen);
        reactivate(); // the offscreen platform gives the activation back only when asked
        QCOMPARE(m_context->bots()->list().size(), 1);
        const bots::Chatbot bot = m_context->bots()->list().first();
        QCOMPARE(bot.name, QStringLiteral("Keyboard bot"));
        QCOMPARE(m_context->currentBotId(), bot.id);

        // Ctrl+2: Permissions. Tab to each box, Space ticks it, Alt+Y applies.
        QTest::keyClick(focused(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::PermissionsIndex));
        PermissionsTab *permissions = m_window->permissionsTab();
        for (bots::Permission p :
             {bots::Permission::CreateOAuth, bots::Permission::ReadAccount, bots::Permission::RunSoql}) {
            QVERIFY2(tabTo(permissions->checkBox(p)), qPrintable(bots::Permissions::name(p)));
            QTest::keyClick(focused(), Qt::Key_Space);
            QVERIFY(permissions->checkBox(p)->isChecked());
        }
        test::saveScreenshot(m_window.get(), QStringLiteral("keyboard_permissions"));
        QTest::keyClick(focused(), Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY(!permissions->hasPendingChanges());
        const auto stored = m_context->bots()->permissions(bot.id);
        QVERIFY(stored.has(bots::Permission::CreateOAuth));
        QVERIFY(stored.has(bots::Permission::ReadAccount));
        QVERIFY(stored.has(bots::Permission::RunSoql));

        // Alt+B, C: Bot ▸ Connect…; the org's login page opens.
        auto *page = m_window->integrationsPage();
        QSignalSpy opened(page, &IntegrationsPage::loginViewOpened);
        QTest::keyClick(focused(), Qt::Key_B, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_C);
        QVERIFY(opened.count() || opened.wait(20000));
        logIn(opened.first().first().value<LoginView *>());
        QTRY_COMPARE_WITH_TIMEOUT(page->status(), IntegrationsPage::Status::Connected, 30000);
        reactivate();

        // Ctrl+3: the console. Tab to the editor, type, Ctrl+Enter runs.
        QTest::keyClick(focused(), Qt::Key_3, Qt::ControlModifier);
        auto *console = static_cast<SoqlConsole *>(m_window->tabContent(MainWindow::SoqlConsoleIndex));
        QVERIFY(tabTo(console->editor()));
        QTest::keyClicks(focused(), QStringLiteral("SELECT Id, Name FROM Account ORDER BY Name LIMIT 5"));
        QTest::keyClick(focused(), Qt::Key_Escape); // a completion popup, if one is open
        QTRY_COMPARE(focused(), static_cast<QWidget *>(console->editor()));
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.count() || finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(console->messageLabel()->text()));
        QTRY_COMPARE(console->model()->rowCount(), 5);
        const QString accountId = console->model()->index(0, 0).data().toString();
        QVERIFY2(accountId.startsWith(QLatin1String("001")), qPrintable(accountId));
        test::saveScreenshot(m_window.get(), QStringLiteral("keyboard_query"));

        // Ctrl+4: the action tester. Tab to the list, arrows pick Get Account, type the Id,
        // Tab to its Run button, Space runs it.
        QTest::keyClick(focused(), Qt::Key_4, Qt::ControlModifier);
        auto *tester = static_cast<ActionTester *>(m_window->tabContent(MainWindow::ActionsIndex));
        auto *list = tester->findChild<QListWidget *>();
        QVERIFY(list);
        QVERIFY(tabTo(list));
        const QString getAccount = actions::GetAccountAction::actionName();
        for (int i = 0; i < list->count() && tester->currentAction() != getAccount; ++i)
            QTest::keyClick(focused(), Qt::Key_Down);
        QCOMPARE(tester->currentAction(), getAccount);
        QVERIFY(tabTo(tester->fieldEditor(getAccount, QStringLiteral("Id"))));
        QTest::keyClicks(focused(), accountId);
        QVERIFY(tabTo(tester->runButton(getAccount)));
        QSignalSpy ran(tester, &ActionTester::actionFinished);
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY(ran.count() || ran.wait(30000));
        QVERIFY2(tester->resultHeading().contains(getAccount) || !tester->resultHeading().isEmpty(),
                 qPrintable(tester->resultHeading()));
        QVERIFY(!m_org->org()->requests().isEmpty());
        bool accountRead = false;
        for (const auto &request : m_org->org()->requests())
            accountRead = accountRead || request.path.endsWith(QStringLiteral("/sobjects/Account/") + accountId);
        QVERIFY2(accountRead, "the action did not read the account at the org");
        test::saveScreenshot(m_window.get(), QStringLiteral("keyboard_action"));
    }

    void everyControlHasAName()
    {
        const auto bot = m_context->bots()->add(QStringLiteral("Website concierge"), bots::Audience::Public,
                                                bots::OrgKind::Production, m_org->url());
        QVERIFY(bot);
        QVERIFY(m_context->bots()->setPermissions(bot->id, bots::PermissionSet::all(), QStringLiteral("test"),
                                                  QStringLiteral("every form shown for the test")));
        showWindow();

        QStringList missing;
        for (int index = 0; index < m_window->tabs()->count(); ++index) {
            m_window->tabs()->setCurrentIndex(index);
            m_window->tabContent(index);
            QCoreApplication::processEvents();
            for (const QString &m : unnamedControls(m_window.get()))
                missing << QStringLiteral("tab %1: %2").arg(m_window->tabs()->tabText(index), m);
        }
        // The action tester shows one form at a time: each form's fields too.
        auto *tester = static_cast<ActionTester *>(m_window->tabContent(MainWindow::ActionsIndex));
        m_window->tabs()->setCurrentIndex(MainWindow::ActionsIndex);
        for (const QString &action : ActionTester::actionNames()) {
            tester->selectAction(action);
            QCoreApplication::processEvents();
            for (const QString &m : unnamedControls(tester))
                missing << QStringLiteral("action %1: %2").arg(action, m);
        }
        test::saveScreenshot(m_window.get(), QStringLiteral("accessibility_main_window"));

        AddBotDialog add(m_window.get());
        add.show();
        missing << unnamedControls(&add);
        AddBotDialog rename(*bot, m_window.get());
        rename.show();
        missing << unnamedControls(&rename);
        QNetworkAccessManager network;
        SettingsDialog settings(&network, m_org->url(), m_window.get());
        settings.show();
        missing << unnamedControls(&settings);
        test::saveScreenshot(&settings, QStringLiteral("accessibility_settings"));
        PermissionRiskDialog risk(bot->name, bots::PermissionSet::all(), m_window.get());
        risk.show();
        missing << unnamedControls(&risk);
        ConfirmationDialog::Content content;
        content.title = QStringLiteral("Run this query?");
        content.heading = QStringLiteral("Read Accounts");
        content.objects = {QStringLiteral("Account")};
        content.detail = QStringLiteral("SELECT Id FROM Account");
        content.confirmLabel = QStringLiteral("Run query");
        ConfirmationDialog confirm(content, m_window.get());
        confirm.show();
        missing << unnamedControls(&confirm);

        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("controls without an accessible name:\n  ")
                            + missing.join(QStringLiteral("\n  "))));
    }

private:
    void reactivate()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void showWindow()
    {
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
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

HILAL_GUI_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
