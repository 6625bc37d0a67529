#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace hilal::emulator {

// One Salesforce REST error, serialised as {"message", "errorCode", "fields"} (docs/errors.md).
// `fields` is omitted from the JSON when `hasFields` is false (query errors carry none).
struct SfError
{
    QString errorCode;
    QString message;
    QStringList fields;
    bool hasFields = true;
    // More members of the error object, e.g. DUPLICATES_DETECTED's "duplicateResult".
    QJsonObject extra = QJsonObject();

    QJsonObject toJson() const
    {
        QJsonObject o {{QStringLiteral("message"), message}, {QStringLiteral("errorCode"), errorCode}};
        if (hasFields)
            o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }
};

// What every OrgStore call answers: the HTTP status the route should send and either the JSON
// body (success) or the error list (failure; the route sends `errorsJson()` as the body).
// httpStatus 204 means "no body".
struct StoreResult
{
    int httpStatus = 200;
    QJsonValue body;
    QList<SfError> errors;

    bool ok() const { return errors.isEmpty(); }

    QJsonArray errorsJson() const
    {
        QJsonArray a;
        for (const SfError &e : errors)
            a.append(e.toJson());
        return a;
    }
    // The body to send whatever the outcome: `body` on success, the error array otherwise.
    QJsonValue responseBody() const { return ok() ? body : QJsonValue(errorsJson()); }

    static StoreResult success(int status, const QJsonValue &body = {})
    {
        StoreResult r;
        r.httpStatus = status;
        r.body = body;
        return r;
    }
    static StoreResult failure(int status, const SfError &e)
    {
        StoreResult r;
        r.httpStatus = status;
        r.errors.append(e);
        return r;
    }
    static StoreResult failure(int status, const QList<SfError> &e)
    {
        StoreResult r;
        r.httpStatus = status;
        r.errors = e;
        return r;
    }
};

using QueryResult = StoreResult;

} // namespace hilal::emulator
