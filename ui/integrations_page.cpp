#include "ui/integrations_page.h"

#include "ui/app_context.h"
#include "ui/empty_state.h"
#include "ui/integrations_bridge.h"

#include <QApplication>
#include <QEvent>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace hilal::ui {

IntegrationsPage::IntegrationsPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(tr("No bot selected"),
                             tr("Select a bot on the left to see its Salesforce connection, or "
                                "add one to get started."),
                             this))
    , m_view(new QWebEngineView(this))
    , m_channel(new QWebChannel(this))
    , m_bridge(new IntegrationsBridge(this))
{
    m_view->setAccessibleName(tr("Integrations page"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    // The page is local; it must never reach the network.
    QWebEngineSettings *settings = m_view->page()->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_view->page()->setWebChannel(m_channel);
    m_view->page()->setBackgroundColor(palette().color(QPalette::Window));

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_bridge, &IntegrationsBridge::pageLoaded, this, &IntegrationsPage::pageReady);
    updatePalette();
    refresh();
    loadPage(pageUrl());
}

IntegrationsPage::~IntegrationsPage() = default;

QUrl IntegrationsPage::pageUrl()
{
    return QUrl(QStringLiteral("qrc:/integrations/index.html"));
}

bool IntegrationsPage::isPageReady() const
{
    return m_bridge->isPageReady();
}

void IntegrationsPage::setBot(const QString &botId)
{
    m_botId = botId;
    m_stack->setCurrentWidget(botId.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    refresh();
}

void IntegrationsPage::loadPage(const QUrl &url)
{
    m_view->load(url);
}

void IntegrationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updatePalette();
    QWidget::changeEvent(event);
}

// The page follows the desktop: colours and font come from the widget palette, so light and
// dark themes (and high contrast ones) look native.
void IntegrationsPage::updatePalette()
{
    const QPalette p = palette();
    const auto css = [](const QColor &c) { return c.name(QColor::HexRgb); };
    const QColor window = p.color(QPalette::Window);
    QColor muted = p.color(QPalette::PlaceholderText);
    if (!muted.isValid() || muted == p.color(QPalette::Text))
        muted = p.color(QPalette::Disabled, QPalette::Text);
    const QFont f = font();
    m_bridge->setPalette({
        {QStringLiteral("window"), css(window)},
        {QStringLiteral("window-text"), css(p.color(QPalette::WindowText))},
        {QStringLiteral("base"), css(p.color(QPalette::Base))},
        {QStringLiteral("text"), css(p.color(QPalette::Text))},
        {QStringLiteral("mid"), css(p.color(QPalette::Mid))},
        {QStringLiteral("muted"), css(muted)},
        {QStringLiteral("highlight"), css(p.color(QPalette::Highlight))},
        {QStringLiteral("highlighted-text"), css(p.color(QPalette::HighlightedText))},
        {QStringLiteral("button"), css(p.color(QPalette::Button))},
        {QStringLiteral("button-text"), css(p.color(QPalette::ButtonText))},
        {QStringLiteral("link"), css(p.color(QPalette::Link))},
        {QStringLiteral("dark"), window.lightness() < 128},
        {QStringLiteral("font"), QStringLiteral("\"%1\", system-ui, sans-serif").arg(f.family())},
        {QStringLiteral("fontSize"), QStringLiteral("%1pt").arg(f.pointSizeF() > 0 ? f.pointSizeF() : 10.0)},
    });
    m_view->page()->setBackgroundColor(window);
}

void IntegrationsPage::refresh()
{
    m_bridge->setState(buildState());
}

QVariantMap IntegrationsPage::buildState() const
{
    QVariantMap s;
    s[QStringLiteral("status")] = QStringLiteral("not_connected");
    s[QStringLiteral("statusText")] = tr("Not connected");
    s[QStringLiteral("message")] =
        tr("Connect this bot to a Salesforce org. You will log in to Salesforce in a window that "
           "only talks to Salesforce; the bot never sees your password.");
    s[QStringLiteral("canConnect")] = !m_botId.isEmpty();
    return s;
}

} // namespace hilal::ui
