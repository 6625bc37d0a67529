#pragma once

#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_stmt;
struct sqlite3_value;

namespace hilal::emulator {

// The few SQLite C API entry points the local org uses beside QtSql, looked up at run time in the
// libsqlite3 the Qt SQLite plugin already loaded: the project needs no SQLite development files,
// and the functions act on the very connections QtSql opened. ABI-stable since SQLite 3.x.
// Every pointer is null (ok() false) when the plugin has SQLite built in instead.
struct SqliteApi
{
    static constexpr int kOk = 0; // SQLITE_OK
    static constexpr int kRow = 100; // SQLITE_ROW
    static constexpr int kDone = 101; // SQLITE_DONE
    static constexpr int kNull = 5; // SQLITE_NULL
    static constexpr int kUtf8 = 1; // SQLITE_UTF8
    static constexpr int kUtf16 = 4; // SQLITE_UTF16: native byte order
    static constexpr int kDeterministic = 0x800; // SQLITE_DETERMINISTIC

    using CollationFn = int (*)(void *, int, const void *, int, const void *);
    using ScalarFn = void (*)(sqlite3_context *, int, sqlite3_value **);

    int (*createCollation)(sqlite3 *, const char *, int, void *, CollationFn) = nullptr;
    int (*createFunction)(sqlite3 *, const char *, int, int, void *, ScalarFn, ScalarFn, void (*)(sqlite3_context *))
        = nullptr;
    const void *(*valueText16)(sqlite3_value *) = nullptr;
    int (*valueBytes16)(sqlite3_value *) = nullptr;
    int (*valueType)(sqlite3_value *) = nullptr;
    void (*resultInt)(sqlite3_context *, int) = nullptr;
    void (*resultNull)(sqlite3_context *) = nullptr;
    int (*prepare)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **) = nullptr; // _v2
    int (*step)(sqlite3_stmt *) = nullptr;
    int (*finalize)(sqlite3_stmt *) = nullptr;
    int (*columnType)(sqlite3_stmt *, int) = nullptr;
    const unsigned char *(*columnText)(sqlite3_stmt *, int) = nullptr;
    int (*columnBytes)(sqlite3_stmt *, int) = nullptr;
    long long (*columnInt64)(sqlite3_stmt *, int) = nullptr;
    double (*columnDouble)(sqlite3_stmt *, int) = nullptr;
    const char *(*errmsg)(sqlite3 *) = nullptr;

    static const SqliteApi &get();
    bool ok() const;
    // The sqlite3 handle under a QtSql connection, or null (not SQLite, not open, API missing).
    static sqlite3 *connection(const QSqlDatabase &db);
};

} // namespace hilal::emulator
