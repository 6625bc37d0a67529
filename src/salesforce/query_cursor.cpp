#include "salesforce/query_cursor.h"

#include "salesforce/json_page_scanner.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
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
        finish(SalesforceError::make(SalesforceError::Kind::InvalidInput, tr("The query is empty.")));
        return;
    }
    if (!m_client) {
        finish(SalesforceError::cancelled());
        return;
    }
    const QString resource = m_includeDeleted ? QStringLiteral("/queryAll?") : QStringLiteral("/query?");
    fetch(m_client->dataPath(resource)
          + QString::fromLatin1(RestClient::encodeQueryParameter(QStringLiteral("q"), m_soql)));
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
    const JsonPageScan scan = JsonPageScan::scan(body);
    if (!scan.ok) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(body, &parseError);
        finish(SalesforceError::make(
            SalesforceError::Kind::Protocol,
            tr("Salesforce sent a query page that is not valid JSON (%1).")
                .arg(parseError.error == QJsonParseError::NoError ? tr("not an object") : parseError.errorString())));
        return;
    }
    if (scan.totalSize >= 0)
        m_totalSize = scan.totalSize;
    if (!scan.done && scan.nextRecordsUrl.isEmpty()) {
        finish(SalesforceError::make(SalesforceError::Kind::Protocol,
                                     tr("Salesforce said more rows follow but sent no nextRecordsUrl.")));
        return;
    }
    // Ask for the next page now, so the org works on it while this one is parsed and consumed.
    if (!scan.done && !m_cancelled && m_client)
        fetch(QString::fromUtf8(scan.nextRecordsUrl));

    const int index = m_pages++;
    m_loaded += scan.records.size();
    if (m_accumulate) {
        const int page = int(m_pageBodies.size());
        // An exact-size copy: the network layer's buffer can carry up to twice its size in
        // spare capacity, which would double the memory held for big results.
        m_pageBodies.append(body.capacity() > body.size() + body.size() / 16 ? QByteArray(body.constData(), body.size())
                                                                             : body);
        m_records.reserve(m_records.size() + scan.records.size());
        for (const JsonPageScan::Range &r : scan.records)
            m_records.append({page, r.begin, r.end});
    }
    if (isSignalConnected(QMetaMethod::fromSignal(&QueryCursor::pageReady))) {
        const QJsonArray records = QJsonDocument::fromJson(body).object().value(QLatin1String("records")).toArray();
        emit pageReady(records, index);
        if (m_finished)
            return; // the consumer cancelled and the cursor already finished
    }
    emit progress(m_loaded, m_totalSize);
    if (m_finished)
        return;
    if (scan.done) {
        m_done = true;
        finish({});
        return;
    }
    if (m_cancelled) {
        if (m_reply)
            m_reply->abort();
        finish(SalesforceError::cancelled());
        return;
    }
    if (!m_client && !m_reply)
        finish(SalesforceError::cancelled());
}

QJsonObject QueryCursor::record(int index) const
{
    return QJsonDocument::fromJson(recordJson(index)).object();
}

QByteArray QueryCursor::recordJson(int index) const
{
    if (index < 0 || index >= m_records.size())
        return {};
    const RecordRef &r = m_records.at(index);
    return m_pageBodies.at(r.page).mid(r.begin, r.end - r.begin);
}

QJsonArray QueryCursor::records() const
{
    QJsonArray out;
    for (int i = 0; i < m_records.size(); ++i)
        out.append(record(i));
    return out;
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
