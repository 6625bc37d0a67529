#pragma once

#include "ui/bot_tab.h"

#include <QUrl>
#include <QVariantMap>
#include <QWidget>

class QStackedWidget;
class QWebChannel;
class QWebEngineView;

namespace hilal::ui {

class AppContext;
class EmptyState;
class IntegrationsBridge;

// The Integrations tab: a local web page (qrc, no network) with the Salesforce card, talking to
// C++ over QWebChannel (IntegrationsBridge).
class IntegrationsPage : public QWidget, public BotTab
{
    Q_OBJECT
public:
    explicit IntegrationsPage(AppContext *context, QWidget *parent = nullptr);
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

signals:
    void pageReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadPage(const QUrl &url);
    void updatePalette();
    void refresh();
    QVariantMap buildState() const;

    AppContext *m_context;
    QString m_botId;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWebEngineView *m_view;
    QWebChannel *m_channel;
    IntegrationsBridge *m_bridge;
};

} // namespace hilal::ui
