#pragma once

#include "core/org_kind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace hilal::bots {

// Who talks to the bot: anyone on a website (public) or staff only (internal). Public bots get
// warnings for risky permissions.
enum class Audience { Public, Internal };

// Which Salesforce login host the bot's connection uses: production login.salesforce.com, sandbox
// test.salesforce.com, unless a login URL is set. It can change later
// (BotRepository::setAudienceAndOrgKind); a connected bot then has to connect again.
// The program's one OrgKind (core/org_kind.h), also salesforce::OrgKind.
using OrgKind = hilal::OrgKind;

// One Hilal chatbot as the admin app knows it. A value type; BotRepository stores it.
//
// Ids are `bot_` followed by 8 random characters of the RFC 4648 base32 alphabet in lower case
// (a–z, 2–7), e.g. `bot_k3x7q2ma`: short enough to type in a shell, 40 random bits so two bots
// never collide in practice, and stable for the bot's whole life (renaming keeps it).
class Chatbot
{
public:
    QString id;
    QString name;
    Audience audience = Audience::Internal;
    OrgKind orgKind = OrgKind::Production;
    QUrl loginUrl; // optional: a My Domain or custom login host; empty → the org kind's default
    QDateTime created; // UTC

    // The login host the OAuth flow should use: loginUrl if set, else the org kind's default.
    QUrl effectiveLoginUrl() const;

    QJsonObject toJson() const;

    static QString newId();
    static bool isValidId(const QString &id);

    // Empty when acceptable, else a sentence saying what is wrong and what to do.
    static QString validateName(const QString &name);
    static QString validateLoginUrl(const QUrl &url);

    static QString audienceName(Audience audience); // "public" | "internal"
    static std::optional<Audience> audienceFromName(const QString &name);
    static QString orgKindName(OrgKind kind); // "production" | "sandbox"
    static std::optional<OrgKind> orgKindFromName(const QString &name);
    static QUrl defaultLoginUrl(OrgKind kind);
};

} // namespace hilal::bots

Q_DECLARE_METATYPE(hilal::bots::Chatbot)
