#pragma once

#include "actions/action_result.h"

#include "salesforce/salesforce_error.h"

namespace hilal::actions {

// Turns the client's typed errors into dispatch answers with a sentence each:
//   NotConnected → 403 "connection"; ReconnectNeeded (refresh refused) → 502 "connection", "reconnect";
//   Network, Timeout → 504; LimitExceeded, HTTP 503 → 503; Keychain → 503;
//   Salesforce 400 → 400 on the fields Salesforce named; 404 → 404; 412 → 409 (changed meanwhile);
//   401 after the refresh-and-retry → 502 reconnect; other 4xx → 400/403 as sent; 5xx → 502.
class ErrorMapper
{
public:
    static ActionResult toResult(const salesforce::SalesforceError &error, const QString &botId,
                                 const QString &objectName = {});
};

} // namespace hilal::actions
