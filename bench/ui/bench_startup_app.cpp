// The admin app's startup as bench_startup measures it: the real AppContext and MainWindow on a
// throw-away data dir with one bot selected, so the Integrations page loads as it does for a user.
#include "bench_startup_probe.h"

#include "ui/common/app_context.h"
#include "ui/common/main_window.h"
#include "ui/integrations/integrations_page.h"

#include "bots/bot_repository.h"
#include "core/app_paths.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

using namespace hilal;

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hilal-sf-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hilal"));
    QTemporaryDir dir;
    AppPaths::setDataDirOverride(dir.path());
    {
        bots::BotRepository repo;
        repo.add(QStringLiteral("Bench bot"), bots::Audience::Internal, bots::OrgKind::Production);
    }

    ui::AppContext context;
    ui::MainWindow window(&context);
    bool shown = false;
    bool loaded = false;
    auto finish = [&app] {
        bench::report("loaded");
        QTimer::singleShot(0, &app, [] {
            bench::report(QStringLiteral("peak_rss_kb=%1").arg(bench::peakRssKb()).toLatin1().constData());
            QCoreApplication::quit();
        });
    };
    QObject::connect(window.integrationsPage(), &ui::IntegrationsPage::pageReady, &app, [&] {
        loaded = true;
        if (shown)
            finish();
    });
    window.show();
    window.windowHandle()->requestUpdate();
    // Exposed = shown to the user; the page may finish before or after.
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (!window.windowHandle()->isExposed())
            return;
        poll.stop();
        shown = true;
        bench::report("shown");
        if (loaded)
            finish();
    });
    poll.start();
    return app.exec();
}
