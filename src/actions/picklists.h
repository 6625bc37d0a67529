#pragma once

#include "salesforce/salesforce_error.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

class QObject;

namespace hilal::salesforce {
class RestClient;
}

namespace hilal::actions {

// Reads the active values of a picklist from the org's describe (RestClient caches describe per
// org, so after the first call no request is made).
class Picklists
{
public:
    using Done = std::function<void(const QStringList &values, const salesforce::SalesforceError &error)>;

    static void fetch(salesforce::RestClient *client, const QString &objectName, const QString &fieldName,
                      QObject *context, Done done);

    // The active values of `fieldName` in a describe answer.
    static QStringList activeValues(const QJsonObject &describe, const QString &fieldName);
};

} // namespace hilal::actions
