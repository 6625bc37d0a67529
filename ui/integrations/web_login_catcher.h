#pragma once

#include "salesforce/redirect_catcher.h"

#include <QList>
#include <QPointer>
#include <QUrl>

class QWidget;

namespace hilal::ui {

class LoginView;

// OAuthFlow's redirect seam for the desktop app: the authorize URL opens in an embedded
// LoginView, and the navigation to the callback URL is caught there instead of being served by
// a loopback listener (so no port is bound and nothing on the machine can race us for the code).
class WebLoginCatcher : public salesforce::RedirectCatcher
{
    Q_OBJECT
public:
    // `dialogParent` parents the login dialog. `callbackUrl` empty: Config salesforce.callbackUrl.
    explicit WebLoginCatcher(QWidget *dialogParent, const QUrl &callbackUrl = {}, QObject *parent = nullptr);
    ~WebLoginCatcher() override;

    // Hosts the login may visit besides the login host (a known instance URL).
    void setExtraAllowedOrigins(const QList<QUrl> &origins) { m_extraOrigins = origins; }

    // The login window's title, naming the bot and the login host (set before start()).
    void setTitle(const QString &title) { m_title = title; }

    QUrl callbackUrl() const override { return m_callbackUrl; }
    bool start(QString *error) override;
    void openAuthorizeUrl(const QUrl &authorizeUrl) override;
    void finish(bool success, const QString &message) override;

    // The dialog, once start() made it (tests drive its page).
    LoginView *view() const { return m_view; }

signals:
    void viewOpened(hilal::ui::LoginView *view);
    // The user closed the login window before Salesforce redirected back.
    void closedByUser();

private:
    QPointer<QWidget> m_dialogParent;
    QUrl m_callbackUrl;
    QList<QUrl> m_extraOrigins;
    QPointer<LoginView> m_view;
    QUrl m_opened;
    QString m_title;
};

} // namespace hilal::ui
