#include "ui/integrations/login_request_filter.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLoginView)

namespace hilal::ui {

LoginRequestFilter::LoginRequestFilter(Allowed allowed, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_allowed(std::move(allowed))
{
}

void LoginRequestFilter::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (m_allowed(url))
        return;
    ++m_blocked;
    qCInfo(lcLoginView) << "blocked a request of the login page to" << url.scheme() << url.host();
    info.block(true);
}

} // namespace hilal::ui
