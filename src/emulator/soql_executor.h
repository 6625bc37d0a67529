#pragma once

#include "emulator/schema.h"
#include "emulator/store_result.h"

#include <QDate>
#include <QString>

#include <memory>

namespace hilal::emulator {

// Runs SOQL (parsed by hilal::soql::Parser) against the OrgStore's SQLite tables and shapes the
// answer exactly as Salesforce's REST query resource does. Owns the query cursors (locators).
// Used through OrgStore::query/queryMore/explain; see org_store.h for the contract.
class SoqlExecutor
{
public:
    SoqlExecutor(const QString &connectionName, const Schema &schema);
    ~SoqlExecutor();

    void setToday(const QDate &today);
    void setFiscalYearStartMonth(int month);

    QueryResult query(const QString &soql, bool includeDeleted, int batchSize, const QString &apiVersion);
    QueryResult queryMore(const QString &locator, const QString &apiVersion);
    QueryResult explain(const QString &soql);

    void ageLocators(int seconds);
    int openLocatorCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hilal::emulator
