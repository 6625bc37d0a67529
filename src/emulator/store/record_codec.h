#pragma once

#include "emulator/store/schema.h"
#include "emulator/store/store_result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QVariant>

#include <optional>

namespace hilal::emulator {

// Converts field values between the three shapes they take in the local org:
// REST JSON (docs/rest-api.md value rules), SQLite storage, and back.
//
// Storage: text types and Ids → TEXT; boolean → INTEGER 0/1; int → INTEGER; double, currency,
// percent → REAL; date → TEXT "YYYY-MM-DD"; datetime → TEXT "YYYY-MM-DD hh:mm:ss.zzz" in UTC
// (fixed width, so text order is time order and SQLite's date functions read it).
class RecordCodec
{
public:
    static QString sqlColumnType(const FieldDef &field);

    static QString toStorageDateTime(const QDateTime &dt);
    static QDateTime fromStorageDateTime(const QString &text);
    // "2024-11-19T08:41:07.000+0000" (no colon in the offset, as Salesforce answers).
    static QString toApiDateTime(const QDateTime &dt);
    // Accepts "…Z", "…+hh:mm", "…+hhmm", with or without fractions; invalid QDateTime otherwise.
    static QDateTime parseApiDateTime(const QString &text);

    static QJsonValue toJson(const FieldDef &field, const QVariant &stored);

    // Validates and converts a JSON value from a create/update body for `field` on `object`.
    // On failure returns nullopt and fills `error` with Salesforce's code and message.
    // A JSON null gives a null QVariant (clearing the field). Reference targets are checked for
    // syntax and key prefix only; the store checks that the row exists.
    static std::optional<QVariant> fromJson(const ObjectDef &object, const FieldDef &field, const QJsonValue &value,
                                            SfError *error);

    static bool isValidEmail(const QString &email);
    // The value's text form for messages ("18500", "true", …).
    static QString displayText(const QJsonValue &value);
};

} // namespace hilal::emulator
