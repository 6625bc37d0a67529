#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hilal::bots {

// Opens the app's one SQLite file (AppPaths::databaseFile()) and brings the bots area's tables
// to the current schema. The file is shared with other areas (query history …), so versions are
// kept per component in `schema_migrations(component, version)`; ours is component "bots".
//
// QtSql connections belong to the thread that opened them: open one per thread (a unique
// connection name each) and close it with close().
class Database
{
public:
    static constexpr int SchemaVersion = 8;

    // Opens (creating the file and migrating as needed). On failure returns an invalid database
    // and a sentence in *error.
    static QSqlDatabase open(const QString &file, const QString &connectionName, QString *error);
    static void close(const QString &connectionName);
    static QString uniqueConnectionName(const char *purpose);

    // BEGIN IMMEDIATE: takes the write lock before the first read, so a read-then-write
    // transaction cannot fail half-way because another process wrote in between (in WAL mode a
    // deferred transaction that upgrades gets SQLITE_BUSY at once, without the busy timeout).
    // Waits the busy timeout, then retries a few times more before giving up with a sentence.
    static bool beginImmediate(QSqlDatabase &db, QString *error = nullptr);

    // Version of the bots tables in an open database (0 when none yet).
    static int version(QSqlDatabase &db);

    // Applies migrations up to `target` (tests use a lower target to build old files).
    static bool migrate(QSqlDatabase &db, QString *error, int target = SchemaVersion);
};

} // namespace hilal::bots
