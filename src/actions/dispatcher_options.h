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

    static QStringList defaultAccountFields()
    {
        return {QStringLiteral("Name"), QStringLiteral("Type"), QStringLiteral("Industry"), QStringLiteral("Phone"),
                QStringLiteral("Website"), QStringLiteral("BillingCity"), QStringLiteral("BillingCountry"),
                QStringLiteral("AnnualRevenue"), QStringLiteral("NumberOfEmployees"), QStringLiteral("OwnerId")};
    }
};

} // namespace hilal::actions
