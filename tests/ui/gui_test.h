#pragma once
// Shared bits of the GUI tests: a main() that sets WebEngine up the way the app does, and a
// screenshot helper writing under $HILAL_TEST_OUTPUT_DIR (set by hilal_add_test).

#include <QApplication>
#include <QDir>
#include <QTest>
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

} // namespace hilal::test

// QTEST_MAIN with what WebEngine needs before the QApplication exists.
#define HILAL_GUI_TEST_MAIN(TestObject)                                                       \
    int main(int argc, char *argv[])                                                          \
    {                                                                                         \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                           \
        QApplication app(argc, argv);                                                         \
        QCoreApplication::setApplicationName(QStringLiteral("hilal-sf-admin-test"));          \
        QCoreApplication::setOrganizationName(QStringLiteral("Hilal"));                       \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                            \
        TestObject tc;                                                                        \
        return QTest::qExec(&tc, argc, argv);                                                 \
    }
