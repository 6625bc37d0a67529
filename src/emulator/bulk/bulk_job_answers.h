#pragma once

#include "emulator/bulk/bulk_csv.h"
#include "emulator/http/http_response.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

// What Bulk API 2.0 query and ingest jobs share (docs/bulk-api.md): the state names, the date
// format of a job's info, and the answers for an unknown job and for a method a route refuses.
namespace hilal::emulator::bulk_job {

inline constexpr QLatin1String kOpen {"Open"};
inline constexpr QLatin1String kUploadComplete {"UploadComplete"};
inline constexpr QLatin1String kInProgress {"InProgress"};
inline constexpr QLatin1String kJobComplete {"JobComplete"};
inline constexpr QLatin1String kFailed {"Failed"};
inline constexpr QLatin1String kAborted {"Aborted"};

// 2024-05-01T10:00:00.000+0000, as a job's createdDate and systemModstamp read.
QString salesforceTime(const QDateTime &t);
// The members of a job's info that query and ingest jobs both have (QJsonObject orders keys).
QJsonObject commonInfo(const QString &id, const QString &operation, const QString &object, const QString &createdById,
                       const QDateTime &createdDate, const QDateTime &systemModstamp, const QString &state,
                       const QString &apiVersion, const BulkCsvFormat &format);
// 404 NOT_FOUND for a job Id (or a path) the org does not know.
HttpResponse notFound();
// 405 METHOD_NOT_ALLOWED naming the methods the route takes ("GET,HEAD,POST").
HttpResponse methodNotAllowed(const QString &method, const QString &allowed);

} // namespace hilal::emulator::bulk_job
