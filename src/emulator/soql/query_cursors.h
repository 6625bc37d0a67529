#pragma once

#include "emulator/soql/select_plan.h"

#include <QDateTime>
#include <QMutex>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace hilal::emulator::soqlexec {

constexpr int kDefaultBatch = 2000;

// An open query locator: the plan, the matching rowids in order, the page size.
struct Cursor
{
    std::shared_ptr<SelectPlan> plan;
    std::shared_ptr<const std::vector<qint64>> rowIds; // shared: a page reads them outside the lock
    int batchSize = kDefaultBatch;
    QDateTime lastUsed;

    size_t rowCount() const { return rowIds ? rowIds->size() : 0; }
};

// The open query locators ("0r8…-2000" in nextRecordsUrl). Like Salesforce's, they expire after
// 15 idle minutes and only the newest 50 stay open. Thread-safe: the org's executor and the query
// workers (query_workers.h) share one set, so any of them can serve the next page.
class QueryCursors
{
public:
    QString newLocator();
    void keep(const QString &locator, Cursor cursor);
    // A copy of the cursor of "<locator>-<row>", its locator and the row; nullopt when the
    // locator is unknown, expired or past the end.
    std::optional<Cursor> resume(const QString &locatorWithRow, QString *locator, size_t *row);
    void age(int seconds);
    int count() const;

private:
    void expireLocked();

    mutable QMutex m_mutex;
    std::map<QString, Cursor> m_cursors;
    quint64 m_counter = 0;
};

} // namespace hilal::emulator::soqlexec
