#include "ui/integrations/login_view.h"

#include "salesforce/network_error_text.h"
#include "salesforce/oauth_flow.h"
#include "ui/integrations/login_request_filter.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

Q_LOGGING_CATEGORY(lcLoginView, "hilal.ui.login", QtInfoMsg)

namespace hilal::ui {

// Decides every main-frame navigation before it happens: the callback is caught (never
// loaded), allowed hosts load, anything else ends the login as a failure rather than a hang.
class LoginPage : public QWebEnginePage
{
public:
    LoginPage(QWebEngineProfile *profile, LoginView *owner)
        : QWebEnginePage(profile, owner)
        , m_owner(owner)
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        Q_UNUSED(type)
        if (m_owner->isCallback(url)) {
            m_owner->catchCallback(url);
            return false;
        }
        // data: and about: pages are no login page: as the main frame they could show anything
        // (a fake login form) under no host at all.
        const bool localScheme = url.scheme() == QLatin1String("data") || url.scheme() == QLatin1String("about");
        if (m_owner->isAllowed(url) && !(isMainFrame && localScheme))
            return true;
        if (isMainFrame) {
            qCInfo(lcLoginView) << "refused navigation to" << url.scheme() << url.host();
            m_owner->fail(LoginView::tr("The login page tried to open %1, which is not your Salesforce "
                                        "login host, My Domain or instance, so the login was stopped. "
                                        "Check the bot's login URL, then click Connect again.")
                              .arg(url.host().isEmpty() ? url.scheme() + QStringLiteral(": page") : url.host()));
        }
        return false;
    }

    // Pop-ups (window.open, target=_blank) have no place in a login; they open nothing.
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }

private:
    LoginView *m_owner;
};

namespace {

QUrl originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host().toLower());
    origin.setPort(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    return origin;
}

bool isSalesforceHost(const QString &host)
{
    return host == QLatin1String("salesforce.com") || host.endsWith(QLatin1String(".salesforce.com"));
}

} // namespace

LoginView::LoginView(QWidget *parent)
    : QDialog(parent)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record, in memory only
    , m_page(new LoginPage(m_profile, this))
    , m_view(new QWebEngineView(this))
    , m_host(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Log in to Salesforce"));
    setMinimumSize(480, 560);
    resize(560, 720);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    // Nothing the page asks for (scripts, images, XHR) may reach a host outside the login hosts.
    m_requestFilter
        = new LoginRequestFilter([this](const QUrl &url) { return isCallback(url) || isAllowedRequest(url); }, this);
    m_profile->setUrlRequestInterceptor(m_requestFilter);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    m_view->setPage(m_page);
    m_view->setAccessibleName(tr("Salesforce login page"));

    m_host->setAccessibleName(tr("Page address"));
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(3);
    m_progress->setAccessibleName(tr("Page loading progress"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel login"));
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginView::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->setSpacing(6);
    auto *hostRow = new QHBoxLayout;
    hostRow->setContentsMargins(12, 0, 12, 0);
    hostRow->addWidget(m_host, 1);
    layout->addLayout(hostRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(12, 0, 12, 0);
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);

    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::urlChanged, this, &LoginView::updateHostLabel);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &LoginView::onLoadingChanged);
}

LoginView::~LoginView()
{
    // The page must go before its profile (Qt WebEngine's rule).
    m_view->setPage(nullptr);
    delete m_page;
}

void LoginView::setCallbackUrl(const QUrl &url)
{
    m_callback = url;
}

void LoginView::setExtraAllowedOrigins(const QList<QUrl> &origins)
{
    m_extraOrigins.clear();
    for (const QUrl &url : origins)
        m_extraOrigins << originOf(url);
}

void LoginView::start(const QUrl &authorizeUrl)
{
    m_done = false;
    m_authorizeUrl = authorizeUrl;
    updateHostLabel(authorizeUrl);
    show();
    raise();
    activateWindow();
    m_view->load(authorizeUrl);
    m_view->setFocus();
}

void LoginView::finish()
{
    m_done = true;
    m_view->stop();
    hide();
}

bool LoginView::isCallback(const QUrl &url) const
{
    return m_callback.isValid() && url.scheme() == m_callback.scheme()
        && url.host().compare(m_callback.host(), Qt::CaseInsensitive) == 0 && url.port(80) == m_callback.port(80)
        && url.path() == m_callback.path();
}

// The authorize URL's origin (the login host), the instance / extra origins, and — when the
// login host is Salesforce's — My Domain hosts (*.my.salesforce.com), where Salesforce sends
// users of orgs with My Domain. Everything else is refused.
bool LoginView::isAllowed(const QUrl &url) const
{
    if (url.scheme() == QLatin1String("about") || url.scheme() == QLatin1String("data"))
        return true;
    const QUrl origin = originOf(url);
    if (origin == originOf(m_authorizeUrl) || m_extraOrigins.contains(origin))
        return true;
    const QString host = origin.host();
    return url.scheme() == QLatin1String("https") && isSalesforceHost(m_authorizeUrl.host().toLower())
        && (host.endsWith(QLatin1String(".my.salesforce.com")) || host == QLatin1String("login.salesforce.com")
            || host == QLatin1String("test.salesforce.com"));
}

