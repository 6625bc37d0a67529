#include "actions/error_mapper.h"
#include "actions/messages.h"

namespace hilal::actions {

using salesforce::SalesforceError;

namespace {

QString reconnectMessage(const QString &botId, const QString &detail)
{
    QString m = Messages::tr("Salesforce refused to refresh this bot's session, so it must be connected again: "
                             "reconnect it (hilal-sf connect --bot %1, or Reconnect in the app).")
                    .arg(botId);
    if (!detail.isEmpty())
        m += QStringLiteral(" Salesforce said: ") + detail;
    return m;
}

ActionResult fromSalesforce(const SalesforceError &error, const QString &botId, const QString &objectName)
{
    const int http = error.httpStatus;
    const QString object = objectName.isEmpty() ? QStringLiteral("record") : objectName;
    if (http == 401)
        return ActionResult::failure(502, QStringLiteral("connection"), reconnectMessage(botId, error.message));
    if (http == 404) {
        return ActionResult::failure(
            404, QStringLiteral("Id"),
            Messages::tr("Id: no %1 with this Id exists in the org (or the connected user cannot see it).")
                .arg(object));
    }
    if (http == 412) {
        return ActionResult::failure(
            409, QStringLiteral("Id"),
            Messages::tr("Id: the %1 was changed in Salesforce after the preview was made, so nothing "
                         "was overwritten. Send the request again to see the current values.")
                .arg(object));
    }
    if (http == 503)
        return ActionResult::failure(
            503, QStringLiteral("salesforce"),
            Messages::tr("Salesforce is unavailable right now (HTTP 503); try again in a few minutes."));
    if (http >= 500) {
        return ActionResult::failure(
            502, QStringLiteral("salesforce"),
            Messages::tr("Salesforce failed to handle the request (HTTP %1): %2").arg(http).arg(error.message));
    }
    if (http == 403) {
        return ActionResult::failure(403, QStringLiteral("salesforce"),
                                     Messages::tr("Salesforce refused the request for the connected user (%1): %2")
                                         .arg(error.errorCode, error.message));
    }
    // 400 and the rest of 4xx: one error per item, on the fields Salesforce named.
    FieldErrors errors;
    for (const SalesforceError::Item &item : error.items) {
        const QString field = item.fields.isEmpty() ? QStringLiteral("salesforce") : item.fields.join(QLatin1Char(','));
        errors.append({field, Messages::tr("Salesforce refused it (%1): %2").arg(item.errorCode, item.message)});
    }
    if (errors.isEmpty())
        errors.append({QStringLiteral("salesforce"), error.message});
    return ActionResult::failure(400, errors);
}

} // namespace

ActionResult ErrorMapper::toResult(const SalesforceError &error, const QString &botId, const QString &objectName)
{
    switch (error.kind) {
    case SalesforceError::Kind::None:
        return ActionResult::success(200, QJsonValue::Null);
    case SalesforceError::Kind::NotConnected:
        return ActionResult::failure(403, QStringLiteral("connection"),
                                     Messages::tr("The bot is not connected to Salesforce; connect it first "
                                                  "(hilal-sf connect --bot %1, or Connect in the app).")
                                         .arg(botId));
    case SalesforceError::Kind::ReconnectNeeded:
    case SalesforceError::Kind::OAuth:
        return ActionResult::failure(502, QStringLiteral("connection"), reconnectMessage(botId, error.message));
    case SalesforceError::Kind::Network:
        return ActionResult::failure(
            504, QStringLiteral("salesforce"),
            Messages::tr("Salesforce could not be reached (%1); check the network and try again.").arg(error.message));
    case SalesforceError::Kind::Timeout:
        return ActionResult::failure(504, QStringLiteral("salesforce"),
                                     Messages::tr("Salesforce did not answer in time; try again in a moment."));
    case SalesforceError::Kind::Cancelled:
        return ActionResult::failure(504, QStringLiteral("salesforce"),
                                     Messages::tr("The request to Salesforce was cancelled before it finished."));
    case SalesforceError::Kind::LimitExceeded:
        return ActionResult::failure(503, QStringLiteral("salesforce"), error.message);
    case SalesforceError::Kind::Keychain:
        return ActionResult::failure(
            503, QStringLiteral("connection"),
            Messages::tr("The bot's stored connection could not be read from the keychain: %1").arg(error.message));
    case SalesforceError::Kind::InvalidInput:
        return ActionResult::failure(400, error.fields.isEmpty() ? QStringLiteral("parameters") : error.fields.first(),
                                     error.message);
    case SalesforceError::Kind::Protocol:
        return ActionResult::failure(
            502, QStringLiteral("salesforce"),
            Messages::tr("Salesforce's answer could not be understood: %1").arg(error.message));
    case SalesforceError::Kind::Salesforce:
        break;
    }
    return fromSalesforce(error, botId, objectName);
}

} // namespace hilal::actions
