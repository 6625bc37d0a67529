// The Permissions tab: two groups of checkboxes saved at once and audited, the public-bot
// warning, the safe preset, the dispatcher indicator, the confirmation policy, persistence.
#include "gui_test.h"

#include "ui/app_context.h"
#include "ui/main_window.h"
#include "ui/message_box.h"
#include "ui/permissions_tab.h"

#include "bots/audit_log.h"
#include "bots/bot_repository.h"
#include "core/app_paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace hilal;
using namespace hilal::ui;
using bots::Permission;

class TestPermissionsTab : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        AppPaths::setDataDirOverride(m_home->path());
    }

    void cleanup()
    {
        AppPaths::setDataDirOverride({});
        m_home.reset();
    }

    void showsSevenPermissionsInTwoGroups()
    {
        AppContext context;
        const auto bot = context.bots()->add(QStringLiteral("Sales ops"), bots::Audience::Internal, bots::OrgKind::Production);
        QVERIFY(bot);
        PermissionsTab tab(&context);
        tab.setBot(bot->id);
        tab.resize(900, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        const auto groups = tab.findChildren<QGroupBox *>();
        QStringList titles;
        for (QGroupBox *g : groups)
            titles << g->title();
        QVERIFY(titles.contains(QStringLiteral("Integration")));
        QVERIFY(titles.contains(QStringLiteral("Chat actions")));
        for (Permission p : bots::Permissions::all()) {
            QCheckBox *box = tab.checkBox(p);
            QVERIFY(box);
            QVERIFY(!box->isChecked());
            QVERIFY(box->isVisible());
            QCOMPARE(box->accessibleDescription(), bots::Permissions::description(p));
        }
        // A new bot has no chat permission: locked.
        QVERIFY(tab.dispatcherLabel()->text().contains(QLatin1String("locked")));
        tab.checkBox(Permission::ReadAccount)->click();
        QVERIFY(tab.dispatcherLabel()->text().contains(QLatin1String("unlocked")));
        QVERIFY(context.bots()->permissions(bot->id).has(Permission::ReadAccount));
    }

    void publicBotTickingRunSoqlShowsWarning()
    {
        AppContext context;
        const auto bot = context.bots()->add(QStringLiteral("Website concierge"), bots::Audience::Public, bots::OrgKind::Production);
        QVERIFY(bot);
        MainWindow window(&context);
        window.tabs()->setCurrentIndex(MainWindow::PermissionsIndex);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PermissionsTab *tab = window.permissionsTab();
        QCOMPARE(tab->botId(), bot->id);
        QVERIFY(!tab->warningLabel()->isVisible());

        // The public-bot rule: the risk is named and a reason asked; cancelled, nothing is saved.
        MessageBox::setNextReason(QString());
        QTest::mouseClick(tab->checkBox(Permission::RunSoql), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("reserved for internal bots")));
        QVERIFY(!tab->checkBox(Permission::RunSoql)->isChecked());
        QVERIFY(!context.bots()->permissions(bot->id).has(Permission::RunSoql));
        // With a reason it is saved, and the reason is audited.
        MessageBox::setNextReason(QStringLiteral("staff-only help page"));
        QTest::mouseClick(tab->checkBox(Permission::RunSoql), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(tab->checkBox(Permission::RunSoql)->isChecked());
        QCOMPARE(context.bots()->publicRiskReason(bot->id, Permission::RunSoql), QStringLiteral("staff-only help page"));
        QVERIFY(tab->warningLabel()->isVisible());
        QVERIFY(tab->warningLabel()->text().contains(QLatin1String("RUN_SOQL")));
        // Saved at once, and audited.
        QVERIFY(context.bots()->permissions(bot->id).has(Permission::RunSoql));
        const auto entries = context.auditLog()->entries({bot->id, 10, 0});
        QVERIFY(!entries.isEmpty());
        test::saveScreenshot(&window, QStringLiteral("permissions_public_warning"));

        // The preset takes the risk away.
        tab->safePresetButton()->click();
        QCOMPARE(context.bots()->permissions(bot->id), bots::PermissionSet::safeForPublicBots());
        QVERIFY(!tab->warningLabel()->isVisible());
        QVERIFY(!tab->checkBox(Permission::RunSoql)->isChecked());
        QVERIFY(tab->checkBox(Permission::CreateLead)->isChecked());
        QVERIFY(tab->checkBox(Permission::ReadAccount)->isChecked());

        // An internal bot gets no warning for the same permission.
        const auto internal = context.bots()->add(QStringLiteral("Sales ops"), bots::Audience::Internal, bots::OrgKind::Production);
        context.setCurrentBotId(internal->id);
        tab->checkBox(Permission::RunSoql)->click();
        QVERIFY(!tab->warningLabel()->isVisible());
    }

    void changesPersistAcrossRestart()
    {
        QString botId;
        {
            AppContext context;
            const auto bot = context.bots()->add(QStringLiteral("Sales ops"), bots::Audience::Internal, bots::OrgKind::Sandbox);
            QVERIFY(bot);
            botId = bot->id;
            MainWindow window(&context);
            window.tabs()->setCurrentIndex(MainWindow::PermissionsIndex);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            PermissionsTab *tab = window.permissionsTab();
            tab->checkBox(Permission::CreateOAuth)->click();
            tab->checkBox(Permission::UpdateOpportunity)->click();
            tab->confirmUpdatesBox()->click(); // on by default → off
            tab->confirmCreatesBox()->click(); // off by default → on
            tab->confirmSoqlBox()->setCurrentIndex(tab->confirmSoqlBox()->findData(int(bots::ConfirmationPolicy::Soql::All)));
            test::saveScreenshot(&window, QStringLiteral("permissions_internal"));
            window.close();
        }
        AppContext context; // a new process would open the same file
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::PermissionsIndex));
        PermissionsTab *tab = window.permissionsTab();
        QCOMPARE(tab->botId(), botId);
        QVERIFY(tab->checkBox(Permission::CreateOAuth)->isChecked());
        QVERIFY(tab->checkBox(Permission::UpdateOpportunity)->isChecked());
        QVERIFY(!tab->checkBox(Permission::RunSoql)->isChecked());
        QVERIFY(!tab->confirmUpdatesBox()->isChecked());
        QVERIFY(tab->confirmCreatesBox()->isChecked());
        QCOMPARE(tab->confirmSoqlBox()->currentData().toInt(), int(bots::ConfirmationPolicy::Soql::All));
        const bots::ConfirmationPolicy policy = context.bots()->policy(botId);
        QVERIFY(!policy.confirmUpdates);
        QVERIFY(policy.confirmCreates);
        QCOMPARE(policy.confirmSoql, bots::ConfirmationPolicy::Soql::All);
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

HILAL_GUI_TEST_MAIN(TestPermissionsTab)
#include "tst_permissions_tab.moc"
