#pragma once

#include <QObject>
#include <QVariantMap>

namespace hilal::ui {

// The QWebChannel object the Integrations page sees as `bridge`. A thin pipe: the page calls
// the slots when buttons are clicked and renders whatever `state` says; IntegrationsPage does
// the work and pushes new state. Strings come from here so they go through tr().
//
// state keys (all optional except status/statusText):
//   status            "not_connected" | "connecting" | "connected" | "needs_reconnect" | "error"
//   statusText, message, subtitle, loginHostText, connectText
//   orgName, orgId, username, instanceUrl, sandbox (bool), connectedSinceText
//   errorReason, errorAction          (error / needs_reconnect)
//   canConnect, canRead, canDisconnect (bool), permissionNotice, disconnectNotAllowed
//   testing (bool), testResult, testOk (bool)
class IntegrationsBridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantMap strings READ strings CONSTANT)
    Q_PROPERTY(QVariantMap palette READ palette NOTIFY paletteChanged)
    Q_PROPERTY(QVariantMap state READ state NOTIFY stateChanged)
public:
    explicit IntegrationsBridge(QObject *parent = nullptr);

    QVariantMap strings() const;
    QVariantMap palette() const { return m_palette; }
    QVariantMap state() const { return m_state; }

    void setPalette(const QVariantMap &palette);
    void setState(const QVariantMap &state);

    bool isPageReady() const { return m_pageReady; }
    // A new load started: not ready until the new page calls pageReady().
    void resetPageReady() { m_pageReady = false; }

public slots:
    // Called by the page.
    void connectBot();
    void cancelConnect();
    void disconnectBot();
    void testConnection();
    void pageReady();

signals:
    // To the page.
    void paletteChanged(const QVariantMap &palette);
    void stateChanged(const QVariantMap &state);

    // To IntegrationsPage.
    void connectRequested();
    void cancelRequested();
    void disconnectRequested();
    void testRequested();
    void pageLoaded();

private:
    QVariantMap m_palette;
    QVariantMap m_state;
    bool m_pageReady = false;
};

} // namespace hilal::ui
