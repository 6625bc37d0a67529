#include "emulator/soql/soql_executor.h"

#include "emulator/soql/plan_runner.h"
#include "emulator/soql/query_cursors.h"
#include "emulator/soql/query_error.h"
#include "emulator/soql/soql_compiler.h"
#include "soql/parser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace hilal::emulator {

using namespace hilal::emulator::soqlexec;

namespace {

constexpr int kMinBatch = 200;

// A QueryError as the REST answer: positioned ones in Salesforce's caret layout.
QueryResult errorResult(const QString &soql, const QueryError &e)
{
    if (e.offset == kInternalFailure)
        return StoreResult::failure(500, SfError {e.code, e.explanation, {}, false});
    if (e.offset == kUnplacedError)
        return StoreResult::failure(400, SfError {e.code, e.explanation, {}, false});
    return StoreResult::failure(400, layoutError(soql, e.code, e.explanation, e.offset));
}

// The query plan resource's answer for one plan, from the row counts SQLite gives. Selective
// filters on indexed columns (Id, Name, lookups) lead with an index, as Salesforce's optimizer
// would; everything else scans.
QJsonObject explainedPlan(const SelectPlan &plan, qint64 total, qint64 matches)
{
    static const QRegularExpression indexed(QStringLiteral(R"re(t0\."(Id|Name|Username|[A-Za-z]+Id)" (=|IN) )re"));
    const auto m = indexed.match(plan.where);
    const bool useIndex = m.hasMatch() && total > 0 && matches * 10 < total;
    QJsonArray fields;
    if (useIndex)
        fields.append(m.captured(1));
    const double cost = total == 0 ? 0.0
        : useIndex                 ? double(matches) / double(total) * 0.3
                                   : 0.65 + double(matches) / double(qMax<qint64>(total, 1)) * 0.35;
    QJsonArray notes;
    if (!useIndex && plan.where.contains(QLatin1String(" AND (")))
        notes.append(QJsonObject {{QStringLiteral("description"),
                                   QStringLiteral("Not considering filter for optimization because unindexed")},
                                  {QStringLiteral("fields"), QJsonArray()},
                                  {QStringLiteral("tableEnumOrId"), plan.object->name}});
    return QJsonObject {
        {QStringLiteral("cardinality"), matches},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("leadingOperationType"), useIndex ? QStringLiteral("Index") : QStringLiteral("TableScan")},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("relativeCost"), cost},
        {QStringLiteral("sobjectCardinality"), total},
        {QStringLiteral("sobjectType"), plan.object->name}};
}

} // namespace

struct SoqlExecutor::Private
{
    Private(const QString &connectionName, const Schema &schema)
        : schema(&schema)
        , runner(connectionName, schema)
    {
    }

    const Schema *schema = nullptr;
    QDate today;
    int fiscalStart = 1;
    PlanRunner runner;
    std::shared_ptr<QueryCursors> cursors = std::make_shared<QueryCursors>();

    std::shared_ptr<SelectPlan> compile(const QString &soql, bool includeDeleted) const
    {
        const ParseResult parsed = Parser::parse(soql);
        if (!parsed.ok())
            throw QueryError {QStringLiteral("MALFORMED_QUERY"), parsed.error.message, parsed.error.offset};
        Compiler compiler(*schema, today, fiscalStart, includeDeleted);
        compiler.m_limitForFields = parsed.query->limit;
        return compiler.compileRoot(*parsed.query, soql);
    }

    // The first page of a record query; its cursor stays open while rows remain.
    QJsonObject firstPage(const std::shared_ptr<SelectPlan> &plan, int batchSize, const QString &apiVersion,
                          bool includeDeleted)
    {
        Cursor cursor;
        cursor.plan = plan;
        cursor.batchSize = batchSize <= 0 ? kDefaultBatch : qBound(kMinBatch, batchSize, kDefaultBatch);
        cursor.rowIds = std::make_shared<const std::vector<qint64>>(runner.matchingRowIds(*plan));
        const QString id = cursors->newLocator();
        QJsonObject first = runner.page(id, cursor, 0, apiVersion, includeDeleted);
        if (!first.value(QStringLiteral("done")).toBool())
            cursors->keep(id, std::move(cursor));
        return first;
    }
};

