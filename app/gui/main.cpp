// hilal-sf-admin: the desktop app. Parses the command line, builds the shared objects and the
// main window, and runs. Everything else lives in ui/ and src/.
#include "app/gui/demo_session.h"
#include "ui/common/app_context.h"

#include "actions/connection_service.h"
#include "ui/common/bidi_text_style.h"
#include "ui/common/main_window.h"
#include "ui/common/message_box.h"
#include "ui/common/translations.h"

#include "core/app_paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSocketNotifier>

#include <csignal>

#include <memory>

#include <cstdio>
#include <unistd.h>

using namespace hilal;

namespace {

struct Options
{
    QCommandLineOption dataDir {
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep bots, settings and logs in DIR (also $HILAL_SF_HOME)."),
        QStringLiteral("DIR")};
    QCommandLineOption demo {QStringLiteral("demo"),
                             QCoreApplication::translate("main",
                                                         "Run against a built-in local Salesforce org with two demo "
                                                         "bots; no account needed. Uses its own temporary data.")};
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("hilal-sf-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hilal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HILAL_VERSION));
}

void setUp(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Connect Hilal Chatbot bots to Salesforce and decide what they may do there."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.dataDir, options.demo});
}

// Ctrl+C or a TERM quits through the event loop, so the demo's org stops, its keychain entries
// are deleted and its temporary folder goes away (a signal handler may only write to a pipe).
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

void quitOnSignals(QApplication *app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] {
        char byte;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

// --help, --version and bad options answer without a display: only a QCoreApplication exists
// while they are handled (QCommandLineParser::process exits).
bool answersWithoutGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answersWithoutGui(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        Options options;
        setUp(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    // Chromium will not start its sandbox as root (containers, a README run with sudo) and the
    // web views would fail; say so and run without it rather than show a broken window.
    if (geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        fputs("hilal-sf-admin: running as root, so Qt WebEngine's sandbox is off. Run as a normal user "
              "to keep it on.\n",
              stderr);
    }

    // WebEngine shares GL contexts with the widgets; must be set before QApplication exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    setIdentity();
    ui::installTranslations(); // the user's language, before the first translated string
    ui::BidiTextStyle::install(); // English text keeps its own direction in a mirrored layout
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Hilal Salesforce Admin"));
    QGuiApplication::setDesktopFileName(QStringLiteral("com.hilal.SalesforceAdmin")); // the .desktop entry

    QCommandLineParser parser;
    Options options;
    setUp(parser, options);
    parser.process(app);

    if (parser.isSet(options.dataDir))
        AppPaths::setDataDirOverride(parser.value(options.dataDir));

    // --demo settles its own data dir and keychain service before anything opens them.
    std::unique_ptr<gui::DemoSession> demo;
    if (parser.isSet(options.demo)) {
        demo = std::make_unique<gui::DemoSession>();
        QString error;
        if (!demo->prepare(&error)) {
            ui::MessageBox::warning(nullptr, QCoreApplication::translate("main", "Demo Not Started"), error);
            return 1;
        }
    }

    quitOnSignals(&app);
    ui::AppContext context;
    ui::MainWindow window(&context);
    if (demo) {
        // The org seeds on its own thread while the window is already up.
        window.setBanner(demo->startingText());
        QObject::connect(demo.get(), &gui::DemoSession::orgStarted, &window,
                         [&window, &context, &demo](bool ok, const QString &error) {
                             if (!ok) {
                                 window.setBanner(error);
                                 ui::MessageBox::warning(
                                     &window, QCoreApplication::translate("main", "Demo Not Started"), error);
                                 return;
                             }
                             context.setDemoOrgUrl(demo->orgUrl());
                             demo->createBots(&context);
                             window.setBanner(demo->bannerText());
                         });
        demo->startInBackground();
    } else {
        // Revokes that could not reach Salesforce last time are sent again (the card shows them
        // as pending until they succeed).
        context.connections()->retryPendingRevokes(&context);
    }
    window.show();
    const int status = app.exec();
    if (demo && demo->isOrgRunning())
        demo->cleanUp(&context);
    return status;
}
