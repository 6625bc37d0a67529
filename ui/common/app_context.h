#pragma once

#include "ui/common/services.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace hilal::bots {
class AuditLog;
}

namespace hilal::ui {

// The one object the GUI's widgets share: it owns the bot repository, the token store, the
// Salesforce session manager, the dispatcher, the connection service and the audit log, built once in main() (or a
// test) after AppPaths is settled. Tabs get them as one Services (services()); widgets never create their own copies,
// so a change made in one tab (a permission, a disconnect) is seen by all.
//
// It also carries the app-wide "what changed" signals, so tabs refresh without knowing each
// other: they are the repository's own change signals, forwarded, so every stored change is
// announced whoever made it.
class AppContext : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databaseFile; // empty: AppPaths::databaseFile()
        QString keychainService; // empty: AppPaths::keychainService()
    };

    // Build after AppPaths is settled (--data-dir) and in the GUI thread (QtSql's rule).
    explicit AppContext(QObject *parent = nullptr);
    explicit AppContext(const Options &options, QObject *parent = nullptr);
    ~AppContext() override;

    // What every tab is constructed with (ui/bots/bot_tab.h): pointers to the objects below.
    const Services &services() const { return m_services; }

    bots::BotRepository *bots() const;
    secrets::TokenStore *tokens() const;
    salesforce::SessionManager *sessions() const;
    bots::AuditLog *auditLog() const; // the repository's audit log (bots/audit_log.h)
    // Connect, disconnect and remove a bot, with the one revoke policy (actions/connection_service.h).
    actions::ConnectionService *connections() const;

    // The bot selected in the bot list ("" = none). MainWindow sets it; tabs also get setBot().
    QString currentBotId() const;
    void setCurrentBotId(const QString &botId);

    // Demo mode (--demo): the local org's base URL, empty otherwise.
    bool isDemo() const { return m_demoOrgUrl.isValid(); }
    QUrl demoOrgUrl() const { return m_demoOrgUrl; }
    void setDemoOrgUrl(const QUrl &url) { m_demoOrgUrl = url; }

signals:
    void currentBotChanged(const QString &botId);
    void botsChanged(); // added, removed or renamed
    void botUpdated(const QString &botId); // permissions or confirmation policy
    void connectionChanged(const QString &botId); // connected, disconnected, needs reconnect

private:
    struct Private;
    std::unique_ptr<Private> d;
    Services m_services;
    QString m_currentBotId;
    QUrl m_demoOrgUrl;
};

} // namespace hilal::ui
