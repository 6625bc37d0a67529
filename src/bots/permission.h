#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hilal::bots {

// The seven things an admin can allow a bot. The three integration permissions gate connect,
// status and disconnect for the bot; the four chat permissions gate the dispatcher's actions.
enum class Permission {
    CreateOAuth, // CREATE_OAUTH
    ReadIntegrations, // READ_INTEGRATIONS
    DeleteIntegrations, // DELETE_INTEGRATIONS
    CreateLead, // CREATE_LEAD
    ReadAccount, // READ_ACCOUNT
    UpdateOpportunity, // UPDATE_OPPORTUNITY
    RunSoql, // RUN_SOQL
};

enum class PermissionGroup { Integration, ChatAction };

// Names, groups and descriptions of the permissions, in one table (permission.cpp).
class Permissions
{
public:
    static constexpr int Count = 7;

    static QList<Permission> all(); // in the order above
    static QList<Permission> inGroup(PermissionGroup group);

    static QString name(Permission p); // "CREATE_LEAD"
    static std::optional<Permission> fromName(const QString &name); // case-insensitive, '-' as '_'
    static PermissionGroup group(Permission p);
    static QString groupName(PermissionGroup g); // "integration" | "chat action"
    static QString description(Permission p); // one line: what it allows (translatable)

    // RUN_SOQL and UPDATE_OPPORTUNITY: a stranger on a website should not read arbitrary data or
    // change deals. The UI warns when a public bot has them.
    static bool isRiskyForPublicBots(Permission p);
};

} // namespace hilal::bots
