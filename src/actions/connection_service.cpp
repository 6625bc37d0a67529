#include "actions/connection_service.h"

#include "actions/logging.h"
#include "bots/bot_repository.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"
#include "salesforce/session.h"
#include "salesforce/session_manager.h"
#include "secrets/pending_revokes.h"
#include "secrets/token_store.h"

#include <QPointer>

namespace hilal::actions {

using bots::Permission;
using salesforce::Connection;
using Status = ConnectionService::Result::Status;

namespace {

// Wraps `done` so it runs at most once and never after `context` is gone.
ConnectionService::Done guarded(QObject *context, ConnectionService::Done done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    return [guard, hasContext, done](const ConnectionService::Result &result) {
        if ((hasContext && !guard) || !done)
            return;
        done(result);
    };
}

ConnectionService::Result failure(Status status, const QString &message)
{
    ConnectionService::Result r;
    r.status = status;
    r.message = message;
    return r;
}

} // namespace

struct ConnectionService::Retry
{
    QList<Connection> todo;
    QList<Connection> revoked;
    int next = 0;
    RetryDone done;
};

ConnectionService::ConnectionService(bots::BotRepository *bots, secrets::TokenStore *tokens,
                                     salesforce::SessionManager *sessions, const QString &actor, QObject *parent)
    : QObject(parent)
    , m_bots(bots)
    , m_tokens(tokens)
    , m_sessions(sessions)
    , m_pending(new secrets::PendingRevokes(tokens, this))
    , m_actor(actor)
{
    connect(m_pending, &secrets::PendingRevokes::changed, this, &ConnectionService::pendingRevokesChanged);
}

ConnectionService::~ConnectionService() = default;

bool ConnectionService::isRevokePending(const QString &botId) const
{
    return m_pending->isPending(botId);
}

void ConnectionService::finishConnect(const QString &botId, const Connection &connection, QObject *context, Done done)
{
    const Done reply = guarded(context, std::move(done));
    if (!m_bots->get(botId)) {
        reply(failure(Status::NotFound, tr("There is no bot with id '%1'; nothing was stored.").arg(botId)));
        return;
    }
    if (!m_bots->permissions(botId).has(Permission::CreateOAuth)) {
        reply(failure(Status::NotAllowed,
                      tr("Bot %1 lacks CREATE_OAUTH, which connecting needs; nothing was stored. "
                         "Grant it first (hilal-sf grant --bot %1 CREATE_OAUTH, or the "
                         "Permissions tab).")
                          .arg(botId)));
        return;
    }
    if (!connection.isValid()) {
        reply(failure(Status::Failed, tr("The login gave no usable session; nothing was stored.")));
        return;
    }
    Connection c = connection;
    c.botId = botId;
    // The one save: the session persists it through the token store it was built on.
    m_sessions->session(botId)->setConnection(
        c, true, this, [this, botId, c, reply](const salesforce::SalesforceError &error) {
            if (error) {
                reply(failure(
                    Status::Failed,
                    tr("Salesforce accepted the login, but the token could not be saved: %1").arg(error.message)));
                return;
            }
            if (m_requirePersistent && !m_tokens->isPersistent()) {
                m_sessions->forget(botId);
                reply(failure(Status::Failed,
                              tr("Connected, but no system keychain is reachable, so the connection "
                                 "cannot outlive this command and was dropped. %1")
                                  .arg(m_tokens->fallbackReason())));
                return;
            }
            bots::ConnectionInfo info;
            info.orgId = c.orgId;
            info.userId = c.userId;
            info.username = c.username;
            info.orgName = c.orgName.isEmpty() ? c.instanceName : c.orgName;
            info.instanceUrl = c.instanceUrl;
            info.connectedSince = QDateTime::currentDateTimeUtc();
            info.sandbox = c.isSandbox;
            Result result;
            result.wasConnected = true;
            if (!m_bots->setConnectionInfo(botId, info, m_actor))
                result.message
                    = tr("Connected, but the connection details could not be recorded: %1").arg(m_bots->errorString());
            emit connectionChanged(botId);
            reply(result);
        });
}

void ConnectionService::disconnect(const QString &botId, QObject *context, Done done)
{
    const Done reply = guarded(context, std::move(done));
    if (!m_bots->get(botId)) {
        reply(failure(Status::NotFound, tr("There is no bot with id '%1'.").arg(botId)));
        return;
    }
    if (!m_bots->permissions(botId).has(Permission::DeleteIntegrations)) {
        reply(failure(Status::NotAllowed,
                      tr("Bot %1 lacks DELETE_INTEGRATIONS, which disconnecting needs; nothing "
                         "was changed. Grant it first (hilal-sf grant --bot %1 "
                         "DELETE_INTEGRATIONS, or the Permissions tab).")
                          .arg(botId)));
        return;
    }
    endConnection(botId, false, context, reply);
}

void ConnectionService::remove(const QString &botId, QObject *context, Done done)
{
    const Done reply = guarded(context, std::move(done));
    if (!m_bots->get(botId)) {
        reply(failure(Status::NotFound, tr("There is no bot with id '%1'.").arg(botId)));
        return;
    }
    endConnection(botId, true, context, reply);
}

void ConnectionService::changeAudienceAndOrgKind(const QString &botId, bots::Audience audience, bots::OrgKind orgKind,
                                                 const QString &publicRiskReason, QObject *context, Done done)
{
    const Done reply = guarded(context, std::move(done));
    const std::optional<bots::Chatbot> bot = m_bots->get(botId);
    if (!bot) {
        reply(failure(Status::NotFound, tr("There is no bot with id '%1'; nothing was changed.").arg(botId)));
        return;
    }
    // Refused before the token is touched: a refusal leaves the connection as it was.
    if (const QString problem = m_bots->checkAudienceAndOrgKind(botId, audience, orgKind, publicRiskReason);
        !problem.isEmpty()) {
        reply(failure(Status::Failed, problem));
        return;
    }
    const auto change = [this, botId, audience, orgKind, publicRiskReason]() -> QString {
        return m_bots->setAudienceAndOrgKind(botId, audience, orgKind, m_actor, publicRiskReason)
            ? QString()
            : m_bots->errorString();
    };
    if (bot->orgKind == orgKind) {
        const QString error = change();
        reply(error.isEmpty() ? Result() : failure(Status::Failed, error));
        return;
    }
    endConnection(botId, false, context, reply, [change] {
        const QString error = change();
        return error.isEmpty()
            ? QString()
            : tr("The bot's old connection was ended, but its new org kind could not be saved: %1").arg(error);
    });
}

// Revoke first, while we still hold the token; then forget it here.
void ConnectionService::endConnection(const QString &botId, bool removeBot, QObject *context, Done done,
                                      const FinalStep &finalStep)
{
    secrets::TokenJob *job = m_tokens->load(botId);
    connect(job, &secrets::TokenJob::finished, this, [this, job, botId, removeBot, context, done, finalStep] {
        if (!job->ok() && !job->notFound()) {
            done(failure(
                Status::Failed,
                removeBot
                    ? tr("%1 The bot was not removed: its stored connection could not be read.").arg(job->errorString())
                    : tr("%1 Nothing was changed.").arg(job->errorString())));
            return;
        }
        if (job->notFound()) {
            forget(botId, {}, true, {}, removeBot, context, done, finalStep);
            return;
        }
        const Connection c = job->connection();
        revoke(c, this, [this, botId, c, removeBot, context, done, finalStep](const QString &revokeFailure) {
            forget(botId, c, revokeFailure.isEmpty(), revokeFailure, removeBot, context, done, finalStep);
        });
    });
}

void ConnectionService::forget(const QString &botId, const Connection &connection, bool revoked,
                               const QString &revokeFailure, bool removeBot, QObject *context, Done done,
                               const FinalStep &finalStep)
{
    Q_UNUSED(context)
    const bool wasConnected = connection.isValid();
    // The bot's own entry goes last, once the token is revoked or safely pending.
    auto finishHere = [this, botId, wasConnected, revoked, revokeFailure, removeBot, done, finalStep] {
        m_sessions->forget(botId);
        Result result;
        result.wasConnected = wasConnected;
        result.revokePending = !revoked;
        if (!revoked)
            result.message = tr("Disconnected here, but Salesforce could not be reached to revoke the token (%1). "
                                "It is kept in the keychain as “revoke pending” and revoked on the next start, "
                                "the next disconnect or `hilal-sf disconnect --retry`.")
                                 .arg(revokeFailure);
        if (removeBot) {
            if (!m_bots->remove(botId, m_actor)) {
                done(failure(Status::Failed, m_bots->errorString()));
                return;
            }
        } else if (finalStep) {
            if (const QString error = finalStep(); !error.isEmpty()) {
                emit connectionChanged(botId);
                done(failure(Status::Failed, error));
                return;
            }
        } else {
            // not user text: the audit record
            const QString reason = revoked ? QStringLiteral("disconnected")
                                           : QStringLiteral("disconnected; revoke pending: ") + revokeFailure;
            if (!m_bots->clearConnectionInfo(botId, m_actor, reason))
                result.message = m_bots->errorString();
        }
        emit connectionChanged(botId);
        if (!revoked) {
            done(result);
            return;
        }
        // The org answered (or there was nothing to send): a good moment for the older ones.
        retryPendingRevokes(this, [done, result](int, int, const QString &) { done(result); });
    };
    auto removeEntry = [this, botId, revoked, removeBot, finishHere, done] {
        secrets::TokenJob *job = m_tokens->remove(botId);
        connect(job, &secrets::TokenJob::finished, this, [job, revoked, removeBot, finishHere, done] {
            if (!job->ok() && !job->notFound()) {
                const QString what = revoked
                    ? tr("The token was revoked at Salesforce, but its keychain entry could "
                         "not be deleted: %1")
                          .arg(job->errorString())
                    : tr("The token's keychain entry could not be deleted: %1").arg(job->errorString());
                done(failure(Status::Failed, what + (removeBot ? tr(" The bot was not removed.") : QString())));
                return;
            }
            finishHere();
        });
    };
    if (!wasConnected) {
        finishHere();
        return;
    }
    if (revoked) {
        removeEntry();
        return;
    }
    qCInfo(lcActions) << "revoke of bot" << botId << "failed; kept as pending:" << revokeFailure;
    m_pending->add(connection, this, [revokeFailure, removeBot, removeEntry, done](const QString &error) {
        if (!error.isEmpty()) {
            done(failure(Status::Failed,
                         tr("Salesforce could not be reached to revoke the token (%1), and the keychain could not "
                            "keep it for a later retry (%2). Nothing was changed; %3")
                             .arg(revokeFailure, error,
                                  removeBot ? tr("the bot was not removed.") : tr("the bot is still connected."))));
            return;
        }
        removeEntry();
    });
}

void ConnectionService::revoke(const Connection &connection, QObject *context,
                               std::function<void(const QString &failure)> done)
{
    // A session of its own, with no store: the revoke must not touch what is stored.
    auto *session = new salesforce::Session(connection.botId, nullptr, m_sessions->network(), this);
    session->setConnection(connection, false);
    salesforce::RestClient::Options options;
    options.timeoutMs = m_revokeTimeoutMs;
    auto *client = new salesforce::RestClient(session, options, session);
    salesforce::RestReply *reply = client->revoke();
    QPointer<QObject> guard(context);
    connect(reply, &salesforce::RestReply::finished, this, [reply, session, guard, done] {
        // A 400 ("already unknown to the org") arrives here as success.
        const QString failure = reply->error() ? reply->error().message : QString();
        session->deleteLater();
        if (guard)
            done(failure);
    });
}

void ConnectionService::retryPendingRevokes(QObject *context, RetryDone done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto retry = std::make_shared<Retry>();
    retry->done = [guard, hasContext, done](int revoked, int pending, const QString &error) {
        if ((hasContext && !guard) || !done)
            return;
        done(revoked, pending, error);
    };
    m_pending->load(this, [this, retry](const QList<Connection> &pending, const QString &error) {
        if (!error.isEmpty()) {
            retry->done(0, 0, error);
            return;
        }
        retry->todo = pending;
        retryNext(retry);
    });
}

void ConnectionService::retryNext(const std::shared_ptr<Retry> &retry)
{
    if (retry->next < retry->todo.size()) {
        const Connection c = retry->todo.at(retry->next++);
        revoke(c, this, [this, retry, c](const QString &revokeFailure) {
            if (revokeFailure.isEmpty()) {
                retry->revoked.append(c);
                // not user text: the audit record
                if (m_bots->get(c.botId))
                    m_bots->recordConnectionEvent(c.botId, QStringLiteral("revoked"),
                                                  QStringLiteral("the pending revoke reached Salesforce"), m_actor);
            } else {
                qCInfo(lcActions) << "pending revoke of bot" << c.botId << "failed again:" << revokeFailure;
            }
            retryNext(retry);
        });
        return;
    }
    const int revoked = int(retry->revoked.size());
    const int left = int(retry->todo.size()) - revoked;
    if (retry->revoked.isEmpty()) {
        retry->done(0, left, {});
        return;
    }
    m_pending->remove(retry->revoked, this, [this, retry, revoked, left](const QString &error) {
        for (const Connection &c : retry->revoked)
            emit connectionChanged(c.botId);
        retry->done(error.isEmpty() ? revoked : 0, error.isEmpty() ? left : left + revoked, error);
    });
}

} // namespace hilal::actions
