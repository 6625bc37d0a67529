#include "actions/create_lead_action.h"

#include "actions/error_mapper.h"
#include "actions/field_validator.h"
#include "actions/picklists.h"

#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"

namespace hilal::actions {

QStringList CreateLeadAction::fields()
{
    return {QStringLiteral("LastName"), QStringLiteral("Company"), QStringLiteral("FirstName"), QStringLiteral("Email"),
            QStringLiteral("Phone"), QStringLiteral("Title"), QStringLiteral("LeadSource"), QStringLiteral("Description"),
            QStringLiteral("Website")};
}

FieldErrors CreateLeadAction::validate(const QJsonObject &parameters, QJsonObject *normalized)
{
    FieldValidator v(parameters);
    v.acceptOnly(fields());
    v.text(QStringLiteral("LastName"), 80, true);
    v.text(QStringLiteral("Company"), 255, true);
    v.text(QStringLiteral("FirstName"), 40, false);
    v.email(QStringLiteral("Email"), 80, false);
    v.phone(QStringLiteral("Phone"), 40, false);
    v.text(QStringLiteral("Title"), 128, false);
    v.text(QStringLiteral("LeadSource"), 255, false);
    // Issue 7: no line breaks anywhere in a lead — not even in Description, a long text area in
    // Salesforce: chat input arrives as one line, and a break is how header-style injection starts.
    v.text(QStringLiteral("Description"), 32000, false);
    v.url(QStringLiteral("Website"), 255, false);
    if (normalized)
        *normalized = v.normalized();
    return v.errors();
}

void CreateLeadAction::prepare(const ActionContext &context, const QJsonObject &parameters, Prepared done) const
{
    const bool confirm = context.policy.confirmCreates;
    const QJsonObject preview{{QStringLiteral("object"), QStringLiteral("Lead")},
                              {QStringLiteral("create"), parameters}};
    if (!parameters.contains(QStringLiteral("LeadSource"))) {
        done({}, {confirm, preview, {}});
        return;
    }
    // LeadSource values differ per org: check against the org's own picklist before sending.
    Picklists::fetch(context.client, QStringLiteral("Lead"), QStringLiteral("LeadSource"), context.lifetime,
                     [context, parameters, preview, confirm, done](const QStringList &values,
                                                                   const salesforce::SalesforceError &error) {
                         if (error) {
                             done(ErrorMapper::toResult(error, context.botId, QStringLiteral("Lead")), {});
                             return;
                         }
                         FieldValidator v(parameters);
                         v.oneOf(QStringLiteral("LeadSource"), values, false);
                         if (!v.ok()) {
                             done(ActionResult::failure(400, v.errors()), {});
                             return;
                         }
                         done({}, {confirm, preview, {}});
                     });
}

void CreateLeadAction::execute(const ActionContext &context, const QJsonObject &parameters, const QJsonObject &,
                               Done done) const
{
    salesforce::RestReply *reply = context.client->create(QStringLiteral("Lead"), parameters);
    const QString botId = context.botId;
    QObject::connect(reply, &salesforce::RestReply::finished, context.lifetime, [reply, botId, done] {
        if (reply->error()) {
            done(ErrorMapper::toResult(reply->error(), botId, QStringLiteral("Lead")));
            return;
        }
        const QString id = reply->object().value(QStringLiteral("id")).toString();
        done(ActionResult::success(201, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("Lead")}}, id));
    });
}

} // namespace hilal::actions
