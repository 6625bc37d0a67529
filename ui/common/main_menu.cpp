#include "ui/common/main_menu.h"

#include "ui/bots/bot_list.h"
#include "ui/common/app_context.h"
#include "ui/common/main_window.h"
#include "ui/common/message_box.h"
#include "ui/common/settings_dialog.h"
#include "ui/integrations/integrations_page.h"

#include "bots/bot_repository.h"
#include "salesforce/session_manager.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QListView>
#include <QMenuBar>
#include <QMetaObject>
#include <QTabWidget>
#include <QUrl>

// Both set for this file in ui/CMakeLists.txt.
#ifndef HILAL_QTKEYCHAIN_VERSION
#define HILAL_QTKEYCHAIN_VERSION "unknown"
#endif
#ifndef HILAL_HOMEPAGE_URL
#define HILAL_HOMEPAGE_URL ""
#endif

namespace hilal::ui {

namespace {

const auto kDocumentationUrl = QStringLiteral(HILAL_HOMEPAGE_URL);

} // namespace

MainMenu::MainMenu(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QMenuBar *bar = window->menuBar();

    QMenu *file = bar->addMenu(tr("&File"));
    m_addBot = file->addAction(tr("&Add Bot…"), window->botList(), &BotList::addBot);
    m_addBot->setShortcut(QKeySequence::New);
    m_settings = file->addAction(tr("&Settings…"), this, [this] {
        const auto bot = m_window->context()->bots()->get(m_window->context()->currentBotId());
        SettingsDialog dialog(m_window->context()->sessions()->network(), bot ? bot->effectiveLoginUrl() : QUrl(),
                              m_window);
        dialog.exec();
    });
    m_settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    m_quit = file->addAction(tr("&Quit"), window, &QWidget::close);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some desktops
    m_quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy"), this, [this] { sendToFocus("copy"); });
    copy->setShortcut(QKeySequence::Copy);
    QAction *selectAll = edit->addAction(tr("Select &All"), this, [this] { sendToFocus("selectAll"); });
    selectAll->setShortcut(QKeySequence::SelectAll);

    QMenu *bot = bar->addMenu(tr("&Bot"));
    m_rename = bot->addAction(tr("Re&name…"), window->botList(), &BotList::renameSelected);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_properties = bot->addAction(tr("Pr&operties…"), window->botList(), &BotList::showProperties);
    m_remove = bot->addAction(tr("&Remove…"), window->botList(), &BotList::removeSelected);
    m_remove->setShortcut(QKeySequence::Delete);
    // Delete removes a bot only from the bot list: in a text field it deletes text.
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    window->botList()->view()->addAction(m_remove);
    bot->addSeparator();
    m_connect = bot->addAction(tr("&Connect…"), this, [this] {
        m_window->tabs()->setCurrentIndex(MainWindow::IntegrationsIndex);
        m_window->integrationsPage()->connectBot();
    });
    m_test = bot->addAction(tr("&Test Connection"), this, [this] {
        m_window->tabs()->setCurrentIndex(MainWindow::IntegrationsIndex);
        m_window->integrationsPage()->testConnection();
    });
    m_test->setShortcut(QKeySequence::Refresh);

    QMenu *help = bar->addMenu(tr("&Help"));
    m_docs = help->addAction(tr("&Documentation"), this, [] { QDesktopServices::openUrl(QUrl(kDocumentationUrl)); });
    m_docs->setShortcut(QKeySequence::HelpContents);
    m_shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        MessageBox::information(m_window, tr("Keyboard Shortcuts"), tr("Keyboard shortcuts"), shortcutsText());
    });
    help->addSeparator();
    m_about = help->addAction(tr("&About Hilal Salesforce Admin"), this, [this] {
        MessageBox::information(m_window, tr("About Hilal Salesforce Admin"),
                                tr("Hilal Salesforce Admin %1").arg(QStringLiteral(HILAL_VERSION)), aboutText());
    });
    m_about->setMenuRole(QAction::AboutRole);

    // Ctrl+1…5: the tabs, in order.
    for (int i = 0; i < window->tabs()->count() && i < 9; ++i) {
        auto *tab = new QAction(window);
        tab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(tab, &QAction::triggered, window, [window, i] { window->tabs()->setCurrentIndex(i); });
        window->addAction(tab);
    }

    connect(window->context(), &AppContext::currentBotChanged, this, &MainMenu::updateBotActions);
    connect(window->context(), &AppContext::botUpdated, this, &MainMenu::updateBotActions);
    connect(window->context(), &AppContext::connectionChanged, this, &MainMenu::updateBotActions);
    updateBotActions();
}

void MainMenu::updateBotActions()
{
    const QString botId = m_window->context()->currentBotId();
    const auto bot = m_window->context()->bots()->get(botId);
    m_rename->setEnabled(bot.has_value());
    m_remove->setEnabled(bot.has_value());
    m_properties->setEnabled(bot.has_value());
    const bots::PermissionSet permissions
        = bot ? m_window->context()->bots()->permissions(botId) : bots::PermissionSet();
    // The same permission checks as the Integrations page's own buttons.
    m_connect->setEnabled(bot && permissions.has(bots::Permission::CreateOAuth));
    m_test->setEnabled(bot && permissions.has(bots::Permission::ReadIntegrations)
                       && m_window->context()->bots()->connectionInfo(botId).has_value());
}

void MainMenu::sendToFocus(const char *slot)
{
    // Line edits, text edits and item views all have copy()/selectAll() slots.
    if (QWidget *focus = QApplication::focusWidget())
        QMetaObject::invokeMethod(focus, slot);
}

QString MainMenu::shortcutsText()
{
    const QStringList lines {
        tr("Ctrl+N — Add a bot"),
        tr("F2 — Rename the selected bot"),
        tr("Delete (in the bot list) — Remove the selected bot"),
        tr("F5 — Test the selected bot's connection"),
        tr("Ctrl+1 … Ctrl+5 — Integrations, Permissions, SOQL Console, Actions, Activity"),
        tr("Ctrl+Enter (in the SOQL Console) — Run the query"),
        tr("F1 — Documentation"),
        tr("Ctrl+Q — Quit"),
    };
    return lines.join(QLatin1Char('\n'));
}

QString MainMenu::aboutText()
{
    return tr("Manages the Salesforce connections and permissions of Hilal chatbots.\n\n"
              "Versions: Hilal Salesforce Admin %1, Qt %2 (built with %3), QtKeychain %4.\n\n"
              "Licences: Qt is used under the GNU LGPL version 3, QtKeychain under the BSD "
              "3-clause licence.")
        .arg(QStringLiteral(HILAL_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QStringLiteral(HILAL_QTKEYCHAIN_VERSION));
}

} // namespace hilal::ui
