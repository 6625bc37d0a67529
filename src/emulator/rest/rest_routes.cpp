#include "emulator/rest/rest_routes.h"

#include "emulator/bulk/bulk_routes.h"
#include "emulator/http/fault_injector.h"
#include "emulator/oauth/oauth_server.h"
#include "emulator/oauth/token_registry.h"
#include "emulator/rest/api_versions.h"
#include "emulator/rest/composite_routes.h"
#include "emulator/rest/external_id_upsert.h"
#include "emulator/rest/query_columns.h"
#include "emulator/rest/search_routes.h"
#include "emulator/soql/query_workers.h"
#include "emulator/soql/soql_executor.h"
#include "emulator/store/org_store.h"
#include "emulator/store/record_codec.h"
#include "emulator/store/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace hilal::emulator {

namespace {

const QLatin1String kDataRoot {"/services/data"};

QJsonObject limit(int max, int remaining)
{
    return QJsonObject {{QStringLiteral("Max"), max}, {QStringLiteral("Remaining"), remaining}};
}

// Where in the text a JSON parse error sits, as Jackson (Salesforce's parser) reports it.
QString jsonErrorMessage(const QByteArray &body, const QJsonParseError &error)
{
    const qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset), body.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (body.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    const QString where = QStringLiteral(" at [line:%1, column:%2]").arg(line).arg(column);
    if (body.trimmed().isEmpty())
        return QStringLiteral("No content to map due to end-of-input") + where;
    const qsizetype at = qMin(offset, body.size() - 1);
    const char c = at >= 0 ? body.at(at) : '\0';
    if (c > ' ' && c < 127) {
        return QStringLiteral("Unexpected character ('%1' (code %2)): %3")
                   .arg(QLatin1Char(c))
                   .arg(int(c))
                   .arg(error.errorString())
            + where;
    }
    return error.errorString() + where;
}

// sObject Collections cap a write at 200 records and a retrieve at 2000 ids.
constexpr int kCollectionWriteLimit = 200;
constexpr int kCollectionReadLimit = 2000;

// A collection's per-record error: the key is `statusCode` there, not `errorCode`.
QJsonObject collectionError(const SfError &error)
{
    return QJsonObject {{QStringLiteral("statusCode"), error.errorCode},
                        {QStringLiteral("message"), error.message},
                        {QStringLiteral("fields"), QJsonArray::fromStringList(error.fields)}};
}

QJsonObject collectionFailure(const QList<SfError> &errors, const QString &id = {})
{
    QJsonArray list;
    for (const SfError &error : errors)
        list.append(collectionError(error));
    QJsonObject result {{QStringLiteral("success"), false}, {QStringLiteral("errors"), list}};
    if (!id.isEmpty())
        result.insert(QStringLiteral("id"), id);
    return result;
}

QJsonObject collectionSuccess(const QString &id)
{
    return QJsonObject {
        {QStringLiteral("id"), id}, {QStringLiteral("success"), true}, {QStringLiteral("errors"), QJsonArray()}};
}

HttpResponse tooManyRecords()
{
    return HttpResponse::restError(
        400, QStringLiteral("EXCEEDED_ID_LIMIT"),
        QStringLiteral("record limit reached. cannot submit more than 200 records into this call"));
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

} // namespace

RestRoutes::RestRoutes(OrgStore *store, TokenRegistry *tokens, FaultInjector *faults)
    : m_store(store)
    , m_tokens(tokens)
    , m_faults(faults)
    , m_bulk(std::make_unique<BulkRoutes>(store))
    , m_queryWorkers(std::make_unique<QueryWorkers>(store))
{
}

RestRoutes::~RestRoutes() = default;

std::optional<HttpResponse> RestRoutes::handle(const HttpRequest &request, const QString &path)
{
    if (path != kDataRoot && !path.startsWith(kDataRoot + QLatin1Char('/')))
        return std::nullopt;

    HttpResponse response;
    if (path == kDataRoot) {
        response = request.method == QLatin1String("GET")
            ? HttpResponse::json(200, QJsonDocument(ApiVersions::advertised()))
            : methodNotAllowed(request.method, QStringLiteral("GET,HEAD"));
    } else {
        QStringList segments = path.mid(kDataRoot.size() + 1).split(QLatin1Char('/'));
        const QString versionSegment = segments.takeFirst();
        const QString version = versionSegment.mid(1);
        if (!versionSegment.startsWith(QLatin1Char('v')) || !ApiVersions::isAccepted(version)) {
            response = notFound();
        } else {
            const std::optional<TokenGrant> grant = m_tokens->accessGrant(OAuthServer::bearerToken(request));
            if (!grant) {
                response = HttpResponse::restError(401, QStringLiteral("INVALID_SESSION_ID"),
                                                   QStringLiteral("Session expired or invalid"));
            } else if (!grant->scopes.contains(QLatin1String("api"))
                       && !grant->scopes.contains(QLatin1String("full"))) {
                // The REST API needs the `api` (or `full`) scope (docs/oauth-scopes.md).
                response
                    = HttpResponse::restError(401, QStringLiteral("INVALID_SESSION_ID"),
                                              QStringLiteral("This session is not valid for use with the REST API"));
            } else {
                m_apiUsage.fetchAndAddRelaxed(1);
                if (m_faults->limitExceeded()) {
                    response = HttpResponse::restError(403, QStringLiteral("REQUEST_LIMIT_EXCEEDED"),
                                                       QStringLiteral("TotalRequests Limit exceeded."));
                } else {
                    m_deferQueries = true;
                    response = route(request, version, segments, *grant);
                    m_deferQueries = false;
                }
            }
        }
    }
    return finish(response, request);
}

HttpResponse RestRoutes::finish(HttpResponse response, const HttpRequest &request)
{
    if (response.later) {
        const bool indent = pretty(request);
        HttpRequest headers; // what finish() reads of the request: X-PrettyPrint
        if (indent)
            headers.headers = request.headers;
        auto start = std::move(response.later);
        return HttpResponse::deferred([this, start, headers](const HttpResponse::Reply &reply) {
            start([this, reply, headers](const HttpResponse &answer) { reply(finish(answer, headers)); });
        });
    }
    // X-PrettyPrint: 1 (simple-salesforce sends it) asks for indented JSON, whatever the route.
    if (pretty(request) && response.contentType.startsWith("application/json") && !response.body.isEmpty())
        response.body = QJsonDocument::fromJson(response.body).toJson(QJsonDocument::Indented);
    response.setHeader(QByteArrayLiteral("Sforce-Limit-Info"),
                       QStringLiteral("api-usage=%1/%2").arg(apiUsage()).arg(kDailyApiLimit).toLatin1());
    return response;
}

HttpResponse RestRoutes::route(const HttpRequest &request, const QString &version, const QStringList &segments,
                               const TokenGrant &grant)
{
    if (segments.isEmpty()) {
        if (request.method != QLatin1String("GET"))
            return methodNotAllowed(request.method, QStringLiteral("GET,HEAD"));
        return resources(version, grant);
    }
    const QString &resource = segments.first();
    if (resource == QLatin1String("sobjects"))
        return sobjectRoutes(request, version, segments, grant);
    if (resource == QLatin1String("query") || resource == QLatin1String("queryAll"))
        return queryRoutes(request, version, segments);
    if (resource == QLatin1String("jobs"))
        return m_bulk->handle(request, version, segments, grant.userId);
    if (resource == QLatin1String("composite") && segments.size() >= 2 && segments[1] == QLatin1String("sobjects"))
        return collectionRoutes(request, version, segments, grant);
    if (resource == QLatin1String("composite"))
        return compositeRoutes(request, version, segments, grant);
    if (resource == QLatin1String("search") && segments.size() == 1) {
        if (request.method != QLatin1String("GET"))
            return methodNotAllowed(request.method, QStringLiteral("GET,HEAD"));
        if (request.queryValue(QStringLiteral("q")).trimmed().isEmpty())
            return HttpResponse::restError(400, QStringLiteral("MISSING_ARGUMENT"),
                                           QStringLiteral("Missing or empty parameter: q"));
        return SearchRoutes(m_store, version).search(request.queryValue(QStringLiteral("q")));
    }
    if (resource == QLatin1String("parameterizedSearch") && segments.size() == 1) {
        if (request.method != QLatin1String("GET") && request.method != QLatin1String("POST"))
            return methodNotAllowed(request.method, QStringLiteral("GET,HEAD,POST"));
        return SearchRoutes(m_store, version).parameterizedSearch(request);
    }
    if (resource == QLatin1String("limits") && segments.size() == 1) {
        if (request.method != QLatin1String("GET"))
            return methodNotAllowed(request.method, QStringLiteral("GET,HEAD"));
        return limits();
    }
    return notFound();
}

HttpResponse RestRoutes::resources(const QString &version, const TokenGrant &grant) const
{
    const QString root = QString(kDataRoot) + QStringLiteral("/v") + version;
    QJsonObject body;
    for (const char *name : {"sobjects",
                             "query",
                             "queryAll",
                             "limits",
                             "composite",
                             "tooling",
                             "analytics",
                             "connect",
                             "chatter",
                             "process",
                             "quickActions",
                             "theme",
                             "tabs",
                             "appMenu",
                             "commerce",
                             "consent",
                             "eclair",
                             "jsonxform",
                             "knowledgeManagement",
                             "licensing",
                             "metadata",
                             "parameterizedSearch",
                             "search",
                             "scheduling",
                             "serviceTemplates",
                             "support",
                             "wave"}) {
        const QString key = QLatin1String(name);
        body.insert(key, QString(root + QLatin1Char('/') + key));
    }
    body.insert(QStringLiteral("identity"),
                QString(m_baseUrl.toString(QUrl::FullyEncoded) + QStringLiteral("/id/") + m_orgId + QLatin1Char('/')
                        + grant.userId));
    return HttpResponse::json(200, QJsonDocument(body));
}

HttpResponse RestRoutes::sobjectRoutes(const HttpRequest &request, const QString &version, const QStringList &segments,
                                       const TokenGrant &grant)
{
    const QString &method = request.method;
    const bool get = method == QLatin1String("GET");
    switch (segments.size()) {
    case 1: // /sobjects
        return get ? fromStore(m_store->describeGlobal(version), request)
                   : methodNotAllowed(method, QStringLiteral("GET,HEAD"));
    case 2: { // /sobjects/{type}
        const QString &type = segments[1];
        if (method == QLatin1String("POST")) {
            HttpResponse error;
            const std::optional<QJsonObject> body = parseBody(request, &error);
            if (!body)
                return error;
            // Sforce-Duplicate-Rule-Header: allowSave=true lets an alert-only duplicate rule pass.
            const bool allowDuplicates
                = DuplicateRules::headerAllowsSave(request.header("Sforce-Duplicate-Rule-Header"));
            return fromStore(m_store->create(type, *body, grant.userId, allowDuplicates), request);
        }
        if (!get)
            return methodNotAllowed(method, QStringLiteral("GET,HEAD,POST"));
        // The object's summary: its describe-global entry plus (always empty) recent items.
        const StoreResult global = m_store->describeGlobal(version);
        if (!global.ok())
            return fromStore(global, request);
        const QJsonArray sobjects = global.body.toObject().value(QStringLiteral("sobjects")).toArray();
        for (const QJsonValue &entry : sobjects) {
            const QJsonObject object = entry.toObject();
            if (object.value(QStringLiteral("name")).toString().compare(type, Qt::CaseInsensitive) == 0) {
                const QJsonObject summary {{QStringLiteral("objectDescribe"), object},
                                           {QStringLiteral("recentItems"), QJsonArray()}};
                return HttpResponse::json(200, QJsonDocument(summary));
            }
        }
        return notFound();
    }
    case 3: { // /sobjects/{type}/describe | /sobjects/{type}/{id}
        const QString &type = segments[1];
        const QString &id = segments[2];
        if (id == QLatin1String("updated") || id == QLatin1String("deleted"))
            return SearchRoutes(m_store, version).replication(type, request, id == QLatin1String("deleted"));
        if (id == QLatin1String("describe")) {
            return get ? fromStore(m_store->describe(type, version), request)
                       : methodNotAllowed(method, QStringLiteral("GET,HEAD"));
        }
        if (get) {
            QStringList fields;
            for (const QString &field :
                 request.queryValue(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts))
                fields.append(field.trimmed());
            const StoreResult record = m_store->retrieve(type, id, fields, version);
            if (record.ok() && notModifiedSince(request, type, id, version))
                return HttpResponse::empty(304);
            return fromStore(record, request);
        }
        if (method == QLatin1String("PATCH")) {
            std::optional<QDateTime> ifUnmodifiedSince;
            if (request.hasHeader("If-Unmodified-Since")) {
                const QString value = QString::fromLatin1(request.header("If-Unmodified-Since"));
                ifUnmodifiedSince = parseHttpDate(value);
                if (!ifUnmodifiedSince) {
                    return HttpResponse::restError(
                        400, QStringLiteral("MALFORMED_HEADER"),
                        QStringLiteral("If-Unmodified-Since: '%1' is not an HTTP date; send it as "
                                       "RFC 1123, e.g. Tue, 19 Nov 2024 10:00:00 GMT")
                            .arg(value));
                }
            }
            HttpResponse error;
            const std::optional<QJsonObject> body = parseBody(request, &error);
            if (!body)
                return error;
            return fromStore(m_store->update(type, id, *body, ifUnmodifiedSince, grant.userId), request);
        }
        if (method == QLatin1String("DELETE"))
            return fromStore(m_store->remove(type, id), request);
        return methodNotAllowed(method, QStringLiteral("GET,HEAD,PATCH,DELETE"));
    }
    case 4: { // /sobjects/{type}/{externalIdField}/{value}: upsert
        if (method != QLatin1String("PATCH"))
            return methodNotAllowed(method, QStringLiteral("PATCH"));
        HttpResponse error;
        const std::optional<QJsonObject> body = parseBody(request, &error);
        if (!body)
            return error;
        return fromStore(
            ExternalIdUpsert::run(m_store, segments[1], segments[2], segments[3], *body, grant.userId, version),
            request);
    }
    default:
        return notFound();
    }
}

HttpResponse RestRoutes::queryRoutes(const HttpRequest &request, const QString &version, const QStringList &segments)
{
    if (request.method != QLatin1String("GET"))
        return methodNotAllowed(request.method, QStringLiteral("GET,HEAD"));
    if (segments.size() == 2) { // /query/{locator}, also reached for queryAll (jsforce rebuilds it so)
        const QString locator = segments[1];
        return runQuery(
            {}, [locator, version](SoqlExecutor &executor) { return executor.queryMore(locator, version); },
            [&] { return m_store->queryMore(locator, version); });
    }
    if (segments.size() != 1)
        return notFound();
    const bool all = segments.first() == QLatin1String("queryAll");
    if (request.hasQuery(QStringLiteral("q"))
        && request.queryValue(QStringLiteral("columns")) == QLatin1String("true")) {
        // The columns of the query, without its rows: the query must be one the org would run.
        const QString soql = request.queryValue(QStringLiteral("q"));
        const StoreResult valid = m_store->explain(soql);
        return fromStore(valid.ok() ? QueryColumns::describe(soql, m_store->schema()) : valid, request);
    }
    if (request.hasQuery(QStringLiteral("q"))) {
        const int batchSize = batchSizeOption(request.header("Sforce-Query-Options"));
        const QString soql = request.queryValue(QStringLiteral("q"));
        return runQuery(
            soql,
            [soql, all, batchSize, version](SoqlExecutor &executor) {
                return executor.query(soql, all, batchSize, version);
            },
            [&] { return m_store->query(soql, all, batchSize, version); });
    }
    if (!all && request.hasQuery(QStringLiteral("explain"))) {
        const QString soql = request.queryValue(QStringLiteral("explain"));
        return runQuery(
            soql, [soql](SoqlExecutor &executor) { return executor.explain(soql); },
            [&] { return m_store->explain(soql); });
    }
    return HttpResponse::restError(400, QStringLiteral("MALFORMED_QUERY"),
                                   QStringLiteral("A query string has to be specified: send ?q=<SOQL>"));
}

HttpResponse RestRoutes::collectionRoutes(const HttpRequest &request, const QString &version,
                                          const QStringList &segments, const TokenGrant &grant)
{
    const QString &method = request.method;
    if (segments.size() == 2) { // /composite/sobjects
        if (method == QLatin1String("DELETE"))
            return deleteCollection(request);
        if (method != QLatin1String("POST") && method != QLatin1String("PATCH"))
            return methodNotAllowed(method, QStringLiteral("POST,PATCH,DELETE"));
        HttpResponse error;
        const std::optional<QJsonObject> body = parseBody(request, &error);
        if (!body)
            return error;
        return saveCollection(*body, method == QLatin1String("POST"), grant);
    }
    if (segments.size() != 3)
        return notFound();
    // /composite/sobjects/{type}: ids and fields in the query (GET) or the body (POST, jsforce).
    const QString &type = segments[2];
    if (method == QLatin1String("GET"))
        return retrieveCollection(type, splitList(request.queryValue(QStringLiteral("ids"))),
                                  splitList(request.queryValue(QStringLiteral("fields"))), version);
    if (method != QLatin1String("POST"))
        return methodNotAllowed(method, QStringLiteral("GET,HEAD,POST"));
    HttpResponse error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    QStringList ids;
    QStringList fields;
    for (const QJsonValue &id : body->value(QStringLiteral("ids")).toArray())
        ids.append(id.toString());
    for (const QJsonValue &field : body->value(QStringLiteral("fields")).toArray())
        fields.append(field.toString());
    return retrieveCollection(type, ids, fields, version);
}

HttpResponse RestRoutes::compositeRoutes(const HttpRequest &request, const QString &version,
                                         const QStringList &segments, const TokenGrant &grant)
{
    const bool composite = segments.size() == 1;
    const bool batch = segments.size() == 2 && segments[1] == QLatin1String("batch");
    const bool tree = segments.size() == 3 && segments[1] == QLatin1String("tree");
    if (!composite && !batch && !tree)
        return notFound();
    if (request.method != QLatin1String("POST"))
        return methodNotAllowed(request.method, QStringLiteral("POST"));
    HttpResponse error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    // Subrequests go through this router with the caller's session and headers.
    CompositeRoutes routes(
        m_store,
        [&](const QString &method, const QString &url, const QByteArray &data) {
            HttpRequest sub = request;
            sub.method = method;
            sub.body = data;
            const qsizetype question = url.indexOf(QLatin1Char('?'));
            sub.path = QUrl::fromPercentEncoding(url.left(question < 0 ? url.size() : question).toUtf8());
            sub.query = question < 0 ? HttpRequest::Params() : HttpRequest::parseForm(url.mid(question + 1).toUtf8());
            while (sub.path.size() > 1 && sub.path.endsWith(QLatin1Char('/')))
                sub.path.chop(1);
            QStringList subSegments = sub.path.mid(kDataRoot.size() + 1).split(QLatin1Char('/'));
            const QString versionSegment = subSegments.takeFirst();
            if (!sub.path.startsWith(kDataRoot + QStringLiteral("/v"))
                || !ApiVersions::isAccepted(versionSegment.mid(1)))
                return notFound();
            m_deferQueries = false;
            return route(sub, versionSegment.mid(1), subSegments, grant);
        },
        grant.userId);
    if (composite)
        return routes.composite(*body, version);
    if (batch)
        return routes.batch(*body, version);
    return routes.tree(segments[2], *body);
}

HttpResponse RestRoutes::saveCollection(const QJsonObject &body, bool creating, const TokenGrant &grant)
{
    const QJsonValue recordsValue = body.value(QStringLiteral("records"));
    if (!recordsValue.isArray()) {
        return HttpResponse::restError(400, QStringLiteral("JSON_PARSER_ERROR"),
                                       QStringLiteral("The body needs a \"records\" array of sObjects, each with "
                                                      "attributes.type"));
    }
    const QJsonArray records = recordsValue.toArray();
    if (records.size() > kCollectionWriteLimit)
        return tooManyRecords();
    const bool allOrNone = body.value(QStringLiteral("allOrNone")).toBool(false);
    const QJsonArray results = runCollection(int(records.size()), allOrNone, creating, [&](int i) {
        const QJsonObject record = records.at(i).toObject();
        const QString type
            = record.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString();
        QString id = record.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            id = record.value(QStringLiteral("Id")).toString();
        if (type.isEmpty()) {
            return collectionFailure(
                {SfError {
                    QStringLiteral("INVALID_TYPE"),
                    QStringLiteral("Each record needs attributes.type (e.g. {\"attributes\":{\"type\":\"Lead\"}})"),
                    {}}},
                id);
        }
        if (creating) {
            const StoreResult created = m_store->create(type, record, grant.userId);
            return created.ok() ? collectionSuccess(created.body.toObject().value(QStringLiteral("id")).toString())
                                : collectionFailure(created.errors);
        }
        if (id.isEmpty()) {
            return collectionFailure({SfError {
                QStringLiteral("MISSING_ARGUMENT"), QStringLiteral("Id not specified in an update call"), {}}});
        }
        const StoreResult updated = m_store->update(type, id, record, std::nullopt, grant.userId);
        return updated.ok() ? collectionSuccess(id) : collectionFailure(updated.errors, id);
    });
    return HttpResponse::json(200, QJsonDocument(results));
}

HttpResponse RestRoutes::deleteCollection(const HttpRequest &request)
{
    const QStringList ids = splitList(request.queryValue(QStringLiteral("ids")));
    if (ids.size() > kCollectionWriteLimit)
        return tooManyRecords();
    const bool allOrNone
        = request.queryValue(QStringLiteral("allOrNone")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    const QJsonArray results = runCollection(int(ids.size()), allOrNone, false, [&](int i) {
        const QString &id = ids.at(i);
        // The Id's key prefix names the object (001 Account, 00Q Lead, …).
        const ObjectDef *object = m_store->schema().objectByKeyPrefix(QStringView(id).left(3));
        if (!object || (id.size() != 15 && id.size() != 18)) {
            return collectionFailure(
                {SfError {QStringLiteral("MALFORMED_ID"), QStringLiteral("malformed id %1").arg(id), {}}}, id);
        }
        const StoreResult removed = m_store->remove(object->name, id);
        return removed.ok() ? collectionSuccess(id) : collectionFailure(removed.errors, id);
    });
    return HttpResponse::json(200, QJsonDocument(results));
}

HttpResponse RestRoutes::retrieveCollection(const QString &type, const QStringList &ids, const QStringList &fields,
                                            const QString &version)
{
    if (ids.size() > kCollectionReadLimit) {
        return HttpResponse::restError(
            400, QStringLiteral("EXCEEDED_ID_LIMIT"),
            QStringLiteral("record limit reached. cannot submit more than 2000 records into this call"));
    }
    if (!m_store->schema().object(type))
        return notFound();
    QJsonArray records;
    for (const QString &id : ids) {
        const StoreResult record = m_store->retrieve(type, id, fields, version);
        if (record.ok()) {
            records.append(record.body);
        } else if (record.httpStatus == 404) {
            records.append(QJsonValue::Null); // Salesforce answers null for ids it cannot return
        } else {
            return HttpResponse::json(record.httpStatus, QJsonDocument(record.errorsJson()));
        }
    }
    return HttpResponse::json(200, QJsonDocument(records));
}

QJsonArray RestRoutes::runCollection(int count, bool allOrNone, bool creating,
                                     const std::function<QJsonObject(int)> &operation)
{
    const bool batched = allOrNone && m_store->beginBatch();
    QJsonArray results;
    bool anyFailed = false;
    for (int i = 0; i < count; ++i) {
        const QJsonObject result = operation(i);
        anyFailed = anyFailed || !result.value(QStringLiteral("success")).toBool();
        results.append(result);
    }
    if (!batched)
        return results;
    if (!anyFailed) {
        m_store->commitBatch();
        return results;
    }
    m_store->rollbackBatch();
    const SfError rolledBack {QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"),
                              QStringLiteral("Record rolled back because not all records were valid and the request "
                                             "was using AllOrNone header"),
                              {}};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        // A rolled-back create has no Id any more; updates and deletes keep naming their row.
        if (result.value(QStringLiteral("success")).toBool())
            results[i]
                = collectionFailure({rolledBack}, creating ? QString() : result.value(QStringLiteral("id")).toString());
    }
    return results;
}

HttpResponse RestRoutes::limits() const
{
    const int used = apiUsage();
    const qint64 records = qMax<qint64>(0, m_store->recordCount(QStringLiteral("Opportunity")))
        + qMax<qint64>(0, m_store->recordCount(QStringLiteral("Account")))
        + qMax<qint64>(0, m_store->recordCount(QStringLiteral("Contact")))
        + qMax<qint64>(0, m_store->recordCount(QStringLiteral("Lead")));
    // Salesforce counts about 2 KB of data storage per record.
    const int dataMax = 1024;
    const int dataUsed = int(qMin<qint64>(dataMax, records * 2 / 1024));
    const QJsonObject body {{QStringLiteral("ConcurrentAsyncGetReportInstances"), limit(200, 200)},
                            {QStringLiteral("DailyApiRequests"), limit(kDailyApiLimit, qMax(0, kDailyApiLimit - used))},
                            {QStringLiteral("DailyAsyncApexExecutions"), limit(250000, 250000)},
                            {QStringLiteral("DailyBulkApiBatches"), limit(15000, 15000)},
                            {QStringLiteral("DailyBulkV2QueryJobs"), limit(10000, 10000)},
                            {QStringLiteral("DailyBulkV2QueryFileStorageMB"), limit(976562, 976562)},
                            {QStringLiteral("DataStorageMB"), limit(dataMax, dataMax - dataUsed)},
                            {QStringLiteral("FileStorageMB"), limit(20, 20)},
                            {QStringLiteral("HourlyODataCallout"), limit(10000, 10000)},
                            {QStringLiteral("SingleEmail"), limit(15, 15)}};
    return HttpResponse::json(200, QJsonDocument(body));
}

HttpResponse RestRoutes::runQuery(const QString &soql, std::function<QueryResult(SoqlExecutor &executor)> onWorker,
                                  const std::function<QueryResult()> &here)
{
    if (!m_deferQueries)
        return storeAnswer(here());
    const Faults faults = m_faults->current();
    const bool slow = faults.slowQueryMs > 0 && soql.contains(faults.slowQueryContains, Qt::CaseInsensitive);
    const int delayMs = slow ? faults.slowQueryMs : 0;
    QueryWorkers *workers = m_queryWorkers.get();
    return HttpResponse::deferred([workers, onWorker = std::move(onWorker), delayMs](const HttpResponse::Reply &reply) {
        workers->run(
            onWorker, [reply](const QueryResult &result) { reply(storeAnswer(result)); }, delayMs);
    });
}

HttpResponse RestRoutes::fromStore(const StoreResult &result, const HttpRequest &request) const
{
    Q_UNUSED(request);
    return storeAnswer(result);
}

HttpResponse RestRoutes::storeAnswer(const StoreResult &result)
{
    if (result.httpStatus == 204 && result.ok())
        return HttpResponse::empty(204);
    const QJsonValue body = result.responseBody();
    const QJsonDocument document = body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    return HttpResponse::json(result.httpStatus, document);
}

HttpResponse RestRoutes::notFound()
{
    return HttpResponse::restError(404, QStringLiteral("NOT_FOUND"),
                                   QStringLiteral("The requested resource does not exist"));
}

HttpResponse RestRoutes::methodNotAllowed(const QString &method, const QString &allowed)
{
    HttpResponse response
        = HttpResponse::restError(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                  QStringLiteral("HTTP Method '%1' not allowed. Allowed are %2").arg(method, allowed));
    response.setHeader(QByteArrayLiteral("Allow"), allowed.toLatin1());
    return response;
}

std::optional<QJsonObject> RestRoutes::parseBody(const HttpRequest &request, HttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        *error = HttpResponse::restError(400, QStringLiteral("JSON_PARSER_ERROR"),
                                         jsonErrorMessage(request.body, parseError));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = HttpResponse::restError(400, QStringLiteral("JSON_PARSER_ERROR"),
                                         QStringLiteral("Cannot deserialize instance of SObject out of "
                                                        "START_ARRAY token at [line:1, column:1]"));
        return std::nullopt;
    }
    return document.object();
}

