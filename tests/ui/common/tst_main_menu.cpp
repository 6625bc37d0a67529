// The menu bar and shortcuts: File/Edit/Bot/Help, Ctrl+1…5 for the tabs, Delete only in the bot
// list, About naming the versions, and mnemonics unique among what is on screen together (every
// SOQL console control has one).
#include "support/gui_test.h"

#include "ui/bots/bot_list.h"
#include "ui/common/app_context.h"
#include "ui/common/main_menu.h"
#include "ui/common/main_window.h"
#include "ui/common/message_box.h"
#include "ui/console/soql_console.h"

#include "bots/bot_repository.h"
#include "core/app_paths.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace hilal;
using namespace hilal::ui;

namespace {

// The letter after a single '&' ("A&dd…" → 'D'), or 0.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return QChar();
}

} // namespace

class TestMainMenu : public QObject
{
    Q_OBJECT

    // Who holds each letter among the menu bar's titles and the tabs (always on screen).
    QHash<QChar, QStringList> menuAndTabMnemonics() const
    {
        QHash<QChar, QStringList> owners;
        for (QAction *a : m_window->menuBar()->actions())
            owners[mnemonic(a->text())] << a->text();
        for (int t = 0; t < m_window->tabs()->count(); ++t)
            owners[mnemonic(m_window->tabs()->tabText(t))] << m_window->tabs()->tabText(t);
        return owners;
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        AppPaths::setDataDirOverride(m_home->path());
        AppContext::Options options;
        options.keychainService = QStringLiteral("hilal-sf-admin-test-%1")
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        m_context = std::make_unique<AppContext>(options);
        QVERIFY(m_context->bots()->add(QStringLiteral("Website concierge"), bots::Audience::Public,
                                       bots::OrgKind::Production));
        QVERIFY(m_context->bots()->add(QStringLiteral("Sales ops"), bots::Audience::Internal, bots::OrgKind::Sandbox));
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(MessageBox::NoButton);
        m_window.reset();
        m_context.reset();
        AppPaths::setDataDirOverride({});
        m_home.reset();
    }