SoqlExecutor::SoqlExecutor(const QString &connectionName, const Schema &schema)
    : d(std::make_unique<Private>(connectionName, schema))
{
    d->today = QDateTime::currentDateTimeUtc().date();
}

SoqlExecutor::~SoqlExecutor() = default;

void SoqlExecutor::setToday(const QDate &today)
{
    d->today = today;
}

void SoqlExecutor::setFiscalYearStartMonth(int month)
{
    d->fiscalStart = (month >= 1 && month <= 12) ? month : 1;
}

QueryResult SoqlExecutor::query(const QString &soql, bool includeDeleted, int batchSize, const QString &apiVersion)
{
    try {
        const auto plan = d->compile(soql, includeDeleted);
        if (plan->aggregate)
            return StoreResult::success(200, d->runner.aggregateResult(*plan));
        if (plan->countOnly) {
            return StoreResult::success(200,
                                        QJsonObject {{QStringLiteral("totalSize"), d->runner.countMatches(*plan)},
                                                     {QStringLiteral("done"), true},
                                                     {QStringLiteral("records"), QJsonArray()}});
        }
        return StoreResult::success(200, d->firstPage(plan, batchSize, apiVersion, includeDeleted));
    } catch (const QueryError &e) {
        return errorResult(soql, e);
    }
}

QueryResult SoqlExecutor::queryMore(const QString &locator, const QString &apiVersion)
{
    QString id;
    size_t from = 0;
    const std::optional<Cursor> cursor = d->cursors->resume(locator, &id, &from);
    if (!cursor)
        return StoreResult::failure(
            400, SfError {QStringLiteral("INVALID_QUERY_LOCATOR"), QStringLiteral("invalid query locator"), {}, false});
    try {
        return StoreResult::success(200, d->runner.page(id, *cursor, from, apiVersion, false));
    } catch (const QueryError &e) {
        return StoreResult::failure(500, SfError {e.code, e.explanation, {}, false});
    }
}

QueryResult SoqlExecutor::explain(const QString &soql)
{
    try {
        const auto plan = d->compile(soql, false);
        const qint64 total = d->runner.countLiveRecords(*plan->object);
        const qint64 matches = d->runner.countMatches(*plan);
        return StoreResult::success(
            200, QJsonObject {{QStringLiteral("plans"), QJsonArray {explainedPlan(*plan, total, matches)}}});
    } catch (const QueryError &e) {
        if (e.offset < 0)
            return StoreResult::failure(e.offset == kInternalFailure ? 500 : 400,
                                        SfError {e.code, e.explanation, {}, false});
        return StoreResult::failure(400, layoutError(soql, e.code, e.explanation, e.offset));
    }
}

QueryResult SoqlExecutor::forEachRow(const QString &soql, bool includeDeleted, const RowVisitor &visit)
{
    try {
        const auto plan = d->compile(soql, includeDeleted);
        if (plan->aggregate || plan->countOnly || !plan->children.empty())
            return StoreResult::failure(400,
                                        SfError {QStringLiteral("MALFORMED_QUERY"),
                                                 QStringLiteral("Only a query for records can be read row by row."),
                                                 {},
                                                 false});
        QList<QStringList> paths;
        for (const OutputColumn &c : plan->columns)
            paths.append(c.relPath + QStringList {c.key});
        d->runner.forEachRow(*plan, [&](const std::vector<QByteArrayView> &cells) { return visit(paths, cells); });
        return StoreResult::success(200, QJsonObject());
    } catch (const QueryError &e) {
        return errorResult(soql, e);
    }
}

std::shared_ptr<QueryCursors> SoqlExecutor::cursors() const
{
    return d->cursors;
}

void SoqlExecutor::shareCursors(std::shared_ptr<QueryCursors> cursors)
{
    d->cursors = std::move(cursors);
}

void SoqlExecutor::ageLocators(int seconds)
{
    d->cursors->age(seconds);
}

int SoqlExecutor::openLocatorCount() const
{
    return d->cursors->count();
}

} // namespace hilal::emulator
