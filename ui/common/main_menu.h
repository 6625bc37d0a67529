#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenuBar;

namespace hilal::ui {

class MainWindow;

// The main window's menu bar and keyboard shortcuts, the desktop conventions people expect:
//   File: Add Bot… (Ctrl+N), Settings…, Quit (Ctrl+Q)
//   Edit: Copy, Select All (sent to the focused widget)
//   Bot:  Rename… (F2), Properties…, Remove… (Delete, in the bot list), Connect, Test Connection (F5)
//   Help: Documentation (F1), Keyboard Shortcuts, About
// and Ctrl+1…5 for the five tabs. Bot actions follow the selection: disabled with no bot.
class MainMenu : public QObject
{
    Q_OBJECT
public:
    explicit MainMenu(MainWindow *window);

    QAction *addBotAction() const { return m_addBot; }
    QAction *settingsAction() const { return m_settings; }
    QAction *quitAction() const { return m_quit; }
    QAction *renameAction() const { return m_rename; }
    QAction *removeAction() const { return m_remove; }
    QAction *propertiesAction() const { return m_properties; }
    QAction *connectAction() const { return m_connect; }
    QAction *testAction() const { return m_test; }
    QAction *documentationAction() const { return m_docs; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

    // The About text: versions of the app, Qt and QtKeychain, and the licences.
    static QString aboutText();
    // One line per shortcut, "F2 — Rename the selected bot".
    static QString shortcutsText();

private:
    void updateBotActions();
    void sendToFocus(const char *slot);

    MainWindow *m_window;
    QAction *m_addBot = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_properties = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_test = nullptr;
    QAction *m_docs = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
};

} // namespace hilal::ui
