#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace hilal::emulator {

// One answer, built by a route and written by the server (possibly later, when latency is on).
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type / Content-Length

    // Set by a route whose work runs off the org's thread (query_workers.h): the server calls it
    // with `reply`, which the route calls once, on the org's thread, with the real answer. The
    // fields above are then unused.
    using Reply = std::function<void(const HttpResponse &answer)>;
    std::function<void(Reply reply)> later;

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
    // An answer that `start` gives later through its Reply.
    static HttpResponse deferred(std::function<void(Reply reply)> start);
};

} // namespace hilal::emulator
