#include "emulator/local_org_thread.h"

#include "emulator/local_org.h"

namespace hilal::emulator {

LocalOrgThread::LocalOrgThread(LocalOrgOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("LocalOrg"));
}

LocalOrgThread::~LocalOrgThread()
{
    stop();
}

bool LocalOrgThread::start(QString *error)
{
    if (m_org) {
        if (error)
            *error = QStringLiteral("The local org is already running at %1.").arg(m_url.toString());
        return false;
    }
    m_thread.start();
    auto *org = new LocalOrg(m_options);
    org->moveToThread(&m_thread);
    bool ok = false;
    QString problem;
    // The org opens its SQLite connection and its listener in the worker thread, where it stays.
    QMetaObject::invokeMethod(
        org, [org, &ok, &problem] { ok = org->start(&problem); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        QMetaObject::invokeMethod(org, [org] { delete org; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        if (error)
            *error = problem;
        return false;
    }
    m_org = org;
    m_url = org->url();
    return true;
}

void LocalOrgThread::stop()
{
    if (!m_org)
        return;
    LocalOrg *org = m_org;
    m_org = nullptr;
    // Deleted in its own thread: its sockets and SQLite connection belong there.
    QMetaObject::invokeMethod(org, [org] { delete org; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace hilal::emulator
