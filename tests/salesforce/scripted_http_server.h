#pragma once

// A tiny HTTP/1.1 server for unit tests of the client's retry/refresh logic: every request is
// logged and answered by a script function. Listens on 127.0.0.1, port 0 (any free port).
// Tests against the real local org live in the *_local_org tests; this one lets a test make the
// server misbehave in exact ways (drop one connection, answer 503 once, 401 then 200, …).

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QVector>

#include <functional>

namespace hilal::test {

struct ScriptedRequest
{
    QByteArray method;
    QByteArray target; // path + query, as sent (percent-encoded)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct ScriptedResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json;charset=UTF-8";
    QHash<QByteArray, QByteArray> headers;
    bool drop = false; // close the connection without answering
    bool hold = false; // never answer (for timeouts)
    bool cutBody = false; // send the headers and half the body, then close the connection
};

inline ScriptedResponse reply(int status, const QByteArray &body,
                              const QByteArray &contentType = "application/json;charset=UTF-8")
{
    ScriptedResponse r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

class ScriptedHttpServer : public QTcpServer
{
public:
    using Script = std::function<ScriptedResponse(const ScriptedRequest &)>;

    explicit ScriptedHttpServer(Script script, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_script(std::move(script))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    const QVector<ScriptedRequest> &requests() const { return m_requests; }
    int count(const QByteArray &method, const QByteArray &pathPrefix) const
    {
        int n = 0;
        for (const auto &r : m_requests)
            n += (r.method == method && r.target.startsWith(pathPrefix)) ? 1 : 0;
        return n;
    }

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const int end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            ScriptedRequest req;
            const QList<QByteArray> lines = buf.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            req.method = first.value(0);
            req.target = first.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines[i].indexOf(':');
                if (colon > 0)
                    req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const int length = req.headers.value("content-length").toInt();
            if (buf.size() < end + 4 + length)
                return;
            req.body = buf.mid(end + 4, length);
            buf.remove(0, end + 4 + length);
            m_requests.append(req);
            const ScriptedResponse resp = m_script(req);
            if (resp.hold)
                return;
            if (resp.drop) {
                m_buffers.remove(s);
                s->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + " X\r\n";
            if (!resp.body.isEmpty() || resp.status != 204)
                out += "Content-Type: " + resp.contentType + "\r\n";
            for (auto it = resp.headers.cbegin(); it != resp.headers.cend(); ++it)
                out += it.key() + ": " + it.value() + "\r\n";
            out += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\n\r\n" + resp.body;
            if (resp.cutBody) {
                m_buffers.remove(s);
                s->write(out.left(out.size() - resp.body.size() / 2));
                s->disconnectFromHost(); // after what was written
                return;
            }
            s->write(out);
        }
    }

    Script m_script;
    QVector<ScriptedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace hilal::test
