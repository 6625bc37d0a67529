#pragma once

// Helpers every benchmark needs the same way, so the figures they print are comparable.

#include "salesforce/connection.h"

#include <QEventLoop>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace hilal::bench {

// A field of /proc/self/status in kB ("VmRSS:", "VmHWM:"), or -1.
qint64 procStatusKb(const char *field);

// Resets VmHWM to the current RSS (Linux ≥ 4.0), so the next peak read is this run's own.
void resetPeak();

// Logs in to a local org started with `autoApprove`: the redirect from /authorize goes straight
// to the OAuth flow, so no login page is involved. Prints the error and returns an empty
// connection when the login fails.
salesforce::Connection loginToAutoApprovingOrg(const QUrl &orgUrl, QNetworkAccessManager *network);

template<typename Sender, typename Signal> void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace hilal::bench
