#pragma once

#include "emulator/bulk/bulk_csv.h"
#include "emulator/http/http_response.h"

#include <QDateTime>
#include <QJsonDocument>
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

// The jobs collection (/jobs/query, /jobs/ingest): POST creates a job, GET lists them, and any other
// method is refused.
template<typename Create, typename List> HttpResponse collection(const QString &method, Create create, List list)
{
    if (method == QLatin1String("POST"))
        return create();
    if (method == QLatin1String("GET"))
        return list();
    return methodNotAllowed(method, QStringLiteral("GET,HEAD,POST"));
}

// One job (/jobs/query/ID, /jobs/ingest/ID): GET answers its info, PATCH changes its state, DELETE
// removes it, and any other method is refused.
template<typename JobPointer, typename Patch, typename Delete>
HttpResponse oneJob(const QString &method, const JobPointer &job, Patch patch, Delete remove)
{
    if (method == QLatin1String("GET"))
        return HttpResponse::json(200, QJsonDocument(job->info(true)));
    if (method == QLatin1String("PATCH"))
        return patch();
    if (method == QLatin1String("DELETE"))
        return remove();
    return methodNotAllowed(method, QStringLiteral("GET,HEAD,PATCH,DELETE"));
}

} // namespace hilal::emulator::bulk_job
