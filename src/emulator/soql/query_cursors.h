#pragma once

#include "emulator/soql/select_plan.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace hilal::emulator::soqlexec {

constexpr int kDefaultBatch = 2000;

// An open query locator: the plan, the matching rowids in order, the page size.
struct Cursor
{
    std::shared_ptr<SelectPlan> plan;
    std::vector<qint64> rowIds;
    int batchSize = kDefaultBatch;
    QDateTime lastUsed;
};

// The open query locators ("0r8…-2000" in nextRecordsUrl). Like Salesforce's, they expire after
// 15 idle minutes and only the newest 50 stay open.
class QueryCursors
{
public:
    QString newLocator();
    void keep(const QString &locator, Cursor cursor);
    // The cursor of "<locator>-<row>" and the row, or null when the locator is unknown or past the end.
    Cursor *resume(const QString &locatorWithRow, QString *locator, size_t *row);
    void expire();
    void age(int seconds);
    int count() const;

private:
    std::map<QString, Cursor> m_cursors;
    quint64 m_counter = 0;
};

} // namespace hilal::emulator::soqlexec
