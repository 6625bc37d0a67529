#pragma once

#include "emulator/local_org_options.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace hilal::emulator {

class LocalOrg;

// Runs a LocalOrg on a thread of its own, so the GUI demo and the benchmarks can talk to it
// from their thread without the two event loops waiting on each other.
//
//   LocalOrgThread org(options);
//   if (!org.start(&error)) …     // blocks while seeding (about a second per 10,000 records)
//   org.url();                    // http://127.0.0.1:PORT
//   org.org()->expireAccessTokens();   // the control methods are thread-safe
//   org.stop();                   // or let the destructor do it
//
// A GUI that must not wait while the org seeds calls startInBackground() and waits for started().
class LocalOrgThread : public QObject
{
    Q_OBJECT

public:
    explicit LocalOrgThread(LocalOrgOptions options = {}, QObject *parent = nullptr);
    ~LocalOrgThread() override;

    bool start(QString *error = nullptr);
    // Same, without blocking the caller: started() tells the outcome (in this object's thread).
    void startInBackground();
    void stop();
    bool isRunning() const { return m_org != nullptr; }

    QUrl url() const { return m_url; }
    // Lives in the worker thread: call only its thread-safe control methods from elsewhere.
    LocalOrg *org() const { return m_org; }

signals:
    void started(bool ok, const QString &error);

private:
    LocalOrg *launch();
    void finishStart(LocalOrg *org, bool ok, const QString &problem);

    LocalOrgOptions m_options;
    QThread m_thread;
    LocalOrg *m_org = nullptr;
    bool m_starting = false;
    QUrl m_url;
};

} // namespace hilal::emulator
