#pragma once

#include "bots/audit_log.h"
#include "bots/chatbot.h"
#include "bots/confirmation_policy.h"
#include "bots/connection_info.h"
#include "bots/lead_field_mapping.h"
#include "bots/permission_set.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace hilal::bots {

// The bots, their permissions, confirmation policies, connection metadata and API keys, in the
// app's SQLite file (AppPaths::databaseFile()), with a schema version and migrations (database.h).
//
// Every permission, policy and connection change writes an audit entry in the same transaction.
// Tokens are never stored here: they live in the keychain (secrets/token_store.h) only.
//
// All calls are small local SQLite statements on the calling thread (well under a millisecond
// each); listing the audit log can grow — use audit().entriesAsync() from a GUI thread. An
// instance is bound to the thread that created it (QtSql's rule). Share one instance per process
// so its change signals reach every view.
//
// Every audit entry written here is also announced through audit().appended() once committed,
// so a live activity view sees permission, policy, connection and bot changes as they happen.
//
// `actor` names who made a change for the audit trail: "cli", "gui", "serve", "cli:alice" ….
class BotRepository : public QObject
{
    Q_OBJECT
public:
    // Opens `databaseFile` (empty: AppPaths::databaseFile()) and migrates it. Check isOpen().
    explicit BotRepository(const QString &databaseFile = {}, QObject *parent = nullptr);
    ~BotRepository() override;

    bool isOpen() const;
    QString errorString() const; // the last failure as a sentence
    QString databaseFile() const { return m_file; }

    // --- bots ---
    // New bots start with no permissions (dispatcher locked) and the default policy.
    std::optional<Chatbot> add(const QString &name, Audience audience, OrgKind orgKind, const QUrl &loginUrl = {},
                               const QString &actor = {});
    bool rename(const QString &botId, const QString &name, const QString &actor = {});
    // Removes the bot with its permissions, policy, connection metadata and key; the audit trail
    // stays. Disconnecting (revoking, deleting the keychain entry) is the caller's job first.
    bool remove(const QString &botId, const QString &actor = {});
    // Changes who the bot talks to and which login host it uses. Becoming public while it holds
    // RUN_SOQL or UPDATE_OPPORTUNITY follows the grant rule: refused with the rule as the error
    // unless `publicRiskReason` says why the admin accepts the risk (stored per permission and
    // audited, as grant() does); becoming internal drops those reasons, so going public again
    // asks again. A new org kind on a connected bot clears its connection metadata and marks it
    // as needing reconnect (reconnectReason()): its token was issued by the other login host.
    // The token itself lives in the keychain and is the caller's to end first —
    // actions::ConnectionService::changeAudienceAndOrgKind does both. One audit entry.
    bool setAudienceAndOrgKind(const QString &botId, Audience audience, OrgKind orgKind, const QString &actor = {},
                               const QString &publicRiskReason = {});
    // The sentence setAudienceAndOrgKind() would fail with, or empty when it would succeed.
    QString checkAudienceAndOrgKind(const QString &botId, Audience audience, OrgKind orgKind,
                                    const QString &publicRiskReason = {}) const;
    // Why the bot must be connected again (an org kind change ended its connection), until it
    // is connected or disconnected; empty otherwise.
    QString reconnectReason(const QString &botId) const;
    QList<Chatbot> list() const; // by creation time
    std::optional<Chatbot> get(const QString &botId) const;
    bool contains(const QString &botId) const;

    // --- permissions ---
    PermissionSet permissions(const QString &botId) const;
    // Writes one audit entry naming what was granted and revoked (none when nothing changes).
    // On a public bot, RUN_SOQL and UPDATE_OPPORTUNITY (PermissionSet::publicRisks) are refused
    // with the rule as the error, unless `publicRiskReason` says why the admin accepts the risk:
    // the reason is stored per permission and audited. Revoking drops it.
    bool setPermissions(const QString &botId, const PermissionSet &permissions, const QString &actor = {},
                        const QString &publicRiskReason = {});
    bool grant(const QString &botId, const PermissionSet &permissions, const QString &actor = {},
               const QString &publicRiskReason = {});
    bool revoke(const QString &botId, const PermissionSet &permissions, const QString &actor = {});
    // The recorded reason for a public bot holding `p`; empty when none.
    QString publicRiskReason(const QString &botId, Permission p) const;
    // The risky permissions in `requested` that `botId` (a public bot) may not hold without a
    // reason; empty for internal bots and for permissions already overridden.
    PermissionSet publicRisksWithoutReason(const QString &botId, const PermissionSet &requested) const;

