#pragma once

// What the console, action tester and activity tests share: a local org on a free loopback port
// (in this thread), a bot in a temporary data dir connected to it through the password grant,
// and the app's real repository, sessions and dispatcher on top.

#include "salesforce/memory_connection_store.h"

#include "actions/dispatcher.h"
#include "bots/bot_repository.h"
#include "core/app_paths.h"
#include "emulator/local_org.h"
#include "salesforce/connection.h"
#include "salesforce/session_manager.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>

namespace hilal::test {

class ConsoleTestOrg
{
public:
    std::unique_ptr<QTemporaryDir> home;
    std::unique_ptr<emulator::LocalOrg> org;
    std::unique_ptr<bots::BotRepository> bots;
    MemoryConnectionStore store;
    std::unique_ptr<salesforce::SessionManager> sessions;
    std::unique_ptr<actions::Dispatcher> dispatcher;
    QString botId;
    QString error;
    emulator::CustomFields customFields; // merged over the demo org's before start()

    bool start(const bots::PermissionSet &permissions, int records = 10000)
    {
        home = std::make_unique<QTemporaryDir>();
        AppPaths::setDataDirOverride(home->path());
        emulator::LocalOrgOptions options;
        options.records = records;
        options.customFields.merge(customFields);
        emulator::OAuthClientConfig client;
        client.id = QStringLiteral("HilalGuiTest");
        client.secret = QStringLiteral("gui-test-secret");
        client.redirectUris = {QStringLiteral("http://localhost:1717/OauthRedirect")};
        options.extraClients.append(client);
        org = std::make_unique<emulator::LocalOrg>(options);
        if (!org->start(&error))
            return false;
        bots = std::make_unique<bots::BotRepository>(AppPaths::databaseFile());
        if (!bots->isOpen())
            return fail(bots->errorString());
        const auto bot = bots->add(QStringLiteral("Sales ops"), bots::Audience::Internal,
                                   bots::OrgKind::Production, org->url(), QStringLiteral("test"));
        if (!bot)
            return fail(bots->errorString());
        botId = bot->id;
        bots->setPermissions(botId, permissions, QStringLiteral("test"));
        if (!connect())
            return false;
        sessions = std::make_unique<salesforce::SessionManager>(&store);
        dispatcher = std::make_unique<actions::Dispatcher>(bots.get(), sessions.get());
        return true;
    }

    // Only what reached the REST API (login and token calls are not in the log's API routes).
    int requestCount(const QString &pathPart) const
    {
        int n = 0;
        for (const auto &entry : org->requests()) {
            if (entry.path.contains(pathPart))
                ++n;
        }
        return n;
    }

private:
    bool fail(const QString &message)
    {
        error = message;
        return false;
    }

    // Password grant with a confidential test client: no browser needed for these tests.
    bool connect()
    {
        QNetworkAccessManager network;
        QUrl url = org->url();
        url.setPath(QStringLiteral("/services/oauth2/token"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("HilalGuiTest"));
        form.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("gui-test-secret"));
        form.addQueryItem(QStringLiteral("username"), QString(emulator::demo::kUsername));
        form.addQueryItem(QStringLiteral("password"), QString(emulator::demo::kPassword));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(30000))
            return fail(QStringLiteral("the token request timed out"));
        const QJsonObject tokens = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        if (!tokens.contains(QStringLiteral("access_token")))
            return fail(QStringLiteral("password grant refused: %1")
                            .arg(QString::fromUtf8(QJsonDocument(tokens).toJson(QJsonDocument::Compact))));
        salesforce::Connection c;
        c.botId = botId;
        c.accessToken = tokens.value(QStringLiteral("access_token")).toString();
        c.instanceUrl = QUrl(tokens.value(QStringLiteral("instance_url")).toString());
        c.identityUrl = QUrl(tokens.value(QStringLiteral("id")).toString());
        c.loginUrl = org->url();
        c.clientId = QStringLiteral("HilalGuiTest");
        c.username = QString(emulator::demo::kUsername);
        store.entries.insert(botId, c);
        return true;
    }
};

} // namespace hilal::test
