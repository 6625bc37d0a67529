#pragma once

#include "emulator/store/schema.h"
#include "emulator/store/store_result.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace hilal::emulator {

namespace soqlexec {
class QueryCursors;
}

// Runs SOQL (parsed by hilal::soql::Parser) against the OrgStore's SQLite tables and shapes the
// answer exactly as Salesforce's REST query resource does. Owns the query cursors (locators).
// Used through OrgStore::query/queryMore/explain; see org_store.h for the contract.
//
// Runs: field lists with parent paths (LEFT JOINs; nested objects with attributes, null lookups),
// FIELDS(ALL|STANDARD|CUSTOM), toLabel(); WHERE with = != <> < <= > >= LIKE (case-insensitive,
// \% \_ escapes) IN / NOT IN lists and semi-/anti-join subqueries, INCLUDES/EXCLUDES (multi-select
// picklists), AND/OR/NOT, all 44 date literals (UTC today, Sunday weeks, FiscalYearStartMonth),
// date functions incl. convertTimezone() (a no-op: UTC); parent-to-child subqueries with their
// own WHERE/ORDER BY/LIMIT; ORDER BY with NULLS FIRST|LAST (default first); LIMIT; OFFSET ≤ 2000;
// COUNT(); COUNT/COUNT_DISTINCT/SUM/AVG/MIN/MAX with GROUP BY and HAVING (AggregateResult rows,
// expr0… or aliases); USING SCOPE everything, WITH SECURITY_ENFORCED/USER_MODE/SYSTEM_MODE and
// FOR VIEW/REFERENCE/UPDATE, UPDATE TRACKING/VIEWSTAT (accepted; they don't change the rows).
// Type checks as the org does them (INVALID_QUERY_FILTER_OPERATOR).
//
// Refuses with MALFORMED_QUERY (never guesses): TYPEOF, GROUP BY ROLLUP/CUBE, GROUPING(),
// FORMAT(), convertCurrency(), DISTANCE()/GEOLOCATION() (no location fields), nested child
// subqueries, OFFSET in a child subquery, COUNT() with GROUP BY, other USING SCOPE values,
// WITH DATA CATEGORY, the legacy `FROM Contact c, c.Account a` form.
//
// Paging: the matching rowids are materialised once, in order; each page fetches its slice
// by rowid (plus one query per child subquery), so paging is linear in the result size.
// Text comparisons, LIKE and sorting fold case through the connection's NOCASE collation and
// like(), which OrgStore replaces with Unicode-aware versions (emulator/sqlite_unicode.h).
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

    // A record query in one pass, for Bulk API query jobs (docs/bulk-api.md): no locator, no
    // JSON records. `visit` gets, for each row in the REST answer's order, every selected
    // column's relationship path (["Account", "Name"]) and its value as CSV text in UTF-8, valid
    // during the call (what the REST
    // value would be, written the Bulk way: empty for null, true/false, whole numbers without a
    // fraction, datetimes ending in Z); it returns false to stop. Aggregates, COUNT() and child
    // subqueries are refused.
    using RowVisitor = std::function<bool(const QList<QStringList> &paths, const std::vector<QByteArrayView> &cells)>;
    QueryResult forEachRow(const QString &soql, bool includeDeleted, const RowVisitor &visit);

    // The open locators. Executors on other connections (query_workers.h) share them, so a
    // page can be served by any of them; the set is thread-safe.
    std::shared_ptr<soqlexec::QueryCursors> cursors() const;
    void shareCursors(std::shared_ptr<soqlexec::QueryCursors> cursors);

    void ageLocators(int seconds);
    int openLocatorCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hilal::emulator
