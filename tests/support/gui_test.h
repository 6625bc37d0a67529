#pragma once
// Shared bits of the GUI tests: a main() that sets WebEngine up the way the app does, a
// screenshot helper writing under $HILAL_TEST_OUTPUT_DIR (set by hilal_add_test), and helpers
// that drive a QWebEnginePage through JavaScript without sleeping.

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSharedPointer>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>
#include <QWidget>

namespace hilal::test {

// Saves `widget` as <HILAL_TEST_OUTPUT_DIR or the current dir>/<name>.png and returns the path.
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    QString dir = qEnvironmentVariable("HILAL_TEST_OUTPUT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    widget->grab().save(path);
    return path;
}

// Runs `script` in `page` and waits (event loop spinning) for its result. Invalid QVariant on
// timeout.
inline QVariant runJs(QWebEnginePage *page, const QString &script, int timeoutMs = 20000)
{
    auto result = QSharedPointer<QVariant>::create();
    auto done = QSharedPointer<bool>::create(false);
    page->runJavaScript(script, [result, done](const QVariant &v) {
        *result = v;
        *done = true;
    });
    if (!QTest::qWaitFor([done] { return *done; }, timeoutMs))
        return {};
    return *result;
}

// Polls `expression` (a JS expression) until it is truthy, re-evaluating after each answer.
inline bool waitForJs(QWebEnginePage *page, const QString &expression, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (runJs(page, QStringLiteral("!!(%1)").arg(expression), 5000).toBool())
            return true;
        QTest::qWait(50);
    }
    return false;
}

// Fills the Salesforce login form shown in `page` (the local org's has Salesforce's element ids)
// and submits it; false when the form never appeared or the script failed.
inline bool submitLogin(QWebEnginePage *page, const QString &user, const QString &password)
{
    if (!waitForJs(page, QStringLiteral("document.getElementById('username')")))
        return false;
    return runJs(page,
                 QStringLiteral("document.getElementById('username').value = '%1';"
                                "document.getElementById('password').value = '%2';"
                                "document.getElementById('login').click(); true")
                     .arg(user, password))
        .toBool();
}

// Presses Allow on the consent page shown in `page`; false when it never appeared.
inline bool allowConsent(QWebEnginePage *page)
{
    if (!waitForJs(page, QStringLiteral("document.getElementById('allow')")))
        return false;
    runJs(page, QStringLiteral("document.getElementById('allow').click(); true"));
    return true;
}

} // namespace hilal::test

// QTEST_MAIN with what WebEngine needs before the QApplication exists.
#define HILAL_GUI_TEST_MAIN(TestObject)                                                                                \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                                    \
        QApplication app(argc, argv);                                                                                  \
        QCoreApplication::setApplicationName(QStringLiteral("hilal-sf-admin-test"));                                   \
        QCoreApplication::setOrganizationName(QStringLiteral("Hilal"));                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        TestObject tc;                                                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
