#pragma once

#include "actions/action.h"

#include <QJsonArray>

#include <optional>

namespace hilal::actions {

// A record named the way a person names it: by its Name, or by the one unique field the admin
// configured for the bot (an account number, an opportunity auto-number …), instead of an Id.
struct RecordReference
{
    QString object; // "Account"
    QString field; // "Name" or the configured field, in the spelling the admin stored
    QString value; // exactly what the chat sent, trimmed

    // "Account with Name 'Acme Ltd'"
    QString describe() const;
};

// Turns a RecordReference into the record's Id before the action runs. The lookup is one SOQL read
// of the object the action already reads (the action's own permission covers it) with the value
// quoted by soql::LiteralEscaper; it is audited as part of the action. The field comparison is
// Salesforce's `=`, which ignores case for text.
//   exactly one match → the Id; none → 404 naming what was looked for;
//   several → 409 listing the candidates (Id, Name and a distinguishing field), no token.
class RecordLookup
{
public:
    using Found = std::function<void(const ActionResult &failure, const QJsonObject &record)>;

    // At most this many candidates are listed for an ambiguous reference.
    static constexpr int kMaxCandidates = 5;

    // When `parameters` carry no Id but a Name or `configuredField` (keys compared without case),
    // takes that key out of *parameters and returns the reference. nullopt when there is nothing
    // to look up (an Id was given, or neither key) — or when the reference is bad, with *errors.
    static std::optional<RecordReference> extract(const QString &object, QJsonObject *parameters,
                                                  const QString &configuredField, FieldErrors *errors);

    // The query a reference runs: SELECT Id, Name, … FROM object WHERE field = '…' LIMIT n.
    static QString soqlFor(const RecordReference &reference);
    // The fields shown for each candidate besides Id and Name.
    static QStringList distinguishingFields(const RecordReference &reference);

    static void resolve(const ActionContext &context, const RecordReference &reference, Found done);
};

} // namespace hilal::actions
