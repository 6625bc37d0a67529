#include "emulator/bulk/bulk_job_answers.h"

namespace hilal::emulator::bulk_job {

QString salesforceTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + QStringLiteral("+0000");
}

QJsonObject commonInfo(const QString &id, const QString &operation, const QString &object, const QString &createdById,
                       const QDateTime &createdDate, const QDateTime &systemModstamp, const QString &state,
                       const QString &apiVersion, const BulkCsvFormat &format)
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("operation"), operation},
                        {QStringLiteral("object"), object},
                        {QStringLiteral("createdById"), createdById},
                        {QStringLiteral("createdDate"), salesforceTime(createdDate)},
                        {QStringLiteral("systemModstamp"), salesforceTime(systemModstamp)},
                        {QStringLiteral("state"), state},
                        {QStringLiteral("concurrencyMode"), QStringLiteral("Parallel")},
                        {QStringLiteral("contentType"), QStringLiteral("CSV")},
                        {QStringLiteral("apiVersion"), apiVersion.toDouble()},
                        {QStringLiteral("lineEnding"), format.lineEndingName},
                        {QStringLiteral("columnDelimiter"), format.delimiterName}};
}

HttpResponse notFound()
{
    return HttpResponse::restError(404, QStringLiteral("NOT_FOUND"),
                                   QStringLiteral("The requested resource does not exist"));
}

HttpResponse methodNotAllowed(const QString &method, const QString &allowed)
{
    return HttpResponse::restError(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                   QStringLiteral("HTTP Method '%1' not allowed. Allowed are %2").arg(method, allowed));
}

} // namespace hilal::emulator::bulk_job
