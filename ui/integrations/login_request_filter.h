#pragma once

#include <QWebEngineUrlRequestInterceptor>

#include <functional>

namespace hilal::ui {

// Installed on the login view's private profile: every request the page makes — sub-resources,
// scripts, XHR/fetch, frames — is checked before it leaves, and one to a host outside the login
// hosts is blocked (and logged). The navigation check alone sees only navigations; this also
// stops a script or image on the login page from reaching any other host.
class LoginRequestFilter : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using Allowed = std::function<bool(const QUrl &)>;

    explicit LoginRequestFilter(Allowed allowed, QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    // Requests blocked so far (for tests and the log).
    int blockedCount() const { return m_blocked; }

private:
    Allowed m_allowed;
    int m_blocked = 0;
};

} // namespace hilal::ui
