#include "emulator/rest/search_routes.h"

#include "emulator/store/org_store.h"
#include "emulator/store/record_codec.h"
#include "emulator/store/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace hilal::emulator {

namespace {

HttpResponse malformed(const QString &message)
{
    return HttpResponse::restError(400, QStringLiteral("MALFORMED_SEARCH"), message);
}

// The objects a SOSL query without RETURNING looks in.
const QStringList &searchableObjects()
{
    static const QStringList objects {QStringLiteral("Account"), QStringLiteral("Contact"), QStringLiteral("Lead"),
                                      QStringLiteral("Opportunity")};
    return objects;
}

// Index of the first of `keywords` (whole words, case-insensitive) outside quotes and
// parentheses, from `from`; -1 when none.
qsizetype findKeyword(const QString &text, const QStringList &keywords, qsizetype from = 0)
{
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('\''))
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            quoted = true;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            --depth;
        } else if (depth == 0 && (i == 0 || !text.at(i - 1).isLetterOrNumber())) {
            for (const QString &keyword : keywords) {
                const qsizetype end = i + keyword.size();
                if (QStringView(text).mid(i, keyword.size()).compare(keyword, Qt::CaseInsensitive) == 0
                    && (end == text.size() || !text.at(end).isLetterOrNumber()))
                    return i;
            }
        }
    }
    return -1;
}

QString likeEscaped(QString word)
{
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    word.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    // SOSL wildcards: * any characters, ? one character.
    word.replace(QLatin1Char('*'), QLatin1Char('%'));
    word.replace(QLatin1Char('?'), QLatin1Char('_'));
    return word;
}

QDateTime parseReplicationDate(const QString &text)
{
    QDateTime parsed = RecordCodec::parseApiDateTime(text);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString apiDateTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'+0000'"));
}

QString soqlDateTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace

SearchRoutes::SearchRoutes(OrgStore *store, QString version)
    : m_store(store)
    , m_version(std::move(version))
{
}

