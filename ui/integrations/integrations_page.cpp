#include "ui/integrations/integrations_page.h"

#include "ui/common/empty_state.h"
#include "ui/common/message_box.h"
#include "ui/common/user_text.h"
#include "ui/integrations/integrations_bridge.h"
#include "ui/integrations/login_view.h"
#include "ui/integrations/web_login_catcher.h"

#include "actions/connection_service.h"
#include "bots/bot_repository.h"
#include "core/config.h"
#include "salesforce/oauth_flow.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"
#include "salesforce/session_manager.h"
#include "secrets/token_store.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QJsonObject>
#include <QLocale>
#include <QStackedWidget>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace hilal::ui {

using salesforce::SalesforceError;
using Kind = salesforce::SalesforceError::Kind;

namespace {

const auto kActor = QStringLiteral("gui");

QString statusKey(IntegrationsPage::Status status)
{
    switch (status) {
    case IntegrationsPage::Status::NotConnected:
        return QStringLiteral("not_connected");
    case IntegrationsPage::Status::Connecting:
        return QStringLiteral("connecting");
    case IntegrationsPage::Status::Connected:
        return QStringLiteral("connected");
    case IntegrationsPage::Status::NeedsReconnect:
        return QStringLiteral("needs_reconnect");
    case IntegrationsPage::Status::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString hostText(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

IntegrationsPage::IntegrationsPage(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(tr("No bot selected"),
                             tr("Select a bot on the left to see its Salesforce connection, or "
                                "add one to get started."),
                             this))
    , m_view(new QWebEngineView(this))
    , m_channel(new QWebChannel(this))
    , m_bridge(new IntegrationsBridge(this))
{
    qRegisterMetaType<hilal::ui::LoginView *>();
    qRegisterMetaType<hilal::ui::IntegrationsPage::Status>();
    m_view->setAccessibleName(tr("Integrations page"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    // The page is local; it must never reach the network.
    QWebEngineSettings *settings = m_view->page()->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_view->page()->setWebChannel(m_channel);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_bridge, &IntegrationsBridge::pageLoaded, this, &IntegrationsPage::pageReady);
    connect(m_bridge, &IntegrationsBridge::connectRequested, this, &IntegrationsPage::connectBot);
    connect(m_bridge, &IntegrationsBridge::cancelRequested, this, &IntegrationsPage::cancelConnect);
    connect(m_bridge, &IntegrationsBridge::disconnectRequested, this, &IntegrationsPage::disconnectBot);
    connect(m_bridge, &IntegrationsBridge::testRequested, this, &IntegrationsPage::testConnection);
    onBotChanged(services, this, [this](const QString &id) {
        if (id == m_botId)
            refresh();
    });
    connect(services.connections, &actions::ConnectionService::pendingRevokesChanged, this, &IntegrationsPage::refresh);

    updatePalette();
    refresh();
    loadPage(pageUrl());
}

IntegrationsPage::~IntegrationsPage()
{
    endFlow();
}

QUrl IntegrationsPage::pageUrl()
{
    return QUrl(QStringLiteral("qrc:/integrations/index.html"));
}

bool IntegrationsPage::isPageReady() const
{
    return m_bridge->isPageReady();
}

IntegrationsPage::Status IntegrationsPage::status() const
{
    return m_lastStatus;
}

LoginView *IntegrationsPage::loginView() const
{
    return m_catcher ? m_catcher->view() : nullptr;
}

void IntegrationsPage::setBot(const QString &botId)
{
    const bool changed = botId != m_botId;
    m_botId = botId;
    m_stack->setCurrentWidget(botId.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    if (changed && m_view->url().hasQuery())
        loadPage(pageUrl()); // the last connect's outcome belongs to the bot it was for
    refresh();
}

void IntegrationsPage::loadPage(const QUrl &url)
{
    m_bridge->resetPageReady();
    m_view->load(url);
}

void IntegrationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LayoutDirectionChange)
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
        // The card mirrors with the widgets (Arabic, -reverse): the page's <html dir>.
        {QStringLiteral("direction"),
         layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr")},
        {QStringLiteral("font"), QStringLiteral("\"%1\", system-ui, sans-serif").arg(f.family())},
        {QStringLiteral("fontSize"), QStringLiteral("%1pt").arg(f.pointSizeF() > 0 ? f.pointSizeF() : 10.0)},
    });
    m_view->page()->setBackgroundColor(window);
}

void IntegrationsPage::refresh()
{
    if (!m_botId.isEmpty() && m_services.bots->contains(m_botId))
        watchSession(m_services.sessions->session(m_botId));
    const QVariantMap state = buildState();
    m_bridge->setState(state);
    Status status = Status::NotConnected;
    for (Status s :
         {Status::NotConnected, Status::Connecting, Status::Connected, Status::NeedsReconnect, Status::Error}) {
        if (statusKey(s) == state.value(QStringLiteral("status")).toString())
            status = s;
    }
    if (status != m_lastStatus) {
        m_lastStatus = status;
        emit statusChanged(status);
    }
}

// A refused refresh anywhere (an action, the console, a test) turns the card to Needs reconnect.
void IntegrationsPage::watchSession(salesforce::Session *session)
{
    if (m_watched.contains(session))
        return;
    m_watched.insert(session);
    connect(session, &QObject::destroyed, this, [this, session] { m_watched.remove(session); });
    connect(session, &salesforce::Session::reconnectNeeded, this, [this](const QString &botId, const QString &message) {
        Transient &t = m_transient[botId];
        t.status = Status::NeedsReconnect;
        t.errorReason = message;
        t.errorAction = tr("Click Reconnect and log in again; the bot's actions fail until you do.");
        m_services.bots->recordConnectionEvent(botId, QStringLiteral("reconnect needed"), message, kActor);
        refresh();
    });
}

QVariantMap IntegrationsPage::buildState() const
{
    QVariantMap s;
    const auto bot = m_services.bots->get(m_botId);
    if (!bot) {
        s[QStringLiteral("status")] = statusKey(Status::NotConnected);
        s[QStringLiteral("statusText")] = tr("Not connected");
        s[QStringLiteral("canConnect")] = false;
        return s;
    }
    const bots::PermissionSet permissions = m_services.bots->permissions(bot->id);
    const bool canConnect = permissions.has(bots::Permission::CreateOAuth);
    const bool canRead = permissions.has(bots::Permission::ReadIntegrations);
    const bool canDisconnect = permissions.has(bots::Permission::DeleteIntegrations);
    const auto info = m_services.bots->connectionInfo(bot->id);
    const Transient transient = m_transient.value(bot->id);
    const QUrl loginUrl = salesforce::loginUrlFor(
        bot->orgKind == bots::OrgKind::Sandbox ? salesforce::OrgKind::Sandbox : salesforce::OrgKind::Production,
        bot->loginUrl);

    Status status = info ? Status::Connected : Status::NotConnected;
    // An org kind change ended the connection (its token was the old login host's): reconnect.
    const QString reconnect = info ? QString() : m_services.bots->reconnectReason(bot->id);
    if (!reconnect.isEmpty())
        status = Status::NeedsReconnect;
    if (transient.status == Status::Connecting || transient.status == Status::Error
        || (transient.status == Status::NeedsReconnect && info))
        status = transient.status;

    s[QStringLiteral("subtitle")] = tr("Services “%1” can use. Changes apply to this bot only.").arg(bot->name);
    s[QStringLiteral("status")] = statusKey(status);
    s[QStringLiteral("canConnect")] = canConnect && status != Status::Connecting;
    s[QStringLiteral("canRead")] = canRead;
    s[QStringLiteral("canDisconnect")] = canDisconnect;
    s[QStringLiteral("disconnectNotAllowed")]
        = tr("This bot lacks DELETE_INTEGRATIONS; grant it on the Permissions tab to disconnect.");
    s[QStringLiteral("loginHostText")] = tr("Logs in at %1").arg(hostText(loginUrl));
    s[QStringLiteral("testing")] = transient.testing;
    s[QStringLiteral("testResult")] = transient.testResult;
    s[QStringLiteral("testOk")] = transient.testOk;

    switch (status) {
    case Status::NotConnected:
        s[QStringLiteral("statusText")] = tr("Not connected");
        s[QStringLiteral("message")]
            = tr("Connect this bot to a Salesforce org. You log in to Salesforce in a window that only "
                 "talks to Salesforce; the bot never sees your password.");
        s[QStringLiteral("connectText")] = tr("Connect");
        break;
    case Status::Connecting:
        s[QStringLiteral("statusText")] = tr("Connecting…");
        s[QStringLiteral("message")]
            = tr("Log in and allow access in the Salesforce window. Close it or click Cancel to stop.");
        break;
    case Status::Connected:
        s[QStringLiteral("statusText")] = tr("Connected");
        s[QStringLiteral("orgName")] = info->orgName;
        s[QStringLiteral("orgId")] = info->orgId;
        s[QStringLiteral("username")] = info->username;
        s[QStringLiteral("instanceUrl")] = info->instanceUrl.toString();
        s[QStringLiteral("sandbox")] = info->sandbox;
        s[QStringLiteral("connectedSinceText")]
            = QLocale().toString(info->connectedSince.toLocalTime(), QLocale::LongFormat);
        if (!m_services.tokens->isPersistent())
            s[QStringLiteral("message")]
                = tr("No keychain is available, so this connection is kept for this session only (%1).")
                      .arg(m_services.tokens->fallbackReason());
        break;
    case Status::NeedsReconnect:
        s[QStringLiteral("statusText")] = tr("Needs reconnect");
        s[QStringLiteral("errorReason")] = reconnect.isEmpty() ? transient.errorReason : reconnect;
        s[QStringLiteral("errorAction")] = reconnect.isEmpty()
            ? transient.errorAction
            : tr("Click Reconnect and log in at %1; the bot's actions fail until you do.").arg(hostText(loginUrl));
        s[QStringLiteral("connectText")] = tr("Reconnect");
        break;
    case Status::Error:
        s[QStringLiteral("statusText")] = tr("Not connected");
        s[QStringLiteral("errorReason")] = transient.errorReason;
        s[QStringLiteral("errorAction")] = transient.errorAction;
        s[QStringLiteral("connectText")] = tr("Connect");
        break;
    }

    if (m_services.connections->isRevokePending(bot->id))
        s[QStringLiteral("revokePendingNotice")]
            = tr("Revoke pending: an earlier token of this bot could not be revoked because Salesforce was "
                 "unreachable. The bot no longer uses it; it is revoked at the next start or disconnect.");

    if (!canConnect && status != Status::Connected && status != Status::Connecting)
        s[QStringLiteral("permissionNotice")]
            = tr("“%1” may not connect integrations: it lacks CREATE_OAUTH. Grant it on the Permissions "
                 "tab to connect Salesforce.")
                  .arg(bot->name);
    else if (status == Status::Connected && !canRead)
        s[QStringLiteral("permissionNotice")]
            = tr("Connection details are hidden: “%1” lacks READ_INTEGRATIONS.").arg(bot->name);
    return s;
}

void IntegrationsPage::connectBot()
{
    const auto bot = m_services.bots->get(m_botId);
    if (!bot || !m_services.bots->permissions(bot->id).has(bots::Permission::CreateOAuth))
        return;
    if (!m_flowBotId.isEmpty()) {
        if (m_flowBotId == bot->id)
            return; // already connecting this bot: the login window is open
        cancelConnect();
    }

    salesforce::OAuthFlow::Settings settings;
    settings.botId = bot->id;
    settings.clientId = Config::get(Config::SalesforceClientId);
    settings.orgKind
        = bot->orgKind == bots::OrgKind::Sandbox ? salesforce::OrgKind::Sandbox : salesforce::OrgKind::Production;
    settings.loginUrl = salesforce::loginUrlFor(settings.orgKind, bot->loginUrl);
    if (const auto info = m_services.bots->connectionInfo(bot->id))
        settings.loginHint = info->username;

    // The Connected App's consumer secret, when it requires one, comes from the keychain only.
    const QString botId = bot->id;
    const QString botName = bot->name;
    m_flowBotId = botId;
    Transient &pending = m_transient[botId];
    pending = Transient();
    pending.status = Status::Connecting;
    refresh();
    secrets::TokenJob *secretJob = m_services.tokens->loadSecret(secrets::TokenStore::kClientSecretKey);
    connect(secretJob, &secrets::TokenJob::finished, this, [this, secretJob, settings, botId, botName]() mutable {
        if (m_flowBotId != botId || m_flow)
            return; // cancelled, or another bot's connect began meanwhile
        settings.clientSecret = secretJob->secret();
        startFlow(settings, botId, botName);
    });
}

void IntegrationsPage::startFlow(const salesforce::OAuthFlow::Settings &settings, const QString &botId,
                                 const QString &botName)
{
    m_catcher = new WebLoginCatcher(window(), {}, this);
    m_catcher->setTitle(
        tr("Log in “%1” at %2")
            .arg(botName,
                 settings.loginUrl.port() > 0
                     ? QStringLiteral("%1:%2").arg(settings.loginUrl.host()).arg(settings.loginUrl.port())
                     : settings.loginUrl.host()));
    if (const auto info = m_services.bots->connectionInfo(botId))
        m_catcher->setExtraAllowedOrigins({info->instanceUrl});
    m_flow = new salesforce::OAuthFlow(settings, m_catcher, m_services.sessions->network(), this);
    m_closedByUser = false;

    connect(m_catcher, &WebLoginCatcher::closedByUser, this, [this] { m_closedByUser = true; });
    connect(m_catcher, &WebLoginCatcher::viewOpened, this, &IntegrationsPage::loginViewOpened);
    connect(m_flow, &salesforce::OAuthFlow::succeeded, this,
            [this, botId](const salesforce::Connection &c) { onFlowSucceeded(botId, c); });
    connect(m_flow, &salesforce::OAuthFlow::failed, this,
            [this, botId](const SalesforceError &e) { onFlowFailed(botId, e, m_closedByUser); });
    m_flow->start();
}

void IntegrationsPage::cancelConnect()
{
    if (m_flow) {
        m_closedByUser = true; // a deliberate stop, not an error
        m_flow->cancel();
    } else if (!m_flowBotId.isEmpty()) {
        // Still reading the consumer secret: nothing started yet.
        m_transient.remove(m_flowBotId);
        m_flowBotId.clear();
        refresh();
    }
}

void IntegrationsPage::endFlow()
{
    if (m_flow)
        m_flow->deleteLater();
    if (m_catcher)
        m_catcher->deleteLater();
    m_flow = nullptr;
    m_catcher = nullptr;
    m_flowBotId.clear();
}

void IntegrationsPage::onFlowSucceeded(const QString &botId, const salesforce::Connection &connection)
{
    endFlow();
    m_services.connections->finishConnect(
        botId, connection, this, [this, botId](const actions::ConnectionService::Result &result) {
            if (!result.ok()) {
                const bool refused = result.status == actions::ConnectionService::Result::Status::NotAllowed;
                setError(
                    botId, result.message,
                    refused
                        ? tr("Grant CREATE_OAUTH on the Permissions tab, then click Connect again.")
                        : tr("Unlock your keychain (for example GNOME Keyring or KWallet) and click Connect again."),
                    refused ? QStringLiteral("permission") : QStringLiteral("keychain"));
                return;
            }
            m_transient.remove(botId);
            if (botId == m_botId) {
                QUrl url = pageUrl();
                url.setQuery(QStringLiteral("salesforce=success"));
                loadPage(url);
            }
            refresh();
        });
}

void IntegrationsPage::onFlowFailed(const QString &botId, const SalesforceError &error, bool closedByUser)
{
    endFlow();
    if (closedByUser || error.kind == Kind::Cancelled) {
        // Nothing happened: the card goes back to where it was and Connect works again.
        m_transient.remove(botId);
        refresh();
        return;
    }
    QString action;
    if (error.errorCode == QLatin1String("access_denied"))
        action = tr("Nothing was changed. Click Connect when you want to try again.");
    else if (error.kind == Kind::Network || error.kind == Kind::Timeout)
        action = tr("Check your network connection and the bot's login URL, then click Connect again.");
    else if (error.kind == Kind::Keychain)
        action = tr("Unlock your keychain and click Connect again.");
    else
        action = tr("Check the Connected App's consumer key and callback URL (salesforce.clientId, "
                    "salesforce.callbackUrl), then click Connect again.");
    setError(botId, error.message, action,
             error.errorCode.isEmpty() ? SalesforceError::kindName(error.kind) : error.errorCode);
}

void IntegrationsPage::setError(const QString &botId, const QString &reason, const QString &action, const QString &code)
{
    Transient &t = m_transient[botId];
    t = Transient();
    t.status = Status::Error;
    t.errorReason = UserText::withoutCliHints(reason);
    t.errorAction = action;
    if (botId == m_botId) {
        QUrl url = pageUrl();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("salesforce"), QStringLiteral("error"));
        query.addQueryItem(QStringLiteral("reason"), code);
        url.setQuery(query);
        loadPage(url);
    }
    refresh();
}

void IntegrationsPage::disconnectBot()
{
    const auto bot = m_services.bots->get(m_botId);
    if (!bot || !m_services.bots->permissions(bot->id).has(bots::Permission::DeleteIntegrations))
        return;
    const auto answer = MessageBox::question(
        this, tr("Disconnect Salesforce"), tr("Disconnect “%1” from Salesforce?").arg(bot->name),
        tr("The bot's token is revoked at Salesforce and deleted from this computer's keychain. The "
           "bot's Salesforce actions stop working until you connect again."),
        MessageBox::Disconnect);
    if (answer != MessageBox::Disconnect)
        return;
    const QString botId = bot->id;
    m_services.connections->disconnect(botId, this, [this, botId](const actions::ConnectionService::Result &result) {
        m_transient.remove(botId);
        if (!result.ok())
            setError(botId, result.message, tr("Unlock your keychain and choose Disconnect again."),
                     QStringLiteral("keychain"));
        else if (botId == m_botId && m_view->url().hasQuery())
            loadPage(pageUrl());
        refresh();
    });
}

void IntegrationsPage::testConnection()
{
    const QString botId = m_botId;
    if (botId.isEmpty() || m_transient.value(botId).testing)
        return;
    Transient &t = m_transient[botId];
    t.testing = true;
    t.testResult.clear();
    refresh();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // /limits is a cheap authenticated REST call: a dead session gets a 401, the refresh is
    // tried once, and a refused refresh comes back as ReconnectNeeded.
    salesforce::RestReply *reply = m_services.sessions->client(botId)->limits();
    connect(reply, &salesforce::RestReply::finished, this, [this, reply, botId, timer] {
        Transient &t = m_transient[botId];
        t.testing = false;
        const SalesforceError &error = reply->error();
        if (!error) {
            t.testOk = true;
            const QJsonObject daily = reply->object().value(QLatin1String("DailyApiRequests")).toObject();
            t.testResult = daily.isEmpty()
                ? tr("The connection works: Salesforce answered in %1 ms.").arg(timer->elapsed())
                : tr("The connection works: Salesforce answered in %1 ms; %2 of %3 API requests left today.")
                      .arg(timer->elapsed())
                      .arg(QLocale().toString(daily.value(QLatin1String("Remaining")).toInteger()))
                      .arg(QLocale().toString(daily.value(QLatin1String("Max")).toInteger()));
        } else if (error.kind == Kind::ReconnectNeeded || error.kind == Kind::NotConnected) {
            t.status = Status::NeedsReconnect;
            t.errorReason = UserText::withoutCliHints(error.message);
            t.errorAction = tr("Click Reconnect and log in again; the bot's actions fail until you do.");
            t.testResult.clear();
        } else {
            t.testOk = false;
            t.testResult = tr("The test failed: %1").arg(UserText::withoutCliHints(error.message));
        }
        refresh();
        emit testFinished(!error);
    });
}

} // namespace hilal::ui
