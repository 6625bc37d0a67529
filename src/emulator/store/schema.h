#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace hilal::emulator {

// The local org's schema catalog: the standard objects it serves and their fields, as
// describe reports them (docs/rest-api.md). Everything else (storage, validation,
// describe JSON, SOQL) is driven from this one table.

enum class FieldType {
    Id,
    String,
    TextArea,
    Email,
    Phone,
    Url,
    Picklist,
    MultiPicklist,
    Combobox,
    Boolean,
    Int,
    Double,
    Currency,
    Percent,
    Date,
    DateTime,
    Reference
};

// describe's `type` string ("string", "picklist", "currency", …).
QString fieldTypeName(FieldType t);
// describe's `soapType` ("xsd:string", "xsd:double", "tns:ID", …).
QString soapTypeName(FieldType t);
bool isTextType(FieldType t); // stored as TEXT and compared case-insensitively
bool isNumberType(FieldType t); // int, double, currency, percent

struct PicklistValue
{
    QString value;
    QString label;
    bool isDefault = false;
};

struct FieldDef
{
    QString name;
    QString label;
    FieldType type = FieldType::String;
    int length = 0; // characters, text types
    int precision = 0; // numbers
    int scale = 0;
    int digits = 0; // int
    bool nillable = true;
    bool createable = true;
    bool updateable = true;
    bool defaulted = false; // defaultedOnCreate
    bool restrictedPicklist = false;
    bool unique = false;
    bool externalId = false;
    QString defaultValue; // picklist default value (also stored on create)
    QList<PicklistValue> picklist;
    QStringList referenceTo;
    QString relationshipName; // AccountId → "Account"

    bool isRequiredOnCreate() const { return createable && !nillable && !defaulted; }
    bool isReference() const { return type == FieldType::Reference || type == FieldType::Id; }
    bool isSortable() const
    {
        return type != FieldType::MultiPicklist && !(type == FieldType::TextArea && length > 255);
    }
    bool isFilterable() const { return !(type == FieldType::TextArea && length > 255); }
    bool isGroupable() const
    {
        return isSortable() && type != FieldType::Double && type != FieldType::Currency && type != FieldType::Percent
            && type != FieldType::DateTime;
    }
};

struct ChildRelationship
{
    QString childSObject; // "Contact"
    QString field; // "AccountId"
    QString relationshipName; // "Contacts"
    bool cascadeDelete = false;
};

struct ObjectDef
{
    QString name;
    QString label;
    QString labelPlural;
    QString keyPrefix;
    bool createable = true;
    bool updateable = true;
    bool deletable = true;
    bool queryable = true;
    QList<FieldDef> fields;
    QList<ChildRelationship> childRelationships;

    // Case-insensitive look-ups, as Salesforce resolves names.
    const FieldDef *field(QStringView name) const;
    const FieldDef *fieldByRelationship(QStringView relationshipName) const;
    const ChildRelationship *childRelationship(QStringView relationshipName) const;
    // The HTTP methods an sObject row resource allows ("GET,HEAD,PATCH,DELETE").
    QString allowedRowMethods() const;
};

class Schema
{
public:
    // The standard catalog: Lead, Account, Contact, Opportunity, OpportunityContactRole, User,
    // Organization, OpportunityStage, LeadStatus. Built once, immutable, thread-safe to read.
    static const Schema &standard();

    const ObjectDef *object(QStringView name) const; // case-insensitive
    const ObjectDef *objectByKeyPrefix(QStringView prefix) const;
    const QList<ObjectDef> &objects() const { return m_objects; }

    // A copy of the standard catalog can grow custom fields (emulator/custom_fields.h): adds
    // `field` to `object`, or replaces the field of the same name. False when the object is unknown.
    bool addOrReplaceField(QStringView object, const FieldDef &field);

private:
    Schema();
    QList<ObjectDef> m_objects;
};

// OpportunityStage semantics (docs/rest-api.md) for StageName updates.
struct StageInfo
{
    QString apiName;
    int defaultProbability = 0;
    bool isClosed = false;
    bool isWon = false;
    QString forecastCategoryName;
    QString forecastCategory; // API enum: Pipeline, BestCase, Forecast, Closed, Omitted
};
const QList<StageInfo> &standardStages();
const StageInfo *stageInfo(QStringView stageName); // case-insensitive

} // namespace hilal::emulator
