#include "salesforce/bulk_query_job.h"

#include "salesforce/bulk_csv_page.h"
#include "salesforce/logging.h"
#include "salesforce/page_spool.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"
#include "soql/parser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>
#include <QUrlQuery>

namespace hilal::salesforce {

namespace {

constexpr double kResultPagesSince = 58.0;

char delimiterChar(const QString &name)
{
    if (name == QLatin1String("TAB"))
        return '\t';
    if (name == QLatin1String("PIPE"))
        return '|';
    if (name == QLatin1String("SEMICOLON"))
        return ';';
    if (name == QLatin1String("CARET"))
        return '^';
    if (name == QLatin1String("BACKQUOTE"))
        return '`';
    return ',';
}

// A CSV cell as JSON, typed by describe's field type; an empty cell is a null.
QJsonValue typedValue(const QString &cell, const QString &type)
{
    if (cell.isEmpty())
        return QJsonValue::Null;
    if (type == QLatin1String("boolean"))
        return cell == QLatin1String("true");
    if (type == QLatin1String("int") || type == QLatin1String("double") || type == QLatin1String("currency")
        || type == QLatin1String("percent")) {
        bool ok = false;
        const double number = cell.toDouble(&ok);
        if (ok)
            return number;
    }
    return cell;
}

} // namespace

BulkQueryJob::BulkQueryJob(RestClient *client, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &BulkQueryJob::poll);
    if (m_options.format == Format::JsonLines) {
        m_options.columnDelimiter = QStringLiteral("COMMA");
        m_options.lineEnding = QStringLiteral("LF");
    }
}

