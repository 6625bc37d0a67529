#pragma once

#include "emulator/http/http_request.h"
#include "emulator/http/http_response.h"

#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace hilal::emulator {

class OrgStore;

// The composite resources under /services/data/vNN.N (docs/rest-composite.md):
//   POST /composite             up to 25 subrequests in order; `@{ref.path}` references to earlier
//                               answers; allOrNone (one transaction) and collateSubrequests
//   POST /composite/batch       up to 25 independent subrequests; haltOnError → 412
//                               BATCH_PROCESSING_HALTED for the rest
//   POST /composite/tree/{type} up to 200 records in up to 5 levels, all created or none
// Subrequests run through `dispatch`, the REST router itself, with the caller's session.
class CompositeRoutes
{
public:
    // Runs one REST subrequest: method, path under /services/data (with its query), body.
    using Dispatch = std::function<HttpResponse(const QString &method, const QString &url, const QByteArray &body)>;

    static constexpr int kMaxSubrequests = 25;
    static constexpr int kMaxTreeRecords = 200;
    static constexpr int kMaxTreeDepth = 5;

    CompositeRoutes(OrgStore *store, Dispatch dispatch, QString userId);

    HttpResponse composite(const QJsonObject &body, const QString &version);
    HttpResponse batch(const QJsonObject &body, const QString &version);
    HttpResponse tree(const QString &type, const QJsonObject &body);

    // `@{ref.field}` / `@{ref.records[0].Id}` replaced by the value found in `answers`; false
    // (with the reference in *missing) when a reference names nothing.
    static bool resolveReferences(QString *text, const QJsonObject &answers, QString *missing);

private:
    OrgStore *m_store;
    Dispatch m_dispatch;
    QString m_userId;
};

} // namespace hilal::emulator
