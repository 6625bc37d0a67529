#include "actions/record_lookup.h"

#include "actions/error_mapper.h"

#include "actions/messages.h"
#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"
#include "soql/literal_escaper.h"

#include <QRegularExpression>

#include <memory>

namespace hilal::actions {

namespace {

QString findKey(const QJsonObject &parameters, const QString &name)
{
    if (name.isEmpty())
        return {};
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QString RecordReference::describe() const
{
    return QStringLiteral("%1 with %2 '%3'").arg(object, field, value);
}

std::optional<RecordReference> RecordLookup::extract(const QString &object, QJsonObject *parameters,
                                                     const QString &configuredField, FieldErrors *errors)
{
    if (object.isEmpty() || !findKey(*parameters, QStringLiteral("Id")).isEmpty())
        return std::nullopt;
    // The configured field goes into SOQL as a name: only a plain API name ever does.
    static const QRegularExpression apiName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,79}$"));
    const QString usable = apiName.match(configuredField).hasMatch() ? configuredField : QString();
    const QString nameKey = findKey(*parameters, QStringLiteral("Name"));
    const QString configuredKey
        = usable.compare(QLatin1String("Name"), Qt::CaseInsensitive) == 0 ? QString() : findKey(*parameters, usable);
    if (nameKey.isEmpty() && configuredKey.isEmpty())
        return std::nullopt;
    if (!nameKey.isEmpty() && !configuredKey.isEmpty()) {
        errors->append(
            {configuredKey,
             Messages::tr("Give one of Id, Name or %1 to name the %2, not several.").arg(configuredField, object)});
        return std::nullopt;
    }
    const QString key = nameKey.isEmpty() ? configuredKey : nameKey;
    const QString field = nameKey.isEmpty() ? configuredField : QStringLiteral("Name");
    const QJsonValue raw = parameters->value(key);
    const QString value = raw.toString().trimmed();
    if (!raw.isString() || value.isEmpty()) {
        errors->append(
            {key, Messages::tr("%1 must be the %2's %1 as text, exactly as it is in Salesforce.").arg(field, object)});
        return std::nullopt;
    }
    if (value.size() > 255 || hasControlCharacters(value)) {
        errors->append({key, Messages::tr("%1 must be one line of at most 255 characters.").arg(field)});
        return std::nullopt;
    }
    parameters->remove(key);
    return RecordReference {object, field, value};
}

QStringList RecordLookup::distinguishingFields(const RecordReference &reference)
{
    QStringList fields;
    if (reference.field.compare(QLatin1String("Name"), Qt::CaseInsensitive) != 0)
        fields << reference.field;
    if (reference.object == QLatin1String("Opportunity"))
        fields << QStringLiteral("StageName") << QStringLiteral("CloseDate");
    else
        fields << QStringLiteral("BillingCity");
    return fields;
}

QString RecordLookup::soqlFor(const RecordReference &reference)
{
    const QStringList fields
        = QStringList {QStringLiteral("Id"), QStringLiteral("Name")} + distinguishingFields(reference);
    // One more than listed, so "more than five" can be told apart from "exactly five".
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 = %4 ORDER BY Name LIMIT %5")
        .arg(fields.join(QStringLiteral(", ")), reference.object, reference.field,
             soql::LiteralEscaper::quote(reference.value))
        .arg(kMaxCandidates + 1);
}

void RecordLookup::resolve(const ActionContext &context, const RecordReference &reference, Found done)
{
    salesforce::QueryCursor *cursor = context.client->query(soqlFor(reference));
    auto rows = std::make_shared<QJsonArray>();
    QObject::connect(cursor, &salesforce::QueryCursor::pageReady, context.lifetime,
                     [rows](const QJsonArray &page, int) {
                         for (const QJsonValue &row : page)
                             rows->append(row);
                     });
    const QString botId = context.botId;
    QObject::connect(
        cursor, &salesforce::QueryCursor::finished, context.lifetime, [cursor, rows, reference, botId, done] {
            if (cursor->error()) {
                done(ErrorMapper::toResult(cursor->error(), botId, reference.object), {});
                return;
            }
            if (rows->isEmpty()) {
                done(
                    ActionResult::failure(
                        404, reference.field,
                        Messages::tr("No %1 was found; check the spelling, or give its Id.").arg(reference.describe())),
                    {});
                return;
            }
            if (rows->size() == 1) {
                QJsonObject record = rows->first().toObject();
                record.remove(QStringLiteral("attributes"));
                done({}, record);
                return;
            }
            QJsonArray candidates;
            for (const QJsonValue &row : *rows) {
                if (candidates.size() == kMaxCandidates)
                    break;
                QJsonObject candidate = row.toObject();
                candidate.remove(QStringLiteral("attributes"));
                candidates.append(candidate);
            }
            ActionResult r = ActionResult::failure(
                409, reference.field,
                Messages::tr("%1 records match %2; ask which one is meant and send its Id.")
                    .arg(rows->size() > kMaxCandidates ? QStringLiteral("More than %1").arg(kMaxCandidates)
                                                       : QString::number(rows->size()),
                         reference.describe()));
            r.data = QJsonObject {{QStringLiteral("candidates"), candidates},
                                  {QStringLiteral("lookedFor"),
                                   QJsonObject {{QStringLiteral("object"), reference.object},
                                                {QStringLiteral("field"), reference.field},
                                                {QStringLiteral("value"), reference.value}}}};
            done(r, {});
        });
}

} // namespace hilal::actions
