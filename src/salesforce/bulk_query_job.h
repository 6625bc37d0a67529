#pragma once

#include "salesforce/salesforce_error.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QSaveFile;
class QTimer;

namespace hilal::salesforce {

class PageSpool;

class RestClient;
class RestReply;

// Exports one SOQL query through a Bulk API 2.0 query job (docs/bulk-api.md) into a file:
// creates the job, polls it with backoff until JobComplete, then downloads the result pages —
// several at a time through resultPages where the org has it (API 58.0+), else one after the
// other by locator — and streams them, in order, through a QSaveFile as CSV (as sent; formula
// cells neutralised unless `rawFormulas`) or as JSON Lines (one object per record, typed from
// describe). Each page downloads into a PageSpool as it arrives (memory up to
// `spoolMemoryBytes`, a temporary file beyond; at most `parallelPages` of them at a time) and is
// copied into the export a chunk of whole rows at a time, so memory stays the same whatever the
// page size or row count. A dropped page is fetched again
// (RestClient retries GETs; a locator stays valid while the job exists). cancel() aborts the
// job on the org and leaves no file. finished() fires exactly once.
class BulkQueryJob : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, JsonLines };

    struct Options
    {
        QString soql;
        bool allRows = false; // queryAll: deleted and archived rows too
        Format format = Format::Csv;
        QString columnDelimiter = QStringLiteral("COMMA"); // CSV only; JSON Lines parses COMMA
        QString lineEnding = QStringLiteral("LF"); // CSV only
        bool rawFormulas = false; // CSV: write cells exactly as sent
        int pageRecords = 50000; // maxRecords per page (sequential download)
        int parallelPages = 3; // pages in flight through resultPages
        qint64 chunkBytes = 1024 * 1024; // a downloaded page is read back this much at a time
        qint64 spoolMemoryBytes = 16 * 1024 * 1024; // a page waits in memory up to this, then in a file
        int pollFirstMs = 100; // first poll delay; ×1.1 each time …
        int pollMaxMs = 2000; // … up to this: a finished job waits at most this long unseen
    };

    BulkQueryJob(RestClient *client, const Options &options, QObject *parent = nullptr);
    ~BulkQueryJob() override;

    // Starts writing `path` (created only when the export succeeds).
    void start(const QString &path);
    // Stops: aborts the org's job, discards the file; finished() follows with Kind::Cancelled.
    void cancel();

    bool isFinished() const { return m_finished; }
    const SalesforceError &error() const { return m_error; }
    QString jobId() const { return m_jobId; }
    qint64 records() const { return m_records; }
    qint64 bytes() const { return m_bytes; }
    qint64 totalRecords() const { return m_total; } // -1 until the job is complete
    // The parsed `Options::columnDelimiter` / `lineEnding`; nullopt-like empty when unknown.
    static bool isValidDelimiterName(const QString &name);

Q_SIGNALS:
    void stateChanged(const QString &state); // the org job's state
    void progress(qint64 records, qint64 bytes, qint64 totalRecords);
    void finished();

private:
    void describeThenCreate();
    void createJob();
    void poll();
    void schedulePoll();
    void startDownloads();
    void fetchResultPages(const QString &url);
    void fetchNextSequential();
    void pumpParallel();
    void fetchPage(int index, const QString &url);
    void pageArrived(int index, RestReply *reply);
    void writeReadyPages();
    bool writePage(QIODevice *page, bool firstPage);
    bool writeRows(QByteArrayView rows, qint64 lineEnds, bool headerHere, bool firstPage);
    void succeed();
    void fail(const SalesforceError &error);
    void abortOnOrg();
    void track(RestReply *reply);
    // Runs `then` when `reply` succeeds while the export still runs; a failed reply fails it.
    void whenOk(RestReply *reply, const std::function<void(RestReply *)> &then);

    RestClient *m_client;
    Options m_options;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_readBuffer; // writePage's, kept from page to page
    QByteArray m_writeBuffer; // writeRows's, likewise
    QTimer *m_pollTimer;
    int m_pollDelayMs = 0;
    QString m_jobId;
    QString m_object;
    QString m_jobState;
    SalesforceError m_error;
    bool m_finished = false;
    bool m_started = false;
    qint64 m_records = 0;
    qint64 m_bytes = 0;
    qint64 m_total = -1;

    // Downloads.
    bool m_parallel = false;
    QStringList m_pageUrls; // known result URLs, in order
    QString m_nextPagesUrl; // resultPages continuation; empty when none
    bool m_pagesDone = false; // every result URL is known
    bool m_listingPages = false;
    int m_nextToFetch = 0; // index into m_pageUrls
    int m_nextToWrite = 0;
    QMap<int, PageSpool *> m_spool; // pages downloading or downloaded (children of this)
    std::vector<QByteArray> m_spareBuffers; // memory of pages already written, for the next ones
    QSet<int> m_ready; // downloaded, waiting for their turn
    int m_inFlight = 0;
    QString m_locator; // sequential: next locator, "null" at the end

    // JSON Lines.
    QStringList m_header;
    QHash<QString, QString> m_types; // top-level field (lower case) → describe type
    QList<QPointer<RestReply>> m_replies;
};

} // namespace hilal::salesforce
