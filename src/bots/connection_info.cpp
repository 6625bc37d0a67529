#include "bots/connection_info.h"

namespace hilal::bots {

QJsonObject ConnectionInfo::toJson() const
{
    return QJsonObject {{QStringLiteral("orgId"), orgId},
                        {QStringLiteral("userId"), userId},
                        {QStringLiteral("username"), username},
                        {QStringLiteral("orgName"), orgName},
                        {QStringLiteral("instanceUrl"), instanceUrl.toString()},
                        {QStringLiteral("connectedSince"), connectedSince.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("sandbox"), sandbox}};
}

} // namespace hilal::bots