    // --- confirmation policy ---
    ConfirmationPolicy policy(const QString &botId) const;
    bool setPolicy(const QString &botId, const ConfirmationPolicy &policy, const QString &actor = {});

    // --- lookup fields: the unique field a chat may name a record by instead of its Id ---
    // Objects a lookup field can be set for: Account, Opportunity.
    static QStringList lookupObjects();
    // Why `field` cannot be the lookup field of `object` (empty when it can): a plain API name
    // ("AccountNumber", "Order_Number__c"), not Id.
    static QString validateLookupField(const QString &object, const QString &field);
    // The configured field for `object` ("AccountNumber"), or empty (then only Name is accepted).
    QString lookupField(const QString &botId, const QString &object) const;
    // An empty `field` clears it. Audited like a policy change.
    bool setLookupField(const QString &botId, const QString &object, const QString &field, const QString &actor = {});

    // --- connection metadata (display only; never tokens) ---
    std::optional<ConnectionInfo> connectionInfo(const QString &botId) const;
    bool setConnectionInfo(const QString &botId, const ConnectionInfo &info, const QString &actor = {});
    bool clearConnectionInfo(const QString &botId, const QString &actor = {}, const QString &reason = {});
    // Records a connection event without changing metadata (e.g. "reconnect needed").
    bool recordConnectionEvent(const QString &botId, const QString &event, const QString &detail,
                               const QString &actor = {});

    // --- Lead field mapping (create-lead) ---
    LeadFieldMapping leadFieldMapping(const QString &botId) const;
    // Sets one field's source (names are checked: LeadFieldMapping::isValid…); audited.
    bool setLeadFieldSource(const QString &botId, const LeadFieldSource &source, const QString &actor = {});
    // False with a sentence when the field has no source.
    bool unsetLeadField(const QString &botId, const QString &field, const QString &actor = {});

    // --- API keys for `hilal-sf serve` ---
    // Makes a new key (replacing any old one) and returns it; only a salted SHA-256 hash is kept,
    // so the returned string is the only time anyone sees it. Empty on failure.
    QString createApiKey(const QString &botId, const QString &actor = {});
    bool verifyApiKey(const QString &botId, const QString &key) const;
    bool hasApiKey(const QString &botId) const;

    // The audit log on the same file.
    AuditLog &audit() { return *m_audit; }

Q_SIGNALS:
    void botAdded(const QString &botId);
    void botChanged(const QString &botId);
    void botRemoved(const QString &botId);
    void permissionsChanged(const QString &botId, const hilal::bots::PermissionSet &permissions);
    void policyChanged(const QString &botId, const hilal::bots::ConfirmationPolicy &policy);
    void connectionInfoChanged(const QString &botId);
    void leadFieldMappingChanged(const QString &botId);

private:
    bool requireBot(const QString &botId) const;
    // Stamps, masks and inserts `entry` (inside the caller's transaction); fills its id.
    bool insertAudit(QSqlDatabase &db, AuditEntry *entry);
    bool fail(const QString &message) const;
    bool writeLeadField(const QString &botId, const QString &field, const std::optional<LeadFieldSource> &source,
                        const QString &detail, const QString &actor);
    bool writePermissions(const QString &botId, const PermissionSet &before, const PermissionSet &after,
                          const QString &actor, const PermissionSet &requested = {},
                          const QString &publicRiskReason = {});

    QString m_file;
    QString m_connectionName;
    mutable QString m_error;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace hilal::bots
