#pragma once

#include "core/org_kind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace hilal::salesforce {

// Which login host a bot's org uses: Production → https://login.salesforce.com (also Developer
// Edition), Sandbox → https://test.salesforce.com. The program's one OrgKind (core/org_kind.h),
// the same type as bots::OrgKind.
using OrgKind = hilal::OrgKind;

QString orgKindName(OrgKind kind); // "production" | "sandbox"
OrgKind orgKindFromName(const QString &name); // unknown → Production

// The login host for a bot: its custom login URL / My Domain when set, else the org kind's
// standard host. Only scheme://host[:port] is kept.
QUrl loginUrlFor(OrgKind kind, const QUrl &customLoginUrl = {});

// One bot's live link to one org: what the token exchange returned plus what we learned from
// userinfo and the Organization row. A value type; persisted as JSON by secrets::TokenStore
// (the whole object is secret — it holds tokens — and never goes to a file or a log).
struct Connection
{
    QString botId;
    QString accessToken;
    QString refreshToken; // empty when adopted from a bare access token (no refresh possible)
    QUrl instanceUrl; // base for REST calls and refreshes
    QUrl identityUrl; // the `id` URL: …/id/{orgId}/{userId}
    QUrl loginUrl; // the login host used (authorize + first token exchange)
    QString clientId; // the Connected App consumer key used (refresh must use the same)
    QString clientSecret; // its consumer secret when the app requires one (sent on token and
                          // refresh calls); empty for public PKCE clients
    OrgKind orgKind = OrgKind::Production;
    QDateTime issuedAt; // from issued_at (ms) of the latest token answer, UTC
    QString orgId; // 18 chars
    QString userId; // 18 chars
    QString username;
    bool isSandbox = false; // authoritative when `organizationType` is set (Organization query)
    QString organizationType;
    QString instanceName;
    QString orgName; // the Organization row's Name, read by the connect flow
    QString apiVersion; // discovered version, e.g. "60.0"; empty until discovered

    bool isValid() const { return !accessToken.isEmpty() && instanceUrl.isValid(); }
    bool canRefresh() const { return !refreshToken.isEmpty(); }

    QJsonObject toJson() const;
    static Connection fromJson(const QJsonObject &json);
};

} // namespace hilal::salesforce

Q_DECLARE_METATYPE(hilal::salesforce::Connection)
