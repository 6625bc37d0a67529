#include "core/http_guard.h"

#include "core/messages.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace hilal {

Q_LOGGING_CATEGORY(lcHttpGuard, "hilal.http")

namespace {

// How long a refused connection is drained (read and dropped) after the answer, so that closing
// it does not reset the connection before the client has read the answer.
const int kDrainMs = 2000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Bad Request");
    }
}

} // namespace

// Follows one connection's requests byte by byte. Each byte is seen once: the HTTP server reads
// inside a transaction that it commits per request, so peek() shows what it has not read yet, and
// this watcher runs first (it was connected first).
class HttpGuardConnection : public QObject
{
public:
    HttpGuardConnection(QTcpSocket *socket, HttpGuard *guard)
        : QObject(socket)
        , m_socket(socket)
        , m_guard(guard)
    {
        if (guard->m_limits.idleTimeoutMs > 0) {
            m_idle = new QTimer(this);
            m_idle->setSingleShot(true);
            m_idle->setInterval(guard->m_limits.idleTimeoutMs);
            connect(m_idle, &QTimer::timeout, this, [this] {
                qCDebug(lcHttpGuard) << "closing a connection idle for" << m_idle->interval() << "ms";
                if (m_guard)
                    ++m_guard->m_idleClosed;
                m_socket->abort();
            });
            connect(socket, &QIODevice::bytesWritten, m_idle, qOverload<>(&QTimer::start));
            m_idle->start();
        }
    }

