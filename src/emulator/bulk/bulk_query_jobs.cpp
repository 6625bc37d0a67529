#include "emulator/bulk/bulk_query_jobs.h"

#include "emulator/bulk/bulk_csv.h"
#include "emulator/bulk/bulk_gzip.h"
#include "emulator/bulk/bulk_job_answers.h"
#include "emulator/logging.h"
#include "emulator/soql/soql_executor.h"
#include "emulator/store/id_generator.h"
#include "emulator/store/org_store.h"
#include "emulator/store/schema.h"
#include "emulator/store/sqlite_unicode.h"
#include "soql/parser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>

#include <atomic>
#include <thread>

namespace hilal::emulator {

namespace {

std::atomic<bool> g_holdWorkers {false};
QAtomicInteger<quint64> g_workerConnections;

// Salesforce answers a results page only for a job on the version that created it.
constexpr double kResultPagesSince = 58.0;
constexpr int kResultUrlsPerAnswer = 5;
constexpr qsizetype kFlushBytes = 1 << 20;
constexpr int kPageGzipLevel = 1;
constexpr int kPageThreads = 2;

using namespace bulk_job;

HttpResponse jobError(int status, const QString &code, const QString &message)
{
    return HttpResponse::restError(status, code, message);
}

// Locators are opaque to clients; ours (like Salesforce's) are the base64 of a record offset.
QString encodeLocator(qint64 offset)
{
    return QString::fromLatin1(QByteArray::number(offset).toBase64(QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeLocator(const QString &locator)
{
    const QByteArray raw = QByteArray::fromBase64(locator.toLatin1());
    bool ok = false;
    const qint64 value = raw.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

// What Bulk API 2.0 refuses in a query (docs/bulk-api.md); empty when the query may run.
QString bulkRefusal(const soql::SelectQuery &query)
{
    for (const soql::SelectItem &item : query.select) {
        switch (item.kind) {
        case soql::SelectItem::Kind::Subquery:
            return QStringLiteral("Aggregate Relationships not supported in Bulk Query");
        case soql::SelectItem::Kind::TypeOf:
            return QStringLiteral("TYPEOF clause not supported in Bulk Query");
        case soql::SelectItem::Kind::Fields:
            return QStringLiteral("Selecting compound data not supported in Bulk Query");
        case soql::SelectItem::Kind::Function:
            if (soql::isAggregateFunction(item.function.function))
                return QStringLiteral("Aggregate functions not supported in Bulk Query");
            if (item.function.function != soql::Function::ToLabel)
                return QStringLiteral("Function %1() not supported in Bulk Query").arg(item.function.name);
            break;
        case soql::SelectItem::Kind::Field:
            break;
        }
    }
    if (query.groupBy.kind != soql::GroupBy::Kind::None)
        return QStringLiteral("GROUP BY clause not supported in Bulk Query");
    if (query.offset)
        return QStringLiteral("OFFSET clause not supported in Bulk Query");
    return {};
}

// One CSV column: the header as the query wrote it and the path into a REST record.
struct Column
{
    QString header;
    QStringList path;
};

QList<Column> columnsOf(const soql::SelectQuery &query)
{
    QList<Column> columns;
    for (const soql::SelectItem &item : query.select) {
        if (item.kind == soql::SelectItem::Kind::Field) {
            columns.append({item.field.toString(), item.field.parts});
        } else if (item.kind == soql::SelectItem::Kind::Function && !item.function.args.empty()) {
            const soql::FieldPath &field = item.function.args.front().field;
            columns.append({field.toString(), field.parts});
        }
    }
    return columns;
}

} // namespace

struct BulkQueryJobs::Job
{
    // Fixed at creation.
    QString id;
    QString operation;
    QString object;
    QString soql;
    QString createdById;
    QString apiVersion;
    QDateTime createdDate;
    BulkCsvFormat format;
    QList<Column> columns;
    QTemporaryDir dir;
    QString csvPath;
    QString indexPath;
    QByteArray headerRow;
    std::atomic<bool> cancel {false};
    std::thread worker;

    // Shared with the worker, under `mutex`.
    mutable QMutex mutex;
    QString state = QString(kUploadComplete);
    QDateTime systemModstamp;
    QString errorMessage;
    qint64 records = 0;
    qint64 csvSize = 0;
    qint64 processingMs = 0;

    void setState(const QString &next, const QString &error = {})
    {
        QMutexLocker lock(&mutex);
        // A job the client aborted stays aborted, whatever the worker finishes with.
        if (state == kAborted || state == kJobComplete || state == kFailed)
            return;
        state = next;
        errorMessage = error;
        systemModstamp = QDateTime::currentDateTimeUtc();
    }

    QString currentState() const
    {
        QMutexLocker lock(&mutex);
        return state;
    }

    QJsonObject info(bool full) const
    {
        QMutexLocker lock(&mutex);
        QJsonObject o = bulk_job::commonInfo(id, operation, object, createdById, createdDate, systemModstamp, state,
                                             apiVersion, format);
        if (full) {
            o.insert(QStringLiteral("jobType"), QStringLiteral("V2Query"));
            o.insert(QStringLiteral("numberRecordsProcessed"), records);
            o.insert(QStringLiteral("retries"), 0);
            o.insert(QStringLiteral("totalProcessingTime"), processingMs);
            if (state == kFailed)
                o.insert(QStringLiteral("errorMessage"), errorMessage);
        }
        return o;
    }
};

namespace {

struct WorkerContext
{
    QString storeConnection;
    QDate today;
    int fiscalYearStartMonth = 1;
    Schema schema; // the org's own, custom fields included (a copy: the worker outlives nothing)
};

// For each of the job's columns, the index of the executor's column with the same path
// (compared as Salesforce compares names, without case), or -1 when the row has none.
std::vector<int> columnIndexes(const QList<Column> &columns, const QList<QStringList> &paths)
{
    std::vector<int> indexes;
    for (const Column &column : columns) {
        int found = -1;
        for (int i = 0; i < paths.size() && found < 0; ++i) {
            if (paths.at(i).join(QLatin1Char('.')).compare(column.path.join(QLatin1Char('.')), Qt::CaseInsensitive)
                == 0)
                found = i;
        }
        indexes.push_back(found);
    }
    return indexes;
}

// The job's result as it is written: CSV rows, and for each row its offset in the file (the
// index that answers a locator), flushed in runs of kFlushBytes.
class ResultWriter
{
public:
    explicit ResultWriter(BulkQueryJobs::Job *job)
        : m_job(job)
        , m_csv(job->csvPath)
        , m_index(job->indexPath)
    {
    }

    bool open() { return m_csv.open(QIODevice::WriteOnly) && m_index.open(QIODevice::WriteOnly); }
    QString errorSentence() const
    {
        return QStringLiteral("The local org could not write the job's result file: %1").arg(m_csv.errorString());
    }

    void append(const QList<QStringList> &paths, const std::vector<QByteArrayView> &cells)
    {
        if (m_indexes.empty())
            m_indexes = columnIndexes(m_job->columns, paths);
        const qint64 at = qToLittleEndian(m_written + m_out.size());
        m_offsets.append(reinterpret_cast<const char *>(&at), sizeof at);
        m_cells.clear();
        for (const int i : m_indexes)
            m_cells.push_back(i < 0 ? QByteArrayView() : cells.at(size_t(i)));
        BulkCsv::appendRow(m_out, m_cells, m_job->format);
        ++m_records;
    }

    bool needsFlush() const { return m_out.size() >= kFlushBytes; }

    bool flush()
    {
        m_written += m_out.size();
        if (m_csv.write(m_out) != m_out.size() || m_index.write(m_offsets) != m_offsets.size())
            return false;
        m_out.resize(0); // keeps the capacity: no fresh megabyte (and its page faults) per flush
        m_offsets.resize(0);
        QMutexLocker lock(&m_job->mutex);
        m_job->records = m_records;
        m_job->csvSize = m_written;
        return true;
    }

private:
    BulkQueryJobs::Job *m_job;
    QFile m_csv;
    QFile m_index;
    std::vector<int> m_indexes;
    std::vector<QByteArrayView> m_cells;
    QByteArray m_out;
    QByteArray m_offsets;
    qint64 m_written = 0;
    qint64 m_records = 0;
};

// Writes the whole result to job->csvPath / job->indexPath straight from the query's rows (no
// REST pages in between); returns an error sentence or empty.
QString writeResult(BulkQueryJobs::Job *job, SoqlExecutor &executor)
{
    ResultWriter writer(job);
    if (!writer.open())
        return writer.errorSentence();
    bool writeFailed = false;
    const bool all = job->operation == QLatin1String("queryAll");
    const QueryResult result = executor.forEachRow(
        job->soql, all, [&](const QList<QStringList> &paths, const std::vector<QByteArrayView> &cells) {
            if (job->cancel.load())
                return false;
            writer.append(paths, cells);
            writeFailed = writer.needsFlush() && !writer.flush();
            return !writeFailed;
        });
    if (!result.ok())
        return result.errors.first().message;
    if (writeFailed || !writer.flush())
        return writer.errorSentence();
    return {};
}

void runJob(const std::shared_ptr<BulkQueryJobs::Job> &job, const WorkerContext &context)
{
    QElapsedTimer clock;
    clock.start();
    job->setState(QString(kInProgress));
    while (g_holdWorkers.load() && !job->cancel.load())
        QThread::msleep(5);
    if (job->cancel.load())
        return;
    const QString connection = QStringLiteral("hilal-bulk-%1").arg(g_workerConnections.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(context.storeConnection, connection);
        if (!db.open()) {
            error = QStringLiteral("The local org could not open its database for the job: %1").arg(db.databaseName());
        } else {
            SqliteUnicode::install(db);
            // A shared-cache memory org: read without table locks so the org's own writes go on.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA read_uncommitted = 1"));
            SoqlExecutor executor(connection, context.schema);
            executor.setToday(context.today);
            executor.setFiscalYearStartMonth(context.fiscalYearStartMonth);
            error = writeResult(job.get(), executor);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    {
        QMutexLocker lock(&job->mutex);
        job->processingMs = clock.elapsed();
    }
    if (job->cancel.load())
        return;
    if (error.isEmpty())
        job->setState(QString(kJobComplete));
    else
        job->setState(QString(kFailed), error);
    qCDebug(lcEmulator).noquote() << "bulk query job" << job->id << job->currentState();
}

void stopWorker(BulkQueryJobs::Job &job)
{
    job.cancel.store(true);
    if (job.worker.joinable())
        job.worker.join();
}

// What results and resultPages both read first: the job (complete, on this version), where the
// page starts (`locator`) and how many records a page holds (`maxRecords`).
struct PageWindow
{
    qint64 total = 0;
    qint64 csvSize = 0;
    qint64 start = 0;
    qint64 pageSize = BulkQueryJobs::kDefaultPageRecords;
};

std::optional<HttpResponse> readPageWindow(const HttpRequest &request, BulkQueryJobs::Job &job, const QString &version,
                                           PageWindow *window)
{
    if (version != job.apiVersion)
        return jobError(409, QStringLiteral("API_VERSION_MISMATCH"),
                        QStringLiteral("Job %1 was created on API version %2; get its results on that version.")
                            .arg(job.id, job.apiVersion));
    {
        QMutexLocker lock(&job.mutex);
        if (job.state != kJobComplete)
            return jobError(
                400, QStringLiteral("INVALIDJOBSTATE"),
                QStringLiteral("Job %1 is %2; results are available once it is JobComplete.").arg(job.id, job.state));
        window->total = job.records;
        window->csvSize = job.csvSize;
    }
    if (request.hasQuery(QStringLiteral("locator"))) {
        const std::optional<qint64> decoded = decodeLocator(request.queryValue(QStringLiteral("locator")));
        if (!decoded || *decoded > window->total)
            return jobError(400, QStringLiteral("INVALID_LOCATOR"),
                            QStringLiteral("The locator '%1' does not belong to job %2.")
                                .arg(request.queryValue(QStringLiteral("locator")), job.id));
        window->start = *decoded;
    }
    // On resultPages this is our extension: it sizes the pages (the real org sizes them itself).
    if (request.hasQuery(QStringLiteral("maxRecords"))) {
        bool ok = false;
        window->pageSize = request.queryValue(QStringLiteral("maxRecords")).toLongLong(&ok);
        if (!ok || window->pageSize <= 0)
            return jobError(400, QStringLiteral("INVALID_MAX_RECORDS"),
                            QStringLiteral("maxRecords must be a whole number above 0 (got '%1').")
                                .arg(request.queryValue(QStringLiteral("maxRecords"))));
    }
    return std::nullopt;
}

// One results page: the header row and the byte range of the result file that holds records
// [window.start, window.start + pageSize). Compressed at zlib's fastest level: a page is
// compressed on every request, and on a page of opportunities level 1 takes half the default
// level's time for a fifth more bytes.
HttpResponse resultsPage(const BulkQueryJobs::Job &job, const PageWindow &window, bool gzip)
{
    const qint64 total = window.total;
    const qint64 count = qMin(window.pageSize, total - window.start);
    const qint64 end = window.start + count;

    QFile index(job.indexPath);
    QFile csv(job.csvPath);
    if (!index.open(QIODevice::ReadOnly) || !csv.open(QIODevice::ReadOnly))
        return jobError(500, QStringLiteral("UNKNOWN_EXCEPTION"),
                        QStringLiteral("The local org lost the job's result file."));
    auto offsetOf = [&](qint64 record) -> qint64 {
        if (record >= total)
            return window.csvSize;
        qint64 raw = 0;
        index.seek(record * qint64(sizeof raw));
        index.read(reinterpret_cast<char *>(&raw), sizeof raw);
        return qFromLittleEndian(raw);
    };
    const qint64 from = offsetOf(window.start);
    const qint64 to = offsetOf(end);
    HttpResponse response;
    response.status = 200;
    response.contentType = QByteArrayLiteral("text/csv");
    // The plain page is read into a buffer this pool thread keeps: the next page reuses its pages
    // of memory instead of faulting in fresh ones.
    static thread_local QByteArray plain;
    plain.resize(0);
    plain.append(job.headerRow);
    plain.resize(job.headerRow.size() + (to - from));
    csv.seek(from);
    const qint64 read = csv.read(plain.data() + job.headerRow.size(), to - from);
    if (read != to - from)
        return jobError(500, QStringLiteral("UNKNOWN_EXCEPTION"),
                        QStringLiteral("The local org could not read the job's result file."));
    if (gzip) {
        response.body = BulkGzip::compress(plain, kPageGzipLevel);
        response.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    } else {
        response.body = QByteArray(plain.constData(), plain.size());
    }
    response.setHeader(QByteArrayLiteral("Sforce-Locator"),
                       end < total ? encodeLocator(end).toLatin1() : QByteArrayLiteral("null"));
    response.setHeader(QByteArrayLiteral("Sforce-NumberOfRecords"), QByteArray::number(count));
    return response;
}

} // namespace

BulkQueryJobs::BulkQueryJobs(OrgStore *store)
    : m_store(store)
    , m_nextCounter(62ull * 62 * 62 * 62 * 10)
{
    m_pagePool.setMaxThreadCount(kPageThreads);
}

BulkQueryJobs::~BulkQueryJobs()
{
    m_pagePool.waitForDone(); // their queued answers are dropped with m_replies
    for (const std::shared_ptr<Job> &job : std::as_const(m_jobs))
        stopWorker(*job);
}

void BulkQueryJobs::holdWorkersForTesting(bool held)
{
    g_holdWorkers.store(held);
}

std::shared_ptr<BulkQueryJobs::Job> BulkQueryJobs::find(const QString &id) const
{
    const QString normalized = IdGenerator::normalize(id);
    QMutexLocker lock(&m_mutex);
    return m_jobs.value(normalized.isEmpty() ? id : normalized);
}

HttpResponse BulkQueryJobs::handle(const HttpRequest &request, const QString &version, const QStringList &segments,
                                   const QString &userId)
{
    const QString &method = request.method;
    if (segments.size() == 2)
        return bulk_job::collection(
            method, [&] { return create(request, version, userId); }, [&] { return list(version); });
    const std::shared_ptr<Job> job = find(segments[2]);
    if (!job)
        return notFound();
    if (segments.size() == 3)
        return bulk_job::oneJob(
            method, job, [&] { return abort(request, job); }, [&] { return remove(job->id); });
    if (segments.size() == 4 && segments[3] == QLatin1String("results")) {
        if (method != QLatin1String("GET"))
            return methodNotAllowed(method, QStringLiteral("GET,HEAD"));
        return results(request, job, version);
    }
    if (segments.size() == 4 && segments[3] == QLatin1String("resultPages")
        && version.toDouble() >= kResultPagesSince) {
        if (method != QLatin1String("GET"))
            return methodNotAllowed(method, QStringLiteral("GET,HEAD"));
        return resultPages(request, job, version);
    }
    return notFound();
}

HttpResponse BulkQueryJobs::create(const HttpRequest &request, const QString &version, const QString &userId)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return jobError(400, QStringLiteral("JSON_PARSER_ERROR"),
                        QStringLiteral("The request body must be a JSON object."));
    const QJsonObject body = document.object();
    const QString operation = body.value(QStringLiteral("operation")).toString();
    if (operation != QLatin1String("query") && operation != QLatin1String("queryAll"))
        return jobError(
            400, QStringLiteral("INVALIDJOB"),
            QStringLiteral("Invalid operation '%1': a query job's operation is query or queryAll.").arg(operation));
    const QString soqlText = body.value(QStringLiteral("query")).toString();
    if (soqlText.trimmed().isEmpty())
        return jobError(400, QStringLiteral("INVALIDJOB"),
                        QStringLiteral("The job needs a query: send \"query\": \"SELECT …\"."));
    const QString contentType = body.value(QStringLiteral("contentType")).toString(QStringLiteral("CSV"));
    if (contentType != QLatin1String("CSV"))
        return jobError(400, QStringLiteral("INVALIDJOB"),
                        QStringLiteral("Invalid contentType '%1': query results come as CSV only.").arg(contentType));
    BulkCsvFormat format;
    format.delimiterName = body.value(QStringLiteral("columnDelimiter")).toString(QStringLiteral("COMMA"));
    const std::optional<char> delimiter = BulkCsvFormat::delimiterFromName(format.delimiterName);
    if (!delimiter)
        return jobError(
            400, QStringLiteral("INVALIDJOB"),
            QStringLiteral("Invalid columnDelimiter '%1': use COMMA, TAB, PIPE, SEMICOLON, CARET or BACKQUOTE.")
                .arg(format.delimiterName));
    format.delimiter = *delimiter;
    format.lineEndingName = body.value(QStringLiteral("lineEnding")).toString(QStringLiteral("LF"));
    const std::optional<QByteArray> lineEnding = BulkCsvFormat::lineEndingFromName(format.lineEndingName);
    if (!lineEnding)
        return jobError(400, QStringLiteral("INVALIDJOB"),
                        QStringLiteral("Invalid lineEnding '%1': use LF or CRLF.").arg(format.lineEndingName));
    format.lineEnding = *lineEnding;

    const soql::ParseResult parsed = soql::Parser::parse(soqlText);
    if (!parsed.ok())
        return jobError(400, QStringLiteral("MALFORMED_QUERY"), parsed.error.toString());
    const QString refusal = bulkRefusal(*parsed.query);
    if (!refusal.isEmpty())
        return jobError(400, QStringLiteral("API_ERROR"), refusal);

    auto job = std::make_shared<Job>();
    if (!job->dir.isValid())
        return jobError(500, QStringLiteral("UNKNOWN_EXCEPTION"),
                        QStringLiteral("The local org could not create a folder for the job's results."));
    {
        QMutexLocker lock(&m_mutex);
        job->id = IdGenerator::make(u"750", m_nextCounter++);
    }
    job->operation = operation;
    const ObjectDef *object = m_store->schema().object(parsed.query->from.object);
    job->object = object ? object->name : parsed.query->from.object;
    job->soql = soqlText;
    job->createdById = userId;
    job->apiVersion = version;
    job->createdDate = QDateTime::currentDateTimeUtc();
    job->systemModstamp = job->createdDate;
    job->format = format;
    job->columns = columnsOf(*parsed.query);
    job->csvPath = job->dir.filePath(QStringLiteral("result.csv"));
    job->indexPath = job->dir.filePath(QStringLiteral("result.index"));
    QStringList headers;
    for (const Column &column : std::as_const(job->columns))
        headers.append(column.header);
    BulkCsv::appendRow(job->headerRow, headers, format);

    const QJsonObject answer = job->info(false);
    WorkerContext context {m_store->connectionName(), m_store->today(), m_store->organization().fiscalYearStartMonth,
                           m_store->schema()};
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.insert(job->id, job);
        m_order.append(job->id);
    }
    job->worker = std::thread([job, context] { runJob(job, context); });
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse BulkQueryJobs::list(const QString &version)
{
    QJsonArray records;
    QList<std::shared_ptr<Job>> jobs;
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &id : std::as_const(m_order))
            jobs.append(m_jobs.value(id));
    }
    for (const std::shared_ptr<Job> &job : std::as_const(jobs)) {
        QJsonObject info = job->info(false);
        info.insert(QStringLiteral("jobType"), QStringLiteral("V2Query"));
        records.append(info);
    }
    Q_UNUSED(version)
    return HttpResponse::json(200,
                              QJsonDocument(QJsonObject {{QStringLiteral("done"), true},
                                                         {QStringLiteral("records"), records},
                                                         {QStringLiteral("nextRecordsUrl"), QJsonValue::Null}}));
}

HttpResponse BulkQueryJobs::abort(const HttpRequest &request, const std::shared_ptr<Job> &job)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QString state = document.object().value(QStringLiteral("state")).toString();
    if (state != kAborted)
        return jobError(
            400, QStringLiteral("INVALIDJOBSTATE"),
            QStringLiteral("A query job can only be aborted: send {\"state\": \"Aborted\"} (got '%1').").arg(state));
    {
        QMutexLocker lock(&job->mutex);
        if (job->state == kJobComplete || job->state == kFailed || job->state == kAborted)
            return jobError(
                400, QStringLiteral("INVALIDJOBSTATE"),
                QStringLiteral("Job %1 is already %2 and can no longer be aborted.").arg(job->id, job->state));
        job->state = QString(kAborted);
        job->systemModstamp = QDateTime::currentDateTimeUtc();
    }
    job->cancel.store(true);
    return HttpResponse::json(200, QJsonDocument(job->info(false)));
}

HttpResponse BulkQueryJobs::remove(const QString &id)
{
    std::shared_ptr<Job> job;
    {
        QMutexLocker lock(&m_mutex);
        job = m_jobs.take(id);
        m_order.removeAll(id);
    }
    if (job)
        stopWorker(*job);
    return HttpResponse::empty(204);
}

HttpResponse BulkQueryJobs::results(const HttpRequest &request, const std::shared_ptr<Job> &job, const QString &version)
{
    PageWindow window;
    if (std::optional<HttpResponse> refused = readPageWindow(request, *job, version, &window))
        return *refused;
    const bool gzip = request.header("Accept-Encoding").contains("gzip");
    // Reading and compressing a page runs on the page pool, so that the org's one HTTP thread
    // keeps answering (a client downloading several pages at once gets them in parallel).
    return HttpResponse::deferred([this, job, window, gzip](const HttpResponse::Reply &reply) {
        m_pagePool.start([this, job, window, gzip, reply] {
            const HttpResponse page = resultsPage(*job, window, gzip);
            QMetaObject::invokeMethod(
                &m_replies, [reply, page] { reply(page); }, Qt::QueuedConnection);
        });
    });
}

HttpResponse BulkQueryJobs::resultPages(const HttpRequest &request, const std::shared_ptr<Job> &job,
                                        const QString &version)
{
    PageWindow window;
    if (std::optional<HttpResponse> refused = readPageWindow(request, *job, version, &window))
        return *refused;
    const qint64 total = window.total;
    const qint64 pageSize = window.pageSize;
    const QString base = QStringLiteral("/services/data/v%1/jobs/query/%2").arg(version, job->id);
    QJsonArray pages;
    qint64 at = window.start;
    // An empty result still has one (header-only) page.
    for (int i = 0; i < kResultUrlsPerAnswer && (at < total || (total == 0 && at == 0 && pages.isEmpty())); ++i) {
        QString url = base + QStringLiteral("/results?maxRecords=%1").arg(pageSize);
        if (at > 0)
            url += QStringLiteral("&locator=") + encodeLocator(at);
        pages.append(QJsonObject {{QStringLiteral("resultUrl"), url}});
        at += pageSize;
    }
    const bool done = at >= total;
    QJsonObject body {{QStringLiteral("resultPages"), pages}, {QStringLiteral("done"), done}};
    body.insert(
        QStringLiteral("nextRecordsUrl"),
        done ? QJsonValue(QJsonValue::Null)
             : QJsonValue(
                 base + QStringLiteral("/resultPages?maxRecords=%1&locator=%2").arg(pageSize).arg(encodeLocator(at))));
    return HttpResponse::json(200, QJsonDocument(body));
}

} // namespace hilal::emulator
