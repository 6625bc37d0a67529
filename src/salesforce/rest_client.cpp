#include "salesforce/rest_client.h"

#include "core/config.h"
#include "salesforce/logging.h"
#include "salesforce/network_error_text.h"
#include "salesforce/page_spool.h"
#include "salesforce/query_cursor.h"
#include "salesforce/record_id.h"
#include "salesforce/session.h"

#include <QFileDevice>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QVersionNumber>

namespace hilal::salesforce {

struct RestClient::Call
{
    QByteArray verb;
    QString pathOrUrl;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    bool authenticated = true; // send the bearer token; refresh + retry once on 401
    bool refreshedOnce = false;
    bool revoke = false; // a 400 means "already gone"
    int retries = 0;
    quint64 generation = 0;
    QString cacheKey; // describe cache
    std::function<void(RestReply *)> onSuccess; // post-processing before finished()
    std::function<void(Call &, const Connection &)> prepare; // fill in what needs the connection
    QPointer<RestReply> reply;
    QPointer<QNetworkReply> network;
    QPointer<QTimer> backoff;
    QPointer<QIODevice> sink; // download(): where a 2xx body goes as it arrives
    QByteArray sinkChunk; // reused for each read on its way to the sink
    bool sinkFailed = false;

    bool idempotent() const { return verb == "GET" || verb == "HEAD"; }
};

namespace {

// download(): what may wait in Qt's buffer before the socket is read no more. Each time the
// buffer fills, Qt's network thread waits for this thread to drain it: on a busy machine every
// such hand-over costs a scheduling delay, so the buffer is large enough for a few of them per
// result page, and small enough that a few pages in flight stay a few MB.
constexpr qint64 kSinkReadBufferBytes = 8 * 1024 * 1024;

// The body of a write, readable once. Qt's HTTP layer silently resends a request whose
// connection closed before any answer arrived (its keep-alive race rule) — for POST and PATCH
// too. Handing it a sequential, unbuffered body that cannot be rewound turns that resend into
// an error instead, so a write is never sent twice behind our back.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_data.size(); }
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_data.size() - m_pos);
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool isValidObjectName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

SalesforceError badObject(const QString &name)
{
    return SalesforceError::make(SalesforceError::Kind::InvalidInput,
                                 RestClient::tr("'%1' is not a valid object name.").arg(name));
}

} // namespace

RestClient::RestClient(Session *session, QObject *parent)
    : RestClient(session, Options(), parent)
{
}

