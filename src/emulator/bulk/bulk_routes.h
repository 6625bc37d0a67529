#pragma once

#include "emulator/bulk/bulk_ingest_jobs.h"
#include "emulator/bulk/bulk_query_jobs.h"

namespace hilal::emulator {

// Bulk API 2.0 under /services/data/vXX.X/jobs (docs/bulk-api.md): query jobs and ingest jobs.
// RestRoutes hands it every path whose first segment after the version is `jobs`.
class BulkRoutes
{
public:
    // Bulk API 2.0 query jobs exist since API version 47.0; ingest since 41.0.
    static constexpr double kQuerySince = 47.0;
    static constexpr double kIngestSince = 41.0;

    explicit BulkRoutes(OrgStore *store);

    HttpResponse handle(const HttpRequest &request, const QString &version, const QStringList &segments,
                        const QString &userId);

private:
    BulkQueryJobs m_query;
    BulkIngestJobs m_ingest;
};

} // namespace hilal::emulator
