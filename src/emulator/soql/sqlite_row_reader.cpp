#include "emulator/soql/sqlite_row_reader.h"

#include "emulator/store/sqlite_api.h"

#include <QSqlError>
#include <QVariant>

#include <atomic>

namespace hilal::emulator::soqlexec {

namespace {

std::atomic<bool> g_cApiAllowed {true};

} // namespace

SqliteRowReader::SqliteRowReader(const QSqlDatabase &db)
    : m_api(&SqliteApi::get())
    , m_connection(g_cApiAllowed.load() ? SqliteApi::connection(db) : nullptr)
    , m_query(db)
{
    m_query.setForwardOnly(true);
}

SqliteRowReader::~SqliteRowReader()
{
    finish();
}

void SqliteRowReader::setCApiAllowed(bool allowed)
{
    g_cApiAllowed.store(allowed);
}

void SqliteRowReader::finish()
{
    if (m_statement)
        m_api->finalize(m_statement);
    m_statement = nullptr;
}

bool SqliteRowReader::exec(const QString &sql)
{
    finish();
    m_error.clear();
    if (!m_connection) {
        if (!m_query.exec(sql))
            m_error = m_query.lastError().text();
        return m_error.isEmpty();
    }
    const QByteArray utf8 = sql.toUtf8();
    if (m_api->prepare(m_connection, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SqliteApi::kOk) {
        m_error = QString::fromUtf8(m_api->errmsg(m_connection));
        finish();
        return false;
    }
    return true;
}

bool SqliteRowReader::next()
{
    if (!m_connection) {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            m_error = m_query.lastError().text();
        return false;
    }
    if (!m_statement)
        return false;
    const int rc = m_api->step(m_statement);
    if (rc == SqliteApi::kRow)
        return true;
    if (rc != SqliteApi::kDone)
        m_error = QString::fromUtf8(m_api->errmsg(m_connection));
    finish();
    return false;
}

bool SqliteRowReader::isNull(int column) const
{
    if (!m_connection)
        return m_query.isNull(column);
    return m_api->columnType(m_statement, column) == SqliteApi::kNull;
}

QByteArrayView SqliteRowReader::text(int column)
{
    if (!m_connection) {
        if (size_t(column) >= m_utf8.size())
            m_utf8.resize(size_t(column) + 1);
        m_utf8[size_t(column)] = m_query.value(column).toString().toUtf8();
        return m_utf8[size_t(column)];
    }
    // Text first, then its length: the documented order (the length is of that text).
    const auto *data = reinterpret_cast<const char *>(m_api->columnText(m_statement, column));
    return QByteArrayView(data, m_api->columnBytes(m_statement, column));
}

qint64 SqliteRowReader::integer(int column) const
{
    return m_connection ? m_api->columnInt64(m_statement, column) : m_query.value(column).toLongLong();
}

double SqliteRowReader::real(int column) const
{
    return m_connection ? m_api->columnDouble(m_statement, column) : m_query.value(column).toDouble();
}

} // namespace hilal::emulator::soqlexec
