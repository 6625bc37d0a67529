#include "emulator/local_org_thread.h"

#include "emulator/local_org.h"

#include <QEventLoop>

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

LocalOrg *LocalOrgThread::launch()
{
    m_thread.start();
    auto *org = new LocalOrg(m_options);
    org->moveToThread(&m_thread);
    return org;
}

void LocalOrgThread::finishStart(LocalOrg *org, bool ok, const QString &problem)
{
    m_starting = false;
    if (!ok) {
        QMetaObject::invokeMethod(
            org, [org] { delete org; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        return;
    }
    m_org = org;
    m_url = org->url();
}

bool LocalOrgThread::start(QString *error)
{
    if (m_org || m_starting) {
        if (error)
            *error = QStringLiteral("The local org is already running at %1.").arg(m_url.toString());
        return false;
    }
    LocalOrg *org = launch();
    bool ok = false;
    QString problem;
    // The org opens its SQLite connection and its listener in the worker thread, where it stays.
    QMetaObject::invokeMethod(
        org, [org, &ok, &problem] { ok = org->start(&problem); }, Qt::BlockingQueuedConnection);
    finishStart(org, ok, problem);
    if (!ok && error)
        *error = problem;
    return ok;
}

void LocalOrgThread::startInBackground()
{
    if (m_org || m_starting) {
        emit started(false, QStringLiteral("The local org is already running at %1.").arg(m_url.toString()));
        return;
    }
    m_starting = true;
    LocalOrg *org = launch();
    QMetaObject::invokeMethod(
        org,
        [this, org] {
            QString problem;
            const bool ok = org->start(&problem);
            // Back to this object's thread to record the outcome and tell the caller.
            QMetaObject::invokeMethod(
                this,
                [this, org, ok, problem] {
                    finishStart(org, ok, problem);
                    emit started(ok, problem);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LocalOrgThread::stop()
{
    if (m_starting) { // let a background start finish first, so nothing is left half-made
        QEventLoop loop;
        connect(this, &LocalOrgThread::started, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!m_org)
        return;
    LocalOrg *org = m_org;
    m_org = nullptr;
    // Deleted in its own thread: its sockets and SQLite connection belong there.
    QMetaObject::invokeMethod(
        org, [org] { delete org; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace hilal::emulator
