#pragma once

#include "emulator/store/store_result.h"

#include <QJsonObject>
#include <QString>

namespace hilal::emulator {

class OrgStore;

// Upsert on an External ID field, as Salesforce's REST API does it (docs/reliability.md):
//   PATCH /services/data/vNN.N/sobjects/{type}/{field}/{value}   body: the other fields
//   no row with field = value  → create it (field set to value): 201 {"id", "success", "errors", "created": true}
//   one row                    → update it: 200 {"id", "success", "errors", "created": false}
//   several rows               → 300, a JSON array of the matching records' URLs; nothing changes
//   a field that is not an External ID of the object → 404 NOT_FOUND "Provided external ID field
//   does not exist or is not accessible: {field}"
// The route calls it; the store's own create/update do the validation. One request at a time
// reaches the store (the server is single-threaded), so find-then-write cannot race.
class ExternalIdUpsert
{
public:
    static StoreResult run(OrgStore *store, const QString &sobject, const QString &field, const QString &value,
                           const QJsonObject &body, const QString &actingUserId, const QString &apiVersion);
};

} // namespace hilal::emulator
