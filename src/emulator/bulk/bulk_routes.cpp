#include "emulator/bulk/bulk_routes.h"

namespace hilal::emulator {

BulkRoutes::BulkRoutes(OrgStore *store)
    : m_query(store)
    , m_ingest(store)
{
}

HttpResponse BulkRoutes::handle(const HttpRequest &request, const QString &version, const QStringList &segments,
                                const QString &userId)
{
    const double number = version.toDouble();
    if (segments.size() >= 2 && segments[1] == QLatin1String("query") && number >= kQuerySince)
        return m_query.handle(request, version, segments, userId);
    if (segments.size() >= 2 && segments[1] == QLatin1String("ingest") && number >= kIngestSince)
        return m_ingest.handle(request, version, segments, userId);
    return HttpResponse::restError(404, QStringLiteral("NOT_FOUND"),
                                   QStringLiteral("The requested resource does not exist"));
}

} // namespace hilal::emulator
