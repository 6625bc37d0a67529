// The SOQL console's "Bulk export…" (Bulk API 2.0, docs/bulk-api.md) against the local org: the
// dialog shows progress and writes every row while the window keeps handling events; Cancel
// aborts the org's job and leaves no file; a query explain estimates above the threshold gets
// the advice to export. Saves a screenshot of the running export.
#include "support/gui_test.h"
#include "support/org_fixture.h"
#include "support/org_services.h"

#include "bots/query_history.h"
#include "emulator/bulk/bulk_query_jobs.h"
#include "emulator/store/org_store.h"
#include "ui/common/confirmation_dialog.h"
#include "ui/console/bulk_export_dialog.h"
#include "ui/console/soql_console.h"
#include "ui/console/soql_editor.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hilal;
using namespace hilal::ui;
using hilal::emulator::BulkQueryJobs;

class TestBulkExportDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::OrgFixture> m_org;
    std::unique_ptr<bots::QueryHistory> m_history;
    std::unique_ptr<SoqlConsole> m_console;
    QTemporaryDir m_out;

    SoqlConsole *makeConsole()
    {
        m_history = std::make_unique<bots::QueryHistory>();
        m_console = std::make_unique<SoqlConsole>(test::services(*m_org));
        m_console->setBot(m_org->botId);
        m_console->resize(1000, 640);
        m_console->show();
        return m_console.get();
    }

    int lines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        return int(file.readAll().count('\n'));
    }

private Q_SLOTS:
    void initTestCase() { ConfirmationDialog::setFallbackAnswer(ConfirmationDialog::Answer::Cancel); }

    void init()
    {
        m_org = std::make_unique<test::OrgFixture>();
        bots::PermissionSet permissions;
        permissions.set(bots::Permission::RunSoql, true);
        QVERIFY2(m_org->startWithBot(permissions, 3000), qPrintable(m_org->error));
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::None);
    }

    void cleanup()
    {
        BulkQueryJobs::holdWorkersForTesting(false);
        BulkExportDialog::setLargeResultRows(50000);
        m_console.reset();
        m_history.reset();
        m_org.reset();
    }

    void exportAllShowsProgressAndStaysResponsive()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        QVERIFY(console->exportAllButton()->isVisible());
        console->editor()->setQuery(QStringLiteral("SELECT Id, Name, Email FROM Contact"));
        const QString path = m_out.filePath(QStringLiteral("contacts.csv"));

        BulkQueryJobs::holdWorkersForTesting(true); // the org "runs" the query until released
        BulkExportDialog *dialog = console->exportAll(path);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QSignalSpy finished(dialog, &BulkExportDialog::exportFinished);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().contains(QLatin1String("InProgress")), 20000);
        // The window keeps handling input while the export runs.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        console->editor()->setFocus();
        QTest::keyClicks(console->editor(), QStringLiteral(" LIMIT 5"));
        QTest::qWait(200);
        QVERIFY(ticks >= 5);
        QVERIFY(console->editor()->query().endsWith(QLatin1String("LIMIT 5")));
        QCOMPARE(dialog->progressBar()->maximum(), 0); // busy: total not known yet
        test::saveScreenshot(dialog, QStringLiteral("bulk_export_running"));

        BulkQueryJobs::holdWorkersForTesting(false);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        const qint64 contacts = m_org->org->store()->recordCount(QStringLiteral("Contact"));
        QCOMPARE(finished.first().at(1).toLongLong(), contacts);
        QCOMPARE(dialog->progressBar()->value(), dialog->progressBar()->maximum());
        QVERIFY2(dialog->statusLabel()->text().contains(QLocale().toString(contacts)),
                 qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(lines(path), int(contacts) + 1);
        QVERIFY(console->messageLabel()->text().contains(QLatin1String("Exported")));
        test::saveScreenshot(dialog, QStringLiteral("bulk_export_done"));
        QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Close"));
    }

    void cancelAbortsTheJobAndLeavesNoFile()
    {
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        console->editor()->setQuery(QStringLiteral("SELECT Id FROM Lead"));
        const QString path = m_out.filePath(QStringLiteral("cancelled.csv"));
        BulkQueryJobs::holdWorkersForTesting(true);
        BulkExportDialog *dialog = console->exportAll(path);
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &BulkExportDialog::exportFinished);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().contains(QLatin1String("InProgress")), 20000);
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("Cancelled")));
        QVERIFY(!QFile::exists(path));
        QTRY_VERIFY_WITH_TIMEOUT(m_org->requestCount(QStringLiteral("/jobs/query/")) >= 1, 10000);
        bool aborted = false;
        for (int i = 0; i < 100 && !aborted; ++i) {
            for (const auto &entry : m_org->org->requests())
                aborted = aborted
                    || (entry.method == QLatin1String("PATCH") && entry.path.contains(QLatin1String("/jobs/query/"))
                        && entry.status == 200);
            QTest::qWait(20);
        }
        QVERIFY(aborted);
    }

    void largeResultAdvisesTheExport()
    {
        BulkExportDialog::setLargeResultRows(1000);
        SoqlConsole *console = makeConsole();
        QVERIFY(QTest::qWaitForWindowExposed(console));
        console->editor()->setQuery(QStringLiteral("SELECT Id FROM Opportunity"));
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::Confirm); // the bot's policy asks first
        console->run();
        QTRY_VERIFY2_WITH_TIMEOUT(console->messageLabel()->text().contains(QLatin1String("first pages only")),
                                  qPrintable(console->messageLabel()->text()), 20000);
        QVERIFY(console->messageLabel()->text().contains(QLatin1String("Bulk export")));
        test::saveScreenshot(console, QStringLiteral("bulk_export_advice"));

        BulkExportDialog::setLargeResultRows(50000);
        console->editor()->setQuery(QStringLiteral("SELECT Id FROM Opportunity LIMIT 10"));
        QSignalSpy done(console, &SoqlConsole::queryFinished);
        QTRY_VERIFY_WITH_TIMEOUT(console->state() == SoqlConsole::State::Idle, 30000);
        ConfirmationDialog::setNextAnswer(ConfirmationDialog::Answer::Confirm);
        console->run();
        QVERIFY(done.wait(30000));
        QVERIFY(!console->messageLabel()->text().contains(QLatin1String("first pages only")));
    }
};

QTEST_MAIN(TestBulkExportDialog)
#include "tst_bulk_export_dialog.moc"
