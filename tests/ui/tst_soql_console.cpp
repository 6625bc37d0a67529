// The SOQL console against a real local org over loopback HTTP: guard refusals send nothing,
// the confirmation dialog's Cancel sends nothing, 10,000 rows all reach the grid and the CSV.
#include "console_test_org.h"
#include "gui_test.h"

#include "ui/confirmation_dialog.h"
#include "ui/query_history.h"
#include "ui/results_model.h"
#include "ui/results_view.h"
#include "ui/soql_console.h"
#include "ui/soql_editor.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace hilal;
using namespace hilal::ui;

class TestSoqlConsole : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestOrg> m_org;
    std::unique_ptr<QueryHistory> m_history;
    std::unique_ptr<SoqlConsole> m_console;

    SoqlConsole *makeConsole()
    {
        m_history = std::make_unique<QueryHistory>();
        m_console = std::make_unique<SoqlConsole>();
        m_console->setServices(m_org->bots.get(), m_org->sessions.get(), m_org->dispatcher.get(), m_history.get());
        m_console->setBot(m_org->botId);
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
        m_org = std::make_unique<test::ConsoleTestOrg>();
        bots::PermissionSet permissions;
        permissions.set(bots::Permission::RunSoql, true);
        QVERIFY2(m_org->start(permissions), qPrintable(m_org->error));
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

        const QString path = m_org->home->filePath(QStringLiteral("rows.csv"));
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

    void withoutRunSoqlTheConsoleSaysWhy()
    {
        m_org->bots->setPermissions(m_org->botId, bots::PermissionSet(), QStringLiteral("test"));
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        QVERIFY(!console->runButton()->isEnabled());
        QVERIFY(console->findChild<QLabel *>(QStringLiteral("permissionNotice"))->text().contains(QLatin1String("RUN_SOQL")));
        test::saveScreenshot(console, QStringLiteral("soql_console_no_permission"));
    }
};

HILAL_GUI_TEST_MAIN(TestSoqlConsole)
#include "tst_soql_console.moc"
