#pragma once

#include "emulator/store/duplicate_rules.h"
#include "emulator/store/store_result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hilal::emulator {

class CustomFields;
class Schema;

namespace soqlexec {
class QueryCursors;
}

// A user of the local org, as the OAuth server and the identity/userinfo routes need it.
struct UserRecord
{
    QString id; // 18-char 005… Id
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString name; // "First Last"
    QString alias;
    bool isActive = true;
    QString userType; // "Standard"
    QString timeZoneSidKey; // "Europe/Berlin"
    QString localeSidKey; // "en_US"
    QString languageLocaleKey;
    QDateTime lastModifiedDate; // UTC
};

// The single Organization row.
struct OrganizationRecord
{
    QString id; // 18-char 00D… Id (valid checksum)
    QString name;
    QString organizationType;
    bool isSandbox = false;
    QString instanceName;
    QString timeZoneSidKey;
    QString defaultLocaleSidKey;
    QString languageLocaleKey;
    int fiscalYearStartMonth = 1;
};

struct SeedOptions
{
    quint32 seed = 42;
    int opportunities = 10000; // N Opportunities; Accounts ≈ N/4, Contacts ≈ N/2, Leads ≈ N/2
    bool sandbox = false;
    QString orgName = QStringLiteral("Hilal Demo");
    QString username = QStringLiteral("admin@hilal-demo.example");
    QString password = QStringLiteral("HilalDemo1!"); // stored only as a salted PBKDF2 hash
};

// The local org's data: a SQLite database (QtSql) holding the standard objects of
// emulator/schema.h, its users and its Organization row, plus everything Salesforce's REST data
// API does with them: sObject CRUD with Salesforce's validation errors, SOQL query / queryAll /
// queryMore with locators, explain, describe.
//
// Threading: each OrgStore owns its own uniquely named QSqlDatabase connection, so several
// stores can live in one process. A store must be used only from the thread that called open()
// (Qt's rule for QSqlDatabase); it is not internally locked.
//
// Results: every call returns a StoreResult {httpStatus, body, errors}; routes send
// `httpStatus` and `responseBody()` (an error array when !ok()). Status 204 means empty body.
//
// API versions are passed as "60.0" (a leading "v" is tolerated); they only shape the
// `attributes.url` / `nextRecordsUrl` / describe `urls` values.
//
// Dates: "today" and every SOQL date literal are computed in UTC (the org's TimeZoneSidKey is
// reported but not applied); weeks start on Sunday (en_US).
class OrgStore
{
public:
    OrgStore();
    ~OrgStore();
    OrgStore(const OrgStore &) = delete;
    OrgStore &operator=(const OrgStore &) = delete;

    // Opens (creating when needed) the database; an empty `dbFile` keeps the org in memory.
    bool open(const QString &dbFile, QString *error = nullptr);
    void close();
    // True when the database already holds an org (a reopened --db file): skip seed().
    bool isSeeded() const;
    // Fills an empty database deterministically from `options.seed` (one transaction).
    bool seed(const SeedOptions &options, QString *error = nullptr);

    // The standard catalog plus the org's custom fields.
    const Schema &schema() const;
    // Custom fields (`…__c`) on top of the standard catalog; call before open(), which adds
    // their columns (also to a reopened --db file). Replaces any earlier set.
    void setCustomFields(const CustomFields &fields);
    // The Lead duplicate rule (emulator/duplicate_rules.h); off by default.
    void setDuplicateRule(DuplicateRules::Mode mode);

