#pragma once

#include "bots/chatbot.h"
#include "bots/permission.h"

#include <QList>
#include <QStringList>

namespace hilal::bots {

// The permissions one bot holds. A small value type (a bit mask).
class PermissionSet
{
public:
    PermissionSet() = default;
    PermissionSet(std::initializer_list<Permission> permissions);

    static PermissionSet all();
    // CREATE_LEAD + READ_ACCOUNT: what a public website bot can safely do.
    static PermissionSet safeForPublicBots();

    bool has(Permission p) const;
    void grant(Permission p);
    void revoke(Permission p);
    void set(Permission p, bool granted);
    bool isEmpty() const { return m_bits == 0; }
    int count() const;

    // The dispatcher serves chat actions only when at least one of the four chat permissions
    // is granted; with none it is "locked" and every action answers 403.
    bool isDispatcherUnlocked() const;

    QList<Permission> toList() const; // in Permissions::all() order
    QStringList names() const; // "CREATE_LEAD", …
    // Unknown names make it fail with a sentence naming the bad one and listing the valid ones.
    static bool fromNames(const QStringList &names, PermissionSet *out, QString *error);

    // One sentence per risky permission held by a public bot (empty for internal bots).
    QStringList warnings(Audience audience) const;

    // RUN_SOQL and UPDATE_OPPORTUNITY: reserved for internal bots, since a public bot answers
    // anyone on the internet. A public bot holds one only with an admin's recorded reason
    // (BotRepository::publicRiskReason), and the dispatcher refuses it otherwise.
    static PermissionSet publicRisks();
    // The rule for one of them, as a sentence naming the risk.
    static QString publicRiskRule(Permission p);

    PermissionSet added(const PermissionSet &other) const; // union
    PermissionSet removed(const PermissionSet &other) const; // this minus other

    quint32 bits() const { return m_bits; }
    static PermissionSet fromBits(quint32 bits);

    friend bool operator==(const PermissionSet &a, const PermissionSet &b) { return a.m_bits == b.m_bits; }
    friend bool operator!=(const PermissionSet &a, const PermissionSet &b) { return a.m_bits != b.m_bits; }

private:
    static quint32 bit(Permission p) { return 1u << static_cast<int>(p); }
    quint32 m_bits = 0;
};

} // namespace hilal::bots
