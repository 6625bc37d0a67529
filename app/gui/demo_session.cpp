#include "app/gui/demo_session.h"

#include "ui/common/app_context.h"

#include "bots/bot_repository.h"
#include "core/app_paths.h"
#include "emulator/local_org_thread.h"
#include "emulator/seed/demo_defaults.h"
#include "secrets/token_store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QTimer>

namespace hilal::gui {

namespace {
const auto kActor = QStringLiteral("demo");
}

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
    , m_dir(QDir::tempPath() + QStringLiteral("/hilal-sf-admin-demo-XXXXXX"))
{
}

DemoSession::~DemoSession()
{
    m_org.reset();
    AppPaths::setDataDirOverride({});
    if (m_hadKeychainEnv)
        qputenv("HILAL_SF_KEYCHAIN_SERVICE", m_previousKeychainService.toUtf8());
    else
        qunsetenv("HILAL_SF_KEYCHAIN_SERVICE");
}

bool DemoSession::prepare(QString *error, int records)
{
    if (!m_dir.isValid()) {
        if (error)
            *error = tr("The demo could not create its temporary folder (%1). Free some space in %2 and try again.")
                         .arg(m_dir.errorString(), QDir::tempPath());
        return false;
    }
    AppPaths::setDataDirOverride(m_dir.path());
    // A service name of its own, so demo tokens never sit beside (or replace) real ones. Set in
    // the environment too, so every TokenStore in the process agrees.
    m_hadKeychainEnv = qEnvironmentVariableIsSet("HILAL_SF_KEYCHAIN_SERVICE");
    m_previousKeychainService = qEnvironmentVariable("HILAL_SF_KEYCHAIN_SERVICE");
    m_keychainService
        = (m_hadKeychainEnv ? m_previousKeychainService : QStringLiteral("hilal-sf-admin")) + QStringLiteral("-demo");
    qputenv("HILAL_SF_KEYCHAIN_SERVICE", m_keychainService.toUtf8());

    emulator::LocalOrgOptions options;
    options.records = records;
    m_records = records;
    m_org = std::make_unique<emulator::LocalOrgThread>(options);
    connect(m_org.get(), &emulator::LocalOrgThread::started, this, [this](bool ok, const QString &why) {
        emit orgStarted(ok, ok ? QString() : tr("The demo's local Salesforce org did not start: %1").arg(why));
    });
    return true;
}

void DemoSession::startInBackground()
{
    if (m_org)
        m_org->startInBackground();
}

bool DemoSession::start(QString *error, int records)
{
    if (!prepare(error, records))
        return false;
    QString why;
    if (!m_org->start(&why)) {
        if (error)
            *error = tr("The demo's local Salesforce org did not start: %1").arg(why);
        return false;
    }
    return true;
}

bool DemoSession::isOrgRunning() const
{
    return m_org && m_org->isRunning();
}

QString DemoSession::startingText() const
{
    return tr("Demo mode — starting a local Salesforce org with %1 opportunities…").arg(QLocale().toString(m_records));
}

QStringList DemoSession::createBots(ui::AppContext *context)
{
    bots::BotRepository *repo = context->bots();
    const QUrl login = orgUrl();
    m_botIds.clear();
    if (auto concierge
        = repo->add(tr("Website concierge"), bots::Audience::Public, bots::OrgKind::Production, login, kActor)) {
        repo->setPermissions(concierge->id, bots::PermissionSet::safeForPublicBots(), kActor);
        m_botIds << concierge->id;
    }
    if (auto salesOps
        = repo->add(tr("Sales ops"), bots::Audience::Internal, bots::OrgKind::Production, login, kActor)) {
        repo->setPermissions(salesOps->id, bots::PermissionSet::all(), kActor);
        m_botIds << salesOps->id;
    }
    return m_botIds;
}

// Keychain deletes are asynchronous; wait for them briefly so demo entries don't pile up in the
// user's keychain run after run.
void DemoSession::cleanUp(ui::AppContext *context)
{
    QEventLoop loop;
    int pending = 0;
    for (const QString &botId : std::as_const(m_botIds)) {
        secrets::TokenJob *job = context->tokens()->remove(botId);
        ++pending;
        connect(job, &secrets::TokenJob::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending) {
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

QUrl DemoSession::orgUrl() const
{
    return m_org ? m_org->url() : QUrl();
}

QString DemoSession::dataDir() const
{
    return m_dir.path();
}

QString DemoSession::bannerText() const
{
    return tr("Demo mode — a local Salesforce org runs at %1 with %2 opportunities. To connect a bot, "
              "log in with username %3 and password %4 — nothing here touches your real bots or keychain.")
        .arg(orgUrl().toString(), QLocale().toString(m_records), QString(emulator::demo::kUsername),
             QString(emulator::demo::kPassword));
}

} // namespace hilal::gui
