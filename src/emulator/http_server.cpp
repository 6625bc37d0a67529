#include "emulator/http_server.h"

#include "emulator/logging.h"
#include "emulator/request_log.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace hilal::emulator {

HttpServer::HttpServer(Handler handler, FaultInjector *faults, RequestLog *log, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_faults(faults)
    , m_log(log)
{
}

bool HttpServer::isControlPath(const QString &path)
{
    return path == QLatin1String("/__admin") || path.startsWith(QLatin1String("/__admin/"));
}

bool HttpServer::handleRequest(const QHttpServerRequest &serverRequest, QTcpSocket *socket)
{
    const HttpRequest request = HttpRequest::from(serverRequest);
    QHttpServerResponder responder = makeResponder(serverRequest, socket);
    if (isControlPath(request.path)) {
        write(responder, m_handler(request));
        return true;
    }
    const FaultInjector::Decision decision = m_faults->decide();
    if (decision.latencyMs <= 0) {
        answer(responder, socket, request, decision);
        return true;
    }
    // Answer later from a timer: the event loop keeps serving other connections meanwhile.
    auto deferred = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(decision.latencyMs, this, [this, deferred, guard, request, decision] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
            record(request, 0); // the client gave up first
            return;
        }
        answer(*deferred, guard.data(), request, decision);
    });
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers every request; this is only here because the base class needs it.
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, HttpResponse::empty(404));
}

void HttpServer::answer(QHttpServerResponder &responder, QTcpSocket *socket,
                        const HttpRequest &request, const FaultInjector::Decision &decision)
{
    if (decision.drop) {
        record(request, 0);
        socket->abort();
        return;
    }
    const bool head = request.method == QLatin1String("HEAD");
    HttpRequest routed = request;
    if (head) // answered as the GET it stands for, without the body
        routed.method = QStringLiteral("GET");
    const HttpResponse response = decision.failStatus != 0 ? failure(decision.failStatus) : m_handler(routed);
    record(request, response.status);
    const bool isWrite = routed.method != QLatin1String("GET");
    if (decision.dropAfterCommit && isWrite) {
        socket->abort(); // done and committed; the client never hears of it
        return;
    }
    write(responder, response, head);
}

void HttpServer::record(const HttpRequest &request, int status)
{
    qCDebug(lcEmulator).noquote() << request.method << request.path << status;
    m_log->append({request.method, request.path, status});
}

void HttpServer::write(QHttpServerResponder &responder, const HttpResponse &response, bool headersOnly)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    // RFC 9110: no Content-Length on 204 / 304.
    if (response.status != 204 && response.status != 304) {
        responder.writeHeader(QByteArrayLiteral("Content-Length"),
                              QByteArray::number(response.body.size()));
    }
    responder.writeBody(headersOnly ? QByteArray() : response.body);
}

HttpResponse HttpServer::failure(int status)
{
    if (status == 503) {
        return HttpResponse::restError(503, QStringLiteral("SERVER_UNAVAILABLE"),
                                       QStringLiteral("The server is temporarily unable to handle "
                                                      "the request. Try again later."));
    }
    return HttpResponse::restError(500, QStringLiteral("UNKNOWN_EXCEPTION"),
                                   QStringLiteral("An unexpected error occurred. Please include "
                                                  "this ErrorId if you contact support: "
                                                  "1234567890-12345 (-1234567890)"));
}

} // namespace hilal::emulator
