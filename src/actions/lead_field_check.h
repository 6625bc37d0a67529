#pragma once

#include "actions/field_error.h"

#include "bots/lead_field_mapping.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace hilal::actions {

// Checks a Lead against the org's own describe of Lead before anything is sent
// (docs/custom-fields.md): every field must exist and be createable, values must fit the field's
// type, length and (restricted) picklist, and every field the org requires on create must have a
// value. Also checks a bot's Lead field mapping against the same describe (`mapping check`).
//
// Messages name the Lead field, and for a mapped value the chat parameter it came from; picklist
// messages list the allowed values.
class LeadFieldCheck
{
public:
    explicit LeadFieldCheck(const QJsonObject &leadDescribe);

    // The describe entry of `field` (case-insensitive), or an empty object.
    QJsonObject field(const QString &name) const;
    // Fields the org requires on create: createable, not nillable, not defaulted, not a checkbox.
    QStringList requiredFields() const;
    // Active picklist values of a describe field entry.
    static QStringList allowedValues(const QJsonObject &field);
    // "picklist (EMEA, APAC, AMER)", "string(80)", "textarea(32768)", "double", …
    static QString typeSummary(const QJsonObject &field);

    // Checks `lead` (field → JSON value, as the mapping built it) and returns the body to send:
    // field names in the org's spelling and values converted to the field's type ("true" for a
    // checkbox, "12.5" for a number). `origins` maps a field to the chat parameter it came from.
    QJsonObject checkCreate(const QJsonObject &lead, const QHash<QString, QString> &origins, FieldErrors *errors) const;

    // One sentence per problem with `mapping`: a required field without a source (fields
    // create-lead takes straight from the chat, `directFields`, count as sourced), a mapped field
    // the org does not have or lets nobody set, a default that does not fit the field.
    QStringList checkMapping(const bots::LeadFieldMapping &mapping, const QStringList &directFields,
                             const QString &botId) const;

private:
    // Converts one value for `field`; an empty message means OK.
    QJsonValue convert(const QJsonObject &field, const QJsonValue &value, QString *problem) const;

    QHash<QString, QJsonObject> m_fields; // lower-case name → describe entry
    QStringList m_order; // names in describe order
};

} // namespace hilal::actions
