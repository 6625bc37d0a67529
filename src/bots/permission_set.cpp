#include "bots/permission_set.h"
#include "bots/messages.h"

namespace hilal::bots {

PermissionSet::PermissionSet(std::initializer_list<Permission> permissions)
{
    for (Permission p : permissions)
        grant(p);
}

PermissionSet PermissionSet::all()
{
    PermissionSet s;
    for (Permission p : Permissions::all())
        s.grant(p);
    return s;
}

PermissionSet PermissionSet::safeForPublicBots()
{
    return {Permission::CreateLead, Permission::ReadAccount};
}

bool PermissionSet::has(Permission p) const
{
    return (m_bits & bit(p)) != 0;
}

void PermissionSet::grant(Permission p)
{
    m_bits |= bit(p);
}

void PermissionSet::revoke(Permission p)
{
    m_bits &= ~bit(p);
}

void PermissionSet::set(Permission p, bool granted)
{
    granted ? grant(p) : revoke(p);
}

int PermissionSet::count() const
{
    return toList().size();
}

bool PermissionSet::isDispatcherUnlocked() const
{
    for (Permission p : Permissions::inGroup(PermissionGroup::ChatAction)) {
        if (has(p))
            return true;
    }
    return false;
}

QList<Permission> PermissionSet::toList() const
{
    QList<Permission> out;
    for (Permission p : Permissions::all()) {
        if (has(p))
            out << p;
    }
    return out;
}

QStringList PermissionSet::names() const
{
    QStringList out;
    for (Permission p : toList())
        out << Permissions::name(p);
    return out;
}

bool PermissionSet::fromNames(const QStringList &names, PermissionSet *out, QString *error)
{
    PermissionSet s;
    for (const QString &name : names) {
        const std::optional<Permission> p = Permissions::fromName(name);
        if (!p) {
            if (error) {
                *error = Messages::tr("Unknown permission '%1'; use one of %2.")
                             .arg(name, PermissionSet::all().names().join(QStringLiteral(", ")));
            }
            return false;
        }
        s.grant(*p);
    }
    if (out)
        *out = s;
    return true;
}

QStringList PermissionSet::warnings(Audience audience) const
{
    QStringList out;
    if (audience != Audience::Public)
        return out;
    if (has(Permission::RunSoql)) {
        out << Messages::tr("RUN_SOQL on a public bot lets anyone who chats with it read any record "
                            "the connected Salesforce user can see.");
    }
    if (has(Permission::UpdateOpportunity)) {
        out << Messages::tr("UPDATE_OPPORTUNITY on a public bot lets anyone who chats with it change "
                            "deals; keep \"confirm updates\" on or grant it to an internal bot only.");
    }
    return out;
}

PermissionSet PermissionSet::publicRisks()
{
    return {Permission::RunSoql, Permission::UpdateOpportunity};
}

QString PermissionSet::publicRiskRule(Permission p)
{
    if (p == Permission::RunSoql) {
        return Messages::tr("RUN_SOQL is reserved for internal bots: a public bot answers anyone on the internet, "
                            "who could then read any record the connected Salesforce user can see.");
    }
    if (p == Permission::UpdateOpportunity) {
        return Messages::tr("UPDATE_OPPORTUNITY is reserved for internal bots: a public bot answers anyone on the "
                            "internet, who could then change deals.");
    }
    return {};
}

PermissionSet PermissionSet::added(const PermissionSet &other) const
{
    return fromBits(m_bits | other.m_bits);
}

PermissionSet PermissionSet::removed(const PermissionSet &other) const
{
    return fromBits(m_bits & ~other.m_bits);
}

PermissionSet PermissionSet::fromBits(quint32 bits)
{
    PermissionSet s;
    s.m_bits = bits & ((1u << Permissions::Count) - 1);
    return s;
}

} // namespace hilal::bots
