#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace hilal::salesforce {

// The seam through which OAuthFlow learns where the browser was redirected to. Two
// implementations: LoopbackRedirectCatcher (CLI: a tiny HTTP listener on the callback URL's
// port) and the GUI's embedded web view, which intercepts navigation to the callback URL.
//
// Contract: after start() succeeds, emit redirectReceived() once with the full callback URL the
// browser asked for (query included), or failed() with a sentence if the login can't complete
// (window closed, 400 page at the authorize URL, …). OAuthFlow then calls finish() with the
// outcome so the catcher can show it (loopback: answers the waiting browser; GUI: closes/turns
// the page) and stop listening.
class RedirectCatcher : public QObject
{
    Q_OBJECT
public:
    explicit RedirectCatcher(QObject *parent = nullptr);
    ~RedirectCatcher() override;

    // The redirect_uri sent to Salesforce; must equal a callback URL of the Connected App.
    virtual QUrl callbackUrl() const = 0;

    // Prepare to catch (bind the port, …). False with `*error` set when impossible.
    virtual bool start(QString *error) = 0;

    // The authorize URL is ready: show it (GUI navigates its view there). The loopback catcher
    // does nothing; the CLI opens the system browser itself.
    virtual void openAuthorizeUrl(const QUrl &authorizeUrl) { Q_UNUSED(authorizeUrl) }

    // The `state` this login sent. A catcher that anyone on the machine can reach (the loopback
    // listener) ignores redirects carrying another state instead of handing them on, so a stray
    // or hostile request cannot end the login; OAuthFlow checks the state again in any case.
    virtual void expectState(const QString &state) { Q_UNUSED(state) }

    // The flow is over: `success` and a sentence for the person at the browser.
    virtual void finish(bool success, const QString &message) = 0;

Q_SIGNALS:
    void redirectReceived(const QUrl &callbackWithQuery);
    void failed(const QString &message);
};

} // namespace hilal::salesforce
