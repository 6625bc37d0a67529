#include "emulator/rest/composite_routes.h"

#include "emulator/store/org_store.h"
#include "emulator/store/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace hilal::emulator {

namespace {

QJsonValue bodyOf(const HttpResponse &response)
{
    if (response.body.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return document.object();
    return QString::fromUtf8(response.body);
}

QJsonArray haltedBody(const QString &code, const QString &message)
{
    return QJsonArray {QJsonObject {{QStringLiteral("errorCode"), code}, {QStringLiteral("message"), message}}};
}

HttpResponse tooMany(const QString &what)
{
    return HttpResponse::restError(400, QStringLiteral("LIMIT_EXCEEDED"),
                                   QStringLiteral("Limit Exceeded. A %1 request can have at most %2 subrequests.")
                                       .arg(what)
                                       .arg(CompositeRoutes::kMaxSubrequests));
}

// `records[0].Id` inside `value`.
std::optional<QJsonValue> walk(QJsonValue value, const QString &path)
{
    static const QRegularExpression step(QStringLiteral(R"(^([A-Za-z_][A-Za-z0-9_]*)?((?:\[\d+\])*)$)"));
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch m = step.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        if (!m.captured(1).isEmpty()) {
            if (!value.isObject() || !value.toObject().contains(m.captured(1)))
                return std::nullopt;
            value = value.toObject().value(m.captured(1));
        }
        static const QRegularExpression index(QStringLiteral(R"(\[(\d+)\])"));
        auto it = index.globalMatch(m.captured(2));
        while (it.hasNext()) {
            const int i = it.next().captured(1).toInt();
            if (!value.isArray() || i >= value.toArray().size())
                return std::nullopt;
            value = value.toArray().at(i);
        }
    }
    return value;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// Replaces references in every string of a JSON body.
bool resolveIn(QJsonValue *value, const QJsonObject &answers, QString *missing)
{
    if (value->isString()) {
        QString text = value->toString();
        if (!CompositeRoutes::resolveReferences(&text, answers, missing))
            return false;
        *value = text;
    } else if (value->isArray()) {
        QJsonArray array = value->toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            if (!resolveIn(&item, answers, missing))
                return false;
            array[i] = item;
        }
        *value = array;
    } else if (value->isObject()) {
        QJsonObject object = value->toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue item = it.value();
            if (!resolveIn(&item, answers, missing))
                return false;
            it.value() = item;
        }
        *value = object;
    }
    return true;
}

// `/services/data/v60.0/…` or `v60.0/…` → the path under /services/data with its query.
QString underData(QString url)
{
    if (url.startsWith(QLatin1String("/services/data")))
        return url;
    if (!url.startsWith(QLatin1Char('/')))
        url.prepend(QLatin1Char('/'));
    return QStringLiteral("/services/data") + url;
}

} // namespace

CompositeRoutes::CompositeRoutes(OrgStore *store, Dispatch dispatch, QString userId)
    : m_store(store)
    , m_dispatch(std::move(dispatch))
    , m_userId(std::move(userId))
{
}

bool CompositeRoutes::resolveReferences(QString *text, const QJsonObject &answers, QString *missing)
{
    static const QRegularExpression reference(QStringLiteral(R"(@\{([A-Za-z0-9_]+)\.([^}]+)\})"));
    QString out;
    qsizetype last = 0;
    auto it = reference.globalMatch(*text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString ref = m.captured(1);
        const std::optional<QJsonValue> found
            = answers.contains(ref) ? walk(answers.value(ref), m.captured(2)) : std::nullopt;
        if (!found) {
            *missing = m.captured(0);
            return false;
        }
        out += QStringView(*text).mid(last, m.capturedStart() - last);
        out += scalarText(*found);
        last = m.capturedEnd();
    }
    out += QStringView(*text).mid(last);
    *text = out;
    return true;
}

