#pragma once

#include "emulator/store/schema.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace hilal::emulator {

// The custom fields (`…__c`) a local org adds to its standard objects: what
// `hilal-sf emulator --custom-fields FILE` reads, and the few the demo org's Lead always has.
//
// The file is a JSON object of sObject name → list of fields (docs/custom-fields.md):
//   {"Lead": [{"name": "Region__c", "label": "Region", "type": "picklist", "required": true,
//              "values": ["EMEA", "APAC", "AMER"]}]}
// Keys per field: name (ends in __c), label, type (string|textarea|email|phone|picklist|boolean|
// date|double), length, required, values (picklists, always restricted), externalId, unique,
// default. Every mistake is refused with one sentence naming the object and field.
//
// Applied to a copy of the standard schema (apply()); a field whose name the schema already has
// is replaced, so a built-in definition and a custom one of the same name never both exist.
class CustomFields
{
public:
    // Parses a file's JSON; nullopt and a sentence in *error when anything is wrong.
    static std::optional<CustomFields> fromJson(const QByteArray &json, QString *error);
    static std::optional<CustomFields> fromFile(const QString &path, QString *error);

    // The demo org's Lead fields: a required picklist with a default (Chat_Channel__c), a long
    // text area for the chat transcript (Chat_Transcript__c) and a unique external Id
    // (Hilal_Request_Id__c).
    static CustomFields demo();

    // Adds (or replaces, by name) every field of `other`.
    void merge(const CustomFields &other);

    bool isEmpty() const { return m_fields.isEmpty(); }
    // sObject name (schema spelling) → its custom fields, in file order.
    const QMap<QString, QList<FieldDef>> &fields() const { return m_fields; }

    // Adds the fields to `schema` (objects must exist: fromJson checked them).
    void apply(Schema *schema) const;

private:
    QMap<QString, QList<FieldDef>> m_fields;
};

} // namespace hilal::emulator
