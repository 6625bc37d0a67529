// The Permissions tab: two groups of checkboxes staged and stored with Apply (Revert drops them),
// widening a public bot asks for a reason that reaches the audit trail, the public-bot warning in
// a reserved place, the safe preset, the dispatcher indicator, the confirmation policy, persistence.
#include "support/gui_test.h"

#include "ui/bots/permission_risk_dialog.h"
#include "ui/bots/permissions_tab.h"
#include "ui/common/app_context.h"
#include "ui/common/main_window.h"

#include "bots/audit_log.h"
#include "bots/bot_repository.h"
#include "core/app_paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
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
        const auto bot
            = context.bots()->add(QStringLiteral("Sales ops"), bots::Audience::Internal, bots::OrgKind::Production);
        QVERIFY(bot);
        PermissionsTab tab(context.services());
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
        QVERIFY(tab.applyButton()->isEnabled());
        QVERIFY(!context.bots()->permissions(bot->id).has(Permission::ReadAccount)); // staged only
        tab.applyButton()->click();
        QVERIFY(context.bots()->permissions(bot->id).has(Permission::ReadAccount));
        QVERIFY(!tab.applyButton()->isEnabled());
        QVERIFY(!tab.revertButton()->isEnabled());
    }

    void publicBotWideningIsStagedAndAsksForAReason()
    {
        AppContext context;
        const auto bot = context.bots()->add(QStringLiteral("Website concierge"), bots::Audience::Public,
                                             bots::OrgKind::Production);
        QVERIFY(bot);
        MainWindow window(&context);
        window.tabs()->setCurrentIndex(MainWindow::PermissionsIndex);
        window.resize(1100, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PermissionsTab *tab = window.permissionsTab();
        QCOMPARE(tab->botId(), bot->id);
        QVERIFY(!tab->warningLabel()->isVisible());
        QVERIFY(!tab->applyButton()->isEnabled());
        QCoreApplication::processEvents();
        QCheckBox *runSoql = tab->checkBox(Permission::RunSoql);
        // A human label first, the constant second; a screen reader says the label.
        QCOMPARE(runSoql->text(), QStringLiteral("Run SOQL queries (RUN_SOQL)"));
        QCOMPARE(runSoql->accessibleName(), QStringLiteral("Run SOQL queries"));
        const QPoint before = runSoql->mapTo(&window, QPoint(0, 0));

        QTest::mouseClick(runSoql, Qt::LeftButton, {}, QPoint(8, 8));
        QCoreApplication::processEvents();
        QVERIFY(runSoql->isChecked());
        QVERIFY(tab->warningLabel()->isVisible());
        QVERIFY(tab->warningLabel()->text().contains(QLatin1String("RUN_SOQL")));
        // The warning had its place already: the checkbox did not move.
        QCOMPARE(runSoql->mapTo(&window, QPoint(0, 0)), before);
        // Nothing stored yet, nothing audited.
        QVERIFY(!context.bots()->permissions(bot->id).has(Permission::RunSoql));
        const int entriesBefore = context.auditLog()->entries({bot->id, 100, 0}).size();
        test::saveScreenshot(&window, QStringLiteral("permissions_staged_public_warning"));

        // Apply asks first; cancelling stores nothing and keeps the staged change.
        PermissionRiskDialog::setNextAnswer(std::nullopt);
        QVERIFY(!tab->apply());
        QVERIFY(PermissionRiskDialog::lastText().contains(QLatin1String("RUN_SOQL")));
        QVERIFY(!context.bots()->permissions(bot->id).has(Permission::RunSoql));
        QVERIFY(runSoql->isChecked());
        QCOMPARE(context.auditLog()->entries({bot->id, 100, 0}).size(), entriesBefore);

        // With a reason it is stored, and the reason is in the audit trail.
        const QString reason = QStringLiteral("Portal bot behind the partner login");
        PermissionRiskDialog::setNextAnswer(reason);
        tab->applyButton()->click();
        QVERIFY(context.bots()->permissions(bot->id).has(Permission::RunSoql));
        // The repository keeps the reason, so the dispatcher lets the public bot run SOQL.
        QCOMPARE(context.bots()->publicRiskReason(bot->id, Permission::RunSoql), reason);
        const auto entries = context.auditLog()->entries({bot->id, 100, 0});
        bool reasonKept = false;
        for (const auto &e : entries)
            reasonKept = reasonKept
                || (e.action == QLatin1String("override")
                    && e.parameters.value(QStringLiteral("reason")).toString() == reason);
        QVERIFY(reasonKept);
        QVERIFY(!tab->applyButton()->isEnabled());

        // The preset is staged too, and Revert takes it back.
        tab->safePresetButton()->click();
        QVERIFY(!tab->warningLabel()->isVisible());
        QCOMPARE(runSoql->mapTo(&window, QPoint(0, 0)), before);
        QVERIFY(context.bots()->permissions(bot->id).has(Permission::RunSoql));
        tab->revertButton()->click();
        QVERIFY(runSoql->isChecked());
        tab->safePresetButton()->click();
        // Narrowing needs no reason.
        PermissionRiskDialog::setNextAnswer(std::nullopt); // would refuse if asked
        QVERIFY(tab->apply());
        QCOMPARE(context.bots()->permissions(bot->id), bots::PermissionSet::safeForPublicBots());
        QVERIFY(!tab->warningLabel()->isVisible());
        QVERIFY(tab->checkBox(Permission::CreateLead)->isChecked());
        PermissionRiskDialog::clearNextAnswer(); // it was not asked

        // An internal bot is not asked and gets no warning for the same permission.
        const auto internal
            = context.bots()->add(QStringLiteral("Sales ops"), bots::Audience::Internal, bots::OrgKind::Production);
        context.setCurrentBotId(internal->id);
        tab->checkBox(Permission::RunSoql)->click();
        QVERIFY(!tab->warningLabel()->isVisible());
        QVERIFY(tab->apply());
        QVERIFY(context.bots()->permissions(internal->id).has(Permission::RunSoql));
    }

    void riskDialogNamesTheRiskAndNeedsAReason()
    {
        PermissionRiskDialog dialog(QStringLiteral("Website concierge"),
                                    bots::PermissionSet {Permission::RunSoql, Permission::UpdateOpportunity});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.risksLabel()->text().contains(QLatin1String("read any record")));
        QVERIFY(dialog.risksLabel()->text().contains(QLatin1String("change deals")));
        QPushButton *grant = nullptr;
        for (QAbstractButton *b : dialog.buttons()->buttons())
            if (dialog.buttons()->buttonRole(b) == QDialogButtonBox::AcceptRole)
                grant = qobject_cast<QPushButton *>(b);
        QVERIFY(grant);
        QVERIFY(!grant->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("   "));
        QVERIFY(!grant->isEnabled()); // blanks are no reason
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Staff-only portal"));
        QVERIFY(grant->isEnabled());
        QCOMPARE(dialog.reason(), QStringLiteral("Staff-only portal"));
        test::saveScreenshot(&dialog, QStringLiteral("permissions_risk_dialog"));
    }

    void changesPersistAcrossRestart()
    {
        QString botId;
        {
            AppContext context;
            const auto bot
                = context.bots()->add(QStringLiteral("Sales ops"), bots::Audience::Internal, bots::OrgKind::Sandbox);
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
            tab->confirmSoqlBox()->setCurrentIndex(
                tab->confirmSoqlBox()->findData(int(bots::ConfirmationPolicy::Soql::All)));
            test::saveScreenshot(&window, QStringLiteral("permissions_internal"));
            QVERIFY(tab->apply());
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
