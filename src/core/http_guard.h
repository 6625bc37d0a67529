#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>
#include <optional>

namespace hilal {

// The TCP side of our HTTP servers (`serve`, the local org): a QTcpServer that sees each
// connection's bytes before QAbstractHttpServer reads them — that class buffers a whole request
// body before handing it over, and has no limits of its own. Here:
// - a Content-Length over maxBodyBytes is answered 413 at once, before the body arrives and
//   before any key is checked; a chunked body gets 411, or with acceptChunked is followed chunk
//   by chunk and answered 413 as soon as its chunks add up to more than maxBodyBytes;
// - a request line plus headers over maxHeaderBytes gets 431;
// - a connection with no traffic either way for idleTimeoutMs is closed.
// A refused connection is answered, half-closed and drained for a moment (so the client reads
// the answer), then closed; nothing it sent is kept.
//
//   auto *tcp = new HttpGuard(limits, [](int status, const QString &message) { return jsonFor(…); });
//   tcp->listen(QHostAddress::LocalHost, port);
//   httpServer.bind(tcp);
class HttpGuard : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024;
        qint64 maxHeaderBytes = 32 * 1024;
        int idleTimeoutMs = 0; // 0: none
        bool acceptChunked = false; // Transfer-Encoding: chunked bodies (what Node's fetch sends)
    };
    // The JSON body of a refusal (status 400, 411, 413 or 431; message names the limit).
    using RefusalBody = std::function<QByteArray(int status, const QString &message)>;

    HttpGuard(const Limits &limits, RefusalBody refusalBody, QObject *parent = nullptr);

    const Limits &limits() const { return m_limits; }
    // Serve TLS: each connection becomes a QSslSocket in server mode with this configuration
    // (what QSslServer does), and the limits apply to the decrypted bytes.
    void setSslConfiguration(const QSslConfiguration &configuration);
    // How many connections the idle timeout closed (for tests and logs).
    int idleClosed() const { return m_idleClosed; }

Q_SIGNALS:
    // A request refused here, for the server's output.
    void refused(int status);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class HttpGuardConnection;
    Limits m_limits;
    std::optional<QSslConfiguration> m_ssl;
    RefusalBody m_refusalBody;
    int m_idleClosed = 0;
};

} // namespace hilal
