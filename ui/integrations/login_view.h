#pragma once

#include <QDialog>
#include <QList>
#include <QNetworkReply>
#include <QUrl>

class QLabel;
class QProgressBar;
class QWebEngineProfile;
class QWebEngineView;
class QWebEngineLoadingInfo;

namespace hilal::ui {

class LoginPage;
class LoginRequestFilter;

// The embedded Salesforce login: a web view with its own off-the-record profile (login cookies
// never mix with the Integrations page or outlive the dialog), limited to the login host, My
// Domain and instance hosts. The navigation to the callback URL is caught and never loaded.
//
// Outcomes, each emitted at most once per open(): callbackCaught (the redirect, query
// included), loginFailed (a sentence: a 400 page on the authorize URL, navigation to a host
// that isn't allowed, a network error), closedByUser (Cancel, Esc or the window's close).
class LoginView : public QDialog
{
    Q_OBJECT
public:
    explicit LoginView(QWidget *parent = nullptr);
    ~LoginView() override;

    void setCallbackUrl(const QUrl &url);
    // Origins (scheme://host:port) the main frame may show besides the authorize URL's own.
    void setExtraAllowedOrigins(const QList<QUrl> &origins);

    // Shows the dialog (non-blocking) and loads `authorizeUrl`.
    void start(const QUrl &authorizeUrl);
    // Closes without emitting anything (the flow is over).
    void finish();

    bool isAllowed(const QUrl &url) const;
    // What the request filter lets through: allowed hosts (blob: by its inner origin).
    bool isAllowedRequest(const QUrl &url) const;
    // Requests of the page blocked so far (a sub-resource, script or XHR to another host).
    int blockedRequestCount() const;
    bool isCallback(const QUrl &url) const;
    // A page load's error (QWebEngineLoadingInfo's domain and Chromium's code) as the Qt network
    // error that means the same, for salesforce::NetworkErrorText.
    static QNetworkReply::NetworkError networkError(int domain, int code);

    QWebEngineView *view() const { return m_view; }
    QWebEngineProfile *profile() const { return m_profile; }

signals:
    void callbackCaught(const QUrl &url);
    void loginFailed(const QString &reason);
    void closedByUser();

public slots:
    void reject() override;

private:
    friend class LoginPage;
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void failFromErrorPage(int httpStatus, const QUrl &url);
    void fail(const QString &reason);
    void catchCallback(const QUrl &url);
    void updateHostLabel(const QUrl &url);

    QWebEngineProfile *m_profile;
    LoginRequestFilter *m_requestFilter = nullptr;
    LoginPage *m_page;
    QWebEngineView *m_view;
    QLabel *m_host;
    QProgressBar *m_progress;
    QUrl m_callback;
    QUrl m_authorizeUrl;
    QList<QUrl> m_extraOrigins;
    bool m_done = false;
};

} // namespace hilal::ui
