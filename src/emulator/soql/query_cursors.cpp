#include "emulator/soql/query_cursors.h"

#include "emulator/store/id_generator.h"

namespace hilal::emulator::soqlexec {

namespace {

constexpr int kLocatorIdleSeconds = 15 * 60;
constexpr int kMaxOpenLocators = 50;

} // namespace

QString QueryCursors::newLocator()
{
    QMutexLocker lock(&m_mutex);
    return IdGenerator::make(QStringLiteral("0r8"), ++m_counter + 1000000);
}

void QueryCursors::keep(const QString &locator, Cursor cursor)
{
    QMutexLocker lock(&m_mutex);
    cursor.lastUsed = QDateTime::currentDateTimeUtc();
    m_cursors[locator] = std::move(cursor);
    expireLocked();
}

std::optional<Cursor> QueryCursors::resume(const QString &locatorWithRow, QString *locator, size_t *row)
{
    QMutexLocker lock(&m_mutex);
    expireLocked();
    const int dash = int(locatorWithRow.lastIndexOf(QLatin1Char('-')));
    bool ok = false;
    const qint64 from = dash > 0 ? locatorWithRow.mid(dash + 1).toLongLong(&ok) : -1;
    const auto it = dash > 0 ? m_cursors.find(locatorWithRow.left(dash)) : m_cursors.end();
    if (!ok || from < 0 || it == m_cursors.end() || size_t(from) >= it->second.rowCount())
        return std::nullopt;
    *locator = it->first;
    *row = size_t(from);
    it->second.lastUsed = QDateTime::currentDateTimeUtc();
    return it->second;
}

void QueryCursors::expireLocked()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_cursors.begin(); it != m_cursors.end();) {
        if (it->second.lastUsed.secsTo(now) > kLocatorIdleSeconds)
            it = m_cursors.erase(it);
        else
            ++it;
    }
    // Keep the newest few, like Salesforce's per-user cap on open cursors.
    while (m_cursors.size() > size_t(kMaxOpenLocators)) {
        auto oldest = m_cursors.begin();
        for (auto it = m_cursors.begin(); it != m_cursors.end(); ++it) {
            if (it->second.lastUsed < oldest->second.lastUsed)
                oldest = it;
        }
        m_cursors.erase(oldest);
    }
}

void QueryCursors::age(int seconds)
{
    QMutexLocker lock(&m_mutex);
    for (auto &entry : m_cursors)
        entry.second.lastUsed = entry.second.lastUsed.addSecs(-seconds);
}

int QueryCursors::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_cursors.size());
}

} // namespace hilal::emulator::soqlexec
