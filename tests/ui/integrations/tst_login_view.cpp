// The login view's private profile: nothing the login page asks for may reach a host outside the
// login hosts (a request interceptor blocks scripts, images and XHR/fetch to other hosts), and a
// data: or about: page is refused as the main frame. Two real loopback HTTP servers: the "login
// host" serving a page that reaches out, and "elsewhere", which counts what reaches it.
#include "support/gui_test.h"

#include "salesforce/scripted_http_server.h"
#include "ui/integrations/login_view.h"

#include <QSignalSpy>
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
};

HILAL_GUI_TEST_MAIN(TestLoginView)
#include "tst_login_view.moc"