BulkQueryJob::~BulkQueryJob()
{
    for (const QPointer<RestReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

bool BulkQueryJob::isValidDelimiterName(const QString &name)
{
    static const QStringList names {QStringLiteral("COMMA"),     QStringLiteral("TAB"),   QStringLiteral("PIPE"),
                                    QStringLiteral("SEMICOLON"), QStringLiteral("CARET"), QStringLiteral("BACKQUOTE")};
    return names.contains(name);
}

void BulkQueryJob::track(RestReply *reply)
{
    m_replies.removeAll(nullptr);
    m_replies.append(reply);
}

void BulkQueryJob::whenOk(RestReply *reply, const std::function<void(RestReply *)> &then)
{
    track(reply);
    connect(reply, &RestReply::finished, this, [this, reply, then] {
        if (m_finished)
            return;
        if (!reply->ok())
            return fail(reply->error());
        then(reply);
    });
}

void BulkQueryJob::start(const QString &path)
{
    if (m_started)
        return;
    m_started = true;
    m_path = path;
    const soql::ParseResult parsed = soql::Parser::parse(m_options.soql);
    if (!parsed.ok()) {
        QTimer::singleShot(0, this, [this, parsed] {
            fail(SalesforceError::make(SalesforceError::Kind::InvalidInput, parsed.error.toString(),
                                       QStringLiteral("MALFORMED_QUERY")));
        });
        return;
    }
    m_object = parsed.query->from.object;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString why = m_file->errorString();
        QTimer::singleShot(0, this, [this, why] {
            fail(
                SalesforceError::make(SalesforceError::Kind::InvalidInput, tr("Cannot write %1: %2").arg(m_path, why)));
        });
        return;
    }
    if (m_options.format == Format::JsonLines)
        describeThenCreate();
    else
        createJob();
}

void BulkQueryJob::describeThenCreate()
{
    RestReply *reply = m_client->describe(m_object);
    whenOk(reply, [this](RestReply *reply) {
        for (const QJsonValue &field : reply->object().value(QStringLiteral("fields")).toArray()) {
            const QJsonObject f = field.toObject();
            m_types.insert(f.value(QStringLiteral("name")).toString().toLower(),
                           f.value(QStringLiteral("type")).toString());
        }
        createJob();
    });
}

void BulkQueryJob::createJob()
{
    const QJsonObject body {
        {QStringLiteral("operation"), m_options.allRows ? QStringLiteral("queryAll") : QStringLiteral("query")},
        {QStringLiteral("query"), m_options.soql},
        {QStringLiteral("contentType"), QStringLiteral("CSV")},
        {QStringLiteral("columnDelimiter"), m_options.columnDelimiter},
        {QStringLiteral("lineEnding"), m_options.lineEnding}};
    RestReply *reply = m_client->send("POST", m_client->dataPath(QStringLiteral("/jobs/query")),
                                      QJsonDocument(body).toJson(QJsonDocument::Compact),
                                      {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    whenOk(reply, [this](RestReply *reply) {
        m_jobId = reply->object().value(QStringLiteral("id")).toString();
        m_jobState = reply->object().value(QStringLiteral("state")).toString();
        if (m_jobId.isEmpty())
            return fail(SalesforceError::make(SalesforceError::Kind::Protocol,
                                              tr("The org created a Bulk query job without an id.")));
        qCInfo(lcSalesforce).noquote() << "bulk query job" << m_jobId << "created";
        Q_EMIT stateChanged(m_jobState);
        m_pollDelayMs = m_options.pollFirstMs;
        schedulePoll();
    });
}

// Each delay is a tenth longer than the last, so a finished job waits unseen for at most about
// a tenth of the time it took (never more than pollMaxMs); a few seconds' job costs about two
// dozen polls.
void BulkQueryJob::schedulePoll()
{
    m_pollTimer->start(m_pollDelayMs);
    m_pollDelayMs = qMin(m_options.pollMaxMs, m_pollDelayMs + m_pollDelayMs / 10 + 1);
}

void BulkQueryJob::poll()
{
    RestReply *reply = m_client->get(m_client->dataPath(QStringLiteral("/jobs/query/") + m_jobId));
    whenOk(reply, [this](RestReply *reply) {
        const QJsonObject info = reply->object();
        const QString state = info.value(QStringLiteral("state")).toString();
        if (state != m_jobState) {
            m_jobState = state;
            Q_EMIT stateChanged(state);
        }
        if (state == QLatin1String("JobComplete")) {
            m_total = qint64(info.value(QStringLiteral("numberRecordsProcessed")).toDouble());
            qCDebug(lcSalesforce).noquote() << "bulk query job" << m_jobId << "complete:" << m_total << "records";
            Q_EMIT progress(m_records, m_bytes, m_total);
            startDownloads();
        } else if (state == QLatin1String("Failed")) {
            fail(SalesforceError::make(SalesforceError::Kind::Salesforce,
                                       tr("The org's Bulk query job %1 failed: %2")
                                           .arg(m_jobId, info.value(QStringLiteral("errorMessage")).toString()),
                                       QStringLiteral("JOB_FAILED")));
        } else if (state == QLatin1String("Aborted")) {
            fail(SalesforceError::make(SalesforceError::Kind::Salesforce,
                                       tr("The org's Bulk query job %1 was aborted.").arg(m_jobId),
                                       QStringLiteral("JOB_ABORTED")));
        } else {
            schedulePoll();
        }
    });
}

void BulkQueryJob::startDownloads()
{
    m_parallel = m_client->apiVersion().toDouble() >= kResultPagesSince && m_options.parallelPages > 1;
    if (m_parallel) {
        fetchResultPages(m_client->dataPath(QStringLiteral("/jobs/query/%1/resultPages").arg(m_jobId)));
    } else {
        m_locator.clear();
        fetchNextSequential();
    }
}

void BulkQueryJob::fetchResultPages(const QString &url)
{
    m_listingPages = true;
    RestReply *reply = m_client->get(url);
    whenOk(reply, [this](RestReply *reply) {
        m_listingPages = false;
        const QJsonObject body = reply->object();
        for (const QJsonValue &page : body.value(QStringLiteral("resultPages")).toArray())
            m_pageUrls.append(page.toObject().value(QStringLiteral("resultUrl")).toString());
        m_pagesDone = body.value(QStringLiteral("done")).toBool();
        m_nextPagesUrl = m_pagesDone ? QString() : body.value(QStringLiteral("nextRecordsUrl")).toString();
        if (!m_pagesDone && m_nextPagesUrl.isEmpty())
            return fail(SalesforceError::make(SalesforceError::Kind::Protocol,
                                              tr("resultPages said not done but gave no nextRecordsUrl.")));
        pumpParallel();
    });
}

void BulkQueryJob::pumpParallel()
{
    // Held pages (in flight + waiting to be written) never exceed parallelPages.
    while (!m_finished && m_nextToFetch < m_pageUrls.size() && m_inFlight + m_ready.size() < m_options.parallelPages) {
        fetchPage(m_nextToFetch, m_pageUrls.at(m_nextToFetch));
        ++m_nextToFetch;
    }
    if (m_finished)
        return;
    if (m_nextToFetch >= m_pageUrls.size() && !m_pagesDone && !m_listingPages)
        fetchResultPages(m_nextPagesUrl);
    if (m_pagesDone && m_nextToWrite >= m_pageUrls.size() && m_inFlight == 0)
        succeed();
}

void BulkQueryJob::fetchNextSequential()
{
    QString url = m_client->dataPath(
        QStringLiteral("/jobs/query/%1/results?maxRecords=%2").arg(m_jobId).arg(m_options.pageRecords));
    if (!m_locator.isEmpty())
        url += QStringLiteral("&locator=") + m_locator;
    fetchPage(m_nextToWrite, url);
}

void BulkQueryJob::fetchPage(int index, const QString &url)
{
    QByteArray buffer;
    if (!m_spareBuffers.empty()) {
        buffer = std::move(m_spareBuffers.back());
        m_spareBuffers.pop_back();
    }
    auto *spool = new PageSpool(m_options.spoolMemoryBytes, std::move(buffer), this);
    spool->open(QIODevice::ReadWrite);
    m_spool.insert(index, spool);
    ++m_inFlight;
    RestReply *reply = m_client->download(url, spool, {{QByteArrayLiteral("Accept"), QByteArrayLiteral("text/csv")}});
    track(reply);
    connect(reply, &RestReply::finished, this, [this, index, reply] { pageArrived(index, reply); });
}

void BulkQueryJob::pageArrived(int index, RestReply *reply)
{
    --m_inFlight;
    if (m_finished)
        return;
    if (!reply->ok())
        return fail(reply->error());
    if (!m_parallel) {
        m_locator = QString::fromLatin1(reply->header("sforce-locator"));
        if (m_locator.isEmpty())
            return fail(SalesforceError::make(SalesforceError::Kind::Protocol,
                                              tr("A results page came without Sforce-Locator.")));
    }
    m_ready.insert(index);
    writeReadyPages();
    if (m_finished)
        return;
    if (m_parallel) {
        pumpParallel();
    } else if (m_locator == QLatin1String("null")) {
        succeed();
    } else {
        fetchNextSequential();
    }
}

void BulkQueryJob::writeReadyPages()
{
    while (m_ready.contains(m_nextToWrite)) {
        m_ready.remove(m_nextToWrite);
        std::unique_ptr<PageSpool> spool(m_spool.take(m_nextToWrite));
        if (!writePage(spool.get(), m_nextToWrite == 0))
            return;
        // The next page reuses this one's memory: a fresh buffer per page costs page faults.
        m_spareBuffers.push_back(spool->takeBuffer());
        ++m_nextToWrite;
    }
}

// Copies a downloaded page into the export a chunk of whole rows at a time: a chunk ends after
// the last line ending outside quotes, the rest waits for the next read.
bool BulkQueryJob::writePage(QIODevice *page, bool firstPage)
{
    if (!page->seek(0)) {
        fail(SalesforceError::make(SalesforceError::Kind::InvalidInput,
                                   tr("Cannot read back a result page: %1").arg(page->errorString())));
        return false;
    }
    // One buffer for the whole page, reused read after read: fresh megabyte buffers would each
    // cost the kernel a round of page faults.
    QByteArray &buffer = m_readBuffer;
    buffer.resize(0);
    const qint64 chunk = qMax<qint64>(1, m_options.chunkBytes);
    bool inQuotes = false;
    bool headerHere = true; // every page starts with the header row
    for (;;) {
        const qsizetype kept = buffer.size(); // a row cut short by the last read
        buffer.resize(kept + qsizetype(chunk));
        const qint64 read = page->read(buffer.data() + kept, chunk);
        if (read < 0) {
            fail(SalesforceError::make(SalesforceError::Kind::InvalidInput,
                                       tr("Cannot read back a result page: %1").arg(page->errorString())));
            return false;
        }
        buffer.resize(kept + qsizetype(read));
        const bool atEnd = read == 0;
        qint64 lineEnds = 0; // outside quotes, all before `cut` (the kept part has none)
        const qsizetype lastRowEnd
            = BulkCsvPage::rowEnds(buffer.constData(), kept, buffer.size(), &inQuotes, &lineEnds);
        const qsizetype cut = atEnd ? buffer.size() : lastRowEnd;
        if (cut > 0) {
            if (!writeRows(QByteArrayView(buffer.constData(), cut), lineEnds, headerHere, firstPage))
                return false;
            buffer.remove(0, cut);
            headerHere = false;
        }
        if (atEnd)
            return true;
    }
}

bool BulkQueryJob::writeRows(QByteArrayView rows, qint64 lineEnds, bool headerHere, bool firstPage)
{
    const qsizetype headerLength = headerHere ? BulkCsvPage::headerLength(rows) : 0;
    const char delimiter = delimiterChar(m_options.columnDelimiter);
    QByteArray &out = m_writeBuffer;
    out.resize(0);
    qint64 count = 0;
    if (m_options.format == Format::Csv) {
        const QByteArrayView body = headerHere && !firstPage ? rows.sliced(headerLength) : rows;
        if (m_options.rawFormulas)
            out.append(body);
        else
            BulkCsvPage::neutraliseInto(body, delimiter, &out);
        // Rows = line endings outside quotes (writePage counted them), minus the header's.
        count = qMax<qint64>(0, lineEnds - (headerHere ? 1 : 0));
    } else {
        const QList<QStringList> parsed = BulkCsvPage::parse(rows.toByteArray(), delimiter);
        if (parsed.isEmpty())
            return true;
        if (headerHere && firstPage)
            m_header = parsed.first();
        for (qsizetype r = headerHere ? 1 : 0; r < parsed.size(); ++r) {
            const QStringList &cells = parsed.at(r);
            QJsonObject record;
            for (qsizetype c = 0; c < m_header.size() && c < cells.size(); ++c) {
                const QStringList path = m_header.at(c).split(QLatin1Char('.'));
                if (path.size() == 1) {
                    record.insert(path.first(), typedValue(cells.at(c), m_types.value(path.first().toLower())));
                    continue;
                }
                // Account.Owner.Name → {"Account": {"Owner": {"Name": …}}}
                QList<QJsonObject> chain {record};
                for (qsizetype p = 0; p + 1 < path.size(); ++p)
                    chain.append(chain.last().value(path.at(p)).toObject());
                chain.last().insert(path.last(),
                                    cells.at(c).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cells.at(c)));
                for (qsizetype p = path.size() - 2; p >= 0; --p)
                    chain[p].insert(path.at(p), chain.at(p + 1));
                record = chain.first();
            }
            out.append(QJsonDocument(record).toJson(QJsonDocument::Compact));
            out.append('\n');
            ++count;
        }
    }
    if (m_file->write(out) != out.size()) {
        fail(SalesforceError::make(SalesforceError::Kind::InvalidInput,
                                   tr("Cannot write %1: %2").arg(m_path, m_file->errorString())));
        return false;
    }
    m_records += count;
    m_bytes += out.size();
    Q_EMIT progress(m_records, m_bytes, m_total);
    return true;
}

void BulkQueryJob::succeed()
{
    if (m_finished)
        return;
    if (!m_file->commit())
        return fail(SalesforceError::make(SalesforceError::Kind::InvalidInput,
                                          tr("Cannot save %1: %2").arg(m_path, m_file->errorString())));
    m_finished = true;
    qCInfo(lcSalesforce).noquote() << "bulk query job" << m_jobId << "exported" << m_records << "records";
    Q_EMIT finished();
}

void BulkQueryJob::fail(const SalesforceError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_pollTimer->stop();
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    for (const QPointer<RestReply> &reply : std::as_const(m_replies)) {
        if (reply && !reply->isFinished())
            reply->abort();
    }
    m_ready.clear();
    qDeleteAll(m_spool);
    m_spool.clear();
    Q_EMIT finished();
}

void BulkQueryJob::cancel()
{
    if (m_finished)
        return;
    abortOnOrg();
    fail(SalesforceError::cancelled());
}

void BulkQueryJob::abortOnOrg()
{
    if (m_jobId.isEmpty() || m_jobState == QLatin1String("JobComplete") || m_jobState == QLatin1String("Failed")
        || m_jobState == QLatin1String("Aborted"))
        return;
    // Fire and forget: the reply deletes itself; the client outlives this job in every caller.
    m_client->send("PATCH", m_client->dataPath(QStringLiteral("/jobs/query/") + m_jobId),
                   QByteArrayLiteral("{\"state\":\"Aborted\"}"),
                   {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
}

} // namespace hilal::salesforce
