#include "emulator/store/describe_builder.h"

#include <QJsonArray>

namespace hilal::emulator {

namespace {

QJsonObject urls(const ObjectDef &o, const QString &v, bool full)
{
    const QString base = QStringLiteral("/services/data/v%1/sobjects/%2").arg(v, o.name);
    QJsonObject u {{QStringLiteral("sobject"), base},
                   {QStringLiteral("describe"), QString(base + QStringLiteral("/describe"))},
                   {QStringLiteral("rowTemplate"), QString(base + QStringLiteral("/{ID}"))}};
    if (full) {
        u.insert(QStringLiteral("compactLayouts"), QString(base + QStringLiteral("/describe/compactLayouts")));
        u.insert(QStringLiteral("layouts"), QString(base + QStringLiteral("/describe/layouts")));
    }
    return u;
}

// The capability flags every describe entry carries.
void addFlags(QJsonObject &j, const ObjectDef &o)
{
    const bool data = o.createable; // the data objects (not Organization/stage tables)
    j.insert(QStringLiteral("activateable"), false);
    j.insert(QStringLiteral("createable"), o.createable);
    j.insert(QStringLiteral("custom"), false);
    j.insert(QStringLiteral("customSetting"), false);
    j.insert(QStringLiteral("deletable"), o.deletable);
    j.insert(QStringLiteral("deprecatedAndHidden"), false);
    j.insert(QStringLiteral("feedEnabled"), data);
    j.insert(QStringLiteral("keyPrefix"), o.keyPrefix);
    j.insert(QStringLiteral("label"), o.label);
    j.insert(QStringLiteral("labelPlural"), o.labelPlural);
    j.insert(QStringLiteral("layoutable"), data);
    j.insert(QStringLiteral("mergeable"),
             o.deletable
                 && (o.name == QLatin1String("Account") || o.name == QLatin1String("Contact")
                     || o.name == QLatin1String("Lead")));
    j.insert(QStringLiteral("name"), o.name);
    j.insert(QStringLiteral("queryable"), o.queryable);
    j.insert(QStringLiteral("replicateable"), data);
    j.insert(QStringLiteral("retrieveable"), true);
    j.insert(QStringLiteral("searchable"), data);
    j.insert(QStringLiteral("triggerable"), data);
    j.insert(QStringLiteral("undeletable"), o.deletable);
    j.insert(QStringLiteral("updateable"), o.updateable);
}

} // namespace

QJsonObject DescribeBuilder::global(const Schema &schema, const QString &apiVersion)
{
    QJsonArray sobjects;
    for (const ObjectDef &o : schema.objects()) {
        QJsonObject j;
        addFlags(j, o);
        j.insert(QStringLiteral("urls"), urls(o, apiVersion, false));
        sobjects.append(j);
    }
    return QJsonObject {{QStringLiteral("encoding"), QStringLiteral("UTF-8")},
                        {QStringLiteral("maxBatchSize"), 200},
                        {QStringLiteral("sobjects"), sobjects}};
}

QJsonObject DescribeBuilder::field(const FieldDef &f)
{
    const bool text = isTextType(f.type) || f.type == FieldType::Id || f.type == FieldType::Reference;
    QJsonArray picklist;
    for (const PicklistValue &v : f.picklist) {
        picklist.append(QJsonObject {{QStringLiteral("active"), true},
                                     {QStringLiteral("defaultValue"), v.isDefault},
                                     {QStringLiteral("label"), v.label},
                                     {QStringLiteral("validFor"), QJsonValue::Null},
                                     {QStringLiteral("value"), v.value}});
    }
    QJsonObject j {
        {QStringLiteral("aggregatable"), f.type != FieldType::TextArea || f.length <= 255},
        {QStringLiteral("autoNumber"), false},
        {QStringLiteral("byteLength"), text ? f.length * 3 : 0},
        {QStringLiteral("calculated"), false},
        {QStringLiteral("cascadeDelete"), false},
        {QStringLiteral("caseSensitive"), false},
        {QStringLiteral("createable"), f.createable},
        {QStringLiteral("custom"), f.name.endsWith(QLatin1String("__c"))},
        {QStringLiteral("defaultValue"),
         f.defaultValue.isEmpty()           ? QJsonValue(QJsonValue::Null)
             : f.type == FieldType::Boolean ? QJsonValue(f.defaultValue == QLatin1String("true"))
                                            : QJsonValue(f.defaultValue)},
        {QStringLiteral("defaultedOnCreate"), f.defaulted},
        {QStringLiteral("dependentPicklist"), false},
        {QStringLiteral("digits"), f.digits},
        {QStringLiteral("externalId"), f.externalId},
        {QStringLiteral("filterable"), f.isFilterable()},
        {QStringLiteral("groupable"), f.isGroupable()},
        {QStringLiteral("idLookup"),
         f.type == FieldType::Id || f.externalId || f.name == QLatin1String("Username")
             || f.name == QLatin1String("Email")},
        {QStringLiteral("label"), f.label},
        {QStringLiteral("length"), text ? f.length : 0},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("nameField"), f.name == QLatin1String("Name")},
        {QStringLiteral("nillable"), f.nillable},
        {QStringLiteral("picklistValues"), picklist},
        {QStringLiteral("polymorphicForeignKey"), f.referenceTo.size() > 1},
        {QStringLiteral("precision"), f.precision},
        {QStringLiteral("referenceTo"), QJsonArray::fromStringList(f.referenceTo)},
        {QStringLiteral("relationshipName"),
         f.relationshipName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.relationshipName)},
        {QStringLiteral("restrictedPicklist"), f.restrictedPicklist},
        {QStringLiteral("scale"), f.scale},
        {QStringLiteral("soapType"), soapTypeName(f.type)},
        {QStringLiteral("sortable"), f.isSortable()},
        {QStringLiteral("type"), fieldTypeName(f.type)},
        {QStringLiteral("unique"), f.unique},
        {QStringLiteral("updateable"), f.updateable},
    };
    return j;
}

