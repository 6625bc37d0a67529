#include "emulator/bulk/bulk_ingest_jobs.h"

#include "emulator/bulk/bulk_csv.h"
#include "emulator/bulk/bulk_job_answers.h"
#include "emulator/store/id_generator.h"
#include "emulator/store/org_store.h"
#include "emulator/store/schema.h"
#include "soql/literal_escaper.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace hilal::emulator {

namespace {

using namespace bulk_job;

// Bulk writes "#N/A" to set a field to null; an empty cell leaves it alone.
const QLatin1String kNullCell {"#N/A"};

HttpResponse invalidJob(const QString &message)
{
    return HttpResponse::restError(400, QStringLiteral("INVALIDJOB"), message);
}

QString errorText(const QList<SfError> &errors)
{
    QStringList parts;
    for (const SfError &e : errors)
        parts.append(QStringLiteral("%1:%2:%3 --").arg(e.errorCode, e.message, e.fields.join(QLatin1Char(','))));
    return parts.join(QLatin1Char(' '));
}

} // namespace

struct BulkIngestJobs::Job
{
    QString id;
    QString object;
    QString operation;
    QString externalIdField;
    QString createdById;
    QString apiVersion;
    QDateTime createdDate;
    QDateTime systemModstamp;
    BulkCsvFormat format;
    QString state = QString(kOpen);
    QString errorMessage;
    QStringList header;
    QList<QStringList> rows;
    qsizetype next = 0; // first row not yet processed
    qint64 processed = 0;
    qint64 failed = 0;
    qint64 processingMs = 0;
    QByteArray successful; // result rows, without their header
    QByteArray failures;

    QJsonObject info(bool full) const
    {
        QJsonObject o
            = commonInfo(id, operation, object, createdById, createdDate, systemModstamp, state, apiVersion, format);
        o.insert(QStringLiteral("jobType"), QStringLiteral("V2Ingest"));
        if (!externalIdField.isEmpty())
            o.insert(QStringLiteral("externalIdFieldName"), externalIdField);
        if (state == kOpen)
            o.insert(QStringLiteral("contentUrl"),
                     QStringLiteral("services/data/v%1/jobs/ingest/%2/batches").arg(apiVersion, id));
        if (full) {
            o.insert(QStringLiteral("numberRecordsProcessed"), processed);
            o.insert(QStringLiteral("numberRecordsFailed"), failed);
            o.insert(QStringLiteral("retries"), 0);
            o.insert(QStringLiteral("totalProcessingTime"), processingMs);
            o.insert(QStringLiteral("apiActiveProcessingTime"), processingMs);
            o.insert(QStringLiteral("apexProcessingTime"), 0);
            if (state == kFailed)
                o.insert(QStringLiteral("errorMessage"), errorMessage);
        }
        return o;
    }

    void setState(const QString &next)
    {
        state = next;
        systemModstamp = QDateTime::currentDateTimeUtc();
    }
};

BulkIngestJobs::BulkIngestJobs(OrgStore *store)
    : m_store(store)
    , m_nextCounter(62ull * 62 * 62 * 62 * 20)
{
}

BulkIngestJobs::~BulkIngestJobs() = default;

HttpResponse BulkIngestJobs::handle(const HttpRequest &request, const QString &version, const QStringList &segments,
                                    const QString &userId)
{
    const QString &method = request.method;
    if (segments.size() == 2)
        return bulk_job::collection(
            method, [&] { return create(request, version, userId); }, [&] { return list(); });
    const QString normalized = IdGenerator::normalize(segments[2]);
    const std::shared_ptr<Job> job = m_jobs.value(normalized.isEmpty() ? segments[2] : normalized);
    if (!job)
        return notFound();
    if (segments.size() == 3) {
        return bulk_job::oneJob(
            method, job, [&] { return changeState(request, job); },
            [&] {
                if (job->state == kUploadComplete || job->state == kInProgress)
                    return HttpResponse::restError(
                        400, QStringLiteral("INVALIDJOBSTATE"),
                        QStringLiteral("Job %1 is %2; abort it or wait until it ends before deleting it.")
                            .arg(job->id, job->state));
                m_jobs.remove(job->id);
                m_order.removeAll(job->id);
                return HttpResponse::empty(204);
            });
    }
    // Trailing slashes are already gone: successfulResults/ arrives as successfulResults.
    if (segments.size() == 4) {
        const QString &what = segments[3];
        if (what == QLatin1String("batches")) {
            if (method != QLatin1String("PUT"))
                return methodNotAllowed(method, QStringLiteral("PUT"));
            return upload(request, *job);
        }
        if (what == QLatin1String("successfulResults") || what == QLatin1String("failedResults")
            || what == QLatin1String("unprocessedrecords")) {
            if (method != QLatin1String("GET"))
                return methodNotAllowed(method, QStringLiteral("GET,HEAD"));
            return resultCsv(*job, what);
        }
    }
    return notFound();
}

