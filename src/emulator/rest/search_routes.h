#pragma once

#include "emulator/http/http_request.h"
#include "emulator/http/http_response.h"

#include <QStringList>

#include <QString>
#include <optional>

namespace hilal::emulator {

class OrgStore;

// SOSL and the replication resources (docs/rest-search.md), answered by turning them into SOQL
// over the OrgStore:
//   GET  /search?q=FIND {…} [IN ALL|NAME|EMAIL|PHONE FIELDS] [RETURNING Obj(fields WHERE … ORDER BY …
//        LIMIT n), …] [LIMIT n]                                  → {"searchRecords": […]}
//   GET  /parameterizedSearch?q=…&sobject=…&Obj.fields=…&Obj.limit=…&in=…&overallLimit=…
//   POST /parameterizedSearch  {"q", "in", "overallLimit", "fields", "sobjects": [{"name", "fields", "where",
//   "limit"}]} GET  /sobjects/{type}/updated?start=&end=   → {"ids", "latestDateCovered"} GET
//   /sobjects/{type}/deleted?start=&end=   → {"deletedRecords", "earliestDateAvailable", "latestDateCovered"}
class SearchRoutes
{
public:
    static constexpr int kReplicationDays = 30;
    static constexpr int kMaxReplicationIds = 600000;
    static constexpr int kMaxSearchRows = 2000;

    SearchRoutes(OrgStore *store, QString version);

    HttpResponse search(const QString &sosl);
    HttpResponse parameterizedSearch(const HttpRequest &request);
    // `deleted` false: /updated.
    HttpResponse replication(const QString &type, const HttpRequest &request, bool deleted);

private:
    struct Target
    {
        QString object;
        QStringList fields;
        QString where;
        QString orderBy;
        int limit = -1;
    };
    HttpResponse run(const QString &term, const QString &scope, QList<Target> targets, int overallLimit);
    std::optional<QString> searchCondition(const QString &object, const QString &term, const QString &scope,
                                           HttpResponse *error) const;

    OrgStore *m_store;
    QString m_version;
};

} // namespace hilal::emulator
