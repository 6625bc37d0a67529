#pragma once

#include "bots/audit_entry.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace hilal::ui {

// The audit log as a table, newest first: time, bot, what happened, status, record, duration,
// who, and the detail sentence (with a run-soql's query text and an update's old → new values).
// Filters by action, status, text and date range apply to the entries it holds (the bot filter
// is applied when loading, by AuditLog itself).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Bot, Action, Status, Record, Duration, Actor, Detail, ColumnCount };
    // Pending: answered 409, waiting for a person to confirm (not a refusal).
    enum class StatusFilter { All, Success, Pending, Refused, Failed, Changes };

    explicit AuditModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Entries as AuditLog lists them (newest first).
    void setEntries(const QList<bots::AuditEntry> &entries);
    // A new entry goes on top (if it passes the filters).
    void prepend(const bots::AuditEntry &entry);
    void setBotNames(const QHash<QString, QString> &names);

    void setActionFilter(const QString &action); // "" = every action
    void setStatusFilter(StatusFilter filter);
    // Case-insensitive, in the action, detail, who, record, bot name and parameters ("" = off).
    void setSearchText(const QString &text);
    // Local calendar days, both included; an invalid date leaves that end open.
    void setDateRange(const QDate &from, const QDate &to);
    QStringList actions() const; // distinct actions among all entries, sorted

    bots::AuditEntry entry(int row) const { return m_visible.value(row); }
    int totalCount() const { return int(m_all.size()); }

    static bool matches(const bots::AuditEntry &entry, const QString &action, StatusFilter status);
    // The detail column: the entry's sentence, plus what an auditor needs to see at a glance.
    static QString detailText(const bots::AuditEntry &entry);

private:
    bool passes(const bots::AuditEntry &entry) const;
    void refilter();
    QString label(const bots::AuditEntry &entry) const;

    QList<bots::AuditEntry> m_all;
    QList<bots::AuditEntry> m_visible;
    QHash<QString, QString> m_botNames;
    QString m_action;
    StatusFilter m_status = StatusFilter::All;
    QString m_search;
    QDate m_from;
    QDate m_to;
};

} // namespace hilal::ui
