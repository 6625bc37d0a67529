#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hilal::emulator {
struct SqliteApi;
}

namespace hilal::emulator::soqlexec {

// Reads one statement's rows as SQLite stores them (text as UTF-8 bytes), for queries read row by
// row into CSV (Bulk query jobs). Through QtSql each value becomes a QVariant holding a UTF-16
// QString, and the CSV wants UTF-8 again: most of a million-row job. So it steps the statement
// through SQLite's C API on the connection QtSql opened (SqliteApi), and through a QSqlQuery only
// where that API is missing; both give the same values.
class SqliteRowReader
{
public:
    explicit SqliteRowReader(const QSqlDatabase &db);
    ~SqliteRowReader();
    SqliteRowReader(const SqliteRowReader &) = delete;
    SqliteRowReader &operator=(const SqliteRowReader &) = delete;

    // For tests: read through QtSql even where the C API is there.
    static void setCApiAllowed(bool allowed);

    bool exec(const QString &sql); // false: see error()
    bool next(); // false at the end, or on an error (error() then says which)
    QString error() const { return m_error; }

    bool isNull(int column) const;
    QByteArrayView text(int column); // UTF-8; valid until next()
    qint64 integer(int column) const;
    double real(int column) const;

private:
    void finish();

    const SqliteApi *m_api; // looked up once: a million rows call it a few million times
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query; // where the C API is missing
    std::vector<QByteArray> m_utf8; // per column, for the QtSql path
    QString m_error;
};

} // namespace hilal::emulator::soqlexec
