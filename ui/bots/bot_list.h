#pragma once

#include <QWidget>

class QListView;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;

namespace hilal::ui {

class AppContext;
class EmptyState;

// The left column: every bot with its audience, org kind, connection state (connected / needs
// reconnect / not connected) and org, and Add / Rename / Remove (and Properties… in its context
// menu). The selection is the
// app's current bot (AppContext::setCurrentBotId), which drives the tabs on the right.
class BotList : public QWidget
{
    Q_OBJECT
public:
    enum class ConnectionState { NotConnected, Connected, NeedsReconnect };

    explicit BotList(AppContext *context, QWidget *parent = nullptr);

    ConnectionState connectionState(const QString &botId) const;
    QString connectionText(const QString &botId) const; // "Connected · Acme", "Not connected"

    // Reloads from the repository, keeping the selection when the bot still exists.
    void reload();
    void selectBot(const QString &botId);
    QString selectedBotId() const;
    int count() const;

    QListView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *removeButton() const { return m_remove; }

public slots:
    // Open the Add / Rename dialog, or ask before removing the selected bot (MessageBox seam;
    // the bot is disconnected — token revoked, keychain entry deleted — before it is removed).
    void addBot();
    void renameSelected();
    void removeSelected();
    // Audience and org kind of the selected bot (BotPropertiesDialog). A new org kind on a
    // connected bot is confirmed first: its connection ends and it must be connected again.
    void showProperties();

private:
    void updateButtons();
    void onSelectionChanged();

    AppContext *m_context;
    QStandardItemModel *m_model;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QListView *m_view;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_remove;
};

} // namespace hilal::ui
