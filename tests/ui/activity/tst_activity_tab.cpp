// The Activity tab on a real audit log (SQLite in a temporary data dir): newest first, filters by
// bot, action, status, text and dates with counts that follow them, 409 on its own, query text and
// old → new values shown, listing off the GUI thread, new entries live.
#include "support/gui_test.h"

#include "ui/activity/activity_tab.h"
#include "ui/activity/audit_model.h"

#include "bots/audit_log.h"
#include "bots/bot_repository.h"
#include "core/app_paths.h"

#include <QComboBox>
#include <QDateEdit>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
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

    // The tab needs no more than the repository (and its audit log).
    static Services servicesOf(bots::BotRepository *repo)
    {
        Services services;
        services.bots = repo;
        return services;
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
        m_concierge
            = m_bots->add(QStringLiteral("Website concierge"), bots::Audience::Public, bots::OrgKind::Production)->id;
        m_salesOps = m_bots->add(QStringLiteral("Sales ops"), bots::Audience::Internal, bots::OrgKind::Production)->id;
        log(m_concierge, QStringLiteral("create-lead"), 201, 50, QStringLiteral("00Q5g00000AbCdEAAZ"));
        log(m_concierge, QStringLiteral("update-opportunity"), 403, 40);
        log(m_salesOps, QStringLiteral("run-soql"), 200, 30);
        log(m_salesOps, QStringLiteral("update-opportunity"), 204, 20, QStringLiteral("0065g00000Q1rStAAJ"));
        log(m_salesOps, QStringLiteral("get-account"), 502, 10);
    }

    void cleanup() { m_bots.reset(); }

    void listsNewestFirstAndFilters()
    {
        ActivityTab tab(servicesOf(m_bots.get()));
        QSignalSpy loaded(&tab, &ActivityTab::loaded); // listing is queued: the first one is caught
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

    void searchesDatesPendingAndCounts()
    {
        // A log of its own, so the counts below are exact.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        bots::BotRepository repo(home.filePath(QStringLiteral("hilal.sqlite")));
        QVERIFY(repo.isOpen());
        const QString salesOps
            = repo.add(QStringLiteral("Sales ops"), bots::Audience::Internal, bots::OrgKind::Production)->id;
        const QString concierge
            = repo.add(QStringLiteral("Website concierge"), bots::Audience::Public, bots::OrgKind::Production)->id;
        bots::AuditEntry refused;
        refused.botId = concierge;
        refused.action = QStringLiteral("update-opportunity");
        refused.status = 403;
        QVERIFY(repo.audit().append(refused) > 0);
        // A run-soql with its query, an update with old → new, one waiting for confirmation,
        // and one from three days ago.
        bots::AuditEntry soql;
        soql.botId = salesOps;
        soql.action = QStringLiteral("run-soql");
        soql.status = 200;
        soql.actor = QStringLiteral("alice");
        soql.parameters = QJsonObject {
            {QStringLiteral("query"), QStringLiteral("SELECT Id FROM Account WHERE Name = 'Brightwave'")}};
        QVERIFY(repo.audit().append(soql) > 0);
        bots::AuditEntry update;
        update.botId = salesOps;
        update.action = QStringLiteral("update-opportunity");
        update.status = 204;
        update.actor = QStringLiteral("alice");
        update.parameters
            = QJsonObject {{QStringLiteral("changes"),
                            QJsonObject {{QStringLiteral("StageName"),
                                          QJsonObject {{QStringLiteral("from"), QStringLiteral("Prospecting")},
                                                       {QStringLiteral("to"), QStringLiteral("Closed Won")}}}}}};
        QVERIFY(repo.audit().append(update) > 0);
        bots::AuditEntry pending;
        pending.botId = concierge;
        pending.action = QStringLiteral("update-opportunity");
        pending.status = 409;
        pending.actor = QStringLiteral("serve");
        QVERIFY(repo.audit().append(pending) > 0);
        bots::AuditEntry old;
        old.at = QDateTime::currentDateTimeUtc().addDays(-3);
        old.botId = concierge;
        old.action = QStringLiteral("create-lead");
        old.status = 201;
        QVERIFY(repo.audit().append(old) > 0);

        ActivityTab tab(servicesOf(&repo));
        QSignalSpy loaded(&tab, &ActivityTab::loaded);
        QVERIFY(loaded.wait(10000));
        tab.resize(1100, 420);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        AuditModel *model = tab.model();
        QCOMPARE(model->totalCount(), 7); // two "bot added", five dispatches
        QCOMPARE(tab.summaryText(), QStringLiteral("7 entries."));

        // 409 is its own status, not a refusal; the footer counts what is shown.
        tab.statusFilter()->setCurrentIndex(tab.statusFilter()->findData(int(AuditModel::StatusFilter::Pending)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entry(0).status, 409);
        QCOMPARE(tab.summaryText(), QStringLiteral("1 of 7 entries match the filters."));
        tab.statusFilter()->setCurrentIndex(tab.statusFilter()->findData(int(AuditModel::StatusFilter::Refused)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entry(0).status, 403);
        tab.statusFilter()->setCurrentIndex(0);

        // The query text and the old → new values are in the detail, and searchable.
        QTest::keyClicks(tab.searchBox(), QStringLiteral("brightwave"));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(
            model->index(0, AuditModel::Detail).data().toString().contains(QLatin1String("SELECT Id FROM Account")));
        tab.searchBox()->clear();
        QTest::keyClicks(tab.searchBox(), QStringLiteral("closed won"));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY2(model->index(0, AuditModel::Detail)
                     .data()
                     .toString()
                     .contains(QStringLiteral("StageName: Prospecting → Closed Won")),
                 qPrintable(model->index(0, AuditModel::Detail).data().toString()));
        QCOMPARE(tab.summaryText(), QStringLiteral("1 of 7 entries match the filters."));
        tab.searchBox()->clear();

        // Dates: from yesterday leaves out the entry of three days ago; up to two days ago keeps only it.
        const QDate today = QDate::currentDate();
        tab.fromDate()->setDate(today.addDays(-1));
        QCOMPARE(model->rowCount(), 6);
        tab.fromDate()->setDate(tab.fromDate()->minimumDate());
        tab.toDate()->setDate(today.addDays(-2));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entry(0).action, QStringLiteral("create-lead"));
        tab.toDate()->setDate(tab.toDate()->minimumDate());
        QCOMPARE(model->rowCount(), 7);

        tab.statusFilter()->setCurrentIndex(tab.statusFilter()->findData(int(AuditModel::StatusFilter::Success)));
        QTest::keyClicks(tab.searchBox(), QStringLiteral("alice"));
        QCOMPARE(model->rowCount(), 2);
        test::saveScreenshot(&tab, QStringLiteral("activity_tab_search"));
    }

    void followsTheSelectedBot()
    {
        ActivityTab tab(servicesOf(m_bots.get()));
        QSignalSpy loaded(&tab, &ActivityTab::loaded); // listing is queued: the first one is caught
        QVERIFY(loaded.wait(10000));
        tab.setBot(m_salesOps);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(tab.botFilter()->currentData().toString(), m_salesOps);
        QCOMPARE(tab.model()->rowCount(), 4); // three dispatches and its "added" entry
    }
};

HILAL_GUI_TEST_MAIN(TestActivityTab)
#include "tst_activity_tab.moc"
