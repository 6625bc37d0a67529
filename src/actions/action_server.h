#pragma once

#include "core/portable_http_server.h"

#include <QUrl>

namespace hilal::bots {
class BotRepository;
}

namespace hilal::actions {

class Dispatcher;
struct ActionResult;

// `hilal-sf serve`: a loopback HTTP API for chatbot runtimes, in front of the Dispatcher.
//
//   POST /v1/bots/{id}/salesforce/actions/{action}
//   Authorization: Bearer <the bot's key from `hilal-sf bots key --bot ID`>
//   body: the parameters as a JSON object (plus "confirmationToken" when confirming)
//   Idempotency-Key: optional; the same key on every retry of one request (docs/reliability.md)
//
// answers the ActionResult JSON with its status as the HTTP status (204: no body). A wrong or
// missing key, or a bot that does not exist → 401 (the two are not told apart); a body that is
// not a JSON object → 400; other paths → 404; other methods → 405; a body over 1 MiB → 413 at
// once, before the body is read and before the key is checked (HttpGuard). Listens on
// 127.0.0.1 only.
// Requests are answered asynchronously, so a slow Salesforce call never holds up other clients.
class ActionServer : public core::PortableHttpServer
{
    Q_OBJECT
public:
    // Action parameters are a few KB; nothing a chatbot sends needs more.
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    ActionServer(Dispatcher *dispatcher, bots::BotRepository *repository, QObject *parent = nullptr);

    // Binds 127.0.0.1:`port` (0: any free port). False with a sentence in *error on failure.
    bool start(quint16 port = 0, QString *error = nullptr);
    quint16 port() const { return m_port; }
    QUrl url() const; // http://127.0.0.1:PORT

    // The path for one action: "/v1/bots/{id}/salesforce/actions/{action}".
    static QString actionPath(const QString &botId, const QString &action);

Q_SIGNALS:
    // botId and action as the path gave them, with control characters escaped (LogText): safe
    // to print as one line.
    void requestHandled(const QString &botId, const QString &action, int status);

protected:
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket) override;

private:
    // Idempotent-Replayed: true on a replayed answer; Retry-After: 1 on 409 "key in progress".
    static QList<QPair<QByteArray, QByteArray>> idempotencyHeaders(const ActionResult &result);
    static void write(QHttpServerResponder &responder, const ActionResult &result,
                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});

    Dispatcher *m_dispatcher;
    bots::BotRepository *m_repository;
    quint16 m_port = 0;
};

} // namespace hilal::actions
