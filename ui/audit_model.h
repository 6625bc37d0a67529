#pragma once

#include "bots/audit_entry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hilal::ui {

// The audit log as a table, newest first: time, bot, what happened, status, record, duration,
// who, and the detail sentence. Filters by action and status apply to the entries it holds
// (the bot filter is applied when loading, by AuditLog itself).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Bot, Action, Status, Record, Duration, Actor, Detail, ColumnCount };
    enum class StatusFilter { All, Success, Refused, Failed, Changes };

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
    QStringList actions() const;                  // distinct actions among all entries, sorted

    bots::AuditEntry entry(int row) const { return m_visible.value(row); }
    int totalCount() const { return int(m_all.size()); }

    static bool matches(const bots::AuditEntry &entry, const QString &action, StatusFilter status);

private:
    void refilter();
    QString label(const bots::AuditEntry &entry) const;

    QList<bots::AuditEntry> m_all;
    QList<bots::AuditEntry> m_visible;
    QHash<QString, QString> m_botNames;
    QString m_action;
    StatusFilter m_status = StatusFilter::All;
};

} // namespace hilal::ui
