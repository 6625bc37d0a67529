#pragma once

#include <QSqlDatabase>

namespace hilal::emulator {

// SQLite's NOCASE collation and LIKE fold ASCII letters only, so `Name = 'öztürk'` would miss
// "Öztürk" although Salesforce matches it. This replaces NOCASE and like() on one connection
// with Unicode-aware versions (QString case-insensitive comparison).
//
// The Qt SQLite plugin already loaded libsqlite3; the functions are looked up in it at run time
// so the project needs no SQLite development files. Returns false (and the connection keeps
// SQLite's ASCII-only behaviour) when that is not possible.
class SqliteUnicode
{
public:
    static bool install(const QSqlDatabase &db);
};

} // namespace hilal::emulator
