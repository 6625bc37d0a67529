#pragma once

#include "bots/chatbot.h"
#include "salesforce/connection.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace hilal::bots {
class BotRepository;
}
namespace hilal::salesforce {
class SessionManager;
}
namespace hilal::secrets {
class PendingRevokes;
class TokenStore;
} // namespace hilal::secrets

namespace hilal::actions {

// The one place a bot's Salesforce connection is finished, ended and removed, for the GUI and
// the CLI alike. It checks the bot's permissions (CREATE_OAUTH to connect, DELETE_INTEGRATIONS
// to disconnect), saves a connection once (keychain + display metadata, the org's name taken
// from the connect flow) and follows one failure policy for revokes:
//
//   a revoke that could not reach Salesforce is not forgotten. The token moves to the
//   keychain's "revoke pending" entry (secrets::PendingRevokes), the bot counts as disconnected
//   at once, and the revoke is sent again by retryPendingRevokes() — on start, on the next
//   disconnect, and by `hilal-sf disconnect --retry` — until the org has it.
//
// A 400 from the revoke endpoint means the token is already gone (docs/oauth.md, "Refresh and
// revoke"): that counts as revoked. Every callback runs once, on this object's thread, and
// never after its `context` is destroyed.
class ConnectionService : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        enum class Status { Ok, NotFound, NotAllowed, Failed };
        Status status = Status::Ok;
        // A sentence when not Ok (never a secret); when Ok, what happened in short.
        QString message;
        bool wasConnected = false; // disconnect/remove: a connection was stored
        bool revokePending = false; // its revoke waits for a retry (the bot is disconnected anyway)
        bool ok() const { return status == Status::Ok; }
    };
    using Done = std::function<void(const Result &result)>;
    using RetryDone = std::function<void(int revoked, int stillPending, const QString &error)>;

    // `actor` is what the audit log names as who did it ("gui", the OS user, …). The service
    // uses `sessions` for the bots' live sessions and `tokens` for the keychain; not owned.
    ConnectionService(bots::BotRepository *bots, secrets::TokenStore *tokens, salesforce::SessionManager *sessions,
                      const QString &actor, QObject *parent = nullptr);
    ~ConnectionService() override;

    // Refuse to finish a connect when no keychain is reachable (a command-line run ends with
    // the process, so a connection kept in memory would be lost at once). Off by default.
    void setRequirePersistentStore(bool require) { m_requirePersistent = require; }
    // Timeout of each revoke request (default 30 s).
    void setRevokeTimeout(int ms) { m_revokeTimeoutMs = ms; }

    // Stores the connection an OAuthFlow finished: once in the keychain, then the display
    // metadata (org, user, org name from the flow). Needs CREATE_OAUTH.
    void finishConnect(const QString &botId, const salesforce::Connection &connection, QObject *context, Done done);
    // Revokes the bot's token and forgets it here. Needs DELETE_INTEGRATIONS.
    void disconnect(const QString &botId, QObject *context, Done done);
    // Disconnects (same policy, no permission needed: the bot goes away) and removes the bot.
    void remove(const QString &botId, QObject *context, Done done);
    // Changes the bot's audience and org kind (BotRepository::setAudienceAndOrgKind's rules: a
    // public bot holding RUN_SOQL or UPDATE_OPPORTUNITY needs `publicRiskReason`). A new org
    // kind means a new login host, so a connected bot's token — issued by the old one — is
    // ended first as disconnect() ends it (revoked, or kept as revoke pending), without needing
    // DELETE_INTEGRATIONS: the admin's change, not the bot, retires it. The bot then counts as
    // needing reconnect (BotRepository::reconnectReason). A refused change changes nothing.
    void changeAudienceAndOrgKind(const QString &botId, bots::Audience audience, bots::OrgKind orgKind,
                                  const QString &publicRiskReason, QObject *context, Done done);
    // Sends every pending revoke again; those the org took (or no longer knows) leave the list.
    void retryPendingRevokes(QObject *context, RetryDone done = {});

    // As of the last look at the keychain's pending list in this process.
    bool isRevokePending(const QString &botId) const;

Q_SIGNALS:
    void connectionChanged(const QString &botId);
    void pendingRevokesChanged();

private:
    struct Retry;
    void retryNext(const std::shared_ptr<Retry> &retry);
    void revoke(const salesforce::Connection &connection, QObject *context,
                std::function<void(const QString &failure)> done);
    // What ends a connection after the token is gone: empty means "clear the metadata" (disconnect);
    // else it returns a failure sentence or empty.
    using FinalStep = std::function<QString()>;
    void endConnection(const QString &botId, bool removeBot, QObject *context, Done done,
                       const FinalStep &finalStep = {});
    void forget(const QString &botId, const salesforce::Connection &connection, bool revoked, const QString &failure,
                bool removeBot, QObject *context, Done done, const FinalStep &finalStep = {});

    bots::BotRepository *m_bots;
    secrets::TokenStore *m_tokens;
    salesforce::SessionManager *m_sessions;
    secrets::PendingRevokes *m_pending;
    QString m_actor;
    bool m_requirePersistent = false;
    int m_revokeTimeoutMs = 30000;
    bool m_retrying = false;
};

} // namespace hilal::actions
