#include "salesforce/query_cursor.h"

#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace hilal::salesforce {

QueryCursor::QueryCursor(RestClient *client, const QString &soql, bool includeDeleted, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_soql(soql)
    , m_includeDeleted(includeDeleted)
{
    // Start on the next turn of the event loop so the caller can connect its signals first.
    QTimer::singleShot(0, this, &QueryCursor::begin);
}

QueryCursor::~QueryCursor()
{
    if (m_reply)
        m_reply->abort();
}

void QueryCursor::begin()
{
    if (m_finished)
        return;
    if (m_cancelled) {
        finish(SalesforceError::cancelled());
        return;
    }
    if (m_soql.trimmed().isEmpty()) {
        finish(SalesforceError::make(SalesforceError::Kind::InvalidInput, QStringLiteral("The query is empty.")));
        return;
    }
    if (!m_client) {
        finish(SalesforceError::cancelled());
        return;
    }
    const QString resource = m_includeDeleted ? QStringLiteral("/queryAll?") : QStringLiteral("/query?");
    fetch(m_client->dataPath(resource) + QString::fromLatin1(RestClient::encodeQueryParameter(QStringLiteral("q"), m_soql)));
}

void QueryCursor::fetch(const QString &pathOrUrl)
{
    QHash<QByteArray, QByteArray> headers;
    if (m_batchSize > 0)
        headers.insert("Sforce-Query-Options", "batchSize=" + QByteArray::number(m_batchSize));
    m_reply = m_client->send("GET", pathOrUrl, {}, headers);
    connect(m_reply, &RestReply::finished, this, &QueryCursor::onPage);
}

void QueryCursor::onPage()
{
    RestReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || m_finished)
        return;
    if (reply->error()) {
        finish(m_cancelled ? SalesforceError::cancelled() : reply->error());
        return;
    }
    const QByteArray body = reply->body();
    m_bytes += body.size();
    QJsonParseError parseError;
    const QJsonObject page = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        finish(SalesforceError::make(SalesforceError::Kind::Protocol,
                                     QStringLiteral("Salesforce sent a query page that is not valid JSON (%1).")
                                         .arg(parseError.errorString())));
        return;
    }
    m_totalSize = page.value(QLatin1String("totalSize")).toInteger(m_totalSize);
    const bool done = page.value(QLatin1String("done")).toBool(true);
    const QString next = page.value(QLatin1String("nextRecordsUrl")).toString();
    const QJsonArray records = page.value(QLatin1String("records")).toArray();
    m_loaded += records.size();
    const int index = m_pages++;
    if (m_accumulate) {
        for (const QJsonValue &r : records)
            m_records.append(r);
    }
    emit pageReady(records, index);
    emit progress(m_loaded, m_totalSize);
    if (done) {
        m_done = true;
        finish({});
        return;
    }
    if (m_cancelled) {
        finish(SalesforceError::cancelled());
        return;
    }
    if (next.isEmpty()) {
        finish(SalesforceError::make(SalesforceError::Kind::Protocol,
                                     QStringLiteral("Salesforce said more rows follow but sent no nextRecordsUrl.")));
        return;
    }
    if (!m_client) {
        finish(SalesforceError::cancelled());
        return;
    }
    fetch(next);
}

void QueryCursor::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // its finished() → onPage → Cancelled
}

void QueryCursor::finish(const SalesforceError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace hilal::salesforce