HttpResponse CompositeRoutes::composite(const QJsonObject &body, const QString &version)
{
    const QJsonArray requests = body.value(QStringLiteral("compositeRequest")).toArray();
    if (!body.value(QStringLiteral("compositeRequest")).isArray() || requests.isEmpty()) {
        return HttpResponse::restError(400, QStringLiteral("JSON_PARSER_ERROR"),
                                       QStringLiteral("The body needs a non-empty \"compositeRequest\" array."));
    }
    if (requests.size() > kMaxSubrequests)
        return tooMany(QStringLiteral("composite"));
    const bool allOrNone = body.value(QStringLiteral("allOrNone")).toBool(false);
    QSet<QString> seen;
    for (const QJsonValue &entry : requests) {
        const QJsonObject request = entry.toObject();
        const QString ref = request.value(QStringLiteral("referenceId")).toString();
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
        if (!valid.match(ref).hasMatch() || seen.contains(ref)) {
            return HttpResponse::restError(
                400, QStringLiteral("INVALID_INPUT"),
                QStringLiteral("Each subrequest needs a unique referenceId of letters, digits "
                               "and underscores, starting with a letter; '%1' is not.")
                    .arg(ref));
        }
        seen.insert(ref);
        const QString method = request.value(QStringLiteral("method")).toString();
        if (!QStringList {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PATCH"), QStringLiteral("PUT"),
                          QStringLiteral("DELETE")}
                 .contains(method)
            || !request.value(QStringLiteral("url")).toString().startsWith(QLatin1String("/services/data/v"))) {
            return HttpResponse::restError(
                400, QStringLiteral("INVALID_INPUT"),
                QStringLiteral("Subrequest '%1' needs a method (GET, POST, PATCH, PUT, DELETE) and a "
                               "url starting with /services/data/vNN.N.")
                    .arg(ref));
        }
    }
    Q_UNUSED(version)
    const bool batched = allOrNone && m_store->beginBatch();
    QJsonObject answers; // referenceId → body of its answer
    QJsonArray results;
    bool failed = false;
    for (const QJsonValue &entry : requests) {
        const QJsonObject request = entry.toObject();
        const QString ref = request.value(QStringLiteral("referenceId")).toString();
        QJsonObject result {{QStringLiteral("referenceId"), ref}, {QStringLiteral("httpHeaders"), QJsonObject()}};
        if (failed && allOrNone) {
            result.insert(QStringLiteral("httpStatusCode"), 400);
            result.insert(
                QStringLiteral("body"),
                haltedBody(
                    QStringLiteral("PROCESSING_HALTED"),
                    QStringLiteral(
                        "The transaction was rolled back since another operation in the same transaction failed.")));
            results.append(result);
            continue;
        }
        QString url = request.value(QStringLiteral("url")).toString();
        QJsonValue payload = request.value(QStringLiteral("body"));
        QString missing;
        if (!resolveReferences(&url, answers, &missing) || !resolveIn(&payload, answers, &missing)) {
            failed = true;
            result.insert(QStringLiteral("httpStatusCode"), 400);
            result.insert(QStringLiteral("body"),
                          haltedBody(QStringLiteral("PROCESSING_HALTED"),
                                     QStringLiteral("Invalid reference specified. No value for %1 found. "
                                                    "Provided referenceId ('%2') must reference an earlier, "
                                                    "successful subrequest.")
                                         .arg(missing, ref)));
            results.append(result);
            continue;
        }
        const QByteArray data = payload.isUndefined() || payload.isNull() ? QByteArray()
            : payload.isArray() ? QJsonDocument(payload.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
        const HttpResponse response = m_dispatch(request.value(QStringLiteral("method")).toString(), url, data);
        const QJsonValue answer = bodyOf(response);
        result.insert(QStringLiteral("httpStatusCode"), response.status);
        result.insert(QStringLiteral("body"), answer);
        QJsonObject headers;
        for (const auto &header : response.headers) {
            if (header.first == "Location")
                headers.insert(QStringLiteral("Location"), QString::fromUtf8(header.second));
        }
        if (response.status == 201 && answer.isObject() && answer.toObject().contains(QStringLiteral("id"))
            && !headers.contains(QStringLiteral("Location")))
            headers.insert(QStringLiteral("Location"),
                           QString(url + QLatin1Char('/') + answer.toObject().value(QStringLiteral("id")).toString()));
        result.insert(QStringLiteral("httpHeaders"), headers);
        if (response.status >= 400)
            failed = true;
        else
            answers.insert(ref, answer);
        results.append(result);
    }
    if (batched) {
        if (failed) {
            m_store->rollbackBatch();
            // What succeeded was undone: it reports the halt instead.
            for (qsizetype i = 0; i < results.size(); ++i) {
                QJsonObject result = results.at(i).toObject();
                if (result.value(QStringLiteral("httpStatusCode")).toInt() < 400) {
                    result.insert(QStringLiteral("httpStatusCode"), 400);
                    result.insert(QStringLiteral("httpHeaders"), QJsonObject());
                    result.insert(QStringLiteral("body"),
                                  haltedBody(QStringLiteral("PROCESSING_HALTED"),
                                             QStringLiteral("The transaction was rolled back since another operation "
                                                            "in the same transaction failed.")));
                    results[i] = result;
                }
            }
        } else {
            m_store->commitBatch();
        }
    }
    return HttpResponse::json(200, QJsonDocument(QJsonObject {{QStringLiteral("compositeResponse"), results}}));
}

HttpResponse CompositeRoutes::batch(const QJsonObject &body, const QString &version)
{
    Q_UNUSED(version)
    const QJsonArray requests = body.value(QStringLiteral("batchRequests")).toArray();
    if (!body.value(QStringLiteral("batchRequests")).isArray() || requests.isEmpty()) {
        return HttpResponse::restError(400, QStringLiteral("JSON_PARSER_ERROR"),
                                       QStringLiteral("The body needs a non-empty \"batchRequests\" array."));
    }
    if (requests.size() > kMaxSubrequests)
        return tooMany(QStringLiteral("batch"));
    const bool haltOnError = body.value(QStringLiteral("haltOnError")).toBool(false);
    QJsonArray results;
    bool hasErrors = false;
    for (const QJsonValue &entry : requests) {
        const QJsonObject request = entry.toObject();
        if (hasErrors && haltOnError) {
            results.append(QJsonObject {{QStringLiteral("statusCode"), 412},
                                        {QStringLiteral("result"),
                                         haltedBody(QStringLiteral("BATCH_PROCESSING_HALTED"),
                                                    QStringLiteral("Batch processing halted per request"))}});
            continue;
        }
        const QJsonValue input = request.value(QStringLiteral("richInput"));
        const QByteArray data = input.isObject() ? QJsonDocument(input.toObject()).toJson(QJsonDocument::Compact)
            : input.isArray()                    ? QJsonDocument(input.toArray()).toJson(QJsonDocument::Compact)
                                                 : QByteArray();
        const HttpResponse response = m_dispatch(request.value(QStringLiteral("method")).toString(),
                                                 underData(request.value(QStringLiteral("url")).toString()), data);
        hasErrors = hasErrors || response.status >= 400;
        results.append(QJsonObject {{QStringLiteral("statusCode"), response.status},
                                    {QStringLiteral("result"), bodyOf(response)}});
    }
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject {{QStringLiteral("hasErrors"), hasErrors}, {QStringLiteral("results"), results}}));
}

