// The Activity tab on a real audit log (SQLite in a temporary data dir): newest first, filters by
// bot, action and status, listing off the GUI thread, new entries live.
#include "gui_test.h"

#include "ui/activity_tab.h"
#include "ui/audit_model.h"

#include "bots/audit_log.h"
#include "bots/bot_repository.h"
#include "core/app_paths.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace hilal;
using namespace hilal::ui;

class TestActivityTab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<bots::BotRepository> m_bots;
    QString m_concierge;
    QString m_salesOps;

    void log(const QString &botId, const QString &action, int status, int minutesAgo, const QString &id = {})
    {
        bots::AuditEntry e;
        e.at = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        e.botId = botId;
        e.kind = bots::AuditEntry::Kind::Dispatch;
        e.action = action;
        e.status = status;
        e.salesforceId = id;
        e.durationMs = 120 + minutesAgo;
        e.actor = QStringLiteral("gui");
        e.detail = status < 300 ? QStringLiteral("ok") : QStringLiteral("refused");
        QVERIFY(m_bots->audit().append(e) > 0);
    }

    static void selectData(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        AppPaths::setDataDirOverride(m_home.path());
        m_bots = std::make_unique<bots::BotRepository>(AppPaths::databaseFile());
        QVERIFY(m_bots->isOpen());
        m_concierge = m_bots->add(QStringLiteral("Website concierge"), bots::Audience::Public,
                                  bots::OrgKind::Production)->id;
        m_salesOps = m_bots->add(QStringLiteral("Sales ops"), bots::Audience::Internal,
                                 bots::OrgKind::Production)->id;
        log(m_concierge, QStringLiteral("create-lead"), 201, 50, QStringLiteral("00Q5g00000AbCdEAAZ"));
        log(m_concierge, QStringLiteral("update-opportunity"), 403, 40);
        log(m_salesOps, QStringLiteral("run-soql"), 200, 30);
        log(m_salesOps, QStringLiteral("update-opportunity"), 204, 20, QStringLiteral("0065g00000Q1rStAAJ"));
        log(m_salesOps, QStringLiteral("get-account"), 502, 10);
    }

    void cleanup()
    {
        m_bots.reset();
    }

    void listsNewestFirstAndFilters()
    {
        ActivityTab tab(nullptr);
        QSignalSpy loaded(&tab, &ActivityTab::loaded);
        tab.setServices(m_bots.get(), &m_bots->audit());
        QVERIFY(loaded.wait(10000)); // listed on a worker thread
        tab.resize(1100, 420);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        AuditModel *model = tab.model();
        // Five dispatches plus the two "bot added" entries the repository wrote.
        QCOMPARE(model->totalCount(), 7);
        for (int row = 1; row < model->rowCount(); ++row) // newest first
            QVERIFY(model->entry(row - 1).at >= model->entry(row).at);
        // The bots were added "now"; the dispatches above are backdated, newest get-account.
        QCOMPARE(model->entry(2).action, QStringLiteral("get-account"));
        QCOMPARE(model->index(2, AuditModel::Bot).data().toString(), QStringLiteral("Sales ops"));
        QCOMPARE(model->index(2, AuditModel::Status).data().toString(), QStringLiteral("502"));
        test::saveScreenshot(&tab, QStringLiteral("activity_tab_all"));

        // Status: refused only.
        tab.statusFilter()->setCurrentIndex(tab.statusFilter()->findData(int(AuditModel::StatusFilter::Refused)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entry(0).status, 403);
        tab.statusFilter()->setCurrentIndex(0);

        // Action.
        tab.actionFilter()->setCurrentIndex(tab.actionFilter()->findData(QStringLiteral("update-opportunity")));
        QCOMPARE(model->rowCount(), 2);
        tab.actionFilter()->setCurrentIndex(0);

        // Bot: reloads from the log for that bot only.
        selectData(tab.botFilter(), m_concierge);
        QVERIFY(loaded.wait(10000));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->entry(row).botId, m_concierge);
        QCOMPARE(model->rowCount(), 3);
        test::saveScreenshot(&tab, QStringLiteral("activity_tab_one_bot"));

        // A new entry for that bot appears on top at once; one for another bot does not.
        log(m_salesOps, QStringLiteral("run-soql"), 200, 0);
        log(m_concierge, QStringLiteral("get-account"), 200, 0, QStringLiteral("0015g00000K7mWqAAJ"));
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->entry(0).action, QStringLiteral("get-account"));
        QCOMPARE(model->entry(0).botId, m_concierge);
    }

    void followsTheSelectedBot()
    {
        ActivityTab tab(nullptr);
        QSignalSpy loaded(&tab, &ActivityTab::loaded);
        tab.setServices(m_bots.get(), &m_bots->audit());
        QVERIFY(loaded.wait(10000));
        tab.setBot(m_salesOps);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(tab.botFilter()->currentData().toString(), m_salesOps);
        QCOMPARE(tab.model()->rowCount(), 4); // three dispatches and its "added" entry
    }
};

HILAL_GUI_TEST_MAIN(TestActivityTab)
#include "tst_activity_tab.moc"
