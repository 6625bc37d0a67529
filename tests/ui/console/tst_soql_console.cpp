// The SOQL console against a real local org over loopback HTTP: guard refusals send nothing,
// the confirmation dialog's Cancel sends nothing, 10,000 rows all reach the grid and the CSV;
// "as admin" needs no bot permission and is audited with the admin as who, exports are audited.
#include "support/org_fixture.h"
#include "support/gui_test.h"

#include "ui/activity/audit_actor.h"
#include "ui/common/confirmation_dialog.h"
#include "ui/console/results_model.h"
#include "ui/console/results_view.h"
#include "ui/console/soql_console.h"
#include "ui/console/soql_editor.h"

#include "bots/query_history.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hilal;
using namespace hilal::ui;

class TestSoqlConsole : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::OrgFixture> m_org;
    std::unique_ptr<bots::QueryHistory> m_history;
    std::unique_ptr<SoqlConsole> m_console;

    SoqlConsole *makeConsole()
    {
        m_history = std::make_unique<bots::QueryHistory>();
        m_console = std::make_unique<SoqlConsole>();
        m_console->setServices(m_org->repo.get(), m_org->sessions.get(), m_org->dispatcher.get(), m_history.get());
        m_console->setBot(m_org->botId);
        m_console->setMode(SoqlConsole::Mode::Bot); // most tests check the bot's own path
        m_console->resize(1000, 640);
        m_console->show();
        return m_console.get();
    }

    void waitForSchema()
    {
        // The console asks for describeGlobal when the bot is set; let it land before the test
        // counts requests.
        QTRY_VERIFY_WITH_TIMEOUT(m_org->requestCount(QStringLiteral("/sobjects")) >= 1, 10000);
        QTest::qWait(50);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // An unexpected confirmation answers Cancel (and fails the test) rather than hanging it.
        ConfirmationDialog::setFallbackAnswer(ConfirmationDialog::Answer::Cancel);
    }

    void init()
    {
        m_org = std::make_unique<test::OrgFixture>();
        bots::PermissionSet permissions;
        permissions.set(bots::Permission::RunSoql, true);
        QVERIFY2(m_org->startWithBot(permissions), qPrintable(m_org->error));
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::None);
        ConfirmationDialog::setTestHook({});
    }

    void cleanup()
    {
        m_console.reset();
        m_history.reset();
        m_org.reset();
    }

    void refusesDeleteAndSendsNothing()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        waitForSchema();
        m_org->org->resetRequests();
        QSignalSpy refused(console, &SoqlConsole::refused);
        console->editor()->setFocus();
        QTest::keyClicks(console->editor(), QStringLiteral("DELETE FROM Account"));
        QTest::keyClick(console->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(refused.count(), 1);
        const QString message = console->messageLabel()->text();
        QVERIFY2(message.contains(QLatin1String("Not sent")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("DELETE"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(console->messageLabel()->isVisible());
        QCOMPARE(console->model()->rowCount(), 0);
        QCOMPARE(console->state(), SoqlConsole::State::Idle);
        QTest::qWait(100); // anything sent would have reached the org by now
        QCOMPARE(m_org->org->requests().size(), 0);
        test::saveScreenshot(console, QStringLiteral("soql_console_refused_delete"));
    }

    void cancelInConfirmationSendsNoQuery()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        waitForSchema();
        m_org->org->resetRequests();
        // No WHERE on Id and no LIMIT: non-trivial, so the default policy asks.
        console->editor()->setQuery(QStringLiteral("SELECT Id, Name, Amount, Account.Name FROM Opportunity"));
        bool screenshot = false;
        ConfirmationDialog::setTestHook([&screenshot](ConfirmationDialog *dialog) {
            dialog->resize(dialog->sizeHint().expandedTo(QSize(560, 0)));
            test::saveScreenshot(dialog, QStringLiteral("soql_console_confirmation"));
            screenshot = true;
        });
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::Cancel);
        const int asked = ConfirmationDialog::askCount();
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        console->run();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(ConfirmationDialog::askCount(), asked + 1);
        QVERIFY(screenshot);
        const ConfirmationDialog::Content content = ConfirmationDialog::lastContent();
        QVERIFY(content.objects.contains(QStringLiteral("Opportunity")));
        QVERIFY(content.fields.contains(QStringLiteral("Account.Name")));
        QVERIFY2(content.estimate.contains(QLatin1String("10,000")) || content.estimate.contains(QLatin1String("10000")),
                 qPrintable(content.estimate));
        QVERIFY(console->messageLabel()->text().contains(QLatin1String("not sent")));
        QCOMPARE(console->model()->rowCount(), 0);
        // Only the explain went out (it runs nothing); no query, no queryMore.
        QTest::qWait(100);
        const auto requests = m_org->org->requests();
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().path.endsWith(QLatin1String("/query")));
        QVERIFY(m_history->recent(m_org->botId).isEmpty());
    }

    void tenThousandRowsReachTheGridAndTheCsv()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        waitForSchema();
        console->editor()->setQuery(QStringLiteral("SELECT Id, Name, StageName, Amount, CloseDate, Account.Name, "
                                                   "Account.Owner.Name FROM Opportunity ORDER BY Name"));
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::Confirm);
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        QSignalSpy pages(console->model(), &ResultsModel::pageApplied);
        console->run();
        // The grid grows while the rest loads: the progress bar shows rows loaded of the total.
        QVERIFY(pages.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(console->messageLabel()->text()));
        QVERIFY(pages.count() > 1);
        QCOMPARE(console->model()->rowCount(), 10000);
        QCOMPARE(console->model()->columns(),
                 (QStringList{QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("StageName"),
                              QStringLiteral("Amount"), QStringLiteral("CloseDate"), QStringLiteral("Account.Name"),
                              QStringLiteral("Account.Owner.Name")}));
        QVERIFY(!console->model()->index(9999, 0).data().toString().isEmpty());
        const QString summary = console->summaryLabel()->text();
        QVERIFY2(summary.contains(QLocale().toString(10000)), qPrintable(summary));
        QVERIFY(!console->progressBar()->isVisible());
        console->view()->scrollToBottom();
        test::saveScreenshot(console, QStringLiteral("soql_console_10000_rows"));

        const QString path = m_org->dir.filePath(QStringLiteral("rows.csv"));
        QString error;
        QVERIFY2(console->exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count("\r\n"), 10001);
        QVERIFY(csv.startsWith("Id,Name,StageName,Amount,CloseDate,Account.Name,Account.Owner.Name\r\n"));

        // The query is in this bot's history.
        QCOMPARE(console->historyBox()->count(), 1);
        QCOMPARE(m_history->recent(m_org->botId).size(), 1);
    }

    void cancelStopsTheLoad()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        console->editor()->setQuery(QStringLiteral("SELECT Id, Name FROM Opportunity"));
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::Confirm);
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        QSignalSpy pages(console->model(), &ResultsModel::pageApplied);
        console->run();
        // Cancel as soon as the first page is in the grid; the page in flight may still land.
        QVERIFY(pages.wait(30000));
        QVERIFY(console->progressBar()->isVisible());
        QCOMPARE(console->progressBar()->maximum(), 10000);
        console->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(console->model()->rowCount() < 10000);
        QVERIFY2(console->messageLabel()->text().startsWith(QLatin1String("Cancelled")),
                 qPrintable(console->messageLabel()->text()));
        QCOMPARE(console->state(), SoqlConsole::State::Idle);
        QVERIFY(console->runButton()->isEnabled());
    }

    void trivialQueryRunsWithoutAsking()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        const int asked = ConfirmationDialog::askCount();
        console->editor()->setQuery(QStringLiteral("SELECT Id, Name, (SELECT LastName FROM Contacts LIMIT 3) FROM Account "
                                                   "ORDER BY Name LIMIT 5"));
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        console->run();
        QVERIFY(finished.wait(15000));
        QCOMPARE(ConfirmationDialog::askCount(), asked);
        QCOMPARE(console->model()->rowCount(), 5);
        QCOMPARE(console->model()->columns().last(), QStringLiteral("Contacts"));
    }

    void asAdminNeedsNoBotPermissionAndIsAudited()
    {
        m_org->repo->setPermissions(m_org->botId, bots::PermissionSet(), QStringLiteral("test"));
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        // As the bot: refused, the bot lacks RUN_SOQL.
        QVERIFY(console->botModeButton()->isChecked());
        QVERIFY(!console->runButton()->isEnabled());
        // As admin, chosen visibly: Run works without granting the bot anything.
        console->adminModeButton()->click();
        QCOMPARE(console->mode(), SoqlConsole::Mode::Admin);
        QVERIFY(console->runButton()->isEnabled());
        QVERIFY(!console->findChild<QLabel *>(QStringLiteral("permissionNotice"))->isVisible());
        const QString soql = QStringLiteral("SELECT Id, Name FROM Account ORDER BY Name LIMIT 7");
        console->editor()->setQuery(soql);
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        const int asked = ConfirmationDialog::askCount();
        console->run();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(ConfirmationDialog::askCount(), asked); // no bot policy
        QCOMPARE(console->model()->rowCount(), 7);
        QVERIFY(!m_org->repo->permissions(m_org->botId).has(bots::Permission::RunSoql));
        test::saveScreenshot(console, QStringLiteral("soql_console_as_admin"));

        // The guard still applies as admin.
        console->editor()->setQuery(QStringLiteral("DELETE FROM Account"));
        QSignalSpy refused(console, &SoqlConsole::refused);
        console->run();
        QCOMPARE(refused.count(), 1);

        // Audited as an admin query with the query text and the OS user; no run-soql dispatch.
        const auto entries = m_org->repo->audit().entries({m_org->botId, 20, 0});
        const bots::AuditEntry *admin = nullptr;
        for (const auto &e : entries) {
            QVERIFY(e.action != QLatin1String("run-soql"));
            if (e.action == QLatin1String("admin-query") && !admin)
                admin = &e;
        }
        QVERIFY(admin);
        QCOMPARE(admin->parameters.value(QStringLiteral("query")).toString(), soql);
        QCOMPARE(admin->actor, auditActor());
        QCOMPARE(admin->status, 200);

        // An export is an entry too.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.csv"));
        QString error;
        console->editor()->setQuery(soql);
        QVERIFY2(console->exportCsv(path, &error), qPrintable(error));
        const auto after = m_org->repo->audit().entries({m_org->botId, 1, 0});
        QCOMPARE(after.first().action, QStringLiteral("export"));
        QCOMPARE(after.first().parameters.value(QStringLiteral("rows")).toInt(), 7);
        QCOMPARE(after.first().actor, auditActor());
    }

    void salesforceErrorShownWholeWithTheCaretUnderItsColumn()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        console->setMode(SoqlConsole::Mode::Admin);
        // Valid SOQL for the local check; the org knows no such field.
        const QString soql = QStringLiteral("SELECT Id, Nonexistent__c FROM Account LIMIT 3");
        console->editor()->setQuery(soql);
        QSignalSpy finished(console, &SoqlConsole::queryFinished);
        console->run();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString message = console->messageLabel()->text();
        QVERIFY2(message.contains(QLatin1String("No such column 'Nonexistent__c'")), qPrintable(message));
        const QStringList lines = message.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 3, qPrintable(message));
        QCOMPARE(lines.at(0), soql);
        // The caret stands under the field's first letter, in a fixed-width font.
        QCOMPARE(lines.at(1).indexOf(QLatin1Char('^')), soql.indexOf(QLatin1String("Nonexistent__c")));
        QVERIFY(QFontInfo(console->messageLabel()->font()).fixedPitch());
        QVERIFY(!console->messageLabel()->wordWrap());
        // Shown whole, not squeezed into a sliver.
        QTRY_VERIFY(console->messageLabel()->height() >= console->messageLabel()->sizeHint().height());
        // Whole: Salesforce's explanation is all there, and no line runs past the label's edge.
        QVERIFY2(message.simplified().contains(QLatin1String("be sure to append the '__c' after the custom field name")),
                 qPrintable(message));
        const QFontMetrics metrics(console->messageLabel()->font());
        for (const QString &line : lines)
            QVERIFY2(metrics.horizontalAdvance(line) <= console->messageLabel()->contentsRect().width(), qPrintable(line));
        test::saveScreenshot(console, QStringLiteral("soql_console_error_caret"));
    }

    void withoutRunSoqlTheConsoleSaysWhy()
    {
        m_org->repo->setPermissions(m_org->botId, bots::PermissionSet(), QStringLiteral("test"));
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        QVERIFY(!console->runButton()->isEnabled());
        QVERIFY(console->findChild<QLabel *>(QStringLiteral("permissionNotice"))->text().contains(QLatin1String("RUN_SOQL")));
        test::saveScreenshot(console, QStringLiteral("soql_console_no_permission"));
    }
};

HILAL_GUI_TEST_MAIN(TestSoqlConsole)
#include "tst_soql_console.moc"
