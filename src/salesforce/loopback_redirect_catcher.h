#pragma once

#include "salesforce/redirect_catcher.h"

#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace hilal::salesforce {

// Catches the OAuth redirect on http://localhost:PORT/PATH (the callback URL's port and path,
// default http://localhost:1717/OauthRedirect) as the sf CLI does: binds loopback only, serves
// GET on the callback path (other paths 404, other methods 405), holds the browser's request
// until finish() and then answers with a small success or failure page. A callback request with
// a state other than the login's is answered 400, logged and ignored: the catcher keeps waiting
// (until the flow's timeout), so another local process cannot abort the login.
class LoopbackRedirectCatcher : public RedirectCatcher
{
    Q_OBJECT
public:
    explicit LoopbackRedirectCatcher(const QUrl &callbackUrl, QObject *parent = nullptr);
    ~LoopbackRedirectCatcher() override;

    QUrl callbackUrl() const override { return m_callbackUrl; }
    bool start(QString *error) override;
    void expectState(const QString &state) override { m_expectedState = state; }
    void finish(bool success, const QString &message) override;

    quint16 port() const;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    static void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html);

    QUrl m_callbackUrl;
    QTcpServer *m_server = nullptr;
    QPointer<QTcpSocket> m_pending; // the browser's callback request, answered in finish()
    bool m_caught = false;
    QString m_expectedState;
};

} // namespace hilal::salesforce
