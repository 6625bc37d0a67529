#pragma once

#include "emulator/http/http_request.h"
#include "emulator/http/http_response.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace hilal::emulator {

class OrgStore;

// Bulk API 2.0 query jobs of the local org (docs/bulk-api.md), under /services/data/vXX.X:
//   POST   /jobs/query                      create (state UploadComplete)
//   GET    /jobs/query                      all jobs
//   GET    /jobs/query/{id}                 info: UploadComplete → InProgress → JobComplete | Failed | Aborted
//   PATCH  /jobs/query/{id}                 {"state":"Aborted"}
//   DELETE /jobs/query/{id}
//   GET    /jobs/query/{id}/results?locator=&maxRecords=     CSV page (gzip when asked)
//   GET    /jobs/query/{id}/resultPages     (v58.0+) up to five result URLs at a time
//
// Each job runs its query on a thread of its own, over its own clone of the store's database
// connection, reading the rows in one statement and writing the CSV to a temporary file plus an
// index of row offsets (8 bytes a row, also on disk); a results page is a byte range of that
// file, read (and gzipped) on a small pool of its own. Memory stays flat whatever the row count:
// 1 MiB of CSV while running, the pages being served while serving.
//
// Thread-safety: handle() runs on the org's thread (create it there: page answers come back
// through m_replies); the workers touch a job only under its mutex.
class BulkQueryJobs
{
public:
    // Records per results page when the client sends no maxRecords (Salesforce documents none).
    static constexpr int kDefaultPageRecords = 50000;

    explicit BulkQueryJobs(OrgStore *store);
    ~BulkQueryJobs(); // aborts and joins the running workers, removes the files

    // `segments` starts at "jobs"; `userId` is the caller's 005 Id.
    HttpResponse handle(const HttpRequest &request, const QString &version, const QStringList &segments,
                        const QString &userId);

    // Test seam: while held, new workers wait before running their query (state stays
    // UploadComplete, then InProgress once released… see docs/bulk-api.md). Process-wide.
    static void holdWorkersForTesting(bool held);

    struct Job;

private:
    HttpResponse create(const HttpRequest &request, const QString &version, const QString &userId);
    HttpResponse list(const QString &version);
    HttpResponse abort(const HttpRequest &request, const std::shared_ptr<Job> &job);
    HttpResponse remove(const QString &id);
    HttpResponse results(const HttpRequest &request, const std::shared_ptr<Job> &job, const QString &version);
    HttpResponse resultPages(const HttpRequest &request, const std::shared_ptr<Job> &job, const QString &version);
    std::shared_ptr<Job> find(const QString &id) const;

    OrgStore *m_store;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<Job>> m_jobs;
    QStringList m_order; // creation order, for the job list
    quint64 m_nextCounter;
    QObject m_replies; // lives on the org's thread; page answers are queued to it
    QThreadPool m_pagePool; // declared last: destroyed (and waited for) first
};

} // namespace hilal::emulator
