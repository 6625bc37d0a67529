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
    static constexpr int SchemaVersion = 4;

    // Opens (creating the file and migrating as needed). On failure returns an invalid database
    // and a sentence in *error.
    static QSqlDatabase open(const QString &file, const QString &connectionName, QString *error);
    static void close(const QString &connectionName);
    static QString uniqueConnectionName(const char *purpose);

    // Version of the bots tables in an open database (0 when none yet).
    static int version(QSqlDatabase &db);

    // Applies migrations up to `target` (tests use a lower target to build old files).
    static bool migrate(QSqlDatabase &db, QString *error, int target = SchemaVersion);
};

} // namespace hilal::bots
