#pragma once

#include "actions/action.h"

namespace hilal::actions {

// create-lead: LastName (80) and Company (255) required; FirstName (40), Email (80, checked),
// Phone (40), Title (128), LeadSource (from the org's picklist), Description (32000), Website
// (255) accepted; nothing else; no line breaks or control characters in any of them.
// 201 with {"id": "00Q…"}.
class CreateLeadAction : public Action
{
public:
    static QString actionName() { return QStringLiteral("create-lead"); }
    static QStringList fields();
    // The local rules, for forms that validate as the user types.
    static FieldErrors validate(const QJsonObject &parameters, QJsonObject *normalized = nullptr);

    QString name() const override { return actionName(); }
    bots::Permission permission() const override { return bots::Permission::CreateLead; }
    QStringList acceptedFields() const override { return fields(); }
    FieldErrors validateParameters(const QJsonObject &parameters, QJsonObject *normalized) const override
    {
        return validate(parameters, normalized);
    }
    void prepare(const ActionContext &context, const QJsonObject &parameters, Prepared done) const override;
    void execute(const ActionContext &context, const QJsonObject &parameters, const QJsonObject &binding,
                 Done done) const override;
    QString subjectId(const QJsonObject &) const override { return {}; }
};

} // namespace hilal::actions