    void menusAndShortcuts()
    {
        MainMenu *menu = m_window->findChild<MainMenu *>();
        QVERIFY(menu);
        QStringList titles;
        for (QAction *a : m_window->menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles,
                 (QStringList {QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Bot"),
                               QStringLiteral("&Help")}));
        QCOMPARE(menu->quitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QCOMPARE(menu->renameAction()->shortcut(), QKeySequence(Qt::Key_F2));
        QCOMPARE(menu->testAction()->shortcut(), QKeySequence(QKeySequence::Refresh));
        QCOMPARE(menu->documentationAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(menu->renameAction()->isEnabled()); // a bot is selected
        // A new bot has no CREATE_OAUTH: Connect is off, as on the Integrations page.
        QVERIFY(!menu->connectAction()->isEnabled());

        // Ctrl+1…5 switch tabs.
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::PermissionsIndex));
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::ActivityIndex));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::IntegrationsIndex));

        // Delete asks to remove the bot only when the bot list has the focus.
        MessageBox::setNextAnswer(MessageBox::Cancel);
        QListView *list = m_window->botList()->view();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Remove Bot"));
        QCOMPARE(m_context->bots()->list().size(), 2); // cancelled

        // About names the versions.
        MessageBox::setNextAnswer(MessageBox::Ok);
        menu->aboutAction()->trigger();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral(HILAL_VERSION)));
        QVERIFY(MainMenu::aboutText().contains(QString::fromLatin1(qVersion())));
        QVERIFY(MainMenu::aboutText().contains(QLatin1String("QtKeychain")));
        QVERIFY(!MainMenu::aboutText().contains(QLatin1String("unknown")));

        // The Bot menu, as it opens.
        QMenu *botMenu = m_window->menuBar()->actions().at(2)->menu();
        botMenu->popup(m_window->mapToGlobal(QPoint(80, 20)));
        QTRY_VERIFY(botMenu->isVisible());
        test::saveScreenshot(botMenu, QStringLiteral("main_menu_bot"));
        botMenu->hide();
        test::saveScreenshot(m_window.get(), QStringLiteral("main_menu_window"));
    }

    void mnemonicsAreUniqueOnEachTab()
    {
        for (int index = 0; index < m_window->tabs()->count(); ++index) {
            m_window->tabs()->setCurrentIndex(index);
            QCoreApplication::processEvents();
            QHash<QChar, QStringList> owners = menuAndTabMnemonics();
            for (QAbstractButton *b : m_window->findChildren<QAbstractButton *>()) {
                if (b->isVisibleTo(m_window.get()))
                    owners[mnemonic(b->text())] << b->text();
            }
            for (QLabel *l : m_window->findChildren<QLabel *>()) {
                if (l->buddy() && l->isVisibleTo(m_window.get()))
                    owners[mnemonic(l->text())] << l->text();
            }
            owners.remove(QChar());
            for (auto it = owners.cbegin(); it != owners.cend(); ++it)
                QVERIFY2(it.value().size() == 1,
                         qPrintable(QStringLiteral("tab %1: Alt+%2 belongs to %3")
                                        .arg(index)
                                        .arg(it.key(), it.value().join(QStringLiteral(", ")))));
        }
    }

    // Every control of the SOQL console is reached with Alt+letter — buttons by their own
    // mnemonic, boxes through the label naming them — and no letter is also a tab's, a menu's or
    // another control's. Stop, shown while a query runs, counts too.
    void everyConsoleControlHasAUniqueMnemonic()
    {
        m_window->tabs()->setCurrentIndex(MainWindow::SoqlConsoleIndex);
        // The console is the tab itself.
        auto *console = qobject_cast<SoqlConsole *>(m_window->tabContent(MainWindow::SoqlConsoleIndex));
        QVERIFY(console);
        QCoreApplication::processEvents();
        QHash<QChar, QStringList> owners = menuAndTabMnemonics();
        for (QAbstractButton *b : m_window->botList()->findChildren<QAbstractButton *>())
            owners[mnemonic(b->text())] << b->text();
        QStringList without;
        for (QAbstractButton *b : console->findChildren<QAbstractButton *>()) {
            if (b->text().isEmpty() || (!b->isVisibleTo(console) && b != console->stopButton()))
                continue; // icon-only tool buttons inside other widgets
            if (mnemonic(b->text()).isNull())
                without << b->text();
            owners[mnemonic(b->text())] << b->text();
        }
        QHash<QWidget *, QString> buddies;
        for (QLabel *l : console->findChildren<QLabel *>()) {
            if (l->buddy())
                buddies.insert(l->buddy(), l->text());
        }
        for (QWidget *w : console->findChildren<QWidget *>()) {
            if (!qobject_cast<QComboBox *>(w) && !qobject_cast<QLineEdit *>(w))
                continue;
            if (!w->isVisibleTo(console) || qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // a combo box's own line edit
            if (!buddies.contains(w) || mnemonic(buddies.value(w)).isNull()) {
                without << w->accessibleName();
                continue;
            }
            owners[mnemonic(buddies.value(w))] << buddies.value(w);
        }
        QVERIFY2(without.isEmpty(), qPrintable(QStringLiteral("no mnemonic: ") + without.join(QStringLiteral(", "))));
        owners.remove(QChar());
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(it.value().size() == 1,
                     qPrintable(
                         QStringLiteral("Alt+%1 belongs to %2").arg(it.key(), it.value().join(QStringLiteral(", ")))));
        QVERIFY(owners.size() >= 25); // the menus, the tabs, the bot list and the console's thirteen
        test::saveScreenshot(m_window.get(), QStringLiteral("main_menu_console_mnemonics"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

HILAL_GUI_TEST_MAIN(TestMainMenu)
#include "tst_main_menu.moc"
