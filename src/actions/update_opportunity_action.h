#pragma once

#include "actions/action.h"

#include <QDateTime>

namespace hilal::actions {

// update-opportunity: {"Id": "006…", "StageName"?, "Amount"?, "CloseDate"?} — at least one of the
// three, nothing else; instead of Id, "Name" or the bot's lookup field (the dispatcher resolves it to
// an Id first, see record_lookup.h). StageName must be an active value of the org's own picklist (describe,
// cached); Amount a number ≥ 0 (currency 16.2); CloseDate a real "YYYY-MM-DD" date.
//
// prepare() reads the record first (Name, StageName, Amount, CloseDate, LastModifiedDate) and
// previews current → new for each field; execute() PATCHes only the fields that change, with
// If-Unmodified-Since = the LastModifiedDate read for the preview, so a change made in Salesforce
// meanwhile is reported (409) instead of overwritten. 204 with {"Id", "Name", "changed"}.
class UpdateOpportunityAction : public Action
{
public:
    static QString actionName() { return QStringLiteral("update-opportunity"); }
    static QStringList fields();
    static FieldErrors validate(const QJsonObject &parameters, QJsonObject *normalized = nullptr);

    // "2024-11-19T08:41:07.000+0000" (Salesforce) or any ISO form → UTC; invalid when unreadable.
    static QDateTime parseSalesforceDateTime(const QString &text);

    QString name() const override { return actionName(); }
    bots::Permission permission() const override { return bots::Permission::UpdateOpportunity; }
    QString lookupObject() const override { return QStringLiteral("Opportunity"); }
    QStringList acceptedFields() const override { return fields(); }
    FieldErrors validateParameters(const QJsonObject &parameters, QJsonObject *normalized) const override
    {
        return validate(parameters, normalized);
    }
    void prepare(const ActionContext &context, const QJsonObject &parameters, Prepared done) const override;
    void execute(const ActionContext &context, const QJsonObject &parameters, const QJsonObject &binding,
                 Done done) const override;

private:
    static void readCurrent(const ActionContext &context, const QJsonObject &parameters, Prepared done);
    // After a 412 on a retry: answers 204 when the record holds `changes` (the earlier attempt
    // was applied), else 409.
    static void send(const ActionContext &context, const QString &id, const QJsonObject &changes,
                     const QJsonObject &data, const QDateTime &since, Done done);
    static void confirmApplied(const ActionContext &context, const QString &id, const QJsonObject &changes,
                               const QJsonObject &data, Done done);
};

} // namespace hilal::actions
