#pragma once

#include "emulator/store/schema.h"

#include <QJsonObject>

namespace hilal::emulator {

// Builds describe JSON shaped like Salesforce's (docs/rest-api.md) from the schema catalog.
// `apiVersion` is "60.0"; it only appears inside the `urls`.
class DescribeBuilder
{
public:
    static QJsonObject global(const Schema &schema, const QString &apiVersion);
    static QJsonObject object(const ObjectDef &object, const QString &apiVersion);
    static QJsonObject field(const FieldDef &field);
};

} // namespace hilal::emulator
