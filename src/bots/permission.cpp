#include "bots/permission.h"

#include <QCoreApplication>

namespace hilal::bots {

namespace {

struct Row
{
    Permission permission;
    const char *name;
    PermissionGroup group;
    bool risky;
    const char *description;
};

const Row kRows[Permissions::Count] = {
    {Permission::CreateOAuth, "CREATE_OAUTH", PermissionGroup::Integration, false,
     QT_TRANSLATE_NOOP("hilal::bots::Permissions", "Connect the bot to a Salesforce org (start the OAuth login).")},
    {Permission::ReadIntegrations, "READ_INTEGRATIONS", PermissionGroup::Integration, false,
     QT_TRANSLATE_NOOP("hilal::bots::Permissions",
                       "See whether the bot is connected, to which org and as which user.")},
    {Permission::DeleteIntegrations, "DELETE_INTEGRATIONS", PermissionGroup::Integration, false,
     QT_TRANSLATE_NOOP("hilal::bots::Permissions", "Disconnect the bot: revoke its token and forget the connection.")},
    {Permission::CreateLead, "CREATE_LEAD", PermissionGroup::ChatAction, false,
     QT_TRANSLATE_NOOP("hilal::bots::Permissions", "Create a Lead from a chat (name, company, contact details).")},
    {Permission::ReadAccount, "READ_ACCOUNT", PermissionGroup::ChatAction, false,
     QT_TRANSLATE_NOOP("hilal::bots::Permissions", "Look up one Account by its Id and read selected fields.")},
    {Permission::UpdateOpportunity, "UPDATE_OPPORTUNITY", PermissionGroup::ChatAction, true,
     QT_TRANSLATE_NOOP("hilal::bots::Permissions", "Change an Opportunity's stage, amount or close date.")},
    {Permission::RunSoql, "RUN_SOQL", PermissionGroup::ChatAction, true,
     QT_TRANSLATE_NOOP("hilal::bots::Permissions",
                       "Run read-only SOQL queries against any object the connected user can see.")},
};

const Row &row(Permission p)
{
    return kRows[static_cast<int>(p)];
}

} // namespace

QList<Permission> Permissions::all()
{
    QList<Permission> out;
    for (const Row &r : kRows)
        out << r.permission;
    return out;
}

QList<Permission> Permissions::inGroup(PermissionGroup group)
{
    QList<Permission> out;
    for (const Row &r : kRows) {
        if (r.group == group)
            out << r.permission;
    }
    return out;
}

QString Permissions::name(Permission p)
{
    return QString::fromLatin1(row(p).name);
}

std::optional<Permission> Permissions::fromName(const QString &name)
{
    QString n = name.trimmed().toUpper();
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const Row &r : kRows) {
        if (n == QLatin1String(r.name))
            return r.permission;
    }
    return std::nullopt;
}

PermissionGroup Permissions::group(Permission p)
{
    return row(p).group;
}

QString Permissions::groupName(PermissionGroup g)
{
    return g == PermissionGroup::Integration ? QStringLiteral("integration") : QStringLiteral("chat action");
}

QString Permissions::description(Permission p)
{
    return QCoreApplication::translate("hilal::bots::Permissions", row(p).description);
}

bool Permissions::isRiskyForPublicBots(Permission p)
{
    return row(p).risky;
}

} // namespace hilal::bots
