#include "actions/action_server.h"

#include "actions/action_request.h"
#include "actions/dispatcher.h"
#include "actions/logging.h"

#include "bots/bot_repository.h"
#include "core/http_guard.h"
#include "core/log_text.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>

#include <memory>

namespace hilal::actions {

namespace {

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray value = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray prefix = QByteArrayLiteral("bearer ");
    if (value.size() <= prefix.size() || value.left(prefix.size()).toLower() != prefix)
        return {};
    return QString::fromLatin1(value.mid(prefix.size()).trimmed());
}

} // namespace

ActionServer::ActionServer(Dispatcher *dispatcher, bots::BotRepository *repository, QObject *parent)
    : PortableHttpServer(parent)
    , m_dispatcher(dispatcher)
    , m_repository(repository)
{
}

bool ActionServer::start(quint16 port, QString *error)
{
    // Loopback only: the key protects against other local users, the address against the network.
    // Our own QTcpServer and bind() (listen() is gone from Qt 6.8's QAbstractHttpServer), so that oversized requests
    // are refused before they are read.
    HttpGuard::Limits limits;
    limits.maxBodyBytes = kMaxBodyBytes;
    auto *tcp = new HttpGuard(
        limits,
        [](int status, const QString &message) {
            const QString field = status == 431 ? QStringLiteral("headers") : QStringLiteral("body");
            return QJsonDocument(ActionResult::failure(status, field, message).toJson()).toJson(QJsonDocument::Compact);
        },
        this);
    if (tcp->listen(QHostAddress::LocalHost, port)) {
        connect(tcp, &HttpGuard::refused, this,
                [this](int status) { Q_EMIT requestHandled(QStringLiteral("-"), QStringLiteral("-"), status); });
        bind(tcp);
        m_port = tcp->serverPort();
    } else {
        delete tcp;
        m_port = 0;
    }
    if (m_port == 0 && error) {
        *error = tr("Could not listen on 127.0.0.1:%1; the port may be in use — pick another with --port.").arg(port);
    }
    return m_port != 0;
}

QUrl ActionServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString ActionServer::actionPath(const QString &botId, const QString &action)
{
    return QStringLiteral("/v1/bots/%1/salesforce/actions/%2").arg(botId, action);
}

void ActionServer::write(QHttpServerResponder &responder, const ActionResult &result,
                         const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    if (result.status == 204 || result.status == 304) { // RFC 9110: no body
        writeAnswer(responder, result.status, extraHeaders, QByteArray());
        return;
    }
    Headers headers = extraHeaders;
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8")});
    writeAnswer(responder, result.status, headers, QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
}

void ActionServer::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket)
{
    static const QRegularExpression route(QStringLiteral("^/v1/bots/([^/]+)/salesforce/actions/([^/]+)/?$"));
    const QRegularExpressionMatch m = route.match(request.url().path());
    if (!m.hasMatch()) {
        write(responder,
              ActionResult::failure(404, QStringLiteral("path"),
                                    tr("No such endpoint; POST to /v1/bots/{id}/salesforce/actions/{action}.")));
        return;
    }
    // The path is percent-decoded: these are raw request text, used as given for lookups but
    // escaped wherever they are logged or printed (requestHandled feeds serve's output).
    const QString rawBotId = m.captured(1);
    const QString rawAction = m.captured(2);
    const QString botId = LogText::escaped(rawBotId);
    const QString actionName = LogText::escaped(rawAction);
    if (request.method() != QHttpServerRequest::Method::Post) {
        write(responder, ActionResult::failure(405, QStringLiteral("method"), tr("Use POST for actions.")),
              {{QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")}});
        return;
    }
    const QString key = bearerToken(request);
    if (key.isEmpty() || !m_repository->verifyApiKey(rawBotId, key)) {
        const QString message = key.isEmpty()
            ? tr("Authorization is missing; send `Authorization: Bearer <key>` with the bot's key "
                 "(made by `hilal-sf bots key --bot ID`).")
            : tr("The key is not valid for this bot; use the key made by `hilal-sf bots key --bot ID` "
                 "(a new key replaces the old one).");
        write(responder, ActionResult::failure(401, QStringLiteral("Authorization"), message),
              {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")}});
        Q_EMIT requestHandled(botId, actionName, 401);
        return;
    }
    ActionResult bad;
    std::optional<ActionRequest> parsed = ActionRequest::fromJsonBody(rawAction, request.body(), &bad);
    if (!parsed) {
        write(responder, bad);
        Q_EMIT requestHandled(botId, actionName, bad.status);
        return;
    }
    // "who" in the audit: serve, and the runtime when it names itself (escaped, bounded).
    const QString runtime
        = LogText::escaped(QString::fromUtf8(request.value(QByteArrayLiteral("X-Hilal-Runtime")).trimmed()));
    parsed->actor = runtime.isEmpty() ? QStringLiteral("serve") : QString(QStringLiteral("serve:") + runtime).left(80);
    parsed->idempotencyKey = QString::fromLatin1(request.value(QByteArrayLiteral("Idempotency-Key")).trimmed());
    auto deferred = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guard(socket);
    const bool knownSocket = socket != nullptr;
    m_dispatcher->dispatch(
        rawBotId, *parsed, this, [this, deferred, guard, knownSocket, botId, actionName](const ActionResult &result) {
            Q_EMIT requestHandled(botId, actionName, result.status);
            if (knownSocket && (!guard || guard->state() != QAbstractSocket::ConnectedState)) {
                qCDebug(lcActions) << "serve: the client left before the answer" << botId << actionName;
                return;
            }
            write(*deferred, result, idempotencyHeaders(result));
        });
}

QList<QPair<QByteArray, QByteArray>> ActionServer::idempotencyHeaders(const ActionResult &result)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (result.replayed)
        headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
    if (result.status == 409 && !result.errors.isEmpty()
        && result.errors.first().field == QLatin1String("Idempotency-Key"))
        headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    return headers;
}

} // namespace hilal::actions
