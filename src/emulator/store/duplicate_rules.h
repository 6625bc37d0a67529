#pragma once

#include "emulator/store/schema.h"
#include "emulator/store/store_result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace hilal::emulator {

// The local org's one duplicate rule, on Lead (docs/custom-fields.md): a new Lead matches a live
// Lead with the same Email (ignoring case), or with the same LastName and Company.
//   off   — no rule; every Lead saves.
//   alert — a match refuses the save with DUPLICATES_DETECTED (duplicateResult.allowSave true),
//           unless the request carries `Sforce-Duplicate-Rule-Header: allowSave=true`.
//   block — a match always refuses the save (allowSave false).
class DuplicateRules
{
public:
    enum class Mode { Off, Alert, Block };

    static std::optional<Mode> modeFromName(const QString &name); // "off" | "alert" | "block"
    static QString modeName(Mode mode);

    // Whether a request's Sforce-Duplicate-Rule-Header asks to save despite an alert.
    static bool headerAllowsSave(const QByteArray &headerValue);

    // The Ids of live rows of `object` that `values` (storage values of a create) duplicate;
    // empty when the object has no rule.
    static QStringList matches(const QSqlDatabase &db, const ObjectDef &object, const QVariantMap &values);

    // The DUPLICATES_DETECTED error listing `ids`, shaped as Salesforce's REST API answers it.
    static SfError error(Mode mode, const ObjectDef &object, const QStringList &ids);
};

} // namespace hilal::emulator
