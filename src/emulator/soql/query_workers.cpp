#include "emulator/soql/query_workers.h"

#include "emulator/soql/query_cursors.h"
#include "emulator/soql/soql_executor.h"
#include "emulator/store/org_store.h"
#include "emulator/store/sqlite_unicode.h"

#include <QAtomicInteger>
#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

namespace hilal::emulator {

namespace {

QAtomicInteger<quint64> g_connections;

// What a task needs from the store, read on the org's thread when the task is queued.
struct TaskContext
{
    QString storeConnection;
    std::shared_ptr<const Schema> schema;
    std::shared_ptr<soqlexec::QueryCursors> cursors;
    QDate today;
    int fiscalYearStartMonth = 1;
};

QueryResult unavailable(const QString &databaseName)
{
    return StoreResult::failure(
        500,
        SfError {QStringLiteral("UNKNOWN_EXCEPTION"),
                 QStringLiteral("The local org could not open its database for a query: %1").arg(databaseName),
                 {},
                 false});
}

// Runs `work` on a connection of its own, opened and closed on the calling (pool) thread.
QueryResult runOnOwnConnection(const TaskContext &context, const QueryWorkers::Work &work)
{
    const QString connection = QStringLiteral("hilal-query-%1").arg(g_connections.fetchAndAddRelaxed(1));
    QueryResult result;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(context.storeConnection, connection);
        if (!db.open()) {
            result = unavailable(db.databaseName());
        } else {
            SqliteUnicode::install(db);
            // The shared-cache memory org: read without table locks so the org's own writes go on.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA read_uncommitted = 1"));
            SoqlExecutor executor(connection, *context.schema);
            executor.setToday(context.today);
            executor.setFiscalYearStartMonth(context.fiscalYearStartMonth);
            if (context.cursors)
                executor.shareCursors(context.cursors);
            result = work(executor);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

QueryWorkers::QueryWorkers(const OrgStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_schema(std::make_shared<const Schema>(store->schema()))
{
    m_pool.setMaxThreadCount(kThreads);
}

QueryWorkers::~QueryWorkers()
{
    m_pool.waitForDone();
}

void QueryWorkers::run(Work work, Done done, int delayMs)
{
    TaskContext context {m_store->connectionName(), m_schema, m_store->queryCursors(), m_store->today(),
                         m_store->organization().fiscalYearStartMonth};
    m_pool.start([this, context, work = std::move(work), done = std::move(done), delayMs] {
        if (delayMs > 0)
            QThread::msleep(ulong(delayMs));
        const QueryResult result = runOnOwnConnection(context, work);
        // Back on the org's thread (the destructor waits for this task, so `this` is alive here); a
        // queued answer is dropped when the workers are gone before it is delivered.
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace hilal::emulator
