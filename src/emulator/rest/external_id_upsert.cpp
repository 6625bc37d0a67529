#include "emulator/rest/external_id_upsert.h"

#include "emulator/store/org_store.h"
#include "emulator/store/schema.h"
#include "soql/literal_escaper.h"

#include <QJsonArray>

namespace hilal::emulator {

StoreResult ExternalIdUpsert::run(OrgStore *store, const QString &sobject, const QString &field, const QString &value,
                                  const QJsonObject &body, const QString &actingUserId, const QString &apiVersion)
{
    const ObjectDef *o = store->schema().object(sobject);
    if (!o)
        return StoreResult::failure(
            404,
            SfError {QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist"), {}, false});
    const FieldDef *f = o->field(field);
    if (!f || !f->externalId)
        return StoreResult::failure(
            404,
            SfError {QStringLiteral("NOT_FOUND"),
                     QStringLiteral("Provided external ID field does not exist or is not accessible: %1").arg(field),
                     {},
                     false});
    const QString soql
        = QStringLiteral("SELECT Id FROM %1 WHERE %2 = %3").arg(o->name, f->name, soql::LiteralEscaper::quote(value));
    const StoreResult found = store->query(soql, false, 0, apiVersion);
    if (!found.ok())
        return found;
    const QJsonArray rows = found.body.toObject().value(QStringLiteral("records")).toArray();
    if (rows.size() > 1) {
        QJsonArray urls;
        for (const QJsonValue &row : rows)
            urls.append(row.toObject().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("url")));
        return StoreResult::success(300, urls);
    }
    if (rows.isEmpty()) {
        QJsonObject fields = body;
        fields.insert(f->name, value);
        StoreResult created = store->create(o->name, fields, actingUserId);
        if (created.ok()) {
            QJsonObject answer = created.body.toObject();
            answer.insert(QStringLiteral("created"), true);
            created.body = answer;
        }
        return created;
    }
    const QString id = rows.first().toObject().value(QStringLiteral("Id")).toString();
    QJsonObject fields = body;
    fields.remove(f->name); // the URL names the row; the body cannot move it to another value
    const StoreResult updated = store->update(o->name, id, fields, std::nullopt, actingUserId);
    if (!updated.ok())
        return updated;
    return StoreResult::success(200,
                                QJsonObject {{QStringLiteral("id"), id},
                                             {QStringLiteral("success"), true},
                                             {QStringLiteral("errors"), QJsonArray()},
                                             {QStringLiteral("created"), false}});
}

} // namespace hilal::emulator
