#pragma once

#include "salesforce/rest_reply.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <memory>

class QIODevice;
class QNetworkReply;

namespace hilal::salesforce {

class QueryCursor;
class Session;

// Async REST client for one bot's org (section 2 of the wire reference), on the bot's Session.
//
// - Every call returns a RestReply (or a QueryCursor) whose finished() signal fires once.
// - 401: one refresh through the Session (single-flight per bot), then exactly one retry.
//   A refused refresh → Kind::ReconnectNeeded, never retried.
// - GET/HEAD are retried with exponential backoff on connection errors, timeouts and 503 (also
//   502/504). POST, PATCH and DELETE are never retried blindly — not by us, and not by Qt's HTTP
//   layer either (writes go out with a one-shot body it cannot resend).
// - 403 REQUEST_LIMIT_EXCEEDED → Kind::LimitExceeded, not retried.
// - Every request has a transfer timeout (Options::timeoutMs).
// - `q=` is percent-encoded fully, '+' as %2B.
// - Sforce-Limit-Info is recorded on the Session.
class RestClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 30000; // per HTTP attempt
        int maxGetRetries = 3; // extra attempts for idempotent requests
        int backoffMs = 250; // first backoff; doubles each retry
        bool retryGetOnServerError = false; // also retry GET/HEAD on 500 (a long export's pages)
        QString apiVersion; // highest version we speak; empty → Config salesforce.apiVersion
    };

    explicit RestClient(Session *session, QObject *parent = nullptr);
    RestClient(Session *session, const Options &options, QObject *parent = nullptr);
    ~RestClient() override;

    Session *session() const { return m_session; }
    Options options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    // The version in use: the connection's discovered version, else the configured one.
    QString apiVersion() const;

    // GET /services/data; picks the highest advertised version ≤ the configured one and stores it
    // on the Session's connection (persisted on the next save). object(): {"version": "60.0"}.
    RestReply *discoverApiVersion();

    // POST /sobjects/{object}. object(): {"id": "...", "success": true, "errors": []}.
    RestReply *create(const QString &objectName, const QJsonObject &fields);
    // GET /sobjects/{object}/{id}[?fields=a,b]. The Id is validated locally first.
    RestReply *retrieve(const QString &objectName, const QString &id, const QStringList &fields = {});
    // PATCH only `changedFields` (Id stripped). With `ifUnmodifiedSince` valid, sends it as RFC 1123
    // (412 PRECONDITION_FAILED when the record changed since).
    RestReply *update(const QString &objectName, const QString &id, const QJsonObject &changedFields,
                      const QDateTime &ifUnmodifiedSince = {});
    // DELETE /sobjects/{object}/{id}.
    RestReply *remove(const QString &objectName, const QString &id);

    // GET /sobjects/{object}/describe, cached per org + version + object for this process.
    RestReply *describe(const QString &objectName);
    RestReply *describeGlobal();
    void clearDescribeCache();

    // GET /query?explain=… (runs nothing). object(): {"plans": [...]}.
    RestReply *explain(const QString &soql);
    // GET the identity URL (…/id/{org}/{user}) and GET /services/oauth2/userinfo.
    RestReply *identity();
    RestReply *userInfo();
    // GET /limits.
    RestReply *limits();
    // POST /services/oauth2/revoke token=<refresh token, else access token>. A 400 means the token
    // was already gone: reported as success with httpStatus() 400.
    RestReply *revoke();

    // query / queryAll, paging by nextRecordsUrl. The cursor starts on the next event-loop turn,
    // so connect its signals right after the call.
    QueryCursor *query(const QString &soql, bool includeDeleted = false);

    // Generic authenticated call on the instance (path starting "/services/…" or a full URL).
    // Applies all the rules above.
    RestReply *get(const QString &pathOrUrl);
    RestReply *send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body = {},
                    const QHash<QByteArray, QByteArray> &extraHeaders = {});

    // A GET whose successful (2xx) body is written to `sink` (open for writing, seekable) as it
    // arrives instead of being held: body() stays empty. A retried attempt empties the sink and
    // writes the body again. Error bodies are read as usual. The sink must outlive the reply.
    RestReply *download(const QString &pathOrUrl, QIODevice *sink,
                        const QHash<QByteArray, QByteArray> &extraHeaders = {});

    // "/services/data/v60.0" + tail, for the version in use.
    QString dataPath(const QString &tail) const;

    // The `q=` / `explain=` query string for `soql`: full percent-encoding, '+' → %2B.
    static QByteArray encodeQueryParameter(const QString &name, const QString &soql);
    // "Tue, 19 Nov 2024 10:00:00 GMT".
    static QByteArray rfc1123(const QDateTime &time);

private:
    struct Call;
    friend class QueryCursor;
    RestReply *start(const std::shared_ptr<Call> &call);
    RestReply *failEarly(const SalesforceError &error);
    void attempt(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void streamToSink(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void finish(const std::shared_ptr<Call> &call, const SalesforceError &error);
    QUrl resolve(const QString &pathOrUrl) const;

    Session *m_session;
    Options m_options;
    QHash<QString, QByteArray> m_describeCache;
};

} // namespace hilal::salesforce