HttpResponse CompositeRoutes::tree(const QString &type, const QJsonObject &body)
{
    const ObjectDef *root = m_store->schema().object(type);
    if (!root)
        return HttpResponse::restError(404, QStringLiteral("NOT_FOUND"),
                                       QStringLiteral("The requested resource does not exist"));
    if (!body.value(QStringLiteral("records")).isArray()) {
        return HttpResponse::restError(400, QStringLiteral("JSON_PARSER_ERROR"),
                                       QStringLiteral("The body needs a \"records\" array."));
    }
    // First the shape: types, referenceIds, depth and the record count, before anything is written.
    int count = 0;
    QSet<QString> refs;
    QString problem;
    std::function<bool(const QJsonArray &, const ObjectDef *, int)> check = [&](const QJsonArray &records,
                                                                                const ObjectDef *object, int depth) {
        if (depth > kMaxTreeDepth) {
            problem = QStringLiteral("A sObject tree can have at most %1 levels.").arg(kMaxTreeDepth);
            return false;
        }
        for (const QJsonValue &value : records) {
            const QJsonObject record = value.toObject();
            const QJsonObject attributes = record.value(QStringLiteral("attributes")).toObject();
            const QString recordType = attributes.value(QStringLiteral("type")).toString();
            const QString ref = attributes.value(QStringLiteral("referenceId")).toString();
            if (recordType.compare(object->name, Qt::CaseInsensitive) != 0) {
                problem = QStringLiteral("Each record needs attributes.type %1 here; got '%2'.")
                              .arg(object->name, recordType);
                return false;
            }
            if (ref.isEmpty() || refs.contains(ref)) {
                problem = QStringLiteral("Each record needs a unique attributes.referenceId; '%1' is not.").arg(ref);
                return false;
            }
            refs.insert(ref);
            if (++count > kMaxTreeRecords)
                return true; // counted; reported below
            for (auto it = record.begin(); it != record.end(); ++it) {
                if (!it.value().isObject() || !it.value().toObject().contains(QStringLiteral("records")))
                    continue;
                const ChildRelationship *relationship = object->childRelationship(it.key());
                const ObjectDef *child = relationship ? m_store->schema().object(relationship->childSObject) : nullptr;
                if (!child) {
                    problem = QStringLiteral("%1 has no child relationship '%2'.").arg(object->name, it.key());
                    return false;
                }
                if (!check(it.value().toObject().value(QStringLiteral("records")).toArray(), child, depth + 1))
                    return false;
            }
        }
        return true;
    };
    if (!check(body.value(QStringLiteral("records")).toArray(), root, 1))
        return HttpResponse::restError(400, QStringLiteral("INVALID_INPUT"), problem);
    if (count > kMaxTreeRecords) {
        return HttpResponse::restError(
            400, QStringLiteral("LIMIT_EXCEEDED"),
            QStringLiteral("A sObject tree request can create at most %1 records; this one has %2.")
                .arg(kMaxTreeRecords)
                .arg(count));
    }

    // Then the writes, parents before children, in one transaction.
    const bool batched = m_store->beginBatch();
    QJsonArray results;
    QJsonArray failures;
    std::function<void(const QJsonArray &, const ObjectDef *, const QString &, const QString &)> create
        = [&](const QJsonArray &records, const ObjectDef *object, const QString &parentField, const QString &parentId) {
              for (const QJsonValue &value : records) {
                  const QJsonObject record = value.toObject();
                  const QString ref = record.value(QStringLiteral("attributes"))
                                          .toObject()
                                          .value(QStringLiteral("referenceId"))
                                          .toString();
                  QJsonObject fields;
                  QList<QPair<const ChildRelationship *, QJsonArray>> children;
                  for (auto it = record.begin(); it != record.end(); ++it) {
                      if (it.key() == QLatin1String("attributes"))
                          continue;
                      if (it.value().isObject() && it.value().toObject().contains(QStringLiteral("records"))) {
                          children.append({object->childRelationship(it.key()),
                                           it.value().toObject().value(QStringLiteral("records")).toArray()});
                          continue;
                      }
                      fields.insert(it.key(), it.value());
                  }
                  if (!parentField.isEmpty())
                      fields.insert(parentField, parentId);
                  const StoreResult created = m_store->create(object->name, fields, m_userId);
                  if (!created.ok()) {
                      QJsonArray errors;
                      for (const SfError &error : created.errors) {
                          errors.append(
                              QJsonObject {{QStringLiteral("statusCode"), error.errorCode},
                                           {QStringLiteral("message"), error.message},
                                           {QStringLiteral("fields"), QJsonArray::fromStringList(error.fields)}});
                      }
                      failures.append(
                          QJsonObject {{QStringLiteral("referenceId"), ref}, {QStringLiteral("errors"), errors}});
                      continue;
                  }
                  const QString id = created.body.toObject().value(QStringLiteral("id")).toString();
                  results.append(QJsonObject {{QStringLiteral("referenceId"), ref}, {QStringLiteral("id"), id}});
                  for (const auto &child : children)
                      create(child.second, m_store->schema().object(child.first->childSObject), child.first->field, id);
              }
          };
    create(body.value(QStringLiteral("records")).toArray(), root, QString(), QString());
    if (!failures.isEmpty()) {
        if (batched)
            m_store->rollbackBatch();
        return HttpResponse::json(
            400,
            QJsonDocument(QJsonObject {{QStringLiteral("hasErrors"), true}, {QStringLiteral("results"), failures}}));
    }
    if (batched)
        m_store->commitBatch();
    return HttpResponse::json(
        201, QJsonDocument(QJsonObject {{QStringLiteral("hasErrors"), false}, {QStringLiteral("results"), results}}));
}

} // namespace hilal::emulator
