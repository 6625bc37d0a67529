// The floor for bench_startup: the least a Qt WebEngine widgets program can do — a window
// with one QWebEngineView showing a small local page.
#include "bench_startup_probe.h"

#include <QApplication>
#include <QTimer>
#include <QWebEngineView>
#include <QWindow>

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QWebEngineView view;
    view.resize(1100, 720);
    bool shown = false;
    bool loaded = false;
    auto finish = [&] {
        hilal::bench::report("loaded");
        QTimer::singleShot(0, &app, [] {
            hilal::bench::report(
                QStringLiteral("peak_rss_kb=%1").arg(hilal::bench::peakRssKb()).toLatin1().constData());
            QCoreApplication::quit();
        });
    };
    QObject::connect(&view, &QWebEngineView::loadFinished, &app, [&](bool) {
        loaded = true;
        if (shown)
            finish();
    });
    view.setHtml(QStringLiteral("<!DOCTYPE html><html><body><h1>Floor</h1><p>A minimal page.</p></body></html>"));
    view.show();
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (!view.windowHandle() || !view.windowHandle()->isExposed())
            return;
        poll.stop();
        shown = true;
        hilal::bench::report("shown");
        if (loaded)
            finish();
    });
    poll.start();
    return app.exec();
}
