#pragma once

#include "emulator/http/http_request.h"
#include "emulator/http/http_response.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace hilal::emulator {

class OrgStore;

// Bulk API 2.0 ingest jobs of the local org (docs/bulk-api.md), under /services/data/vXX.X:
//   POST   /jobs/ingest                      create (state Open): insert | update | upsert | delete
//   GET    /jobs/ingest                      all jobs
//   PUT    /jobs/ingest/{id}/batches         CSV data (text/csv), header row first; may repeat
//   PATCH  /jobs/ingest/{id}                 {"state":"UploadComplete"} or {"state":"Aborted"}
//   GET    /jobs/ingest/{id}                 info: Open → UploadComplete → InProgress → JobComplete
//   GET    /jobs/ingest/{id}/successfulResults/ | failedResults/ | unprocessedrecords/
//   DELETE /jobs/ingest/{id}
//
// The rows are written through the OrgStore (its validation, its errors) on the org's thread, a
// slice at a time from the event loop, so the org keeps answering other requests meanwhile.
class BulkIngestJobs
{
public:
    // Rows written per turn of the event loop while a job is InProgress.
    static constexpr int kRowsPerSlice = 500;

    explicit BulkIngestJobs(OrgStore *store);
    ~BulkIngestJobs();

    HttpResponse handle(const HttpRequest &request, const QString &version, const QStringList &segments,
                        const QString &userId);

    struct Job;

private:
    HttpResponse create(const HttpRequest &request, const QString &version, const QString &userId);
    HttpResponse list() const;
    HttpResponse upload(const HttpRequest &request, Job &job);
    HttpResponse changeState(const HttpRequest &request, const std::shared_ptr<Job> &job);
    HttpResponse resultCsv(const Job &job, const QString &which) const;
    void processSlice(const std::shared_ptr<Job> &job);
    // One row through the store; fills sf__Id / sf__Created or the error text.
    bool writeRow(Job &job, const QStringList &row, QString *id, bool *created, QString *error);

    OrgStore *m_store;
    QObject m_context; // lifetime guard for the queued slices
    QHash<QString, std::shared_ptr<Job>> m_jobs;
    QStringList m_order;
    quint64 m_nextCounter;
};

} // namespace hilal::emulator