QJsonObject DescribeBuilder::object(const ObjectDef &o, const QString &apiVersion)
{
    QJsonObject j;
    addFlags(j, o);
    QJsonArray fields;
    for (const FieldDef &f : o.fields)
        fields.append(field(f));
    QJsonArray children;
    for (const ChildRelationship &c : o.childRelationships) {
        children.append(QJsonObject {{QStringLiteral("cascadeDelete"), c.cascadeDelete},
                                     {QStringLiteral("childSObject"), c.childSObject},
                                     {QStringLiteral("deprecatedAndHidden"), false},
                                     {QStringLiteral("field"), c.field},
                                     {QStringLiteral("relationshipName"), c.relationshipName}});
    }
    j.insert(QStringLiteral("fields"), fields);
    j.insert(QStringLiteral("childRelationships"), children);
    j.insert(QStringLiteral("recordTypeInfos"),
             QJsonArray {QJsonObject {{QStringLiteral("active"), true},
                                      {QStringLiteral("available"), true},
                                      {QStringLiteral("defaultRecordTypeMapping"), true},
                                      {QStringLiteral("developerName"), QStringLiteral("Master")},
                                      {QStringLiteral("master"), true},
                                      {QStringLiteral("name"), QStringLiteral("Master")},
                                      {QStringLiteral("recordTypeId"), QStringLiteral("012000000000000AAA")},
                                      {QStringLiteral("urls"), QJsonObject {}}}});
    j.insert(QStringLiteral("urls"), urls(o, apiVersion, true));
    j.insert(QStringLiteral("compactLayoutable"), o.createable);
    j.insert(QStringLiteral("listviewable"), QJsonValue::Null);
    j.insert(QStringLiteral("lookupLayoutable"), QJsonValue::Null);
    j.insert(QStringLiteral("searchLayoutable"), o.createable);
    return j;
}

} // namespace hilal::emulator
