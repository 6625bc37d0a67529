#pragma once

#include "salesforce/salesforce_error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace hilal::salesforce {

class RestClient;

// The answer to one RestClient call. Emits finished() exactly once (always asynchronously, even
// for errors detected before sending); afterwards error() is Kind::None on success. Deletes
// itself after finished() unless the owner calls setAutoDelete(false).
//
//   RestReply *reply = client->retrieve("Lead", id, {"Name", "Email"});
//   QObject::connect(reply, &RestReply::finished, this, [reply] {
//       if (reply->error()) show(reply->error().message); else use(reply->object());
//   });
class RestReply : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const SalesforceError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    QJsonDocument json() const;
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    // Response header (lower-case name), e.g. "sforce-limit-info", "etag".
    QByteArray header(const QByteArray &lowerCaseName) const { return m_headers.value(lowerCaseName); }
    // HTTP attempts made: >1 after a GET retry or a 401 refresh-and-retry.
    int attempts() const { return m_attempts; }
    // True when a 401 led to a retry (with a refreshed token).
    bool retriedAfterRefresh() const { return m_retriedAfterRefresh; }

    // Stops the request; finished() follows with Kind::Cancelled (unless already finished).
    void abort();
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

Q_SIGNALS:
    void finished();

private:
    friend class RestClient;
    explicit RestReply(QObject *parent = nullptr);

    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_aborted = false;
    bool m_retriedAfterRefresh = false;
    int m_httpStatus = 0;
    int m_attempts = 0;
    SalesforceError m_error;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers;
    std::function<void()> m_onAbort;
};

} // namespace hilal::salesforce
