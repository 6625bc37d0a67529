#include "salesforce/connection.h"

namespace hilal::salesforce {

QString orgKindName(OrgKind kind)
{
    return kind == OrgKind::Sandbox ? QStringLiteral("sandbox") : QStringLiteral("production");
}

OrgKind orgKindFromName(const QString &name)
{
    return name.compare(QLatin1String("sandbox"), Qt::CaseInsensitive) == 0 ? OrgKind::Sandbox : OrgKind::Production;
}

QUrl loginUrlFor(OrgKind kind, const QUrl &customLoginUrl)
{
    if (customLoginUrl.isValid() && !customLoginUrl.host().isEmpty()) {
        QUrl u;
        u.setScheme(customLoginUrl.scheme());
        u.setHost(customLoginUrl.host());
        u.setPort(customLoginUrl.port());
        return u;
    }
    return QUrl(kind == OrgKind::Sandbox ? QStringLiteral("https://test.salesforce.com")
                                         : QStringLiteral("https://login.salesforce.com"));
}

namespace {
QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QJsonObject Connection::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("botId"), botId);
    o.insert(QLatin1String("accessToken"), accessToken);
    o.insert(QLatin1String("refreshToken"), refreshToken);
    o.insert(QLatin1String("instanceUrl"), instanceUrl.toString());
    o.insert(QLatin1String("identityUrl"), identityUrl.toString());
    o.insert(QLatin1String("loginUrl"), loginUrl.toString());
    o.insert(QLatin1String("clientId"), clientId);
    if (!clientSecret.isEmpty())
        o.insert(QLatin1String("clientSecret"), clientSecret);
    o.insert(QLatin1String("orgKind"), orgKindName(orgKind));
    o.insert(QLatin1String("issuedAt"), issuedAt.isValid() ? issuedAt.toUTC().toString(Qt::ISODateWithMs) : QString());
    o.insert(QLatin1String("orgId"), orgId);
    o.insert(QLatin1String("userId"), userId);
    o.insert(QLatin1String("username"), username);
    o.insert(QLatin1String("isSandbox"), isSandbox);
    o.insert(QLatin1String("organizationType"), organizationType);
    o.insert(QLatin1String("instanceName"), instanceName);
    if (!orgName.isEmpty())
        o.insert(QLatin1String("orgName"), orgName);
    o.insert(QLatin1String("apiVersion"), apiVersion);
    return o;
}

Connection Connection::fromJson(const QJsonObject &o)
{
    Connection c;
    c.botId = s(o, "botId");
    c.accessToken = s(o, "accessToken");
    c.refreshToken = s(o, "refreshToken");
    c.instanceUrl = QUrl(s(o, "instanceUrl"));
    c.identityUrl = QUrl(s(o, "identityUrl"));
    c.loginUrl = QUrl(s(o, "loginUrl"));
    c.clientId = s(o, "clientId");
    c.clientSecret = s(o, "clientSecret");
    c.orgKind = orgKindFromName(s(o, "orgKind"));
    c.issuedAt = QDateTime::fromString(s(o, "issuedAt"), Qt::ISODateWithMs);
    c.orgId = s(o, "orgId");
    c.userId = s(o, "userId");
    c.username = s(o, "username");
    c.isSandbox = o.value(QLatin1String("isSandbox")).toBool();
    c.organizationType = s(o, "organizationType");
    c.instanceName = s(o, "instanceName");
    c.orgName = s(o, "orgName");
    c.apiVersion = s(o, "apiVersion");
    return c;
}

} // namespace hilal::salesforce
