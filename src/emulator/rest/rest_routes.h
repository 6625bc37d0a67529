#pragma once

#include "emulator/http/http_request.h"
#include "emulator/http/http_response.h"
#include "emulator/store/store_result.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace hilal::emulator {

class BulkRoutes;
class FaultInjector;
class OrgStore;
class QueryWorkers;
class SoqlExecutor;
class TokenRegistry;
struct TokenGrant;

// The REST data API under /services/data (docs/rest-api.md), answered from the OrgStore:
//   GET  /services/data                              versions (no session needed)
//   GET  /services/data/vNN.N                        resources
//   GET  /services/data/vNN.N/sobjects               describe global
//   GET  /services/data/vNN.N/sobjects/{type}        object summary
//   POST /services/data/vNN.N/sobjects/{type}        create
//   GET  /services/data/vNN.N/sobjects/{type}/describe
//   GET|PATCH|DELETE /services/data/vNN.N/sobjects/{type}/{id}   (?fields=, If-Unmodified-Since)
//   PATCH /services/data/vNN.N/sobjects/{type}/{externalIdField}/{value}   upsert (ExternalIdUpsert)
//   GET  /services/data/vNN.N/query?q= | ?explain=,  /queryAll?q=   (Sforce-Query-Options)
//   GET  /services/data/vNN.N/query/{locator},  /queryAll/{locator}
//   GET  /services/data/vNN.N/limits
//   POST|PATCH|DELETE /services/data/vNN.N/composite/sobjects      sObject Collections (allOrNone)
//   GET|POST /services/data/vNN.N/composite/sobjects/{type}          retrieve many (?ids=&fields=)
//   POST /services/data/vNN.N/composite, /composite/batch, /composite/tree/{type}   (composite_routes.h)
//   GET  /services/data/vNN.N/search?q=SOSL, GET|POST /parameterizedSearch,
//        /sobjects/{type}/updated|deleted?start=&end=                          (search_routes.h)
//   /services/data/vNN.N/jobs/query…, /jobs/ingest…                  Bulk API 2.0 (bulk_routes.h)
// Every answer carries `Sforce-Limit-Info: api-usage=N/15000`; errors are Salesforce's arrays.
class RestRoutes
{
public:
    static constexpr int kDailyApiLimit = 15000;

    RestRoutes(OrgStore *store, TokenRegistry *tokens, FaultInjector *faults);
    ~RestRoutes();

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    void setOrgId(const QString &orgId18) { m_orgId = orgId18; }

    // Answers when `path` (no trailing slash) is under /services/data.
    std::optional<HttpResponse> handle(const HttpRequest &request, const QString &path);

    int apiUsage() const { return m_apiUsage.loadRelaxed(); }

    // RFC 1123 (`Tue, 19 Nov 2024 10:00:00 GMT`), also RFC 850 and asctime as HTTP allows.
    static std::optional<QDateTime> parseHttpDate(const QString &value);
    // The batchSize of `Sforce-Query-Options: batchSize=500`; 0 when absent or unreadable.
    static int batchSizeOption(const QByteArray &header);

private:
    HttpResponse route(const HttpRequest &request, const QString &version, const QStringList &segments,
                       const TokenGrant &grant);
    HttpResponse resources(const QString &version, const TokenGrant &grant) const;
    HttpResponse sobjectRoutes(const HttpRequest &request, const QString &version, const QStringList &segments,
                               const TokenGrant &grant);
    HttpResponse queryRoutes(const HttpRequest &request, const QString &version, const QStringList &segments);
    HttpResponse limits() const;
    HttpResponse collectionRoutes(const HttpRequest &request, const QString &version, const QStringList &segments,
                                  const TokenGrant &grant);
    // POST /composite, /composite/batch, /composite/tree/{type} (composite_routes.h).
    HttpResponse compositeRoutes(const HttpRequest &request, const QString &version, const QStringList &segments,
                                 const TokenGrant &grant);
    // POST (create) / PATCH (update) of `records`; one result per record, in order.
    HttpResponse saveCollection(const QJsonObject &body, bool creating, const TokenGrant &grant);
    HttpResponse deleteCollection(const HttpRequest &request);
    HttpResponse retrieveCollection(const QString &type, const QStringList &ids, const QStringList &fields,
                                    const QString &version);
    // Runs `operation` for each of `count` records inside a batch; with allOrNone and any failure
    // the batch is undone and the would-be successes report ALL_OR_NONE_OPERATION_ROLLED_BACK.
    QJsonArray runCollection(int count, bool allOrNone, bool creating,
                             const std::function<QJsonObject(int)> &operation);
    // True when the request's If-Modified-Since is not before the row's LastModifiedDate (→ 304).
    bool notModifiedSince(const HttpRequest &request, const QString &type, const QString &id,
                          const QString &version) const;
    HttpResponse fromStore(const StoreResult &result, const HttpRequest &request) const;
    static HttpResponse storeAnswer(const StoreResult &result);
    // A client's own query runs on a query worker and is answered later; a composite subrequest
    // (answered inside its parent) runs `here`, on the org's thread.
    HttpResponse runQuery(const QString &soql, std::function<QueryResult(SoqlExecutor &executor)> onWorker,
                          const std::function<QueryResult()> &here);
    // handle()'s own answer, later too when the route answers later (pretty print, limit header).
    HttpResponse finish(HttpResponse response, const HttpRequest &request);
    static HttpResponse notFound();
    static HttpResponse methodNotAllowed(const QString &method, const QString &allowed);
    static std::optional<QJsonObject> parseBody(const HttpRequest &request, HttpResponse *error);
    static bool pretty(const HttpRequest &request);

    OrgStore *m_store;
    TokenRegistry *m_tokens;
    FaultInjector *m_faults;
    QUrl m_baseUrl;
    QString m_orgId;
    QAtomicInt m_apiUsage;
    std::unique_ptr<BulkRoutes> m_bulk; // /jobs/query, /jobs/ingest (Bulk API 2.0)
    std::unique_ptr<QueryWorkers> m_queryWorkers;
    bool m_deferQueries = false; // true while routing a client's request, not a composite subrequest
};

} // namespace hilal::emulator