HttpResponse BulkIngestJobs::create(const HttpRequest &request, const QString &version, const QString &userId)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return HttpResponse::restError(400, QStringLiteral("JSON_PARSER_ERROR"),
                                       QStringLiteral("The request body must be a JSON object."));
    const QJsonObject body = document.object();
    const QString operation = body.value(QStringLiteral("operation")).toString();
    static const QStringList operations {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("upsert"),
                                         QStringLiteral("delete")};
    if (!operations.contains(operation))
        return invalidJob(
            QStringLiteral("Invalid operation '%1': the local org runs insert, update, upsert and delete jobs.")
                .arg(operation));
    const ObjectDef *object = m_store->schema().object(body.value(QStringLiteral("object")).toString());
    if (!object)
        return HttpResponse::restError(400, QStringLiteral("INVALIDENTITY"),
                                       QStringLiteral("Entity '%1' is not supported by the Bulk API.")
                                           .arg(body.value(QStringLiteral("object")).toString()));
    auto job = std::make_shared<Job>();
    if (operation == QLatin1String("upsert")) {
        const QString field = body.value(QStringLiteral("externalIdFieldName")).toString();
        const FieldDef *def = object->field(field);
        if (field.isEmpty())
            return invalidJob(
                QStringLiteral("An upsert job needs externalIdFieldName (an external ID field of %1, or Id).")
                    .arg(object->name));
        if (!def || !(def->externalId || def->name == QLatin1String("Id")))
            return invalidJob(
                QStringLiteral("%1 is not an external ID field of %2; upsert on Id or an external ID field.")
                    .arg(field, object->name));
        job->externalIdField = def->name;
    }
    const QString contentType = body.value(QStringLiteral("contentType")).toString(QStringLiteral("CSV"));
    if (contentType != QLatin1String("CSV"))
        return invalidJob(QStringLiteral("Invalid contentType '%1': ingest data is CSV.").arg(contentType));
    job->format.delimiterName = body.value(QStringLiteral("columnDelimiter")).toString(QStringLiteral("COMMA"));
    const std::optional<char> delimiter = BulkCsvFormat::delimiterFromName(job->format.delimiterName);
    if (!delimiter)
        return invalidJob(
            QStringLiteral("Invalid columnDelimiter '%1': use COMMA, TAB, PIPE, SEMICOLON, CARET or BACKQUOTE.")
                .arg(job->format.delimiterName));
    job->format.delimiter = *delimiter;
    job->format.lineEndingName = body.value(QStringLiteral("lineEnding")).toString(QStringLiteral("LF"));
    const std::optional<QByteArray> lineEnding = BulkCsvFormat::lineEndingFromName(job->format.lineEndingName);
    if (!lineEnding)
        return invalidJob(QStringLiteral("Invalid lineEnding '%1': use LF or CRLF.").arg(job->format.lineEndingName));
    job->format.lineEnding = *lineEnding;
    job->id = IdGenerator::make(u"750", m_nextCounter++);
    job->object = object->name;
    job->operation = operation;
    job->createdById = userId;
    job->apiVersion = version;
    job->createdDate = QDateTime::currentDateTimeUtc();
    job->systemModstamp = job->createdDate;
    m_jobs.insert(job->id, job);
    m_order.append(job->id);
    return HttpResponse::json(200, QJsonDocument(job->info(false)));
}

HttpResponse BulkIngestJobs::list() const
{
    QJsonArray records;
    for (const QString &id : m_order)
        records.append(m_jobs.value(id)->info(false));
    return HttpResponse::json(200,
                              QJsonDocument(QJsonObject {{QStringLiteral("done"), true},
                                                         {QStringLiteral("records"), records},
                                                         {QStringLiteral("nextRecordsUrl"), QJsonValue::Null}}));
}

