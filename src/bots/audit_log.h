#pragma once

#include "bots/audit_entry.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace hilal::bots {

// What to list from the audit log: newest first.
struct AuditQuery
{
    QString botId; // empty: every bot
    int limit = 200; // at most this many entries (<= 0: no limit)
    qint64 beforeId = 0; // paging: only entries with id < beforeId (0: from the newest)
};

// The one audit trail (table `audit_log` in the app's SQLite file): every dispatch of a chat
// action and every permission, policy, connection and bot change.
//
// It lives in src/bots rather than src/actions (where a first sketch put it) because BotRepository
// writes permission and policy changes into it in the same transaction as the change, and bots may
// not depend on actions. The dispatcher in src/actions appends its entries through this class too.
//
// Appends are single small inserts (WAL, synchronous=NORMAL: well under a millisecond) and are
// done on the calling thread. Listing can grow, so use entriesAsync() from a GUI thread.
class AuditLog : public QObject
{
    Q_OBJECT
public:
    // Opens its own connection to `databaseFile` (empty: AppPaths::databaseFile()), in the thread
    // that constructs it.
    explicit AuditLog(const QString &databaseFile = {}, QObject *parent = nullptr);
    ~AuditLog() override;

    bool isOpen() const;
    QString errorString() const;

    // Masks the parameters, stamps the time, stores; returns the new id (0 on failure).
    qint64 append(AuditEntry entry);

    // Synchronous listing on the calling thread (CLI, tests, tiny reads).
    QList<AuditEntry> entries(const AuditQuery &query = {}) const;

    // The same on a worker thread with its own connection; safe to call from the GUI thread.
    // Use a QFutureWatcher to get the result back on the GUI thread.
    QFuture<QList<AuditEntry>> entriesAsync(const AuditQuery &query = {}) const;

    // Emails keep their first character and domain (`n***@brightwave.example`), phone numbers
    // their last two digits (`*** ** 18`); the values of Email/Phone/MobilePhone/Fax keys and any
    // email address inside other strings (a SOQL filter, a description) are masked.
    static QJsonObject maskParameters(const QJsonObject &parameters);
    static QString maskEmail(const QString &email);
    static QString maskPhone(const QString &phone);

    // Writes on an already open connection (BotRepository uses it inside its transactions).
    static qint64 insert(QSqlDatabase &db, AuditEntry entry, QString *error);
    static QList<AuditEntry> select(QSqlDatabase &db, const AuditQuery &query);

Q_SIGNALS:
    void appended(const hilal::bots::AuditEntry &entry);

private:
    QString m_file;
    QString m_connectionName;
    QString m_error;
};

} // namespace hilal::bots
