#include "ui/common/app_context.h"

#include "actions/dispatcher.h"
#include "bots/bot_repository.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"
#include "salesforce/session_manager.h"
#include "secrets/token_store.h"

#include <QPointer>

namespace hilal::ui {

namespace {
const auto kActor = QStringLiteral("gui");
}

struct AppContext::Private
{
    std::unique_ptr<bots::BotRepository> bots;
    std::unique_ptr<secrets::TokenStore> tokens;
    std::unique_ptr<salesforce::SessionManager> sessions;
    std::unique_ptr<actions::Dispatcher> dispatcher;
};

AppContext::AppContext(QObject *parent)
    : AppContext(Options{}, parent)
{
}

AppContext::AppContext(const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->bots = std::make_unique<bots::BotRepository>(options.databaseFile);
    d->tokens = options.keychainService.isEmpty() ? std::make_unique<secrets::TokenStore>()
                                                  : std::make_unique<secrets::TokenStore>(options.keychainService);
    d->sessions = std::make_unique<salesforce::SessionManager>(d->tokens.get());
    d->dispatcher = std::make_unique<actions::Dispatcher>(d->bots.get(), d->sessions.get());

    bots::BotRepository *repo = d->bots.get();
    connect(repo, &bots::BotRepository::botAdded, this, &AppContext::botsChanged);
    connect(repo, &bots::BotRepository::botRemoved, this, &AppContext::botsChanged);
    connect(repo, &bots::BotRepository::botChanged, this, [this](const QString &) { emit botsChanged(); });
    connect(repo, &bots::BotRepository::permissionsChanged, this,
            [this](const QString &botId) { emit botUpdated(botId); });
    connect(repo, &bots::BotRepository::policyChanged, this, [this](const QString &botId) { emit botUpdated(botId); });
    connect(repo, &bots::BotRepository::connectionInfoChanged, this, &AppContext::connectionChanged);
}

AppContext::~AppContext()
{
    // Reverse order of use: the dispatcher uses sessions and bots, sessions use the token store.
    d->dispatcher.reset();
    d->sessions.reset();
}

bots::BotRepository *AppContext::bots() const { return d->bots.get(); }
secrets::TokenStore *AppContext::tokens() const { return d->tokens.get(); }
salesforce::SessionManager *AppContext::sessions() const { return d->sessions.get(); }
actions::Dispatcher *AppContext::dispatcher() const { return d->dispatcher.get(); }
bots::AuditLog *AppContext::auditLog() const { return &d->bots->audit(); }

// Revoke first (while we still hold the token), then forget locally whatever the org said: a
// token Salesforce no longer knows is as good as revoked, and the user asked to disconnect.
void AppContext::disconnectBot(const QString &botId, QObject *receiver,
                               std::function<void(const QString &error)> done)
{
    QPointer<QObject> guard(receiver);
    auto finish = [this, botId, guard, done](const QString &revokeNote) {
        secrets::TokenJob *job = d->tokens->remove(botId);
        connect(job, &secrets::TokenJob::finished, this, [this, job, botId, guard, done, revokeNote] {
            d->sessions->forget(botId);
            QString error;
            if (!job->ok() && !job->notFound()) {
                error = tr("The bot's token could not be deleted from the keychain: %1").arg(job->errorString());
            } else {
                d->bots->clearConnectionInfo(botId, kActor,
                                             revokeNote.isEmpty() ? tr("disconnected") : revokeNote);
            }
            emit connectionChanged(botId);
            if (guard && done)
                done(error);
        });
    };

    salesforce::Session *session = d->sessions->session(botId);
    session->whenReady(this, [this, botId, session, finish](const salesforce::SalesforceError &error) {
        if (error || !session->hasConnection()) {
            finish({});
            return;
        }
        salesforce::RestReply *reply = d->sessions->client(botId)->revoke();
        connect(reply, &salesforce::RestReply::finished, this, [reply, finish] {
            // 400 = already revoked; a network failure leaves a token we can no longer use.
            finish(reply->error() && reply->error().kind != salesforce::SalesforceError::Kind::Salesforce
                       ? tr("disconnected; Salesforce could not be reached to revoke the token (%1)")
                             .arg(reply->error().message)
                       : QString());
        });
    });
}

QString AppContext::currentBotId() const
{
    return m_currentBotId;
}

void AppContext::setCurrentBotId(const QString &botId)
{
    if (botId == m_currentBotId)
        return;
    m_currentBotId = botId;
    emit currentBotChanged(botId);
}

} // namespace hilal::ui
