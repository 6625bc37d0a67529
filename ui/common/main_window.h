#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;
class QTabWidget;
class QFrame;

namespace hilal::ui {

class AppContext;
class BotList;
class FirstRunGuide;
class IntegrationsPage;
class PermissionsTab;

// The admin app's window: the bot list on the left; on the right the tabs that show the
// selected bot (Integrations, Permissions, SOQL Console, Actions, Activity). A banner on top in
// demo mode. Geometry and splitter position are remembered in AppPaths::settingsFile().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum TabIndex { IntegrationsIndex, PermissionsIndex, SoqlConsoleIndex, ActionsIndex, ActivityIndex };

    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows (non-empty) or hides the banner across the top.
    void setBanner(const QString &text);
    QString bannerText() const;

    QTabWidget *tabs() const { return m_tabs; }
    // The widget of tab `index` (TabIndex), built now if it is one that is built on first show.
    QWidget *tabContent(int index) const;
    BotList *botList() const { return m_botList; }
    IntegrationsPage *integrationsPage() const { return m_integrations; }
    PermissionsTab *permissionsTab() const { return m_permissions; }
    AppContext *context() const { return m_context; }
    FirstRunGuide *firstRunGuide() const { return m_guide; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildTabs();
    void addBotTab(QWidget *tab, const QString &title, const QString &accessibleName);
    void onCurrentBotChanged(const QString &botId);
    void restoreState();
    void saveState() const;

    AppContext *m_context;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    FirstRunGuide *m_guide = nullptr;
    QSplitter *m_splitter = nullptr;
    BotList *m_botList = nullptr;
    QTabWidget *m_tabs = nullptr;
    IntegrationsPage *m_integrations = nullptr;
    PermissionsTab *m_permissions = nullptr;
};

} // namespace hilal::ui
