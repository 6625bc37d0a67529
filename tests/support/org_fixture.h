#pragma once

// Shared by the actions tests: a local org on a free loopback port, one real OAuth login through
// it (auto-approve, so no pages to drive), a bots database in a temporary dir, and a Dispatcher
// whose sessions load connections from an in-memory store. Bots are added with
// addBot(permissions, policy, connected).

#include "actions/dispatcher.h"
#include "bots/bot_repository.h"
#include "core/app_paths.h"
#include "emulator/local_org.h"
#include "salesforce/loopback_redirect_catcher.h"
#include "salesforce/memory_connection_store.h"
#include "salesforce/oauth_flow.h"
#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"
#include "salesforce/session_manager.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace hilal::test {

class OrgFixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<emulator::LocalOrg> org;
    QNetworkAccessManager network;
    salesforce::Connection connection; // from a real login; copied per bot
    std::unique_ptr<bots::BotRepository> repo;
    std::unique_ptr<MemoryConnectionStore> store;
    std::unique_ptr<salesforce::SessionManager> sessions;
    std::unique_ptr<actions::Dispatcher> dispatcher;
    QString error;
    // Set before start(): custom fields merged over the demo org's, and the Lead duplicate rule.
    emulator::CustomFields customFields;
    emulator::DuplicateRules::Mode duplicateRule = emulator::DuplicateRules::Mode::Off;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool start(int records = 300)
    {
        if (!dir.isValid())
            return fail(QStringLiteral("no temporary dir"));
        AppPaths::setDataDirOverride(dir.path());
        const QUrl callback(QStringLiteral("http://localhost:%1/OauthRedirect").arg(freePort()));
        emulator::LocalOrgOptions o;
        o.records = records;
        o.redirectUris = {callback.toString()};
        o.autoApprove = true;
        o.customFields.merge(customFields);
        o.duplicateRule = duplicateRule;
        org = std::make_unique<emulator::LocalOrg>(o);
        if (!org->start(&error))
            return false;
        if (!login(callback))
            return false;
        repo = std::make_unique<bots::BotRepository>(dir.filePath(QStringLiteral("bots.sqlite")));
        if (!repo->isOpen())
            return fail(repo->errorString());
        store = std::make_unique<MemoryConnectionStore>();
        sessions = std::make_unique<salesforce::SessionManager>(store.get(), &network);
        dispatcher = std::make_unique<actions::Dispatcher>(repo.get(), sessions.get());
        return true;
    }

    // A new login (after a test revoked every refresh token). Bots connected afterwards use it.
    bool relogin()
    {
        const QUrl callback(org->options().redirectUris.first());
        return login(callback);
    }

    QString addBot(const bots::PermissionSet &permissions, bool connected = true,
                   const bots::ConfirmationPolicy &policy = offPolicy(),
                   bots::Audience audience = bots::Audience::Internal)
    {
        const auto bot = repo->add(QStringLiteral("test bot"), audience, bots::OrgKind::Production, org->url());
        if (!bot)
            return {};
        repo->setPermissions(bot->id, permissions, QStringLiteral("test"));
        repo->setPolicy(bot->id, policy, QStringLiteral("test"));
        if (connected) {
            salesforce::Connection c = connection;
            c.botId = bot->id;
            store->entries.insert(bot->id, c);
        }
        return bot->id;
    }

    static bots::ConfirmationPolicy offPolicy()
    {
        bots::ConfirmationPolicy p;
        p.confirmUpdates = false;
        p.confirmSoql = bots::ConfirmationPolicy::Soql::Off;
        p.confirmCreates = false;
        return p;
    }

    actions::ActionResult dispatch(const QString &botId, const QString &action, const QJsonObject &parameters,
                                   const QString &token = {}, const QString &actor = QStringLiteral("test"))
    {
        actions::ActionRequest request;
        request.action = action;
        request.parameters = parameters;
        request.confirmationToken = token;
        request.actor = actor;
        actions::ActionResult result;
        result.status = -1; // stays when nothing answers within 30 s
        // An event loop, not a polling wait: the answer is taken the moment it arrives.
        QEventLoop loop;
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        dispatcher->dispatch(botId, request, &loop, [&](const actions::ActionResult &r) {
            result = r;
            loop.quit();
        });
        loop.exec();
        return result;
    }

    // First rows of a query, straight through a RestClient (test setup, not the dispatcher).
    QJsonArray query(const QString &botId, const QString &soql)
    {
        salesforce::QueryCursor *cursor = sessions->client(botId)->query(soql);
        cursor->setAccumulate(true);
        cursor->setAutoDelete(false);
        QSignalSpy done(cursor, &salesforce::QueryCursor::finished);
        done.wait(20000);
        const QJsonArray rows = cursor->records();
        delete cursor;
        return rows;
    }

    // Reads through the bot's client (warms its describe cache, too).
    QJsonObject get(const QString &botId, salesforce::RestReply *reply)
    {
        Q_UNUSED(botId)
        reply->setAutoDelete(false);
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &salesforce::RestReply::finished);
            done.wait(20000);
        }
        const QJsonObject o = reply->object();
        delete reply;
        return o;
    }

    int requestCount() const { return org->requests().size(); }
    QString requestSummary() const
    {
        QStringList out;
        for (const auto &r : org->requests())
            out << QStringLiteral("%1 %2 %3").arg(r.method, r.path).arg(r.status);
        return out.join(QStringLiteral("; "));
    }

private:
    bool fail(const QString &message)
    {
        error = message;
        return false;
    }

    bool login(const QUrl &callback)
    {
        salesforce::LoopbackRedirectCatcher catcher(callback);
        salesforce::OAuthFlow::Settings s;
        s.botId = QStringLiteral("fixture");
        s.loginUrl = org->url();
        salesforce::OAuthFlow flow(s, &catcher, &network);
        QSignalSpy ready(&flow, &salesforce::OAuthFlow::authorizeUrlReady);
        QSignalSpy finished(&flow, &salesforce::OAuthFlow::finished);
        flow.start();
        if (!ready.wait(20000))
            return fail(QStringLiteral("no authorize URL"));
        // Auto-approve: the authorize URL redirects straight to the callback with a code.
        QNetworkRequest authorize(ready.first().first().toUrl());
        authorize.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network.get(authorize);
        QSignalSpy authorized(reply, &QNetworkReply::finished);
        authorized.wait(20000);
        const QUrl redirect = QUrl::fromEncoded(reply->rawHeader("Location"));
        reply->deleteLater();
        if (!redirect.isValid())
            return fail(QStringLiteral("authorize did not redirect"));
        QNetworkReply *back = network.get(QNetworkRequest(redirect));
        QObject::connect(back, &QNetworkReply::finished, back, &QObject::deleteLater);
        if (finished.isEmpty() && !finished.wait(20000))
            return fail(QStringLiteral("the OAuth flow did not finish"));
        if (flow.error())
            return fail(flow.error().message);
        connection = flow.connection();
        return connection.isValid() || fail(QStringLiteral("no connection"));
    }
};

} // namespace hilal::test
