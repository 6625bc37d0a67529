// The Integrations tab against a real local org over loopback HTTP: Connect through the
// embedded login view (forms filled by JavaScript), Deny, closing the view halfway, a 400 page
// at the authorize URL, Test connection, Disconnect with revocation at the org.
#include "support/gui_test.h"

#include "ui/bots/bot_list.h"
#include "ui/common/app_context.h"
#include "ui/common/bidi_text_style.h"
#include "ui/common/main_window.h"
#include "ui/common/message_box.h"
#include "ui/integrations/integrations_bridge.h"
#include "ui/integrations/integrations_page.h"
#include "ui/integrations/login_view.h"

#include "bots/bot_repository.h"
#include "core/app_paths.h"
#include "core/config.h"
#include "emulator/local_org.h"
#include "emulator/local_org_thread.h"
#include "secrets/token_store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace hilal;
using namespace hilal::ui;
using Status = IntegrationsPage::Status;

namespace {

const auto kUser = QStringLiteral("admin@hilal-demo.example");
const auto kPassword = QStringLiteral("HilalDemo1!");

} // namespace

class TestIntegrationsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        BidiTextStyle::install(); // as the app does: widget text in its own direction when mirrored
        emulator::LocalOrgOptions options;
        options.records = 50;
        m_org = std::make_unique<emulator::LocalOrgThread>(options);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        AppPaths::setDataDirOverride(m_home->path());
        AppContext::Options options;
        // A service per test: parallel test programs never see each other's entries.
        options.keychainService = QStringLiteral("hilal-sf-admin-test-%1")
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        m_context = std::make_unique<AppContext>(options);
        const auto bot = m_context->bots()->add(QStringLiteral("Sales ops"), bots::Audience::Internal,
                                                bots::OrgKind::Production, m_org->url());
        QVERIFY(bot);
        m_botId = bot->id;
        QVERIFY(m_context->bots()->setPermissions(m_botId, bots::PermissionSet::all()));
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->tabs()->setCurrentIndex(MainWindow::IntegrationsIndex);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_context->currentBotId(), m_botId);
        QTRY_VERIFY_WITH_TIMEOUT(page()->isPageReady(), 30000);
        QVERIFY(test::waitForJs(
            webPage(), QStringLiteral("document.getElementById('sf-status').textContent === 'Not connected'")));
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(MessageBox::NoButton);
        m_window.reset();
        m_context.reset();
        Config::set(Config::SalesforceClientId, Config::defaultValue(Config::SalesforceClientId));
        AppPaths::setDataDirOverride({});
        m_home.reset();
    }

    void connectShowsConnectedAndStoresToken()
    {
        test::saveScreenshot(m_window.get(), QStringLiteral("integrations_not_connected"));
        LoginView *view = clickConnectAndWaitForLogin();
        QVERIFY(view);
        const QPointer<LoginView> guard(view);
        QCOMPARE(page()->status(), Status::Connecting);
        QVERIFY(view->profile()->isOffTheRecord());
        // Modal to the main window (the bot cannot be switched under it), titled with the bot
        // and the login host.
        QCOMPARE(view->windowModality(), Qt::WindowModal);
        QVERIFY2(view->windowTitle().contains(QLatin1String("Sales ops"))
                     && view->windowTitle().contains(m_org->url().host()),
                 qPrintable(view->windowTitle()));
        QCOMPARE(m_window->botList()->connectionText(m_botId), QStringLiteral("Not connected"));
        QVERIFY(test::waitForJs(webPage(),
                                QStringLiteral("document.getElementById('sf-status').textContent === 'Connecting…'")));
        test::saveScreenshot(m_window.get(), QStringLiteral("integrations_connecting"));
        test::saveScreenshot(view, QStringLiteral("login_view"));
        logIn(view);
        QVERIFY(test::waitForJs(view->view()->page(), QStringLiteral("document.getElementById('allow')")));
        test::saveScreenshot(view, QStringLiteral("login_view_consent"));
        QVERIFY(test::runJs(view->view()->page(), QStringLiteral("document.getElementById('allow').click(); true"))
                    .toBool());

        QTRY_COMPARE_WITH_TIMEOUT(page()->status(), Status::Connected, 30000);
        QTRY_VERIFY(!guard || !guard->isVisible()); // closed, and dropped with its flow
        QTRY_VERIFY_WITH_TIMEOUT(QUrlQuery(page()->view()->url()).queryItemValue(QStringLiteral("salesforce"))
                                     == QLatin1String("success"),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page()->isPageReady(), 30000);
        QVERIFY(test::waitForJs(webPage(),
                                QStringLiteral("document.getElementById('sf-status').textContent === 'Connected'")));
        QVERIFY(test::waitForJs(webPage(), QStringLiteral("!document.getElementById('flash').hidden")));
        QCOMPARE(test::runJs(webPage(), QStringLiteral("document.getElementById('sf-user').textContent")).toString(),
                 kUser);
        QCOMPARE(test::runJs(webPage(), QStringLiteral("document.getElementById('sf-org').textContent")).toString(),
                 QStringLiteral("Hilal Demo"));
        const auto info = m_context->bots()->connectionInfo(m_botId);
        QVERIFY(info);
        QCOMPARE(info->username, kUser);
        // The bot list says who is connected, and to which org.
        QCOMPARE(m_window->botList()->connectionState(m_botId), BotList::ConnectionState::Connected);
        QCOMPARE(m_window->botList()->connectionText(m_botId), QStringLiteral("Connected · Hilal Demo"));

        // The token is in the keychain (under this test's service), nowhere else.
        const salesforce::Connection stored = loadStoredConnection();
        QVERIFY(!stored.accessToken.isEmpty());
        QVERIFY(!stored.refreshToken.isEmpty());
        QCOMPARE(stored.instanceUrl, m_org->url());
        test::saveScreenshot(m_window.get(), QStringLiteral("integrations_connected"));

        // ⋯ → Test connection answers over real HTTP.
        QSignalSpy tested(page(), &IntegrationsPage::testFinished);
        QVERIFY(test::runJs(webPage(),
                            QStringLiteral("document.getElementById('sf-menu-button').click(); "
                                           "document.getElementById('sf-test').click(); true"))
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
        QCOMPARE(tested.first().first().toBool(), true);
        QVERIFY(test::waitForJs(
            webPage(), QStringLiteral("document.getElementById('sf-test-result').textContent.includes('works')")));
    }

    void denyShowsErrorAndConnectWorksAgain()
    {
        LoginView *view = clickConnectAndWaitForLogin();
        logIn(view);
        QVERIFY(test::waitForJs(view->view()->page(), QStringLiteral("document.getElementById('deny')")));
        QVERIFY(test::runJs(view->view()->page(), QStringLiteral("document.getElementById('deny').click(); true"))
                    .toBool());

        QTRY_COMPARE_WITH_TIMEOUT(page()->status(), Status::Error, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(QUrlQuery(page()->view()->url()).queryItemValue(QStringLiteral("reason"))
                                     == QLatin1String("access_denied"),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page()->isPageReady(), 30000);
        QVERIFY(test::waitForJs(webPage(), QStringLiteral("!document.getElementById('sf-error').hidden")));
        const QString action
            = test::runJs(webPage(), QStringLiteral("document.getElementById('sf-error-action').textContent"))
                  .toString();
        QVERIFY2(action.contains(QLatin1String("Connect")), qPrintable(action));
        const QString reason
            = test::runJs(webPage(), QStringLiteral("document.getElementById('sf-error-reason').textContent"))
                  .toString();
        QVERIFY2(reason.contains(QLatin1String("denied")), qPrintable(reason));
        QVERIFY(!m_context->bots()->connectionInfo(m_botId));
        test::saveScreenshot(m_window.get(), QStringLiteral("integrations_denied"));

        // Connect again works and ends Connected.
        view = clickConnectAndWaitForLogin();
        logIn(view);
        QVERIFY(test::allowConsent(view->view()->page()));
        QTRY_COMPARE_WITH_TIMEOUT(page()->status(), Status::Connected, 30000);
    }

    void closingLoginViewHalfwayLeavesNotConnected()
    {
        LoginView *view = clickConnectAndWaitForLogin();
        view->reject(); // the user closes the window (Esc, Cancel or the title bar's ×)
        QTRY_COMPARE_WITH_TIMEOUT(page()->status(), Status::NotConnected, 10000);
        QVERIFY(test::waitForJs(webPage(),
                                QStringLiteral("document.getElementById('sf-status').textContent === 'Not connected' "
                                               "&& !document.getElementById('sf-connect').disabled "
                                               "&& document.getElementById('sf-error').hidden")));
        // …and Connect works again: a fresh login window opens.
        view = clickConnectAndWaitForLogin();
        QVERIFY(view->isVisible());
        // Cancel on the card stops it the same way.
        QVERIFY(test::runJs(webPage(), QStringLiteral("document.getElementById('sf-cancel').click(); true")).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(page()->status(), Status::NotConnected, 10000);
    }

    void badClientIdPageIsAFailureNotAHang()
    {
        QVERIFY(Config::set(Config::SalesforceClientId, QStringLiteral("UnknownConsumerKey")).isEmpty());
        clickConnectAndWaitForLogin();
        QTRY_COMPARE_WITH_TIMEOUT(page()->status(), Status::Error, 30000);
        const QString reason = page()->bridge()->state().value(QStringLiteral("errorReason")).toString();
        QVERIFY2(!reason.isEmpty(), qPrintable(reason));
        QTRY_VERIFY_WITH_TIMEOUT(page()->isPageReady(), 30000);
        QVERIFY(test::waitForJs(webPage(), QStringLiteral("!document.getElementById('sf-error').hidden")));
        QCOMPARE(
            test::runJs(webPage(), QStringLiteral("document.getElementById('sf-error-reason').textContent")).toString(),
            reason);
        test::saveScreenshot(m_window.get(), QStringLiteral("integrations_bad_client"));
    }

    void disconnectRevokesAtTheOrg()
    {
        connectThroughLogin();
        const salesforce::Connection stored = loadStoredConnection();
        QVERIFY(!stored.refreshToken.isEmpty());

        // Asked first: Cancel changes nothing.
        MessageBox::setNextAnswer(MessageBox::Cancel);
        clickDisconnectInMenu();
        QTRY_COMPARE_WITH_TIMEOUT(MessageBox::lastTitle(), QStringLiteral("Disconnect Salesforce"), 15000);
        QTest::qWait(200);
        QCOMPARE(page()->status(), Status::Connected);

        MessageBox::setNextAnswer(MessageBox::Disconnect);
        clickDisconnectInMenu();
        QTRY_COMPARE_WITH_TIMEOUT(page()->status(), Status::NotConnected, 20000);
        QVERIFY(!m_context->bots()->connectionInfo(m_botId));
        QVERIFY(test::waitForJs(
            webPage(), QStringLiteral("document.getElementById('sf-status').textContent === 'Not connected'")));
        test::saveScreenshot(m_window.get(), QStringLiteral("integrations_disconnected"));

        // Gone from the keychain…
        secrets::TokenJob *job = m_context->tokens()->load(m_botId);
        QSignalSpy loaded(job, &secrets::TokenJob::finished);
        QVERIFY(loaded.wait(10000));
        QVERIFY(job->notFound());
        // …and dead at the org: refreshing with the old refresh token is refused.
        QNetworkAccessManager nam;
        QUrl tokenUrl = m_org->url();
        tokenUrl.setPath(QStringLiteral("/services/oauth2/token"));
        QNetworkRequest request(tokenUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"),
                          QString::fromLatin1(QUrl::toPercentEncoding(stored.refreshToken)));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("PlatformCLI"));
        QNetworkReply *reply = nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_grant"));
        reply->deleteLater();
    }

    void refusedRefreshShowsNeedsReconnectAndReconnectWorks()
    {
        connectThroughLogin();
        // The org forgets every session and refresh token (an admin revoked the app's access).
        m_org->org()->expireAccessTokens();
        m_org->org()->revokeRefreshTokens();
        QSignalSpy tested(page(), &IntegrationsPage::testFinished);
        QVERIFY(test::runJs(webPage(),
                            QStringLiteral("document.getElementById('sf-menu-button').click(); "
                                           "document.getElementById('sf-test').click(); true"))
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
        QCOMPARE(tested.first().first().toBool(), false);
        QCOMPARE(page()->status(), Status::NeedsReconnect);
        QVERIFY(test::waitForJs(webPage(),
                                QStringLiteral("document.getElementById('sf-status').textContent === 'Needs reconnect' "
                                               "&& document.getElementById('sf-connect').textContent === 'Reconnect' "
                                               "&& !document.getElementById('sf-error').hidden")));
        test::saveScreenshot(m_window.get(), QStringLiteral("integrations_needs_reconnect"));

        // Reconnect goes through the login again and ends Connected.
        LoginView *view = clickConnectAndWaitForLogin();
        logIn(view);
        QVERIFY(test::allowConsent(view->view()->page()));
        QTRY_COMPARE_WITH_TIMEOUT(page()->status(), Status::Connected, 30000);
    }

    void followsTheDarkPalette()
    {
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x58));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        dark.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
        dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
        QApplication::setPalette(dark);
        const bool followed
            = test::waitForJs(webPage(),
                              QStringLiteral("document.documentElement.dataset.dark === 'true' && "
                                             "getComputedStyle(document.body).backgroundColor === 'rgb(43, 45, 49)'"));
        test::saveScreenshot(m_window.get(), QStringLiteral("integrations_dark"));
        QApplication::setPalette(original);
        QVERIFY(followed);
    }

    // With -reverse (or an Arabic locale) the card mirrors with the widgets around it: the page's
    // <html dir> follows the app, so the status pill moves from the right of the title to its left.
    void rightToLeftMirrorsTheCard()
    {
        connectThroughLogin();
        m_window->resize(1000, 700);
        const QString pillLeftOfTitle
            = QStringLiteral("document.getElementById('sf-status').getBoundingClientRect().left"
                             " < document.getElementById('sf-title').getBoundingClientRect().left");
        QCOMPARE(test::runJs(webPage(), QStringLiteral("document.documentElement.dir")).toString(),
                 QStringLiteral("ltr"));
        QVERIFY(!test::runJs(webPage(), pillLeftOfTitle).toBool());
        // The current window as the AppStream metainfo shows it (resources/screenshots).
        test::saveScreenshot(m_window.get(), QStringLiteral("integrations_connected_main_window"));

        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const auto restore = qScopeGuard([] { QGuiApplication::setLayoutDirection(Qt::LeftToRight); });
        QCOMPARE(page()->layoutDirection(), Qt::RightToLeft);
        QVERIFY(test::waitForJs(webPage(), QStringLiteral("document.documentElement.dir === 'rtl'")));
        QVERIFY(test::runJs(webPage(), pillLeftOfTitle).toBool());
        // English in the mirrored card keeps its own reading order (the period stays at the end of
        // "… connected."); the page itself is right-to-left.
        const QString directionOf = QStringLiteral("getComputedStyle(document.getElementById('%1')).direction");
        QCOMPARE(test::runJs(webPage(), directionOf.arg(QStringLiteral("sf-message"))).toString(),
                 QStringLiteral("ltr"));
        QCOMPARE(test::runJs(webPage(), directionOf.arg(QStringLiteral("sf-status"))).toString(),
                 QStringLiteral("ltr"));
        QCOMPARE(
            test::runJs(webPage(), QStringLiteral("getComputedStyle(document.querySelector('.card-head')).direction"))
                .toString(),
            QStringLiteral("rtl"));
        // …and still sits on the page's side: the start of a mirrored line is its right.
        QCOMPARE(
            test::runJs(webPage(), QStringLiteral("getComputedStyle(document.getElementById('sf-message')).textAlign"))
                .toString(),
            QStringLiteral("right"));
        // Arabic text in the same element reads right to left.
        QCOMPARE(test::runJs(webPage(),
                             QStringLiteral("(function () { var e = document.getElementById('sf-host');"
                                            " var was = e.textContent; e.textContent = 'متصل.';"
                                            " var d = getComputedStyle(e).direction;"
                                            " e.textContent = was; return d; })()"))
                     .toString(),
                 QStringLiteral("rtl"));
        QTest::qWait(200); // one paint of the mirrored page before the grab
        test::saveScreenshot(m_window.get(), QStringLiteral("integrations_right_to_left"));
    }

    void botWithoutConnectPermissionSaysSo()
    {
        QVERIFY(m_context->bots()->setPermissions(m_botId, bots::PermissionSet::safeForPublicBots()));
        QVERIFY(test::waitForJs(webPage(),
                                QStringLiteral("!document.getElementById('sf-permission').hidden "
                                               "&& document.getElementById('sf-connect').disabled")));
        const QString notice
            = test::runJs(webPage(), QStringLiteral("document.getElementById('sf-permission').textContent")).toString();
        QVERIFY2(notice.contains(QLatin1String("CREATE_OAUTH")), qPrintable(notice));
        test::saveScreenshot(m_window.get(), QStringLiteral("integrations_no_permission"));
    }

    void loginViewAllowsOnlyLoginHostsAndCatchesTheCallback()
    {
        LoginView view;
        view.setCallbackUrl(QUrl(QStringLiteral("http://localhost:1717/OauthRedirect")));
        view.setExtraAllowedOrigins({QUrl(QStringLiteral("https://acme.my.salesforce.com"))});
        // Not started: only the extra origins count. Simulate the authorize URL through start's state.
        QVERIFY(view.isCallback(QUrl(QStringLiteral("http://localhost:1717/OauthRedirect?code=x&state=y"))));
        QVERIFY(!view.isCallback(QUrl(QStringLiteral("http://localhost:1718/OauthRedirect?code=x"))));
        QVERIFY(!view.isCallback(QUrl(QStringLiteral("http://localhost:1717/Other"))));
        QVERIFY(view.isAllowed(QUrl(QStringLiteral("https://acme.my.salesforce.com/secur/frontdoor.jsp"))));
        QVERIFY(!view.isAllowed(QUrl(QStringLiteral("https://evil.example/phish"))));
        QVERIFY(!view.isAllowed(QUrl(QStringLiteral("http://acme.my.salesforce.com/"))));
    }

private:
    IntegrationsPage *page() const { return m_window->integrationsPage(); }
    QWebEnginePage *webPage() const { return page()->view()->page(); }

    LoginView *clickConnectAndWaitForLogin()
    {
        QSignalSpy opened(page(), &IntegrationsPage::loginViewOpened);
        // Through the page's own button, as a user would.
        test::runJs(webPage(), QStringLiteral("document.getElementById('sf-connect').click(); true"));
        if (!opened.count() && !opened.wait(20000))
            return nullptr;
        return opened.first().first().value<LoginView *>();
    }

    void logIn(LoginView *view)
    {
        QVERIFY(view);
        const QPointer<LoginView> guard(view);
        QWebEnginePage *login = view->view()->page();
        // The view goes away if the login failed; fail the test instead of touching it.
        QTRY_VERIFY_WITH_TIMEOUT(!guard || guard->isVisible(), 5000);
        QVERIFY2(guard, "the login view closed before the login form appeared");
        QVERIFY(test::waitForJs(login, QStringLiteral("document.getElementById('username')")));
        QVERIFY(guard);
        QVERIFY(test::submitLogin(login, kUser, kPassword));
    }

    void connectThroughLogin()
    {
        LoginView *view = clickConnectAndWaitForLogin();
        QVERIFY(view);
        logIn(view);
        QVERIFY(test::allowConsent(view->view()->page()));
        QTRY_COMPARE_WITH_TIMEOUT(page()->status(), Status::Connected, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page()->isPageReady(), 30000);
        QVERIFY(test::waitForJs(webPage(),
                                QStringLiteral("document.getElementById('sf-status').textContent === 'Connected'")));
    }

    void clickDisconnectInMenu()
    {
        QVERIFY(test::waitForJs(webPage(), QStringLiteral("!document.getElementById('sf-menu-button').hidden")));
        test::runJs(webPage(),
                    QStringLiteral("document.getElementById('sf-menu-button').click(); "
                                   "document.getElementById('sf-disconnect').click(); true"));
    }

    salesforce::Connection loadStoredConnection()
    {
        secrets::TokenJob *job = m_context->tokens()->load(m_botId);
        QSignalSpy loaded(job, &secrets::TokenJob::finished);
        if (!loaded.wait(10000) || !job->ok())
            return {};
        return job->connection();
    }

    std::unique_ptr<emulator::LocalOrgThread> m_org;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QString m_botId;
};

HILAL_GUI_TEST_MAIN(TestIntegrationsPage)
#include "tst_integrations_page.moc"
