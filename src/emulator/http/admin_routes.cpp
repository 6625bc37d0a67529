#include "emulator/http/admin_routes.h"

#include "emulator/local_org.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hilal::emulator {

namespace {

HttpResponse adminError(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonDocument(QJsonObject {{QStringLiteral("error"), message}}));
}

} // namespace

AdminRoutes::AdminRoutes(LocalOrg *org)
    : m_org(org)
{
}

HttpResponse AdminRoutes::handle(const HttpRequest &request, const QString &path)
{
    // The controls can wreck every session; only this machine may use them, even when the org
    // itself listens on another interface (--host).
    if (!request.remoteAddress.isLoopback())
        return adminError(403, QStringLiteral("The test controls answer only to clients on this machine (loopback)."));

    const QString name = path.mid(QStringLiteral("/__admin/").size());
    const bool post = request.method == QLatin1String("POST");
    const bool get = request.method == QLatin1String("GET");
    auto wrongMethod = [&](const char *allowed) {
        HttpResponse response
            = adminError(405, QStringLiteral("Use %1 for /__admin/%2.").arg(QLatin1String(allowed), name));
        response.setHeader(QByteArrayLiteral("Allow"), allowed);
        return response;
    };

    if (name == QLatin1String("expire-access-tokens")) {
        if (!post)
            return wrongMethod("POST");
        m_org->expireAccessTokens();
        return HttpResponse::empty(204);
    }
    if (name == QLatin1String("revoke-refresh-tokens")) {
        if (!post)
            return wrongMethod("POST");
        m_org->revokeRefreshTokens();
        return HttpResponse::empty(204);
    }
    if (name == QLatin1String("faults")) {
        if (get)
            return HttpResponse::json(200, QJsonDocument(m_org->faults().toJson()));
        if (!post)
            return wrongMethod("GET, POST");
        return faults(request);
    }
    if (name == QLatin1String("requests")) {
        if (!get)
            return wrongMethod("GET");
        QJsonArray entries;
        for (const RequestLogEntry &entry : m_org->requests()) {
            entries.append(QJsonObject {{QStringLiteral("method"), entry.method},
                                        {QStringLiteral("path"), entry.path},
                                        {QStringLiteral("status"), entry.status}});
        }
        return HttpResponse::json(200, QJsonDocument(entries));
    }
    if (name == QLatin1String("reset-requests")) {
        if (!post)
            return wrongMethod("POST");
        m_org->resetRequests();
        return HttpResponse::empty(204);
    }
    return adminError(404,
                      QStringLiteral("No test control at %1; see expire-access-tokens, revoke-refresh-tokens, "
                                     "faults, requests, reset-requests.")
                          .arg(path));
}

HttpResponse AdminRoutes::faults(const HttpRequest &request)
{
    QJsonObject json;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return adminError(
                400, QStringLiteral("Send the faults as a JSON object, e.g. {\"failRate\": 0.5}; {} clears them."));
        json = document.object();
    }
    Faults faults;
    QString error;
    if (!Faults::fromJson(json, &faults, &error))
        return adminError(400, error);
    m_org->setFaults(faults);
    return HttpResponse::json(200, QJsonDocument(faults.toJson()));
}

} // namespace hilal::emulator
