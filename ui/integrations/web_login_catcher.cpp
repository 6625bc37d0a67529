#include "ui/integrations/web_login_catcher.h"

#include "ui/integrations/login_view.h"

#include "core/config.h"

namespace hilal::ui {

WebLoginCatcher::WebLoginCatcher(QWidget *dialogParent, const QUrl &callbackUrl, QObject *parent)
    : salesforce::RedirectCatcher(parent)
    , m_dialogParent(dialogParent)
    , m_callbackUrl(callbackUrl.isEmpty() ? QUrl(Config::get(Config::SalesforceCallbackUrl)) : callbackUrl)
{
}

WebLoginCatcher::~WebLoginCatcher()
{
    delete m_view;
}

bool WebLoginCatcher::start(QString *error)
{
    if (!m_callbackUrl.isValid() || m_callbackUrl.host().isEmpty()) {
        if (error)
            *error = tr("The callback URL \"%1\" is not a valid URL; set salesforce.callbackUrl to the "
                        "Connected App's callback, e.g. http://localhost:1717/OauthRedirect.")
                         .arg(m_callbackUrl.toString());
        return false;
    }
    if (!m_view) {
        m_view = new LoginView(m_dialogParent);
        m_view->setCallbackUrl(m_callbackUrl);
        // Modal to the window it belongs to: the bot cannot be switched under an open login.
        m_view->setWindowModality(Qt::WindowModal);
        if (!m_title.isEmpty())
            m_view->setWindowTitle(m_title);
        connect(m_view, &LoginView::callbackCaught, this, &RedirectCatcher::redirectReceived);
        connect(m_view, &LoginView::loginFailed, this, &RedirectCatcher::failed);
        connect(m_view, &LoginView::closedByUser, this, [this] {
            emit closedByUser();
            emit failed(tr("The login window was closed before Salesforce sent you back; nothing "
                           "was connected. Click Connect to try again."));
        });
    }
    return true;
}

void WebLoginCatcher::openAuthorizeUrl(const QUrl &authorizeUrl)
{
    // OAuthFlow may hand the URL over both directly and through authorizeUrlReady: open once.
    if (!m_view || authorizeUrl == m_opened)
        return;
    m_opened = authorizeUrl;
    m_view->setExtraAllowedOrigins(m_extraOrigins);
    m_view->start(authorizeUrl);
    emit viewOpened(m_view);
}

void WebLoginCatcher::finish(bool success, const QString &message)
{
    Q_UNUSED(success)
    Q_UNUSED(message) // the Integrations card shows the outcome; the dialog just goes away
    if (m_view)
        m_view->finish();
}

} // namespace hilal::ui
