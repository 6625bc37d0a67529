#include "emulator/bulk/bulk_job_common.h"

namespace hilal::emulator::bulkjob {

QString salesforceTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + QStringLiteral("+0000");
}

HttpResponse notFound()
{
    return HttpResponse::restError(404, QStringLiteral("NOT_FOUND"),
                                   QStringLiteral("The requested resource does not exist"));
}

HttpResponse methodNotAllowed(const QString &method, const QString &allowed)
{
    return HttpResponse::restError(
        405, QStringLiteral("METHOD_NOT_ALLOWED"),
        QStringLiteral("HTTP Method '%1' not allowed. Allowed are %2").arg(method, allowed));
}

} // namespace hilal::emulator::bulkjob
