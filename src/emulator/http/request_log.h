#pragma once

#include <QJsonArray>
#include <QMutex>
#include <QString>
#include <QVector>

namespace hilal::emulator {

// One API request as the local org saw it. `path` has no host and no query string (query
// strings carry tokens: `?oauth_token=`, revoke's `?token=`). `status` is 0 for a connection
// dropped on purpose by the faults.
struct RequestLogEntry
{
    QString method; // "GET", "POST", …
    QString path; // "/services/data/v60.0/query"
    int status = 0;

    bool operator==(const RequestLogEntry &other) const
    {
        return method == other.method && path == other.path && status == other.status;
    }
};

// Every API request since start or reset, in the order they were answered (`GET /__admin/requests`).
// Thread-safe. A long-running org keeps the newest kMaxEntries, so memory stays bounded.
class RequestLog
{
public:
    static constexpr int kMaxEntries = 100000;

    void append(const RequestLogEntry &entry);
    QVector<RequestLogEntry> entries() const;
    void clear();

    // [{"method": "GET", "path": "/services/data", "status": 200}, …]
    QJsonArray toJson() const;

private:
    mutable QMutex m_mutex;
    QVector<RequestLogEntry> m_entries;
};

} // namespace hilal::emulator
