#pragma once

#include "actions/action.h"

#include <QHash>

namespace hilal::actions {

// create-lead: LastName (80) and Company (255) required; FirstName (40), Email (80, checked),
// Phone (40), Title (128), LeadSource (from the org's picklist), Description (32000), Website
// (255) accepted; nothing else; no line breaks or control characters in any of them.
// 201 with {"id": "00Q…"}.
//
// With the bot's Lead field mapping (docs/custom-fields.md) the chat may also send the parameters
// the mapping names (`region` → Region__c), and fixed values fill fields the chat left empty. Before
// anything is sent, the Lead is checked against the org's describe of Lead (cached per org; the
// cache is dropped when Salesforce refuses a field, so the next try sees the org's current
// fields): unknown or read-only fields, types, lengths, picklist values and every field the org
// requires → 400 naming the field (and the allowed values of a picklist). A duplicate rule's
// refusal (DUPLICATES_DETECTED) → 409 naming the existing Lead.
class CreateLeadAction : public Action
{
public:
    static QString actionName() { return QStringLiteral("create-lead"); }
    static QStringList fields();
    // The local rules, for forms that validate as the user types.
    static FieldErrors validate(const QJsonObject &parameters, QJsonObject *normalized = nullptr);
    // The chat's parameters through `mapping` into Lead fields, with the local rules above for
    // the standard fields; *normalized gets the Lead (field → value) before the describe check.
    static FieldErrors validateMapped(const QJsonObject &parameters, const bots::LeadFieldMapping &mapping,
                                      QJsonObject *normalized = nullptr);
    // Lead field → the chat parameter it is read from, for messages.
    static QHash<QString, QString> origins(const bots::LeadFieldMapping &mapping);

    QString name() const override { return actionName(); }
    bots::Permission permission() const override { return bots::Permission::CreateLead; }
    QStringList acceptedFields() const override { return fields(); }
    FieldErrors validateParameters(const QJsonObject &parameters, QJsonObject *normalized) const override
    {
        return validate(parameters, normalized);
    }
    FieldErrors validateInContext(const ActionContext &context, const QJsonObject &parameters,
                                  QJsonObject *normalized) const override
    {
        return validateMapped(parameters, context.leadFields, normalized);
    }
    void prepare(const ActionContext &context, const QJsonObject &parameters, Prepared done) const override;
    void execute(const ActionContext &context, const QJsonObject &parameters, const QJsonObject &binding,
                 Done done) const override;
    QString subjectId(const QJsonObject &) const override { return {}; }
};

} // namespace hilal::actions
