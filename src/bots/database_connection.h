#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hilal::bots {

// A store's own connection to the app's SQLite file for as long as the store lives: opened (and
// migrated, Database::open) on construction under a unique name, closed on destruction. Like every
// QtSql connection it belongs to the thread that made it.
class DatabaseConnection
{
public:
    // `file` empty: AppPaths::databaseFile(). `purpose` names the connection (for a reader of logs).
    DatabaseConnection(const QString &file, const char *purpose);
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    bool isOpen() const { return database().isOpen(); }
    QString errorString() const { return m_error; } // why it did not open
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};

} // namespace hilal::bots