RestClient::RestClient(Session *session, const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
{
}

RestClient::~RestClient() = default;

QString RestClient::apiVersion() const
{
    const QString discovered = m_session->connection().apiVersion;
    if (!discovered.isEmpty())
        return discovered;
    if (!m_options.apiVersion.isEmpty())
        return m_options.apiVersion;
    return Config::get(Config::SalesforceApiVersion);
}

QString RestClient::dataPath(const QString &tail) const
{
    return QStringLiteral("/services/data/v") + apiVersion() + tail;
}

QByteArray RestClient::encodeQueryParameter(const QString &name, const QString &soql)
{
    // toPercentEncoding leaves only A-Z a-z 0-9 - . _ ~ bare: '+', '&', '%', '#', ' ' all encoded.
    return QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(soql);
}

QByteArray RestClient::rfc1123(const QDateTime &time)
{
    // not user text: the HTTP date format
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QUrl RestClient::resolve(const QString &pathOrUrl) const
{
    if (pathOrUrl.startsWith(QLatin1String("http://")) || pathOrUrl.startsWith(QLatin1String("https://")))
        return QUrl::fromEncoded(pathOrUrl.toUtf8());
    QByteArray base = m_session->connection().instanceUrl.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery
                                                                    | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    // Paths arrive already percent-encoded (q= values, Ids, nextRecordsUrl): keep them byte-exact.
    return QUrl::fromEncoded(base + pathOrUrl.toUtf8(), QUrl::StrictMode);
}

RestReply *RestClient::failEarly(const SalesforceError &error)
{
    auto *reply = new RestReply(this);
    reply->m_error = error;
    QTimer::singleShot(0, reply, [reply] {
        reply->m_finished = true;
        emit reply->finished();
        if (reply->m_autoDelete)
            reply->deleteLater();
    });
    return reply;
}

RestReply *RestClient::start(const std::shared_ptr<Call> &call)
{
    auto *reply = new RestReply(this);
    call->reply = reply;
    std::weak_ptr<Call> weak = call;
    reply->m_onAbort = [this, weak] {
        if (auto c = weak.lock()) {
            if (c->backoff)
                c->backoff->stop();
            if (c->network)
                c->network->abort();
            finish(c, SalesforceError::cancelled());
        }
    };
    m_session->whenReady(reply, [this, call](const SalesforceError &error) {
        if (error.isError()) {
            finish(call, error);
            return;
        }
        if (call->prepare)
            call->prepare(*call, m_session->connection());
        attempt(call);
    });
    return reply;
}

void RestClient::attempt(const std::shared_ptr<Call> &call)
{
    if (!call->reply || call->reply->m_finished)
        return;
    const Connection connection = m_session->connection();
    QNetworkRequest request(resolve(call->pathOrUrl));
    request.setRawHeader("Accept", "application/json");
    if (call->authenticated)
        request.setRawHeader("Authorization", "Bearer " + connection.accessToken.toUtf8());
    if (!call->body.isEmpty() && !call->headers.contains("content-type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (auto it = call->headers.cbegin(); it != call->headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    request.setTransferTimeout(m_options.timeoutMs);
    call->generation = m_session->generation();
    ++call->reply->m_attempts;
    QNetworkReply *net = nullptr;
    if (call->idempotent()) {
        net = m_session->network()->sendCustomRequest(request, call->verb, call->body);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(call->body, nullptr);
        net = m_session->network()->sendCustomRequest(request, call->verb, body);
        body->setParent(net);
    }
    call->network = net;
    if (call->sink)
        streamToSink(call, net);
    connect(net, &QNetworkReply::finished, this, [this, call, net] { onFinished(call, net); });
}

void RestClient::streamToSink(const std::shared_ptr<Call> &call, QNetworkReply *net)
{
    // Each attempt starts the body again (a retried GET sends it whole).
    if (auto *file = qobject_cast<QFileDevice *>(call->sink.data()))
        file->resize(0);
    else if (auto *spool = qobject_cast<PageSpool *>(call->sink.data()))
        spool->clear();
    call->sink->seek(0);
    // Bounded: Qt stops reading the socket while this much waits to be read, so a slow sink
    // never lets a large body pile up in memory.
    net->setReadBufferSize(kSinkReadBufferBytes);
    connect(net, &QNetworkReply::readyRead, this, [call, net] {
        const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status > 299 || !call->sink || call->sinkFailed)
            return; // an error body is read whole when the reply finishes
        // One buffer for every read: a fresh one each time would cost page faults per megabyte.
        QByteArray &chunk = call->sinkChunk;
        chunk.resize(qsizetype(qMax<qint64>(0, net->bytesAvailable())));
        const qint64 read = net->read(chunk.data(), chunk.size());
        chunk.resize(qsizetype(qMax<qint64>(0, read)));
        if (call->sink->write(chunk) != chunk.size()) {
            call->sinkFailed = true;
            net->abort();
        }
    });
}

void RestClient::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *net)
{
    net->deleteLater();
    RestReply *reply = call->reply;
    if (!reply || reply->m_finished || reply->m_aborted)
        return; // abort() finishes the reply itself, as Cancelled
    int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A connection cut in the middle of a 2xx body leaves its status but not all of its body:
    // that is a dropped connection, not an answer.
    if (status >= 200 && status <= 299 && net->error() != QNetworkReply::NoError)
        status = 0;
    QByteArray body = net->isOpen() ? net->readAll() : QByteArray();
    m_session->recordLimitInfo(net->rawHeader("Sforce-Limit-Info"));
    if (call->sinkFailed || (call->sink && status >= 200 && status <= 299 && call->sink->write(body) != body.size())) {
        finish(call,
               SalesforceError::make(
                   SalesforceError::Kind::InvalidInput,
                   tr("Cannot write the download: %1").arg(call->sink ? call->sink->errorString() : QString())));
        return;
    }
    if (call->sink && status >= 200 && status <= 299)
        body.clear(); // it is in the sink

    auto retryLater = [this, call] {
        const int delay = m_options.backoffMs << call->retries;
        ++call->retries;
        auto *timer = new QTimer(call->reply);
        timer->setSingleShot(true);
        call->backoff = timer;
        connect(timer, &QTimer::timeout, this, [this, call, timer] {
            timer->deleteLater();
            attempt(call);
        });
        timer->start(delay);
    };

    if (status == 0) {
        const bool timeout
            = net->error() == QNetworkReply::OperationCanceledError || net->error() == QNetworkReply::TimeoutError;
        if (call->idempotent() && call->retries < m_options.maxGetRetries) {
            qCDebug(lcSalesforce) << "retrying" << call->verb << "after" << net->errorString();
            retryLater();
            return;
        }
        const QString host = net->url().host();
        // Qt's wording goes to the log; the message says what it means.
        qCInfo(lcSalesforce) << call->verb << "to" << host << "failed:" << net->error() << net->errorString();
        finish(call,
               timeout ? SalesforceError::make(SalesforceError::Kind::Timeout,
                                               tr("Salesforce (%1) did not answer within %2 s. "
                                                  "Try again; if it keeps happening, check the network.")
                                                   .arg(host)
                                                   .arg(m_options.timeoutMs / 1000.0))
                       : SalesforceError::make(SalesforceError::Kind::Network,
                                               tr("Could not reach Salesforce at %1 (%2). Check the "
                                                  "network connection and try again.")
                                                   .arg(host, NetworkErrorText::reason(net->error()))));
        return;
    }

    reply->m_httpStatus = status;
    reply->m_body = body;
    reply->m_headers.clear();
    for (const auto &pair : net->rawHeaderPairs())
        reply->m_headers.insert(pair.first.toLower(), pair.second);

    if (status == 401 && call->authenticated && !call->refreshedOnce) {
        call->refreshedOnce = true;
        m_session->refresh(call->generation, reply, [this, call](const SalesforceError &error) {
            if (error.isError()) {
                finish(call, error);
                return;
            }
            if (call->reply)
                call->reply->m_retriedAfterRefresh = true;
            attempt(call);
        });
        return;
    }
    if ((status == 503 || status == 502 || status == 504 || (status == 500 && m_options.retryGetOnServerError))
        && call->idempotent() && call->retries < m_options.maxGetRetries) {
        retryLater();
        return;
    }
    SalesforceError error = SalesforceError::fromHttp(status, body);
    if (call->revoke && status == 400)
        error = {}; // the token was already gone: the disconnect goal is met
    if (status == 401 && error.isError())
        error.message
            = tr("Salesforce rejected the session even after renewing it (%1). Reconnect the bot.").arg(error.message);
    if (!error.isError() && call->onSuccess) {
        call->onSuccess(reply); // may turn the answer into an error
        error = reply->m_error;
    }
    finish(call, error);
}

void RestClient::finish(const std::shared_ptr<Call> &call, const SalesforceError &error)
{
    RestReply *reply = call->reply;
    if (!reply || reply->m_finished)
        return;
    reply->m_error = error;
    reply->m_finished = true;
    reply->m_onAbort = nullptr;
    emit reply->finished();
    if (reply->m_autoDelete)
        reply->deleteLater();
}

RestReply *RestClient::send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
                            const QHash<QByteArray, QByteArray> &extraHeaders)
{
    auto call = std::make_shared<Call>();
    call->verb = verb;
    call->pathOrUrl = pathOrUrl;
    call->body = body;
    for (auto it = extraHeaders.cbegin(); it != extraHeaders.cend(); ++it)
        call->headers.insert(it.key().toLower(), it.value());
    return start(call);
}

RestReply *RestClient::download(const QString &pathOrUrl, QIODevice *sink,
                                const QHash<QByteArray, QByteArray> &extraHeaders)
{
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->pathOrUrl = pathOrUrl;
    call->sink = sink;
    for (auto it = extraHeaders.cbegin(); it != extraHeaders.cend(); ++it)
        call->headers.insert(it.key().toLower(), it.value());
    return start(call);
}

RestReply *RestClient::get(const QString &pathOrUrl)
{
    return send("GET", pathOrUrl);
}

RestReply *RestClient::discoverApiVersion()
{
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->pathOrUrl = QStringLiteral("/services/data");
    call->authenticated = false; // the version list needs no session
    const QString configured
        = !m_options.apiVersion.isEmpty() ? m_options.apiVersion : Config::get(Config::SalesforceApiVersion);
    call->onSuccess = [this, configured](RestReply *reply) {
        const QVersionNumber ceiling = QVersionNumber::fromString(configured);
        QVersionNumber best;
        QString bestText;
        for (const QJsonValue &v : reply->array()) {
            const QString text = v.toObject().value(QLatin1String("version")).toString();
            const QVersionNumber n = QVersionNumber::fromString(text);
            if (!n.isNull() && n <= ceiling && n > best) {
                best = n;
                bestText = text;
            }
        }
        if (bestText.isEmpty()) {
            reply->m_error = SalesforceError::make(
                SalesforceError::Kind::Protocol,
                tr("The org offers no REST API version at or below %1. Set salesforce.apiVersion "
                   "to a version the org supports.")
                    .arg(configured));
            return;
        }
        m_session->setApiVersion(bestText);
        reply->m_body
            = QJsonDocument(QJsonObject {{QStringLiteral("version"), bestText}}).toJson(QJsonDocument::Compact);
    };
    return start(call);
}

RestReply *RestClient::create(const QString &objectName, const QJsonObject &fields)
{
    if (!isValidObjectName(objectName))
        return failEarly(badObject(objectName));
    return send("POST", dataPath(QStringLiteral("/sobjects/") + objectName),
                QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

namespace {

QString validatedIdPath(const QString &objectName, const QString &id, SalesforceError *error)
{
    if (!isValidObjectName(objectName)) {
        *error = badObject(objectName);
        return {};
    }
    QString why;
    const RecordId rid = RecordId::parseFor(id, objectName, &why);
    if (!rid.isValid()) {
        *error = SalesforceError::make(SalesforceError::Kind::InvalidInput, why);
        return {};
    }
    return QStringLiteral("/sobjects/") + objectName + QLatin1Char('/') + rid.id18();
}

} // namespace

RestReply *RestClient::retrieve(const QString &objectName, const QString &id, const QStringList &fields)
{
    SalesforceError error;
    QString path = validatedIdPath(objectName, id, &error);
    if (error)
        return failEarly(error);
    if (!fields.isEmpty())
        path += QStringLiteral("?fields=")
            + QString::fromLatin1(QUrl::toPercentEncoding(fields.join(QLatin1Char(',')), ","));
    return get(dataPath(path));
}

RestReply *RestClient::update(const QString &objectName, const QString &id, const QJsonObject &changedFields,
                              const QDateTime &ifUnmodifiedSince)
{
    SalesforceError error;
    const QString path = validatedIdPath(objectName, id, &error);
    if (error)
        return failEarly(error);
    QJsonObject body = changedFields;
    body.remove(QStringLiteral("Id")); // Salesforce refuses Id in the body; the path names the row
    body.remove(QStringLiteral("attributes"));
    QHash<QByteArray, QByteArray> headers;
    if (ifUnmodifiedSince.isValid())
        headers.insert("If-Unmodified-Since", rfc1123(ifUnmodifiedSince));
    return send("PATCH", dataPath(path), QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

RestReply *RestClient::remove(const QString &objectName, const QString &id)
{
    SalesforceError error;
    const QString path = validatedIdPath(objectName, id, &error);
    if (error)
        return failEarly(error);
    return send("DELETE", dataPath(path));
}

RestReply *RestClient::describe(const QString &objectName)
{
    if (!isValidObjectName(objectName))
        return failEarly(badObject(objectName));
    const QString key
        = m_session->connection().orgId + QLatin1Char('|') + apiVersion() + QLatin1Char('|') + objectName.toLower();
    const auto cached = m_describeCache.constFind(key);
    if (cached != m_describeCache.constEnd()) {
        RestReply *reply = failEarly({});
        reply->m_httpStatus = 200;
        reply->m_body = cached.value();
        return reply;
    }
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->pathOrUrl = dataPath(QStringLiteral("/sobjects/") + objectName + QStringLiteral("/describe"));
    call->onSuccess = [this, key](RestReply *reply) { m_describeCache.insert(key, reply->m_body); };
    return start(call);
}

RestReply *RestClient::describeGlobal()
{
    return get(dataPath(QStringLiteral("/sobjects")));
}

void RestClient::clearDescribeCache()
{
    m_describeCache.clear();
}

RestReply *RestClient::explain(const QString &soql)
{
    if (soql.trimmed().isEmpty())
        return failEarly(SalesforceError::make(SalesforceError::Kind::InvalidInput, tr("The query is empty.")));
    return get(dataPath(QStringLiteral("/query?"))
               + QString::fromLatin1(encodeQueryParameter(QStringLiteral("explain"), soql)));
}

RestReply *RestClient::identity()
{
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->prepare = [](Call &c, const Connection &connection) {
        c.pathOrUrl = QString::fromUtf8(connection.identityUrl.toEncoded());
    };
    return start(call);
}

RestReply *RestClient::userInfo()
{
    return get(QStringLiteral("/services/oauth2/userinfo"));
}

RestReply *RestClient::limits()
{
    return get(dataPath(QStringLiteral("/limits")));
}

RestReply *RestClient::revoke()
{
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->pathOrUrl = QStringLiteral("/services/oauth2/revoke");
    call->authenticated = false;
    call->revoke = true;
    call->headers.insert("content-type", "application/x-www-form-urlencoded");
    call->prepare = [](Call &c, const Connection &connection) {
        // Revoking the refresh token also ends every access token issued from it.
        const QString token = connection.canRefresh() ? connection.refreshToken : connection.accessToken;
        c.body = "token=" + QUrl::toPercentEncoding(token);
    };
    return start(call);
}

QueryCursor *RestClient::query(const QString &soql, bool includeDeleted)
{
    return new QueryCursor(this, soql, includeDeleted, this);
}

} // namespace hilal::salesforce