HttpResponse BulkIngestJobs::upload(const HttpRequest &request, Job &job)
{
    if (job.state != kOpen)
        return HttpResponse::restError(
            409, QStringLiteral("INVALIDJOBSTATE"),
            QStringLiteral("Job %1 is %2; data can be uploaded only while it is Open.").arg(job.id, job.state));
    if (!request.header("Content-Type").startsWith("text/csv"))
        return HttpResponse::restError(400, QStringLiteral("INVALIDJOB"),
                                       QStringLiteral("Send the batch with Content-Type: text/csv."));
    QList<QStringList> rows;
    QString error;
    if (!BulkCsv::parse(request.body, job.format.delimiter, &rows, &error))
        return HttpResponse::restError(400, QStringLiteral("INVALIDBATCH"), error);
    if (rows.isEmpty())
        return HttpResponse::restError(400, QStringLiteral("INVALIDBATCH"),
                                       QStringLiteral("The batch is empty: send a header row and the records."));
    const QStringList header = rows.takeFirst();
    const ObjectDef *object = m_store->schema().object(job.object);
    for (const QString &column : header) {
        if (!object->field(column))
            return HttpResponse::restError(400, QStringLiteral("INVALIDBATCH"),
                                           QStringLiteral("Field name not found : %1 (on %2)").arg(column, job.object));
    }
    if (job.header.isEmpty())
        job.header = header;
    else if (header != job.header)
        return HttpResponse::restError(
            400, QStringLiteral("INVALIDBATCH"),
            QStringLiteral("Every batch of a job must have the same header row as the first (%1).")
                .arg(job.header.join(QLatin1Char(','))));
    const bool needsId = job.operation == QLatin1String("update") || job.operation == QLatin1String("delete");
    if (needsId && !header.contains(QStringLiteral("Id"), Qt::CaseInsensitive))
        return HttpResponse::restError(400, QStringLiteral("INVALIDBATCH"),
                                       QStringLiteral("An %1 job's data needs an Id column.").arg(job.operation));
    if (!job.externalIdField.isEmpty() && !header.contains(job.externalIdField, Qt::CaseInsensitive))
        return HttpResponse::restError(
            400, QStringLiteral("INVALIDBATCH"),
            QStringLiteral("An upsert job's data needs its external ID column %1.").arg(job.externalIdField));
    job.rows.append(rows);
    return HttpResponse::empty(201);
}

HttpResponse BulkIngestJobs::changeState(const HttpRequest &request, const std::shared_ptr<Job> &job)
{
    const QString state = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("state")).toString();
    if (state == kUploadComplete) {
        if (job->state != kOpen)
            return HttpResponse::restError(
                400, QStringLiteral("INVALIDJOBSTATE"),
                QStringLiteral("Job %1 is %2; only an Open job can be marked UploadComplete.")
                    .arg(job->id, job->state));
        job->setState(QString(kUploadComplete));
        QTimer::singleShot(0, &m_context, [this, job] { processSlice(job); });
        return HttpResponse::json(200, QJsonDocument(job->info(false)));
    }
    if (state == kAborted) {
        if (job->state == kJobComplete || job->state == kFailed || job->state == kAborted)
            return HttpResponse::restError(
                400, QStringLiteral("INVALIDJOBSTATE"),
                QStringLiteral("Job %1 is already %2 and can no longer be aborted.").arg(job->id, job->state));
        job->setState(QString(kAborted));
        return HttpResponse::json(200, QJsonDocument(job->info(false)));
    }
    return HttpResponse::restError(
        400, QStringLiteral("INVALIDJOBSTATE"),
        QStringLiteral("Send {\"state\": \"UploadComplete\"} or {\"state\": \"Aborted\"} (got '%1').").arg(state));
}

void BulkIngestJobs::processSlice(const std::shared_ptr<Job> &job)
{
    if (job->state == kAborted || !m_jobs.contains(job->id))
        return;
    if (job->state == kUploadComplete)
        job->setState(QString(kInProgress));
    QElapsedTimer clock;
    clock.start();
    BulkCsvFormat resultFormat; // results come as comma-separated LF CSV whatever the upload used
    const qsizetype end = qMin(job->rows.size(), job->next + kRowsPerSlice);
    for (; job->next < end; ++job->next) {
        const QStringList &row = job->rows.at(job->next);
        QString id;
        bool created = false;
        QString error;
        if (writeRow(*job, row, &id, &created, &error)) {
            BulkCsv::appendRow(job->successful,
                               QStringList {id, created ? QStringLiteral("true") : QStringLiteral("false")} + row,
                               resultFormat);
        } else {
            BulkCsv::appendRow(job->failures, QStringList {id, error} + row, resultFormat);
            ++job->failed;
        }
        ++job->processed;
    }
    job->processingMs += clock.elapsed();
    if (job->next < job->rows.size()) {
        QTimer::singleShot(0, &m_context, [this, job] { processSlice(job); });
        return;
    }
    job->setState(QString(kJobComplete));
}

