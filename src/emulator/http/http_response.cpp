#include "emulator/http/http_response.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hilal::emulator {

namespace {
const QByteArray kJsonType = QByteArrayLiteral("application/json;charset=UTF-8");
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document, bool pretty)
{
    HttpResponse response;
    response.status = status;
    response.contentType = kJsonType;
    response.body = document.toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::restError(int status, const QString &errorCode, const QString &message)
{
    const QJsonObject error {{QStringLiteral("errorCode"), errorCode}, {QStringLiteral("message"), message}};
    return json(status, QJsonDocument(QJsonArray {error}));
}

HttpResponse HttpResponse::oauthError(int status, const QString &error, const QString &description)
{
    return json(status,
                QJsonDocument(QJsonObject {{QStringLiteral("error"), error},
                                           {QStringLiteral("error_description"), description}}));
}

HttpResponse HttpResponse::text(int status, const QByteArray &text)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/plain;charset=UTF-8");
    response.body = text;
    return response;
}

HttpResponse HttpResponse::html(int status, const QString &html)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/html;charset=UTF-8");
    response.body = html.toUtf8();
    // Login pages must never be cached or framed by another site.
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store"));
    response.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    return response;
}

HttpResponse HttpResponse::redirect(const QString &location)
{
    HttpResponse response;
    response.status = 302;
    response.setHeader(QByteArrayLiteral("Location"), location.toUtf8());
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store"));
    return response;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            pair.second = value;
            return;
        }
    }
    headers.append({name, value});
}

HttpResponse HttpResponse::deferred(std::function<void(Reply reply)> start)
{
    HttpResponse response;
    response.later = std::move(start);
    return response;
}

} // namespace hilal::emulator
