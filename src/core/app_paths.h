#pragma once

#include <QString>

namespace hilal {

// Where the application keeps its data. One place decides, so `--data-dir` and HILAL_SF_HOME
// move everything (SQLite file, settings) and tests and demos never touch a user's real data.
class AppPaths
{
public:
    // An explicit directory from the command line; wins over the environment.
    static void setDataDirOverride(const QString &dir);

    // --data-dir, else $HILAL_SF_HOME, else QStandardPaths::AppDataLocation. Created on demand.
    static QString dataDir();

    // The one SQLite file: bots, permissions, policies, audit log, query history.
    static QString databaseFile();

    // The INI file behind Config (preferences; never secrets).
    static QString settingsFile();

    // The keychain service name: `hilal-sf-admin`, or $HILAL_SF_KEYCHAIN_SERVICE (tests, demo).
    static QString keychainService();

    // True when the data dir came from --data-dir or HILAL_SF_HOME rather than the default.
    static bool isRelocated();

private:
    static QString &overrideDir();
};

} // namespace hilal
