#pragma once

// The one place that knows how QAbstractHttpServer's API differs between Qt versions
// (docs/qt-versions.md). Both HTTP servers of the project derive from PortableHttpServer and
// implement serve(); nothing else in the code base checks the Qt version for the HTTP server.
//
//   Qt 6.4      handleRequest(request, QTcpSocket *) / missingHandler(request, QTcpSocket *),
//               answers through makeResponder(request, socket) and writeStatusLine/…/writeBody.
//   Qt 6.5–6.7  handleRequest(request, QHttpServerResponder &) /
//               missingHandler(request, QHttpServerResponder &&); the responder may be moved
//               away to answer later; the socket is no longer handed over.
//   Qt 6.8+     missingHandler(request, QHttpServerResponder &); the responder writes a whole
//               answer with write(body, QHttpHeaders, status) (writeStatusLine & co. are gone),
//               and listen()/sslSetup() are gone: servers are bound with bind(QTcpServer *).
//
// Header-only and without Q_OBJECT, so any library that already links Qt6::HttpServer can use it.
// HILAL_HTTPSERVER_API may be predefined (604, 605, 608) to compile against stubs of another
// generation; otherwise it follows QT_VERSION.

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtGlobal>

#ifndef HILAL_HTTPSERVER_API
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#define HILAL_HTTPSERVER_API 608
#elif QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#define HILAL_HTTPSERVER_API 605
#else
#define HILAL_HTTPSERVER_API 604
#endif
#endif

#if HILAL_HTTPSERVER_API >= 608
#include <QHttpHeaders>
#endif

#include <utility>

namespace hilal::core {

class PortableHttpServer : public QAbstractHttpServer
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit PortableHttpServer(QObject *parent = nullptr)
        : QAbstractHttpServer(parent)
    {
    }

    // Writes one whole answer: status line, `headers`, Content-Length (never on 204/304,
    // RFC 9110) and the body — or no body when `headersOnly` (an answer to HEAD).
    static void writeAnswer(QHttpServerResponder &responder, int status, const Headers &headers, const QByteArray &body,
                            bool headersOnly = false)
    {
        const auto code = QHttpServerResponder::StatusCode(status);
#if HILAL_HTTPSERVER_API >= 608
        // write() sets Content-Length from the body it is given; a HEAD answer says 0.
        QHttpHeaders all;
        for (const auto &header : headers)
            all.append(header.first, header.second);
        responder.write(headersOnly ? QByteArray() : body, all, code);
#else
        responder.writeStatusLine(code);
        for (const auto &header : headers)
            responder.writeHeader(header.first, header.second);
        if (status != 204 && status != 304)
            responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
        responder.writeBody(headersOnly ? QByteArray() : body);
#endif
    }

protected:
    // Each request, once. Answer through `responder` now, or move it away and answer later (it
    // keeps the connection's state alive until then). `socket` is the request's connection — to
    // drop it, or to see whether the client is still there — or null when it cannot be found.
    virtual void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket) = 0;

#if HILAL_HTTPSERVER_API < 605
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        serve(request, makeResponder(request, socket), socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Never reached: handleRequest takes every request.
        QHttpServerResponder responder = makeResponder(request, socket);
        writeAnswer(responder, 404, {}, QByteArray());
    }
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        serve(request, std::move(responder), socketOf(request));
        return true;
    }

#if HILAL_HTTPSERVER_API < 608
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder) override
#else
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder) override
#endif
    {
        // Never reached: handleRequest takes every request.
        writeAnswer(responder, 404, {}, QByteArray());
    }

private:
    // Since 6.5 the socket is not handed over; the bound servers' sockets are their children
    // (nextPendingConnection keeps the parent), and the peer's address and port name one of them.
    QTcpSocket *socketOf(const QHttpServerRequest &request) const
    {
        for (QTcpServer *server : servers()) {
            for (QTcpSocket *socket : server->findChildren<QTcpSocket *>()) {
                if (socket->peerPort() == request.remotePort() && socket->peerAddress() == request.remoteAddress())
                    return socket;
            }
        }
        return nullptr;
    }
#endif
};

} // namespace hilal::core
