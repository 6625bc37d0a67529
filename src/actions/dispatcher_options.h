#pragma once

#include <QStringList>

namespace hilal::actions {

// Tunables of the dispatcher and its actions.
struct DispatcherOptions
{
    // run-soql: at most this many rows go back to a chat; the result says when it was cut.
    int maxSoqlRows = 200;
    // get-account: the fields read (and the only ones a request's "fields" may ask for).
    QStringList accountFields = defaultAccountFields();
    // How long a 409's confirmation token stays valid.
    int confirmationTtlSeconds = 600;
    // create-lead with an idempotency key: the Lead field that carries the key's hash. When
    // describe marks it an External ID, creates go through upsert on it (a retry can never
    // duplicate); when it is a plain field, a retry looks the Lead up by it; when the org has no
    // such field, a retry looks for an exact match created in the last recentCreateMinutes
    // (docs/reliability.md).
    QString leadRequestIdField = QStringLiteral("Hilal_Request_Id__c");
    int recentCreateMinutes = 60;
    // How long a dispatch may hold an idempotency key before another process may take it over.
    int idempotencyLeaseSeconds = 300;

    static QStringList defaultAccountFields()
    {
        return {QStringLiteral("Name"),           QStringLiteral("Type"),          QStringLiteral("Industry"),
                QStringLiteral("Phone"),          QStringLiteral("Website"),       QStringLiteral("BillingCity"),
                QStringLiteral("BillingCountry"), QStringLiteral("AnnualRevenue"), QStringLiteral("NumberOfEmployees"),
                QStringLiteral("OwnerId")};
    }
};

} // namespace hilal::actions
