#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

namespace hilal::emulator {

// One answer, built by a route and written by the server (possibly later, when latency is on).
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type / Content-Length

    // `application/json;charset=UTF-8`, compact unless `pretty` (X-PrettyPrint: 1).
    static HttpResponse json(int status, const QJsonDocument &document, bool pretty = false);
    // REST error body: `[{"errorCode": code, "message": message}]` (docs/errors.md).
    static HttpResponse restError(int status, const QString &errorCode, const QString &message);
    // Token endpoint error: `{"error": …, "error_description": …}` (§1.8).
    static HttpResponse oauthError(int status, const QString &error, const QString &description);
    static HttpResponse text(int status, const QByteArray &text);
    static HttpResponse html(int status, const QString &html);
    static HttpResponse redirect(const QString &location); // 302
    static HttpResponse empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace hilal::emulator