HttpResponse SearchRoutes::search(const QString &sosl)
{
    static const QRegularExpression find(QStringLiteral(R"(^\s*FIND\s*\{((?:[^}\\]|\\.)*)\}\s*)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = find.match(sosl);
    if (!m.hasMatch())
        return malformed(QStringLiteral("A SOSL search starts with FIND {search terms}: %1").arg(sosl.left(80)));
    const QString term = m.captured(1);
    QString rest = sosl.mid(m.capturedEnd()).trimmed();

    QString scope = QStringLiteral("ALL");
    static const QRegularExpression in(QStringLiteral(R"(^IN\s+(ALL|NAME|EMAIL|PHONE|SIDEBAR)\s+FIELDS\b\s*)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch inMatch = in.match(rest);
    if (inMatch.hasMatch()) {
        scope = inMatch.captured(1).toUpper();
        rest = rest.mid(inMatch.capturedEnd()).trimmed();
    } else if (rest.startsWith(QLatin1String("IN "), Qt::CaseInsensitive)) {
        return malformed(
            QStringLiteral("Search scope must be IN ALL FIELDS, IN NAME FIELDS, IN EMAIL FIELDS or IN PHONE FIELDS."));
    }

    QList<Target> targets;
    static const QRegularExpression returning(QStringLiteral(R"(^RETURNING\s+)"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch returningMatch = returning.match(rest);
    if (returningMatch.hasMatch()) {
        rest = rest.mid(returningMatch.capturedEnd());
        // Obj [ ( fields [WHERE …] [ORDER BY …] [LIMIT n] ) ] , …
        static const QRegularExpression objectName(QStringLiteral(R"(^\s*([A-Za-z][A-Za-z0-9_]*)\s*)"));
        while (true) {
            const QRegularExpressionMatch name = objectName.match(rest);
            if (!name.hasMatch())
                return malformed(QStringLiteral("RETURNING needs an object name, e.g. RETURNING Account(Id, Name)."));
            Target target;
            target.object = name.captured(1);
            rest = rest.mid(name.capturedEnd());
            if (rest.startsWith(QLatin1Char('('))) {
                int depth = 0;
                qsizetype close = -1;
                bool quoted = false;
                for (qsizetype i = 0; i < rest.size() && close < 0; ++i) {
                    const QChar c = rest.at(i);
                    if (quoted) {
                        if (c == QLatin1Char('\\'))
                            ++i;
                        else if (c == QLatin1Char('\''))
                            quoted = false;
                    } else if (c == QLatin1Char('\'')) {
                        quoted = true;
                    } else if (c == QLatin1Char('(')) {
                        ++depth;
                    } else if (c == QLatin1Char(')') && --depth == 0) {
                        close = i;
                    }
                }
                if (close < 0)
                    return malformed(QStringLiteral("RETURNING %1( is not closed.").arg(target.object));
                const QString inner = rest.mid(1, close - 1).trimmed();
                rest = rest.mid(close + 1).trimmed();
                const QStringList clauses {QStringLiteral("WHERE"), QStringLiteral("ORDER BY"), QStringLiteral("LIMIT"),
                                           QStringLiteral("OFFSET")};
                const qsizetype fieldsEnd = findKeyword(inner, clauses);
                for (const QString &field :
                     (fieldsEnd < 0 ? inner : inner.left(fieldsEnd)).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    target.fields.append(field.trimmed());
                QString tail = fieldsEnd < 0 ? QString() : inner.mid(fieldsEnd);
                static const QRegularExpression limitAtEnd(QStringLiteral(R"(\bLIMIT\s+(\d+)\s*$)"),
                                                           QRegularExpression::CaseInsensitiveOption);
                const QRegularExpressionMatch limit = limitAtEnd.match(tail);
                if (limit.hasMatch()) {
                    target.limit = limit.captured(1).toInt();
                    tail = tail.left(limit.capturedStart()).trimmed();
                }
                const qsizetype order = findKeyword(tail, {QStringLiteral("ORDER BY")});
                if (order >= 0) {
                    target.orderBy = tail.mid(order + 8).trimmed();
                    tail = tail.left(order).trimmed();
                }
                if (tail.startsWith(QLatin1String("WHERE"), Qt::CaseInsensitive))
                    target.where = tail.mid(5).trimmed();
                else if (!tail.isEmpty())
                    return malformed(QStringLiteral("Unexpected '%1' in RETURNING %2(…).").arg(tail, target.object));
            }
            targets.append(target);
            if (!rest.startsWith(QLatin1Char(',')))
                break;
            rest = rest.mid(1);
        }
    } else {
        for (const QString &object : searchableObjects())
            targets.append(Target {object, {}, {}, {}, -1});
    }
    int overallLimit = -1;
    static const QRegularExpression overall(QStringLiteral(R"(^LIMIT\s+(\d+)\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch overallMatch = overall.match(rest.trimmed());
    if (overallMatch.hasMatch())
        overallLimit = overallMatch.captured(1).toInt();
    else if (!rest.trimmed().isEmpty())
        return malformed(QStringLiteral("Unexpected '%1' after the search.").arg(rest.trimmed().left(80)));
    return run(term, scope, targets, overallLimit);
}

HttpResponse SearchRoutes::parameterizedSearch(const HttpRequest &request)
{
    QString term;
    QString scope = QStringLiteral("ALL");
    int overallLimit = -1;
    QList<Target> targets;
    if (request.method == QLatin1String("POST")) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        term = body.value(QStringLiteral("q")).toString();
        if (body.contains(QStringLiteral("in")))
            scope = body.value(QStringLiteral("in")).toString().toUpper();
        overallLimit = body.value(QStringLiteral("overallLimit")).toInt(-1);
        QStringList common;
        for (const QJsonValue &field : body.value(QStringLiteral("fields")).toArray())
            common.append(field.toString());
        for (const QJsonValue &value : body.value(QStringLiteral("sobjects")).toArray()) {
            const QJsonObject entry = value.toObject();
            Target target {entry.value(QStringLiteral("name")).toString(),
                           common,
                           entry.value(QStringLiteral("where")).toString(),
                           {},
                           entry.value(QStringLiteral("limit")).toInt(-1)};
            if (entry.contains(QStringLiteral("fields"))) {
                target.fields.clear();
                for (const QJsonValue &field : entry.value(QStringLiteral("fields")).toArray())
                    target.fields.append(field.toString());
            }
            targets.append(target);
        }
    } else {
        term = request.queryValue(QStringLiteral("q"));
        if (request.hasQuery(QStringLiteral("in")))
            scope = request.queryValue(QStringLiteral("in")).toUpper();
        bool ok = false;
        const int limit = request.queryValue(QStringLiteral("overallLimit")).toInt(&ok);
        overallLimit = ok ? limit : -1;
        const QStringList common
            = request.queryValue(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const auto &pair : request.query) {
            if (pair.first != QLatin1String("sobject"))
                continue;
            Target target {pair.second, common, {}, {}, -1};
            if (request.hasQuery(pair.second + QStringLiteral(".fields")))
                target.fields = request.queryValue(pair.second + QStringLiteral(".fields"))
                                    .split(QLatin1Char(','), Qt::SkipEmptyParts);
            const int objectLimit = request.queryValue(pair.second + QStringLiteral(".limit")).toInt(&ok);
            target.limit = ok ? objectLimit : -1;
            targets.append(target);
        }
    }
    if (term.trimmed().isEmpty())
        return HttpResponse::restError(400, QStringLiteral("MISSING_ARGUMENT"),
                                       QStringLiteral("Missing or empty parameter: q"));
    if (!QStringList {QStringLiteral("ALL"), QStringLiteral("NAME"), QStringLiteral("EMAIL"), QStringLiteral("PHONE"),
                      QStringLiteral("SIDEBAR")}
             .contains(scope)) {
        return HttpResponse::restError(400, QStringLiteral("INVALID_SEARCH_SCOPE"),
                                       QStringLiteral("'in' must be ALL, NAME, EMAIL or PHONE; got '%1'.").arg(scope));
    }
    if (targets.isEmpty()) {
        for (const QString &object : searchableObjects())
            targets.append(Target {object, {}, {}, {}, -1});
    }
    return run(term, scope, targets, overallLimit);
}

std::optional<QString> SearchRoutes::searchCondition(const QString &objectName, const QString &term,
                                                     const QString &scope, HttpResponse *error) const
{
    const ObjectDef *object = m_store->schema().object(objectName);
    QStringList fields;
    for (const FieldDef &field : object->fields) {
        const bool name = field.name == QLatin1String("Name") || field.name == QLatin1String("FirstName")
            || field.name == QLatin1String("LastName");
        const bool text = field.type == FieldType::String || field.type == FieldType::Email
            || field.type == FieldType::Phone || field.type == FieldType::Url || field.type == FieldType::Picklist
            || (field.type == FieldType::TextArea && field.length <= 255);
        if ((scope == QLatin1String("NAME") && name)
            || (scope == QLatin1String("EMAIL") && field.type == FieldType::Email)
            || (scope == QLatin1String("PHONE") && field.type == FieldType::Phone)
            || ((scope == QLatin1String("ALL") || scope == QLatin1String("SIDEBAR")) && text))
            fields.append(field.name);
    }
    if (fields.isEmpty())
        return QStringLiteral("Id = null"); // nothing to search in: no rows
    // Words must each match some field (AND), `a OR b` either; quotes keep a phrase together.
    static const QRegularExpression token(QStringLiteral(R"re("([^"]*)"|(\S+))re"));
    QStringList groups; // AND of groups; a group is an OR of words
    QStringList current;
    bool orNext = false;
    auto it = token.globalMatch(term);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString word = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
        if (m.captured(1).isNull() && word.compare(QLatin1String("OR"), Qt::CaseInsensitive) == 0) {
            orNext = true;
            continue;
        }
        if (m.captured(1).isNull() && word.compare(QLatin1String("AND"), Qt::CaseInsensitive) == 0)
            continue;
        QString bare = word;
        bare.remove(QLatin1Char('*')).remove(QLatin1Char('?'));
        if (bare.size() < 2) {
            *error = malformed(QStringLiteral("search term must be longer than one character: %1").arg(word));
            return std::nullopt;
        }
        QStringList perField;
        for (const QString &field : fields)
            perField.append(QStringLiteral("%1 LIKE '%%2%'").arg(field, likeEscaped(word)));
        const QString condition = QLatin1Char('(') + perField.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        if (orNext && !current.isEmpty()) {
            current.append(condition);
        } else {
            if (!current.isEmpty())
                groups.append(QLatin1Char('(') + current.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
            current = {condition};
        }
        orNext = false;
    }
    if (!current.isEmpty())
        groups.append(QLatin1Char('(') + current.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    if (groups.isEmpty()) {
        *error = malformed(QStringLiteral("The search term is empty."));
        return std::nullopt;
    }
    return groups.join(QStringLiteral(" AND "));
}

HttpResponse SearchRoutes::run(const QString &term, const QString &scope, QList<Target> targets, int overallLimit)
{
    QJsonArray found;
    int budget = overallLimit > 0 ? qMin(overallLimit, kMaxSearchRows) : kMaxSearchRows;
    for (Target &target : targets) {
        const ObjectDef *object = m_store->schema().object(target.object);
        if (!object) {
            return HttpResponse::restError(400, QStringLiteral("INVALID_TYPE"),
                                           QStringLiteral("sObject type '%1' is not supported.").arg(target.object));
        }
        HttpResponse error;
        const std::optional<QString> condition = searchCondition(object->name, term, scope, &error);
        if (!condition)
            return error;
        if (target.fields.isEmpty())
            target.fields = {QStringLiteral("Id")};
        const int limit = target.limit >= 0 ? qMin(target.limit, budget) : budget;
        if (limit <= 0)
            continue;
        QString soql = QStringLiteral("SELECT %1 FROM %2 WHERE (%3)")
                           .arg(target.fields.join(QStringLiteral(", ")), object->name, *condition);
        if (!target.where.isEmpty())
            soql += QStringLiteral(" AND (%1)").arg(target.where);
        if (!target.orderBy.isEmpty())
            soql += QStringLiteral(" ORDER BY ") + target.orderBy;
        soql += QStringLiteral(" LIMIT %1").arg(limit);
        const QueryResult result = m_store->query(soql, false, kMaxSearchRows, m_version);
        if (!result.ok())
            return HttpResponse::json(result.httpStatus, QJsonDocument(result.errorsJson()));
        const QJsonArray records = result.body.toObject().value(QStringLiteral("records")).toArray();
        for (const QJsonValue &record : records)
            found.append(record);
        budget -= int(records.size());
    }
    return HttpResponse::json(200, QJsonDocument(QJsonObject {{QStringLiteral("searchRecords"), found}}));
}

HttpResponse SearchRoutes::replication(const QString &type, const HttpRequest &request, bool deleted)
{
    const ObjectDef *object = m_store->schema().object(type);
    if (!object)
        return HttpResponse::restError(404, QStringLiteral("NOT_FOUND"),
                                       QStringLiteral("The requested resource does not exist"));
    if (request.method != QLatin1String("GET")) {
        HttpResponse response = HttpResponse::restError(
            405, QStringLiteral("METHOD_NOT_ALLOWED"),
            QStringLiteral("HTTP Method '%1' not allowed. Allowed are GET,HEAD").arg(request.method));
        response.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET,HEAD"));
        return response;
    }
    if (!request.hasQuery(QStringLiteral("start")) || !request.hasQuery(QStringLiteral("end"))) {
        return HttpResponse::restError(
            400, QStringLiteral("MISSING_ARGUMENT"),
            QStringLiteral("Both start and end are required, as ISO 8601 date-times (2024-05-01T00:00:00Z)."));
    }
    const QDateTime start = parseReplicationDate(request.queryValue(QStringLiteral("start")));
    const QDateTime end = parseReplicationDate(request.queryValue(QStringLiteral("end")));
    if (!start.isValid() || !end.isValid()) {
        return HttpResponse::restError(
            400, QStringLiteral("INVALID_REPLICATION_DATE"),
            QStringLiteral("start and end must be ISO 8601 date-times (2024-05-01T00:00:00Z)."));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime earliest = now.addDays(-kReplicationDays);
    if (start < earliest) {
        return HttpResponse::restError(
            400, QStringLiteral("INVALID_REPLICATION_DATE"),
            QStringLiteral("startDate cannot be more than %1 days ago").arg(kReplicationDays));
    }
    if (end <= start)
        return HttpResponse::restError(400, QStringLiteral("INVALID_REPLICATION_DATE"),
                                       QStringLiteral("EndDate must chronologically follow the StartDate"));
    // Covered up to `end`, never past now, in whole seconds (Salesforce rounds to the minute; the
    // local org keeps seconds so that a test sees a change without waiting a minute).
    QDateTime covered = qMin(end, now);
    covered = QDateTime(covered.date(), QTime(covered.time().hour(), covered.time().minute(), covered.time().second()),
                        QTimeZone::utc());
    const QString soql = QStringLiteral("SELECT Id, SystemModstamp FROM %1 WHERE IsDeleted = %2 AND SystemModstamp >= "
                                        "%3 AND SystemModstamp < %4 ORDER BY SystemModstamp")
                             .arg(object->name, deleted ? QStringLiteral("true") : QStringLiteral("false"),
                                  soqlDateTime(start), soqlDateTime(covered));
    QJsonArray rows;
    QueryResult page = m_store->query(soql, deleted, kMaxSearchRows, m_version);
    while (true) {
        if (!page.ok())
            return HttpResponse::json(page.httpStatus, QJsonDocument(page.errorsJson()));
        const QJsonObject body = page.body.toObject();
        if (body.value(QStringLiteral("totalSize")).toInt() > kMaxReplicationIds) {
            return HttpResponse::restError(
                400, QStringLiteral("EXCEEDED_ID_LIMIT"),
                QStringLiteral("too many ids: more than %1 records changed in the period; ask for a shorter one")
                    .arg(kMaxReplicationIds));
        }
        for (const QJsonValue &record : body.value(QStringLiteral("records")).toArray())
            rows.append(record);
        const QString next = body.value(QStringLiteral("nextRecordsUrl")).toString();
        if (next.isEmpty())
            break;
        page = m_store->queryMore(next.section(QLatin1Char('/'), -1), m_version);
    }
    QJsonObject answer {{QStringLiteral("latestDateCovered"), apiDateTime(covered)}};
    if (deleted) {
        QJsonArray records;
        for (const QJsonValue &row : rows) {
            records.append(
                QJsonObject {{QStringLiteral("id"), row.toObject().value(QStringLiteral("Id"))},
                             {QStringLiteral("deletedDate"), row.toObject().value(QStringLiteral("SystemModstamp"))}});
        }
        answer.insert(QStringLiteral("deletedRecords"), records);
        answer.insert(QStringLiteral("earliestDateAvailable"), apiDateTime(earliest));
    } else {
        QJsonArray ids;
        for (const QJsonValue &row : rows)
            ids.append(row.toObject().value(QStringLiteral("Id")));
        answer.insert(QStringLiteral("ids"), ids);
    }
    return HttpResponse::json(200, QJsonDocument(answer));
}

} // namespace hilal::emulator
