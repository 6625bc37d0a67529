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
class LocalOrgThread : public QObject
{
    Q_OBJECT

public:
    explicit LocalOrgThread(LocalOrgOptions options = {}, QObject *parent = nullptr);
    ~LocalOrgThread() override;

    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_org != nullptr; }

    QUrl url() const { return m_url; }
    // Lives in the worker thread: call only its thread-safe control methods from elsewhere.
    LocalOrg *org() const { return m_org; }

private:
    LocalOrgOptions m_options;
    QThread m_thread;
    LocalOrg *m_org = nullptr;
    QUrl m_url;
};

} // namespace hilal::emulator