bool RestRoutes::pretty(const HttpRequest &request)
{
    return request.header("X-PrettyPrint") == "1";
}

bool RestRoutes::notModifiedSince(const HttpRequest &request, const QString &type, const QString &id,
                                  const QString &version) const
{
    // Salesforce answers a row GET with 304 when LastModifiedDate is not after If-Modified-Since
    // (docs/rest-api.md, docs/errors.md). A malformed date is ignored, as RFC 9110 asks for GETs.
    if (!request.hasHeader("If-Modified-Since"))
        return false;
    const std::optional<QDateTime> since = parseHttpDate(QString::fromLatin1(request.header("If-Modified-Since")));
    if (!since)
        return false;
    const StoreResult stamp = m_store->retrieve(type, id, {QStringLiteral("LastModifiedDate")}, version);
    const QDateTime modified
        = RecordCodec::parseApiDateTime(stamp.body.toObject().value(QStringLiteral("LastModifiedDate")).toString());
    // HTTP dates have whole seconds: compare at that precision.
    return stamp.ok() && modified.isValid() && modified.toSecsSinceEpoch() <= since->toSecsSinceEpoch();
}

std::optional<QDateTime> RestRoutes::parseHttpDate(const QString &value)
{
    const QLocale c = QLocale::c();
    const QString text = value.simplified();
    for (const char *format : {"ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'GMT'",
                               "dddd, dd-MMM-yy HH:mm:ss 'GMT'", "ddd MMM d HH:mm:ss yyyy"}) {
        QDateTime parsed = c.toDateTime(text, QLatin1String(format));
        if (parsed.isValid()) {
            if (parsed.date().year() < 1970) // RFC 850's two-digit years
                parsed = parsed.addYears(100);
            parsed.setTimeZone(QTimeZone::utc());
            return parsed;
        }
    }
    return std::nullopt;
}

int RestRoutes::batchSizeOption(const QByteArray &header)
{
    for (const QByteArray &option : header.split(',')) {
        const qsizetype eq = option.indexOf('=');
        if (eq > 0 && option.left(eq).trimmed().compare("batchSize", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const int size = option.mid(eq + 1).trimmed().toInt(&ok);
            return ok && size > 0 ? size : 0;
        }
    }
    return 0;
}

} // namespace hilal::emulator
