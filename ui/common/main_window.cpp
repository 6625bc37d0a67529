#include "ui/common/main_window.h"

#include "ui/actions/action_tester.h"
#include "ui/activity/activity_tab.h"
#include "ui/bots/bot_list.h"
#include "ui/bots/bot_tab.h"
#include "ui/bots/lead_fields_tab.h"
#include "ui/bots/permissions_tab.h"
#include "ui/common/app_context.h"
#include "ui/common/first_run_guide.h"
#include "ui/common/gui_preferences.h"
#include "ui/common/main_menu.h"
#include "ui/console/soql_console.h"
#include "ui/integrations/integrations_page.h"

#include "core/app_paths.h"

#include <QAction>
#include <QCloseEvent>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <functional>

namespace hilal::ui {

namespace {

const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kSplitterKey = QStringLiteral("mainWindow/splitter");
const auto kTabKey = QStringLiteral("mainWindow/currentTab");

// Holds a tab that is built the first time it is shown, so the window appears without waiting
// for tabs the user may not open (the console's completer, the action forms, the activity
// query). It passes the selected bot on, before and after the real tab exists.
class LazyBotTab : public QWidget, public BotTab
{
public:
    using Factory = std::function<QWidget *()>;

    explicit LazyBotTab(Factory factory)
        : m_factory(std::move(factory))
        , m_layout(new QVBoxLayout(this))
    {
        m_layout->setContentsMargins(0, 0, 0, 0);
    }

    void setBot(const QString &botId) override
    {
        m_botId = botId;
        if (auto *tab = dynamic_cast<BotTab *>(m_tab))
            tab->setBot(botId);
    }

    QWidget *ensureCreated()
    {
        if (!m_tab) {
            m_tab = m_factory();
            m_layout->addWidget(m_tab);
            setFocusProxy(m_tab);
            if (isVisible())
                m_tab->show(); // the layout would only show it on the next event-loop turn
            if (auto *tab = dynamic_cast<BotTab *>(m_tab))
                tab->setBot(m_botId);
        }
        return m_tab;
    }

protected:
    void showEvent(QShowEvent *event) override
    {
        ensureCreated();
        QWidget::showEvent(event);
    }

private:
    Factory m_factory;
    QVBoxLayout *m_layout;
    QWidget *m_tab = nullptr;
    QString m_botId;
};

// A tab of type Tab (a BotTab), built on first show with `services`.
template<class Tab> LazyBotTab *lazyTab(const Services &services)
{
    return new LazyBotTab([services] { return new Tab(services); });
}

} // namespace

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setWindowTitle(tr("Hilal Salesforce Admin"));
    const QString iconPath = QStringLiteral(":/icons/hilal-sf-admin.svg");
    if (QFile::exists(iconPath))
        setWindowIcon(QIcon(iconPath));
    setMinimumSize(880, 560);
    GuiPreferences::apply(); // the console's Bulk export threshold, from Settings…

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QFrame(central);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::Highlight));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::HighlightedText));
    m_banner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_bannerLabel->setAccessibleName(tr("Demo mode"));
    bannerLayout->addWidget(m_bannerLabel);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_guide = new FirstRunGuide(context, central);
    layout->addWidget(m_guide);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setChildrenCollapsible(false);
    m_botList = new BotList(context, m_splitter);
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Bot details"));
    m_splitter->addWidget(m_botList);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 760});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    buildTabs();
    auto *menu = new MainMenu(this); // after the tabs: Ctrl+1… follow them
    connect(m_guide, &FirstRunGuide::settingsRequested, menu->settingsAction(), &QAction::trigger);
    connect(m_guide, &FirstRunGuide::addBotRequested, menu->addBotAction(), &QAction::trigger);
    connect(m_guide, &FirstRunGuide::connectRequested, menu->connectAction(), &QAction::trigger);
    connect(menu->settingsAction(), &QAction::triggered, m_guide, &FirstRunGuide::markConnectedAppChecked);
    connect(context, &AppContext::currentBotChanged, this, &MainWindow::onCurrentBotChanged);
    onCurrentBotChanged(context->currentBotId());
    restoreState();
}

// Also here, not only in closeEvent: Ctrl+C or a TERM quits without closing the window.
MainWindow::~MainWindow()
{
    saveState();
}

void MainWindow::buildTabs()
{
    const Services &services = m_context->services();
    m_integrations = new IntegrationsPage(services);
    addBotTab(m_integrations, tr("&Integrations"), tr("Integrations"));
    m_permissions = new PermissionsTab(services);
    addBotTab(m_permissions, tr("&Permissions"), tr("Permissions"));

    // The others are built on first show.
    addBotTab(lazyTab<SoqlConsole>(services), tr("SOQL &Console"), tr("SOQL Console"));
    addBotTab(lazyTab<ActionTester>(services), tr("&Actions"), tr("Actions"));
    addBotTab(lazyTab<ActivityTab>(services), tr("Ac&tivity"), tr("Activity"));
    addBotTab(lazyTab<LeadFieldsTab>(services), tr("Lead fields"), tr("Lead fields"));
}

QWidget *MainWindow::tabContent(int index) const
{
    QWidget *widget = m_tabs->widget(index);
    if (auto *lazy = dynamic_cast<LazyBotTab *>(widget))
        return lazy->ensureCreated();
    return widget;
}

void MainWindow::addBotTab(QWidget *tab, const QString &title, const QString &accessibleName)
{
    tab->setAccessibleName(accessibleName);
    m_tabs->addTab(tab, title);
}

void MainWindow::onCurrentBotChanged(const QString &botId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = dynamic_cast<BotTab *>(m_tabs->widget(i)))
            tab->setBot(botId);
    }
}

void MainWindow::setBanner(const QString &text)
{
    m_bannerLabel->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_guide->refresh(); // the demo's banner comes with the demo org: no walk-through then
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() ? m_bannerLabel->text() : QString();
}

void MainWindow::restoreState()
{
    const QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    if (s.contains(kGeometryKey))
        restoreGeometry(s.value(kGeometryKey).toByteArray());
    else
        resize(1100, 720);
    if (s.contains(kSplitterKey))
        m_splitter->restoreState(s.value(kSplitterKey).toByteArray());
    m_tabs->setCurrentIndex(qBound(0, s.value(kTabKey, 0).toInt(), m_tabs->count() - 1));
}

void MainWindow::saveState() const
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.setValue(kGeometryKey, saveGeometry());
    s.setValue(kSplitterKey, m_splitter->saveState());
    s.setValue(kTabKey, m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace hilal::ui
