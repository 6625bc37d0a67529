#pragma once

#include "ui/bots/bot_tab.h"

#include "salesforce/oauth_flow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QVariantMap>
#include <QWidget>

class QStackedWidget;
class QWebChannel;
class QWebEngineView;

namespace hilal::salesforce {
class OAuthFlow;
class Session;
struct SalesforceError;
struct Connection;
} // namespace hilal::salesforce

namespace hilal::ui {

class EmptyState;
class IntegrationsBridge;
class LoginView;
class WebLoginCatcher;

// The Integrations tab: a local web page (qrc, no network) with the Salesforce card, talking to
// C++ over QWebChannel (IntegrationsBridge). It runs Connect (OAuthFlow + the embedded
// LoginView), Test connection and Disconnect for the selected bot and renders the card's state.
class IntegrationsPage : public QWidget, public BotTab
{
    Q_OBJECT
public:
    enum class Status { NotConnected, Connecting, Connected, NeedsReconnect, Error };
    Q_ENUM(Status)

    // Uses all the services: the connection service connects and disconnects.
    explicit IntegrationsPage(const Services &services, QWidget *parent = nullptr);
    ~IntegrationsPage() override;

    void setBot(const QString &botId) override;
    QString botId() const { return m_botId; }

    // The page's URL without query; "?salesforce=success|error&reason=…" is appended after a
    // connect attempt.
    static QUrl pageUrl();

    QWebEngineView *view() const { return m_view; }
    IntegrationsBridge *bridge() const { return m_bridge; }
    // True once the page has loaded and its channel is up (IntegrationsBridge::pageLoaded).
    bool isPageReady() const;
    // The selected bot's card status.
    Status status() const;
    // The login dialog of the connect in progress (null when none).
    LoginView *loginView() const;

public slots:
    void connectBot();
    void cancelConnect();
    void disconnectBot();
    void testConnection();

signals:
    void pageReady();
    void loginViewOpened(hilal::ui::LoginView *view);
    void statusChanged(hilal::ui::IntegrationsPage::Status status);
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the card shows besides the stored connection: a connect in progress, the last
    // failure, a refused refresh, the last test.
    struct Transient
    {
        Status status = Status::NotConnected;
        QString errorReason;
        QString errorAction;
        bool testing = false;
        QString testResult;
        bool testOk = false;
    };

    void loadPage(const QUrl &url);
    void updatePalette();
    void refresh();
    QVariantMap buildState() const;
    void watchSession(salesforce::Session *session);
    void startFlow(const salesforce::OAuthFlow::Settings &settings, const QString &botId, const QString &botName);
    void onFlowSucceeded(const QString &botId, const salesforce::Connection &connection);
    void onFlowFailed(const QString &botId, const salesforce::SalesforceError &error, bool closedByUser);
    void setError(const QString &botId, const QString &reason, const QString &action, const QString &code);
    void endFlow();

    Services m_services;
    QString m_botId;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWebEngineView *m_view;
    QWebChannel *m_channel;
    IntegrationsBridge *m_bridge;
    QHash<QString, Transient> m_transient;
    QSet<salesforce::Session *> m_watched;
    QPointer<salesforce::OAuthFlow> m_flow;
    QPointer<WebLoginCatcher> m_catcher;
    QString m_flowBotId;
    bool m_closedByUser = false;
    Status m_lastStatus = Status::NotConnected;
};

} // namespace hilal::ui
