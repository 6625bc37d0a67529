#pragma once

// The app's data and action layers over a logged-in local org (LocalOrgFixture): a bots database
// in a temporary data dir, sessions that load connections from an in-memory store, and the real
// Dispatcher. Bots are added with addBot(permissions, connected, policy); startWithBot() makes
// the one bot the GUI tests drive.

#include "support/local_org_fixture.h"
#include "support/wait.h"

#include "actions/dispatcher.h"
#include "bots/bot_repository.h"
#include "core/app_paths.h"
#include "salesforce/memory_connection_store.h"
#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"
#include "salesforce/session_manager.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace hilal::test {

// The org's options (custom fields merged over the demo org's, the Lead duplicate rule, …) are
// set on `options` before start().
class OrgFixture : public LocalOrgFixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<bots::BotRepository> repo;
    std::unique_ptr<MemoryConnectionStore> store;
    std::unique_ptr<salesforce::SessionManager> sessions;
    std::unique_ptr<actions::Dispatcher> dispatcher;
    QString botId; // startWithBot()'s bot

    bool start(int records = 300)
    {
        if (!dir.isValid())
            return fail(QStringLiteral("no temporary dir"));
        AppPaths::setDataDirOverride(dir.path());
        options.records = records;
        if (!LocalOrgFixture::start())
            return false;
        // The app's own database file, so what the GUI opens by itself (saved queries, history) is it.
        repo = std::make_unique<bots::BotRepository>(AppPaths::databaseFile());
        if (!repo->isOpen())
            return fail(repo->errorString());
        store = std::make_unique<MemoryConnectionStore>();
        sessions = std::make_unique<salesforce::SessionManager>(store.get(), &network);
        dispatcher = std::make_unique<actions::Dispatcher>(repo.get(), sessions.get());
        return true;
    }

    // One connected bot "Sales ops" with `permissions` and the repository's default policy.
    bool startWithBot(const bots::PermissionSet &permissions, int records = 10000)
    {
        if (!start(records))
            return false;
        const auto bot = repo->add(QStringLiteral("Sales ops"), bots::Audience::Internal, bots::OrgKind::Production,
                                   org->url(), QStringLiteral("test"));
        if (!bot)
            return fail(repo->errorString());
        botId = bot->id;
        repo->setPermissions(botId, permissions, QStringLiteral("test"));
        salesforce::Connection c = connection;
        c.botId = botId;
        store->entries.insert(botId, c);
        return true;
    }

    // A new login (after a test revoked every refresh token). Bots connected afterwards use it.
    bool relogin() { return login(); }

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
        waitFor(cursor);
        const QJsonArray rows = cursor->records();
        delete cursor;
        return rows;
    }

    // Reads through the bot's client (warms its describe cache, too).
    QJsonObject get(const QString &botId, salesforce::RestReply *reply)
    {
        Q_UNUSED(botId)
        reply->setAutoDelete(false);
        waitFor(reply);
        const QJsonObject o = reply->object();
        delete reply;
        return o;
    }

    int requestCount() const { return org->requests().size(); }
    // Only what reached the REST API with `pathPart` in its path.
    int requestCount(const QString &pathPart) const
    {
        int n = 0;
        for (const auto &entry : org->requests())
            n += entry.path.contains(pathPart) ? 1 : 0;
        return n;
    }
    QString requestSummary() const
    {
        QStringList out;
        for (const auto &r : org->requests())
            out << QStringLiteral("%1 %2 %3").arg(r.method, r.path).arg(r.status);
        return out.join(QStringLiteral("; "));
    }
};

} // namespace hilal::test
