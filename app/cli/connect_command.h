#pragma once

#include "command.h"

#include "actions/connection_service.h"
#include "bots/chatbot.h"
#include "bots/permission.h"
#include "salesforce/connection.h"
#include "salesforce/salesforce_error.h"
#include "salesforce/session_manager.h"
#include "secrets/token_store.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <functional>
#include <optional>

namespace hilal::bots {
class BotRepository;
}
namespace hilal::secrets {
class TokenJob;
}

namespace hilal::cli {

// hilal-sf connect --bot ID [--no-browser] [--timeout SECONDS]
// hilal-sf connect --bot ID --access-token TOKEN|- --instance-url URL
//
// Browser mode prints the authorize URL on stderr (stdout carries only the result line), opens
// the system browser unless --no-browser, waits for the redirect on the callback URL's loopback
// port (salesforce.callbackUrl), stores the connection in the keychain and prints
// `connected <org id> <username>`. Denied consent, a wrong state, … exit 1 with a sentence.
// Needs the bot's CREATE_OAUTH permission.
class ConnectCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("connect"); }
    QString summary() const override
    {
        return QStringLiteral("Connect a bot to Salesforce (OAuth login in the browser)");
    }
    int run(const QStringList &args, CliContext &context) override;
};

// Shared by the client-area commands (connect, status, disconnect, query).
namespace clientcli {

salesforce::OrgKind orgKindOf(const bots::Chatbot &bot);

// Runs an event loop until `done` returns true after one of the watched signals (or the
// deadline passes). Returns false on timeout.
template<typename Sender, typename Signal> bool waitFor(Sender *sender, Signal signal, int timeoutMs = -1)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    bool timedOut = false;
    if (timeoutMs >= 0)
        QTimer::singleShot(timeoutMs, &loop, [&] {
            timedOut = true;
            loop.quit();
        });
    loop.exec();
    return !timedOut;
}

// Runs a TokenStore job to its end and returns what it said (the job deletes itself).
struct JobOutcome
{
    bool ok = false;
    bool notFound = false;
    QString error;
    salesforce::Connection connection;
    QString secret; // loadSecret() only
};
JobOutcome finish(secrets::TokenJob *job);

// The exit code for a failed call: 5 not connected / reconnect, 7 the org refused, 130
// cancelled, 1 for the rest (network, timeout, …).
int exitCodeFor(const salesforce::SalesforceError &error);

// CI without a keychain: $HILAL_SF_ACCESS_TOKEN and $HILAL_SF_INSTANCE_URL give the session for
// this one run (as sf's SF_ACCESS_TOKEN); nothing is stored. nullopt when they are not set.
std::optional<salesforce::Connection> environmentConnection(const QString &botId);

// A one-line message for `error`, with the next step for the CLI user.
QString describe(const salesforce::SalesforceError &error, const QString &botId);

// The connection service for one command run (connect, disconnect, bots remove): the keychain,
// sessions on it, and the service itself, which decides the policy (actions/connection_service.h).
struct Connections
{
    explicit Connections(bots::BotRepository *repo);
    // Runs one service call to its end.
    using Call = std::function<void(actions::ConnectionService &, QObject *, actions::ConnectionService::Done)>;
    actions::ConnectionService::Result run(const Call &call);

    secrets::TokenStore tokens;
    QNetworkAccessManager network;
    salesforce::SessionManager sessions;
    actions::ConnectionService service;
};

// The exit code for a service result that is not Ok.
int exitCodeFor(const actions::ConnectionService::Result &result);

} // namespace clientcli
} // namespace hilal::cli
