#include "emulator/http/http_server.h"

#include "emulator/http/request_log.h"
#include "emulator/logging.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace hilal::emulator {

HttpServer::HttpServer(Handler handler, FaultInjector *faults, RequestLog *log, QObject *parent)
    : PortableHttpServer(parent)
    , m_handler(std::move(handler))
    , m_faults(faults)
    , m_log(log)
{
}

bool HttpServer::isControlPath(const QString &path)
{
    return path == QLatin1String("/__admin") || path.startsWith(QLatin1String("/__admin/"));
}

void HttpServer::serve(const QHttpServerRequest &serverRequest, QHttpServerResponder &&responder, QTcpSocket *socket)
{
    const HttpRequest request = HttpRequest::from(serverRequest);
    if (isControlPath(request.path)) {
        write(responder, m_handler(request));
        return;
    }
    const FaultInjector::Decision decision = m_faults->decide();
    if (decision.latencyMs <= 0) {
        answer(responder, socket, request, decision);
        return;
    }
    // Answer later from a timer: the event loop keeps serving other connections meanwhile. A
    // precise one: a coarse timer may fire up to 5% early, and a latency fault is a minimum.
    auto deferred = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guard(socket);
    const bool knownSocket = socket != nullptr;
    QTimer::singleShot(decision.latencyMs, Qt::PreciseTimer, this,
                       [this, deferred, guard, knownSocket, request, decision] {
                           if (knownSocket && (!guard || guard->state() != QAbstractSocket::ConnectedState)) {
                               record(request, 0); // the client gave up first
                               return;
                           }
                           answer(*deferred, guard.data(), request, decision);
                       });
}

void HttpServer::answer(QHttpServerResponder &responder, QTcpSocket *socket, const HttpRequest &request,
                        const FaultInjector::Decision &decision)
{
    if (decision.drop) {
        record(request, 0);
        if (socket)
            socket->abort();
        else // the connection could not be found: the closest thing is a failed answer
            write(responder, failure(503));
        return;
    }
    const bool head = request.method == QLatin1String("HEAD");
    HttpRequest routed = request;
    if (head) // answered as the GET it stands for, without the body
        routed.method = QStringLiteral("GET");
    const HttpResponse response = decision.failStatus != 0 ? failure(decision.failStatus) : m_handler(routed);
    if (response.later) {
        answerLater(std::move(responder), socket, request, response);
        return;
    }
    record(request, response.status);
    const bool isWrite = routed.method != QLatin1String("GET");
    if (decision.dropAfterCommit && isWrite) {
        socket->abort(); // done and committed; the client never hears of it
        return;
    }
    write(responder, response, head);
}

// The route's work runs elsewhere; the responder keeps the connection until its answer comes
// back (on this thread), while this thread serves the other connections.
// A client that hung up meanwhile (a console's Stop) has no socket left to write to: the
// responder would write through a deleted one.
void HttpServer::answerLater(QHttpServerResponder &&responder, QTcpSocket *socket, const HttpRequest &request,
                             const HttpResponse &pending)
{
    auto deferred = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<HttpServer> guard(this);
    QPointer<QTcpSocket> connection(socket);
    const bool knownSocket = socket != nullptr;
    const bool head = request.method == QLatin1String("HEAD");
    pending.later([guard, deferred, connection, knownSocket, request, head](const HttpResponse &answer) {
        if (!guard) // the org stopped meanwhile
            return;
        if (knownSocket && (!connection || connection->state() != QAbstractSocket::ConnectedState)) {
            guard->record(request, 0); // the client gave up first
            return;
        }
        guard->record(request, answer.status);
        write(*deferred, answer, head);
    });
}

void HttpServer::record(const HttpRequest &request, int status)
{
    qCDebug(lcEmulator).noquote() << request.method << request.path << status;
    m_log->append({request.method, request.path, status});
}

void HttpServer::write(QHttpServerResponder &responder, const HttpResponse &response, bool headersOnly)
{
    Headers headers;
    if (!response.contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), response.contentType});
    headers.append(response.headers);
    writeAnswer(responder, response.status, headers, response.body, headersOnly);
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
