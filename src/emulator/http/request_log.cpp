#include "emulator/http/request_log.h"

#include <QJsonObject>
#include <QMutexLocker>

namespace hilal::emulator {

void RequestLog::append(const RequestLogEntry &entry)
{
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= kMaxEntries)
        m_entries.remove(0, kMaxEntries / 10); // drop the oldest tenth at once, not one per request
    m_entries.append(entry);
}

QVector<RequestLogEntry> RequestLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void RequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray array;
    for (const RequestLogEntry &entry : entries()) {
        array.append(QJsonObject {{QStringLiteral("method"), entry.method},
                                  {QStringLiteral("path"), entry.path},
                                  {QStringLiteral("status"), entry.status}});
    }
    return array;
}

} // namespace hilal::emulator
