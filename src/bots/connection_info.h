#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace hilal::bots {

// What the UI and `status` show about a bot's Salesforce connection. Display metadata only:
// tokens never come here — they live in the keychain (secrets/token_store.h) and nowhere else.
class ConnectionInfo
{
public:
    QString orgId;
    QString userId;
    QString username;
    QString orgName;
    QUrl instanceUrl;
    QDateTime connectedSince; // UTC
    bool sandbox = false;

    QJsonObject toJson() const;

    friend bool operator==(const ConnectionInfo &a, const ConnectionInfo &b)
    {
        return a.orgId == b.orgId && a.userId == b.userId && a.username == b.username && a.orgName == b.orgName
            && a.instanceUrl == b.instanceUrl && a.connectedSince == b.connectedSince && a.sandbox == b.sandbox;
    }
};

} // namespace hilal::bots