    void onReadyRead()
    {
        if (m_idle)
            m_idle->start();
        if (m_refused) {
            drop();
            return;
        }
        QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        const HttpGuard::Limits &limits = m_guard->m_limits;
        while (!fresh.isEmpty() && !m_refused) {
            if (m_part == Part::Body || m_part == Part::ChunkData) {
                const qint64 take = qMin<qint64>(m_bodyLeft, fresh.size());
                m_bodyLeft -= take;
                fresh.remove(0, int(take));
                if (m_bodyLeft == 0)
                    m_part = m_part == Part::Body ? Part::Head : Part::ChunkSize;
                continue;
            }
            if (m_part == Part::ChunkSize || m_part == Part::Trailer) {
                if (!takeLine(&fresh))
                    return;
                continue;
            }
            m_head += fresh;
            fresh.clear();
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if ((end < 0 && m_head.size() > limits.maxHeaderBytes) || end > limits.maxHeaderBytes) {
                refuse(431,
                       core::Messages::tr("The request line and headers are over %1 bytes; send less.")
                           .arg(limits.maxHeaderBytes));
                return;
            }
            if (end < 0)
                return;
            const QByteArray head = m_head.left(end);
            fresh = m_head.mid(end + 4); // the body (or the next request) so far
            m_head.clear();
            if (!checkHead(head))
                return;
        }
    }

private:
    // False when the request was refused.
    bool checkHead(const QByteArray &head)
    {
        const qint64 cap = m_guard->m_limits.maxBodyBytes;
        qint64 length = 0;
        bool chunked = false;
        const QList<QByteArray> lines = head.split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding") {
                if (!m_guard->m_limits.acceptChunked || value.toLower() != "chunked") {
                    refuse(411,
                           core::Messages::tr("Send the body with a Content-Length (at most %1 bytes), not chunked.")
                               .arg(cap));
                    return false;
                }
                chunked = true;
            }
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    refuse(400, core::Messages::tr("The Content-Length header is not a number."));
                    return false;
                }
            }
        }
        if (length > cap) {
            refuse(
                413,
                core::Messages::tr("The body is %1 bytes; the limit is %2 bytes%3.")
                    .arg(length)
                    .arg(cap)
                    .arg(cap % (1024 * 1024) == 0 ? QStringLiteral(" (%1 MiB)").arg(cap / (1024 * 1024)) : QString()));
            return false;
        }
        if (chunked) { // the framing wins over any Content-Length (RFC 9112 §6.3)
            m_chunkedBytes = 0;
            m_part = Part::ChunkSize;
            return true;
        }
        m_bodyLeft = length;
        m_part = length > 0 ? Part::Body : Part::Head;
        return true;
    }

    // One line of a chunked body's framing (a chunk size, or a trailer) out of `fresh`. False
    // when the line is not complete yet or the request was refused.
    bool takeLine(QByteArray *fresh)
    {
        m_line += *fresh;
        fresh->clear();
        const qsizetype newline = m_line.indexOf('\n');
        const qint64 cap = m_guard->m_limits.maxBodyBytes;
        if (newline < 0) {
            if (m_line.size() > m_guard->m_limits.maxHeaderBytes)
                refuse(431,
                       core::Messages::tr("A chunk-size or trailer line is over %1 bytes.")
                           .arg(m_guard->m_limits.maxHeaderBytes));
            return false;
        }
        const QByteArray line = m_line.left(newline).trimmed();
        *fresh = m_line.mid(newline + 1);
        m_line.clear();
        if (m_part == Part::Trailer) {
            if (line.isEmpty()) // the blank line after the trailers ends the request
                m_part = Part::Head;
            return true;
        }
        const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
        bool ok = false;
        const qint64 size = line.left(semicolon < 0 ? line.size() : semicolon).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            refuse(400, core::Messages::tr("A chunk size is not a hexadecimal number."));
            return false;
        }
        if (size == 0) {
            m_part = Part::Trailer;
            return true;
        }
        m_chunkedBytes += size;
        if (m_chunkedBytes > cap) {
            refuse(413, core::Messages::tr("The chunked body is over %1 bytes, the limit.").arg(cap));
            return false;
        }
        m_bodyLeft = size + 2; // the data and its CRLF
        m_part = Part::ChunkData;
        return true;
    }

    void refuse(int status, const QString &message)
    {
        m_refused = true;
        qCInfo(lcHttpGuard) << "refused a request before reading it:" << status << message;
        // The HTTP server must not see this connection again: its readyRead handler goes.
        QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        connect(m_socket, &QIODevice::readyRead, this, &HttpGuardConnection::onReadyRead);
        const QByteArray body = m_guard->m_refusalBody(status, message);
        const QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
            + "Content-Type: application/json;charset=UTF-8\r\n" + "Content-Length: " + QByteArray::number(body.size())
            + "\r\n" + "Connection: close\r\n\r\n" + body;
        drop(); // what the HTTP server had not read yet
        m_socket->write(answer);
        m_socket->flush();
        // Half-close once written: the client sees the end of the answer; what it still sends is
        // drained until it closes or the drain time is over.
        QTcpSocket *socket = m_socket;
        auto halfClose = [socket] {
            if (socket->bytesToWrite() == 0 && socket->socketDescriptor() >= 0)
                ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
        };
        connect(socket, &QIODevice::bytesWritten, this, halfClose);
        halfClose();
        QTimer::singleShot(kDrainMs, socket, [socket] { socket->abort(); });
        Q_EMIT m_guard->refused(status);
    }

    // Reads and forgets what arrived, ending the HTTP server's read transaction (which would
    // otherwise keep every byte buffered).
    void drop()
    {
        m_socket->readAll();
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
    }

    QTcpSocket *m_socket;
    QPointer<HttpGuard> m_guard;
    QTimer *m_idle = nullptr;
    // Where the next byte falls: headers, a Content-Length body, or a chunked body's parts.
    enum class Part { Head, Body, ChunkSize, ChunkData, Trailer };
    Part m_part = Part::Head;
    QByteArray m_head;
    QByteArray m_line; // a chunk-size or trailer line so far
    qint64 m_bodyLeft = 0; // of the body, or of the current chunk and its CRLF
    qint64 m_chunkedBytes = 0; // the chunked body's data so far
    bool m_refused = false;
};

HttpGuard::HttpGuard(const Limits &limits, RefusalBody refusalBody, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_refusalBody(std::move(refusalBody))
{
}

void HttpGuard::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_ssl = configuration;
}

void HttpGuard::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_ssl) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*m_ssl);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // readyRead of a QSslSocket carries decrypted bytes, so the checks below see plain HTTP.
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->startServerEncryption();
    // Connected before the HTTP server's own handler (it connects when it takes the pending
    // connection), so the guard sees each chunk first.
    auto *watch = new HttpGuardConnection(socket, this);
    connect(socket, &QIODevice::readyRead, watch, &HttpGuardConnection::onReadyRead);
    addPendingConnection(socket);
}

} // namespace hilal
