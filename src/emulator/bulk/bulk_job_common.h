#pragma once

#include "emulator/http/http_response.h"

#include <QDateTime>
#include <QLatin1String>
#include <QString>

// What Bulk API 2.0 query and ingest jobs say alike (docs/bulk-api.md): the job states, the
// time format of createdDate / systemModstamp, and the errors of a wrong job URL.
namespace hilal::emulator::bulkjob {

inline const QLatin1String kOpen { "Open" };
inline const QLatin1String kUploadComplete { "UploadComplete" };
inline const QLatin1String kInProgress { "InProgress" };
inline const QLatin1String kJobComplete { "JobComplete" };
inline const QLatin1String kFailed { "Failed" };
inline const QLatin1String kAborted { "Aborted" };

// "2024-05-01T10:00:00.000+0000", the only form Bulk answers dates in.
QString salesforceTime(const QDateTime &t);

HttpResponse notFound();
HttpResponse methodNotAllowed(const QString &method, const QString &allowed);

} // namespace hilal::emulator::bulkjob