int LoginView::blockedRequestCount() const
{
    return m_requestFilter->blockedCount();
}

// Chromium's network error codes (net/base/net_error_list.h) as the Qt error of the same meaning.
QNetworkReply::NetworkError LoginView::networkError(int domain, int code)
{
    if (domain == QWebEngineLoadingInfo::CertificateErrorDomain)
        return QNetworkReply::SslHandshakeFailedError;
    switch (code) {
    case -105: // ERR_NAME_NOT_RESOLVED
    case -137: // ERR_NAME_RESOLUTION_FAILED
        return QNetworkReply::HostNotFoundError;
    case -102: // ERR_CONNECTION_REFUSED
        return QNetworkReply::ConnectionRefusedError;
    case -100: // ERR_CONNECTION_CLOSED
    case -101: // ERR_CONNECTION_RESET
    case -324: // ERR_EMPTY_RESPONSE
        return QNetworkReply::RemoteHostClosedError;
    case -7: // ERR_TIMED_OUT
    case -118: // ERR_CONNECTION_TIMED_OUT
        return QNetworkReply::TimeoutError;
    case -106: // ERR_INTERNET_DISCONNECTED
    case -109: // ERR_ADDRESS_UNREACHABLE
        return QNetworkReply::TemporaryNetworkFailureError;
    case -130: // ERR_PROXY_CONNECTION_FAILED
    case -127: // ERR_TUNNEL_CONNECTION_FAILED
        return QNetworkReply::ProxyConnectionRefusedError;
    default:
        // -200 … -299 are certificate errors when Chromium reports them as connection errors.
        return code <= -200 && code > -300 ? QNetworkReply::SslHandshakeFailedError
                                           : QNetworkReply::UnknownNetworkError;
    }
}

bool LoginView::isAllowedRequest(const QUrl &url) const
{
    // A blob: URL names its origin inside (blob:https://host/uuid).
    if (url.scheme() == QLatin1String("blob"))
        return isAllowed(QUrl(url.path()));
    return isAllowed(url);
}

void LoginView::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (m_done || info.status() == QWebEngineLoadingInfo::LoadStartedStatus)
        return;
    if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain && info.errorCode() >= 400) {
        failFromErrorPage(info.errorCode(), info.url());
        return;
    }
    if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus
        && info.errorDomain() != QWebEngineLoadingInfo::NoErrorDomain
        && info.errorDomain() != QWebEngineLoadingInfo::HttpStatusCodeDomain && !isCallback(info.url())) {
        // -3 (ERR_ABORTED) is our own refusal of a navigation; it has already been handled.
        if (info.errorCode() == -3)
            return;
        // Chromium's wording ("net::ERR_NAME_NOT_RESOLVED") goes to the log; the sentence says
        // what it means.
        qCInfo(lcLoginView) << "login page failed to load:" << info.errorDomain() << info.errorCode()
                            << info.errorString();
        const QNetworkReply::NetworkError error = networkError(info.errorDomain(), info.errorCode());
        fail(tr("The Salesforce login page at %1 could not be loaded: %2. %3")
                 .arg(info.url().host(), salesforce::NetworkErrorText::reason(error),
                      salesforce::NetworkErrorText::advice(error)));
    }
}

// Salesforce shows errors it can't redirect (unknown client id, unregistered callback) as a
// 400 page whose body is form-encoded: error=…&error_description=…
void LoginView::failFromErrorPage(int httpStatus, const QUrl &url)
{
    m_page->runJavaScript(QStringLiteral("document.body ? document.body.innerText : ''"),
                          [this, httpStatus, url](const QVariant &body) {
                              if (m_done)
                                  return;
                              const QString text = body.toString().trimmed();
                              if (text.startsWith(QLatin1String("error="))) {
                                  const QUrlQuery query(text);
                                  fail(salesforce::OAuthFlow::describeOAuthError(
                                      query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded),
                                      query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)));
                                  return;
                              }
                              fail(tr("Salesforce answered HTTP %1 at %2 instead of showing its login page. Check the "
                                      "Connected App's consumer key and callback URL, then click Connect again.")
                                       .arg(httpStatus)
                                       .arg(url.host()));
                          });
}

void LoginView::fail(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_view->stop();
    hide();
    emit loginFailed(reason);
}

void LoginView::catchCallback(const QUrl &url)
{
    if (m_done)
        return;
    m_done = true;
    hide();
    emit callbackCaught(url);
}

void LoginView::reject()
{
    const bool wasActive = !m_done;
    m_done = true;
    m_view->stop();
    QDialog::reject();
    if (wasActive)
        emit closedByUser();
}

void LoginView::updateHostLabel(const QUrl &url)
{
    if (url.isEmpty())
        return;
    const QString host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    m_host->setText(url.scheme() == QLatin1String("https")
                        ? tr("Secure connection to %1").arg(host)
                        : tr("Connection to %1 (not encrypted; only acceptable for a local test org)").arg(host));
}

} // namespace hilal::ui
