#pragma once

#include "emulator/store/schema.h"
#include "emulator/store/store_result.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace hilal::emulator {

class OrgStore;
class SoqlExecutor;

namespace soqlexec {
class QueryCursors;
}

// Runs SOQL off the org's thread, so that one client's long query does not hold up the others
// (the org's HTTP server answers every connection from one thread). Each task opens its own
// connection to the store's database (a clone, like a Bulk query job's), runs on a pool thread
// with an executor that shares the store's locators, and hands its result back on the thread
// that created the workers. Writes stay on the org's thread; readers see committed rows (WAL
// for a --db file, read_uncommitted for the shared-cache memory org).
class QueryWorkers : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<QueryResult(SoqlExecutor &executor)>;
    using Done = std::function<void(const QueryResult &result)>;

    static constexpr int kThreads = 4;

    // Call on the org's thread, after the store is open.
    explicit QueryWorkers(const OrgStore *store, QObject *parent = nullptr);
    ~QueryWorkers() override; // waits for the running tasks; their answers are then dropped

    // Queues `work`; `done` runs later on this object's thread. `delayMs` makes the work take
    // that much longer on its worker (the slowQuery fault: a long query, for tests).
    void run(Work work, Done done, int delayMs = 0);

private:
    const OrgStore *m_store;
    std::shared_ptr<const Schema> m_schema;
    QThreadPool m_pool;
};

} // namespace hilal::emulator