bool BulkIngestJobs::writeRow(Job &job, const QStringList &row, QString *id, bool *created, QString *error)
{
    const ObjectDef *object = m_store->schema().object(job.object);
    QJsonObject body;
    QString rowId;
    QString externalValue;
    for (qsizetype i = 0; i < job.header.size(); ++i) {
        const QString cell = i < row.size() ? row.at(i) : QString();
        const FieldDef *field = object->field(job.header.at(i));
        if (field->name == QLatin1String("Id")) {
            rowId = cell;
            continue;
        }
        if (field->name == job.externalIdField)
            externalValue = cell;
        if (cell.isEmpty())
            continue;
        if (cell == kNullCell) {
            body.insert(field->name, QJsonValue::Null);
        } else if (isNumberType(field->type)) {
            bool ok = false;
            const double number = cell.toDouble(&ok);
            body.insert(field->name, ok ? QJsonValue(number) : QJsonValue(cell));
        } else {
            body.insert(field->name, cell);
        }
    }
    *id = rowId;
    StoreResult result;
    const QString &operation = job.operation;
    if (operation == QLatin1String("upsert") && job.externalIdField != QLatin1String("Id")) {
        if (externalValue.isEmpty()) {
            *error = QStringLiteral("MISSING_ARGUMENT:%1 not specified:%1 --").arg(job.externalIdField);
            return false;
        }
        const QueryResult match
            = m_store->query(QStringLiteral("SELECT Id FROM %1 WHERE %2 = %3")
                                 .arg(object->name, job.externalIdField, soql::LiteralEscaper::quote(externalValue)),
                             false, 0, job.apiVersion);
        const QJsonArray records = match.body.toObject().value(QStringLiteral("records")).toArray();
        if (records.size() > 1) {
            *error = QStringLiteral("DUPLICATE_EXTERNAL_ID:%1 matches %2 records:%3 --")
                         .arg(externalValue)
                         .arg(records.size())
                         .arg(job.externalIdField);
            return false;
        }
        rowId = records.isEmpty() ? QString() : records.first().toObject().value(QStringLiteral("Id")).toString();
    }
    if (operation == QLatin1String("insert") || (operation == QLatin1String("upsert") && rowId.isEmpty())) {
        result = m_store->create(object->name, body, job.createdById);
        *created = true;
        if (result.ok())
            *id = result.body.toObject().value(QStringLiteral("id")).toString();
    } else if (operation == QLatin1String("delete")) {
        result = m_store->remove(object->name, rowId);
    } else {
        result = m_store->update(object->name, rowId, body, std::nullopt, job.createdById);
        *id = rowId;
    }
    if (!result.ok()) {
        *error = errorText(result.errors);
        return false;
    }
    return true;
}

HttpResponse BulkIngestJobs::resultCsv(const Job &job, const QString &which) const
{
    BulkCsvFormat format;
    QByteArray body;
    if (which == QLatin1String("successfulResults")) {
        BulkCsv::appendRow(body, QStringList {QStringLiteral("sf__Id"), QStringLiteral("sf__Created")} + job.header,
                           format);
        body.append(job.successful);
    } else if (which == QLatin1String("failedResults")) {
        BulkCsv::appendRow(body, QStringList {QStringLiteral("sf__Id"), QStringLiteral("sf__Error")} + job.header,
                           format);
        body.append(job.failures);
    } else {
        BulkCsv::appendRow(body, job.header, format);
        for (qsizetype i = job.next; i < job.rows.size(); ++i)
            BulkCsv::appendRow(body, job.rows.at(i), format);
    }
    HttpResponse response;
    response.status = 200;
    response.contentType = QByteArrayLiteral("text/csv");
    response.body = body;
    return response;
}

} // namespace hilal::emulator
