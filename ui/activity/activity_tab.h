#pragma once

#include "ui/bots/bot_tab.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include "bots/audit_entry.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hilal::bots {
class AuditLog;
}

namespace hilal::ui {

class AuditModel;

// The main window's "Activity" tab: the audit log, newest first, filterable by bot, action and
// status, by text and by a date range; the summary counts what the filters let through. Listing runs on a worker thread
// (AuditLog::entriesAsync); new entries appear live. It starts on the bot selected in the main window; "All bots" is
// one choice of the bot filter.
class ActivityTab : public QWidget, public BotTab
{
    Q_OBJECT

public:
    // Uses the services' repository and its audit log.
    explicit ActivityTab(const Services &services, QWidget *parent = nullptr);

    void setBot(const QString &botId) override;

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *botFilter() const { return m_bot; }
    QComboBox *actionFilter() const { return m_action; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *searchBox() const { return m_search; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QString summaryText() const;
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded(int entries);

private:
    void refreshBots();
    void refreshActions();
    void onAppended(const bots::AuditEntry &entry);
    void applyDates();
    void updateSummary();

    bots::BotRepository *m_bots;
    bots::AuditLog *m_audit;
    AuditModel *m_model;
    QTableView *m_view = nullptr;
    QComboBox *m_bot = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    int m_loadedCount = 0;
    QPushButton *m_reload = nullptr;
    QFutureWatcher<QList<bots::AuditEntry>> m_watcher;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace hilal::ui