    // --- sObject rows (docs/rest-api.md) ----------------------------------------
    // `sobject` is the path segment (case-insensitive). `actingUserId` (empty = the org's first
    // user, the admin) becomes CreatedById/LastModifiedById and the default OwnerId.
    // 201 {"id","success":true,"errors":[]} | 400 errors | 404 unknown object | 405 not createable
    // `allowDuplicateSave`: the request's Sforce-Duplicate-Rule-Header said allowSave=true, so an
    // alert-only duplicate rule lets the row save. 400 DUPLICATE_VALUE for a taken unique value,
    // 400 DUPLICATES_DETECTED when the duplicate rule refuses.
    StoreResult create(const QString &sobject, const QJsonObject &body, const QString &actingUserId = {},
                       bool allowDuplicateSave = false);
    // 200 record JSON (all fields when `fields` is empty) | 400 INVALID_FIELD | 404 NOT_FOUND /
    // ENTITY_IS_DELETED. `id` may be 15 or 18 chars.
    StoreResult retrieve(const QString &sobject, const QString &id, const QStringList &fields,
                         const QString &apiVersion);
    // 204 | 400 errors | 404 | 405 | 412 PRECONDITION_FAILED when LastModifiedDate is later
    // than `ifUnmodifiedSince` (the route parses the header; a malformed header is the route's 400).
    StoreResult update(const QString &sobject, const QString &id, const QJsonObject &body,
                       std::optional<QDateTime> ifUnmodifiedSince = std::nullopt, const QString &actingUserId = {});
    // 204 | 404 NOT_FOUND / ENTITY_IS_DELETED | 405 METHOD_NOT_ALLOWED (User, Organization, …).
    // Deleted rows stay visible to queryAll (IsDeleted = true).
    StoreResult remove(const QString &sobject, const QString &id);

    // --- batches (sObject Collections with allOrNone) ---------------------------------------
    // A SAVEPOINT around several create/update/remove calls, so a whole collection can be undone.
    // Not nestable; while a batch is open, remove() joins it instead of opening its own transaction.
    bool beginBatch();
    bool commitBatch();
    void rollbackBatch();

    // --- SOQL (docs/rest-api.md, docs/soql.md) ------------------------------------------
    // First page + locator. `includeDeleted` = queryAll. `batchSize` is clamped to 200..2000
    // (0 = default 2000). 200 {totalSize, done, records[, nextRecordsUrl]} | 400 errors.
    QueryResult query(const QString &soql, bool includeDeleted, int batchSize, const QString &apiVersion);
    // `locator` is the last path segment of nextRecordsUrl ("0r8…-2000"). The page size is the
    // one the query was opened with. 400 INVALID_QUERY_LOCATOR when unknown or idle > 15 min.
    QueryResult queryMore(const QString &locator, const QString &apiVersion);
    // {"plans":[{cardinality, fields, leadingOperationType, notes, relativeCost,
    // sobjectCardinality, sobjectType}]} — cardinality is the real match count.
    QueryResult explain(const QString &soql);

    // --- describe (docs/rest-api.md) ------------------------------------------------
    StoreResult describeGlobal(const QString &apiVersion) const;
    StoreResult describe(const QString &sobject, const QString &apiVersion) const; // 404 unknown

    // --- users and the org ----------------------------------------------------------------
    std::optional<UserRecord> authenticate(const QString &username, const QString &password) const;
    std::optional<UserRecord> userById(const QString &id) const; // 15 or 18 chars
    std::optional<UserRecord> userByUsername(const QString &username) const;
    OrganizationRecord organization() const;
    // Rows (not deleted) of an object; -1 for an unknown object. Useful for /limits and tests.
    qint64 recordCount(const QString &sobject) const;

    // Test seam: the date SOQL date literals and the seed treat as "today" (default: UTC today).
    void setTodayForTesting(const QDate &today);
    QDate today() const;
    // The store's QSqlDatabase connection name: a Bulk query worker clones it
    // (QSqlDatabase::cloneDatabase) to read the same database from its own thread. An in-memory
    // org is a shared-cache memory database so that such a clone sees the same rows.
    QString connectionName() const;
    // The open query locators, shared with the query workers (query_workers.h) so a page can be
    // served on any connection; null while the store is closed.
    std::shared_ptr<soqlexec::QueryCursors> queryCursors() const;
    // Test seam for locator expiry: pretend this many seconds passed since every cursor's last use.
    void ageLocatorsForTesting(int seconds);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hilal::emulator
