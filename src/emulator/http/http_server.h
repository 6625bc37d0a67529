#pragma once

#include "emulator/http/fault_injector.h"
#include "emulator/http/http_request.h"
#include "emulator/http/http_response.h"

#include "core/portable_http_server.h"

#include <functional>

namespace hilal::emulator {

class RequestLog;

// The local org's HTTP front: QAbstractHttpServer (through PortableHttpServer) with our own routing (QHttpServer 6.4's
// router has no catch-all and no trailing-slash tolerance). It copies each request, applies the faults (latency through
// a timer, so a slow answer never holds up other connections; drops; 5xx), asks the handler for the answer, writes it
// and records it in the request log. Paths under
// /__admin/ — the test controls — are never delayed, failed, dropped or logged. HEAD is
// answered as the GET it stands for, without the body. Pipelined requests on one connection
// could be answered out of order while latency is on; no client we know pipelines.
class HttpServer : public core::PortableHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    HttpServer(Handler handler, FaultInjector *faults, RequestLog *log, QObject *parent = nullptr);

    static bool isControlPath(const QString &path);

protected:
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket) override;

private:
    void answer(QHttpServerResponder &responder, QTcpSocket *socket, const HttpRequest &request,
                const FaultInjector::Decision &decision);
    void answerLater(QHttpServerResponder &&responder, QTcpSocket *socket, const HttpRequest &request,
                     const HttpResponse &pending);
    void record(const HttpRequest &request, int status);
    static void write(QHttpServerResponder &responder, const HttpResponse &response, bool headersOnly = false);
    static HttpResponse failure(int status);

    Handler m_handler;
    FaultInjector *m_faults;
    RequestLog *m_log;
};

} // namespace hilal::emulator
