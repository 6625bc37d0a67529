#include "actions/action_request.h"
#include "actions/messages.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace hilal::actions {

std::optional<ActionRequest> ActionRequest::fromJsonBody(const QString &action, const QByteArray &body,
                                                         ActionResult *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = ActionResult::failure(
                400, QStringLiteral("body"),
                Messages::tr("The body is not JSON (%1 at offset %2); send the parameters as a JSON object, "
                             "e.g. {\"LastName\": \"Okafor\", \"Company\": \"Brightwave\"}.")
                    .arg(parseError.errorString())
                    .arg(parseError.offset));
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error) {
            *error = ActionResult::failure(
                400, QStringLiteral("body"),
                Messages::tr("The body is JSON but not an object; send the parameters as a JSON object {…}."));
        }
        return std::nullopt;
    }
    ActionRequest request;
    request.action = action;
    request.parameters = doc.object();
    const QJsonValue token = request.parameters.take(QStringLiteral("confirmationToken"));
    if (!token.isUndefined() && !token.isString()) {
        if (error) {
            *error
                = ActionResult::failure(400, QStringLiteral("confirmationToken"),
                                        Messages::tr("confirmationToken must be the text token from the 409 answer."));
        }
        return std::nullopt;
    }
    request.confirmationToken = token.toString();
    return request;
}

} // namespace hilal::actions
