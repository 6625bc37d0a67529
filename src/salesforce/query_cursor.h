#pragma once

#include "salesforce/salesforce_error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

namespace hilal::salesforce {

class RestClient;
class RestReply;

// Runs one SOQL query to the end, page by page, following nextRecordsUrl strictly (never row
// arithmetic). Each page's records are handed to the consumer through pageReady() and then
// dropped, so a consumer that streams holds one page at a time. The next page is requested as
// soon as the current one's nextRecordsUrl is known (a structural scan, before any parsing), so
// parsing and the consumer's work overlap the org's. setAccumulate(true) keeps every row as a
// slice of the wire JSON (about 1× its size, where a QJsonArray of QJsonObjects takes five to six
// times that): read rows back with record(i) / recordJson(i), or records() to materialise all at
// once (small results only). Pages are parsed into QJsonArrays only when pageReady() has a
// receiver. Emits finished() exactly once:
// done, failed, or cancelled. Deletes itself after finished() unless setAutoDelete(false).
//
//   QueryCursor *cursor = client->query("SELECT Id, Name FROM Account");
//   connect(cursor, &QueryCursor::pageReady, this, [](const QJsonArray &rows) { … });
//   connect(cursor, &QueryCursor::progress, this, [](qint64 loaded, qint64 total) { … });
//   connect(cursor, &QueryCursor::finished, this, [cursor] { if (cursor->error()) …; });
class QueryCursor : public QObject
{
    Q_OBJECT
public:
    ~QueryCursor() override;

    QString soql() const { return m_soql; }
    bool includeDeleted() const { return m_includeDeleted; }

    void setAccumulate(bool accumulate) { m_accumulate = accumulate; }
    bool accumulate() const { return m_accumulate; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    // Sforce-Query-Options batchSize hint (200–2000); 0 → server default.
    void setBatchSize(int batchSize) { m_batchSize = batchSize; }

    // Stops after the page in flight; finished() follows with Kind::Cancelled.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool isDone() const { return m_done; } // the last page arrived
    const SalesforceError &error() const { return m_error; }
    qint64 totalSize() const { return m_totalSize; } // -1 until the first page
    qint64 loaded() const { return m_loaded; }
    int pages() const { return m_pages; }
    qint64 bytesReceived() const { return m_bytes; }
    // Only with setAccumulate(true):
    int recordCount() const { return int(m_records.size()); }
    QJsonObject record(int index) const;
    QByteArray recordJson(int index) const;
    QJsonArray records() const; // builds the whole array: fine for small results

Q_SIGNALS:
    void pageReady(const QJsonArray &records, int pageIndex);
    void progress(qint64 loaded, qint64 total);
    void finished();

private:
    friend class RestClient;
    QueryCursor(RestClient *client, const QString &soql, bool includeDeleted, QObject *parent);
    void begin();
    void fetch(const QString &pathOrUrl);
    void onPage();
    void finish(const SalesforceError &error);

    QPointer<RestClient> m_client;
    QPointer<RestReply> m_reply;
    QString m_soql;
    bool m_includeDeleted = false;
    bool m_accumulate = false;
    bool m_autoDelete = true;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_done = false;
    int m_batchSize = 0;
    int m_pages = 0;
    qint64 m_totalSize = -1;
    qint64 m_loaded = 0;
    qint64 m_bytes = 0;
    SalesforceError m_error;
    struct RecordRef
    {
        int page;
        int begin;
        int end;
    };
    QVector<QByteArray> m_pageBodies; // accumulate: the pages as received
    QVector<RecordRef> m_records; // accumulate: each row's bytes in its page
};

} // namespace hilal::salesforce
