#include "actions/picklists.h"

#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"

#include <QJsonArray>

namespace hilal::actions {

void Picklists::fetch(salesforce::RestClient *client, const QString &objectName, const QString &fieldName,
                      QObject *context, Done done)
{
    salesforce::RestReply *reply = client->describe(objectName);
    QObject::connect(reply, &salesforce::RestReply::finished, context, [reply, fieldName, done] {
        if (reply->error()) {
            done({}, reply->error());
            return;
        }
        done(activeValues(reply->object(), fieldName), {});
    });
}

QStringList Picklists::activeValues(const QJsonObject &describe, const QString &fieldName)
{
    QStringList values;
    for (const QJsonValue &f : describe.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject field = f.toObject();
        if (field.value(QStringLiteral("name")).toString().compare(fieldName, Qt::CaseInsensitive) != 0)
            continue;
        for (const QJsonValue &p : field.value(QStringLiteral("picklistValues")).toArray()) {
            const QJsonObject value = p.toObject();
            if (value.value(QStringLiteral("active")).toBool(true))
                values << value.value(QStringLiteral("value")).toString();
        }
    }
    return values;
}

} // namespace hilal::actions
