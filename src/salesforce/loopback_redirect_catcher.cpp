#include "salesforce/loopback_redirect_catcher.h"

#include "salesforce/logging.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace hilal::salesforce {

namespace {

QByteArray page(const QString &title, const QString &message)
{
    // not user text: the HTML around the translated title and text
    return QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), message.toHtmlEscaped())
        .toUtf8();
}

} // namespace

LoopbackRedirectCatcher::LoopbackRedirectCatcher(const QUrl &callbackUrl, QObject *parent)
    : RedirectCatcher(parent)
    , m_callbackUrl(callbackUrl)
{
}

LoopbackRedirectCatcher::~LoopbackRedirectCatcher()
{
    if (m_pending)
        respond(m_pending, 503, "Service Unavailable", page(tr("Stopped"), tr("The connection attempt was stopped.")));
}

quint16 LoopbackRedirectCatcher::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

bool LoopbackRedirectCatcher::start(QString *error)
{
    const QString host = m_callbackUrl.host();
    if (m_callbackUrl.scheme() != QLatin1String("http")
        || (host != QLatin1String("localhost") && host != QLatin1String("127.0.0.1"))) {
        if (error)
            *error = tr("The callback URL %1 is not a local http://localhost:PORT address, so this "
                        "computer cannot catch the login redirect. Set salesforce.callbackUrl to e.g. "
                        "http://localhost:1717/OauthRedirect (and register it in the Connected App).")
                         .arg(m_callbackUrl.toString());
        return false;
    }
    const int port = m_callbackUrl.port(80);
    m_server = new QTcpServer(this);
    // Loopback only: the redirect carries a one-time code nobody else should be able to deliver.
    if (!m_server->listen(QHostAddress::LocalHost, quint16(port))) {
        if (error)
            *error = tr("Cannot listen for the login redirect on port %1 (%2). Is another login "
                        "(or the sf CLI) waiting there? Close it, or use another port in "
                        "salesforce.callbackUrl.")
                         .arg(port)
                         .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectCatcher::onNewConnection);
    return true;
}

void LoopbackRedirectCatcher::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LoopbackRedirectCatcher::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("hilalHandled").toBool())
        return;
    QByteArray buffer = socket->property("hilalBuffer").toByteArray() + socket->readAll();
    if (!buffer.contains("\r\n\r\n")) {
        if (buffer.size() > 64 * 1024)
            socket->abort();
        else
            socket->setProperty("hilalBuffer", buffer);
        return;
    }
    socket->setProperty("hilalHandled", true);
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() < 3) {
        respond(socket, 400, "Bad Request", page(tr("Bad request"), QString()));
        return;
    }
    const QByteArray method = requestLine.at(0);
    const QUrl target = QUrl::fromEncoded(requestLine.at(1));
    if (target.path() != m_callbackUrl.path()) {
        respond(socket, 404, "Not Found", page(tr("Not found"), QString()));
        return;
    }
    if (method != "GET") {
        respond(socket, 405, "Method Not Allowed", page(tr("Method not allowed"), QString()));
        return;
    }
    if (m_caught) {
        respond(socket, 409, "Conflict",
                page(tr("Already handled"), tr("This login was already completed. You can close this window.")));
        return;
    }
    if (!m_expectedState.isEmpty()
        && QUrlQuery(target).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_expectedState) {
        qCWarning(lcSalesforce)
            << "ignored a request on the OAuth callback with a wrong or missing state; still waiting";
        respond(
            socket, 400, "Bad Request",
            page(tr("Not this login"), tr("This answer does not belong to the login in progress, so it was ignored.")));
        return;
    }
    m_caught = true;
    m_pending = socket; // answered in finish(), when the outcome is known
    QUrl full = m_callbackUrl;
    full.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
    emit redirectReceived(full);
}

void LoopbackRedirectCatcher::finish(bool success, const QString &message)
{
    if (m_pending) {
        if (success)
            respond(m_pending, 200, "OK", page(tr("Connected to Salesforce"), message));
        else
            respond(m_pending, 400, "Bad Request", page(tr("Not connected"), message));
        m_pending = nullptr;
    }
    if (m_server)
        m_server->close();
}

void LoopbackRedirectCatcher::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\n"
          "Content-Type: text/html; charset=utf-8\r\n"
          "Cache-Control: no-store\r\n"
          "Connection: close\r\n"
          "Content-Length: "
        + QByteArray::number(html.size()) + "\r\n\r\n" + html;
    socket->write(response);
    // Hand the page to the kernel now: a CLI may exit right after finish(), before its event
    // loop would have written it, and the browser would see a dropped connection.
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace hilal::salesforce
