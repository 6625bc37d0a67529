// The login view's private profile: nothing the login page asks for may reach a host outside the
// login hosts (a request interceptor blocks scripts, images and XHR/fetch to other hosts), and a
// data: or about: page is refused as the main frame. Two real loopback HTTP servers: the "login
// host" serving a page that reaches out, and "elsewhere", which counts what reaches it.
#include "support/gui_test.h"
#include "support/wait.h"

#include "salesforce/scripted_http_server.h"
#include "ui/integrations/login_view.h"

#include <QSignalSpy>
#include <QWebEngineLoadingInfo>
#include <QWebEngineView>

using namespace hilal;
using namespace hilal::ui;

class TestLoginView : public QObject
{
    Q_OBJECT
private slots:
    void requestsToOtherHostsAreBlocked()
    {
        test::ScriptedHttpServer elsewhere(
            [](const test::ScriptedRequest &) { return test::reply(200, "stolen", "text/plain"); });
        // "localhost" vs "127.0.0.1": the same machine, two origins; only the login host's is allowed.
        const QByteArray other = "http://localhost:" + QByteArray::number(elsewhere.serverPort());
        test::ScriptedHttpServer login([other](const test::ScriptedRequest &) {
            return test::reply(200,
                               "<html><body><h1>Log in</h1>"
                               "<img src='"
                                   + other
                                   + "/pixel.png'>"
                                     "<script src='"
                                   + other
                                   + "/tracker.js'></script>"
                                     "<script>fetch('"
                                   + other
                                   + "/xhr').catch(function () {});"
                                     "document.title = 'loaded';</script>"
                                     "</body></html>",
                               "text/html; charset=utf-8");
        });
        LoginView view;
        view.setCallbackUrl(QUrl(QStringLiteral("http://localhost:1717/OauthRedirect")));
        QSignalSpy failed(&view, &LoginView::loginFailed);
        view.start(QUrl(login.url().toString() + QStringLiteral("/services/oauth2/authorize")));
        QTRY_COMPARE_WITH_TIMEOUT(view.view()->page()->title(), QStringLiteral("loaded"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(view.blockedRequestCount() >= 3, 20000);
        QCOMPARE(elsewhere.requests().size(), 0);
        QVERIFY(login.requests().size() >= 1);
        QVERIFY(failed.isEmpty());
        test::saveScreenshot(&view, QStringLiteral("login_view_blocked_requests"));

        // A data: page as the main frame is refused and ends the login. (Chromium already stops a
        // page from sending its own top frame to data:; this is the navigation decision itself.)
        view.view()->load(QUrl(QStringLiteral("data:text/html,<h1>fake login</h1>")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("not your Salesforce")),
                 qPrintable(failed.first().first().toString()));
    }

    // A login URL nothing answers at: the reason says what happened and what to do, in the app's
    // words; Chromium's own ("net::ERR_CONNECTION_REFUSED") stays in the log.
    void anUnreachableLoginPageIsExplained()
    {
        LoginView view;
        view.setCallbackUrl(QUrl(QStringLiteral("http://localhost:1717/OauthRedirect")));
        QSignalSpy failed(&view, &LoginView::loginFailed);
        view.start(QUrl(QStringLiteral("http://127.0.0.1:%1/services/oauth2/authorize").arg(test::freePort())));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        const QString reason = failed.first().first().toString();
        QCOMPARE(reason,
                 QStringLiteral("The Salesforce login page at 127.0.0.1 could not be loaded: the server refused the "
                                "connection. Check the address and port, and that the server is running, then try "
                                "again."));
        QVERIFY2(!reason.contains(QLatin1String("ERR_")), qPrintable(reason));
        // The same words for the other common failures.
        QCOMPARE(LoginView::networkError(QWebEngineLoadingInfo::ConnectionErrorDomain, -105),
                 QNetworkReply::HostNotFoundError);
        QCOMPARE(LoginView::networkError(QWebEngineLoadingInfo::CertificateErrorDomain, -202),
                 QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(LoginView::networkError(QWebEngineLoadingInfo::ConnectionErrorDomain, -118),
                 QNetworkReply::TimeoutError);
    }
};

HILAL_GUI_TEST_MAIN(TestLoginView)
#include "tst_login_view.moc"
