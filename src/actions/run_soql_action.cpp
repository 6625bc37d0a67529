#include "actions/run_soql_action.h"

#include "actions/dispatcher_options.h"
#include "actions/error_mapper.h"
#include "actions/field_validator.h"

#include "actions/messages.h"
#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"
#include "soql/classifier.h"
#include "soql/read_only_guard.h"

#include <QJsonArray>

#include <memory>

namespace hilal::actions {

using bots::ConfirmationPolicy;

FieldErrors RunSoqlAction::validate(const QJsonObject &parameters, QJsonObject *normalized)
{
    FieldValidator v(parameters);
    v.acceptOnly({QStringLiteral("query")});
    v.text(QStringLiteral("query"), 100000, true, /*multiline=*/true);
    if (v.has(QStringLiteral("query")) && !v.hasError(QStringLiteral("query"))) {
        const soql::GuardVerdict verdict = soql::ReadOnlyGuard::check(v.value(QStringLiteral("query")).toString());
        if (!verdict.ok()) {
            QString where;
            if (verdict.line > 0)
                where = Messages::tr(" (line %1, column %2)").arg(verdict.line).arg(verdict.column);
            v.addError(QStringLiteral("query"), QStringLiteral("query: %1%2").arg(verdict.message, where));
        }
    }
    if (normalized)
        *normalized = v.normalized();
    return v.errors();
}

void RunSoqlAction::prepare(const ActionContext &context, const QJsonObject &parameters, Prepared done) const
{
    const QString query = parameters.value(QStringLiteral("query")).toString();
    const soql::GuardVerdict verdict = soql::ReadOnlyGuard::check(query);
    if (!verdict.ok() || !verdict.query) {
        done(ActionResult::failure(400, QStringLiteral("query"), QStringLiteral("query: ") + verdict.message), {});
        return;
    }
    // Group rows beyond the chat's row cap would be cut, so that cap is also the group cap.
    soql::ClassifierLimits limits;
    limits.groupCap = qMax(1, context.options->maxSoqlRows);
    const soql::Classification c = soql::Classifier::classify(*verdict.query, limits);
    bool confirm = false;
    switch (context.policy.confirmSoql) {
    case ConfirmationPolicy::Soql::Off:
        confirm = false;
        break;
    case ConfirmationPolicy::Soql::All:
        confirm = true;
        break;
    case ConfirmationPolicy::Soql::NonTrivial:
        confirm = !c.isTrivial();
        break;
    }
    QJsonObject preview {{QStringLiteral("query"), query},
                         {QStringLiteral("objects"), QJsonArray::fromStringList(c.objects)},
                         {QStringLiteral("fields"), QJsonArray::fromStringList(c.fields)},
                         {QStringLiteral("classification"), soql::Classification::verdictName(c.verdict)},
                         {QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons)},
                         {QStringLiteral("returns"), c.returnsSummary()},
                         {QStringLiteral("exposesFieldValues"), c.exposesFieldValues},
                         {QStringLiteral("maxRows"), context.options->maxSoqlRows}};
    if (!confirm) {
        done({}, {false, preview, {}});
        return;
    }
    // Explain runs nothing; it lets the human see "about N rows". If it fails, confirm without it.
    salesforce::RestReply *reply = context.client->explain(query);
    // Explain's cardinality counts the rows scanned; only for plain records is that what comes back.
    const bool rowsComeBack = c.returns == soql::Classification::Returns::Records;
    QObject::connect(
        reply, &salesforce::RestReply::finished, context.lifetime, [reply, preview, rowsComeBack, done]() mutable {
            if (!reply->error()) {
                const QJsonArray plans = reply->object().value(QStringLiteral("plans")).toArray();
                if (!plans.isEmpty()) {
                    const QJsonObject best = plans.first().toObject();
                    preview.insert(rowsComeBack ? QStringLiteral("estimatedRows") : QStringLiteral("scannedRows"),
                                   best.value(QStringLiteral("cardinality")));
                    preview.insert(QStringLiteral("plan"), best.value(QStringLiteral("leadingOperationType")));
                }
            }
            done({}, {true, preview, {}});
        });
}

QJsonValue RunSoqlAction::stripAttributes(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(stripAttributes(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("attributes"))
            out.insert(it.key(), stripAttributes(it.value()));
    }
    return out;
}

void RunSoqlAction::execute(const ActionContext &context, const QJsonObject &parameters, const QJsonObject &,
                            Done done) const
{
    const int cap = qMax(1, context.options->maxSoqlRows);
    salesforce::QueryCursor *cursor = context.client->query(parameters.value(QStringLiteral("query")).toString());
    cursor->setBatchSize(qBound(200, cap, 2000));
    struct State
    {
        QJsonArray records;
        bool cut = false;
    };
    auto state = std::make_shared<State>();
    QObject::connect(cursor, &salesforce::QueryCursor::pageReady, context.lifetime,
                     [cursor, state, cap](const QJsonArray &rows, int) {
                         for (const QJsonValue &row : rows) {
                             if (state->records.size() >= cap) {
                                 state->cut = true;
                                 break;
                             }
                             state->records.append(stripAttributes(row));
                         }
                         // Enough for a chat: stop fetching further pages.
                         if (state->records.size() >= cap && !cursor->isDone()) {
                             state->cut = true;
                             cursor->cancel();
                         }
                     });
    const QString botId = context.botId;
    QObject::connect(cursor, &salesforce::QueryCursor::finished, context.lifetime, [cursor, state, botId, done] {
        const salesforce::SalesforceError &error = cursor->error();
        const bool cancelledByUs = error.kind == salesforce::SalesforceError::Kind::Cancelled && state->cut;
        if (error && !cancelledByUs) {
            done(ErrorMapper::toResult(error, botId));
            return;
        }
        const qint64 total = cursor->totalSize();
        const bool truncated = state->cut || (total > state->records.size() && !state->records.isEmpty());
        QJsonObject data {{QStringLiteral("totalSize"), total},
                          {QStringLiteral("returned"), state->records.size()},
                          {QStringLiteral("truncated"), truncated},
                          {QStringLiteral("records"), state->records}};
        if (truncated) {
            data.insert(QStringLiteral("note"),
                        Messages::tr("Showing the first %1 of %2 rows; add a WHERE or LIMIT to narrow the query.")
                            .arg(state->records.size())
                            .arg(total));
        }
        done(ActionResult::success(200, data));
    });
}

} // namespace hilal::actions
