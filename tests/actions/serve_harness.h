#pragma once

// Shared by the tests that run `hilal-sf serve` as a process: a data dir and keychain service of
// their own (HILAL_SF_HOME, HILAL_SF_KEYCHAIN_SERVICE, inherited by every child), a local org in
// this process with auto-approve, one real login whose tokens go to the keychain for each bot
// added, and serve started, killed and restarted on that data dir. The org and the login are
// LocalOrgFixture's.

#include "support/local_org_fixture.h"
#include "support/wait.h"

#include "bots/bot_repository.h"
#include "core/app_paths.h"
#include "emulator/store/org_store.h"
#include "secrets/token_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace hilal::test {

class ServeHarness : public LocalOrgFixture
{
public:
    QTemporaryDir home;
    std::unique_ptr<bots::BotRepository> repo; // the "GUI's" data layer on the shared file
    std::unique_ptr<QProcess> serve;
    QUrl serveUrl;

    // Call before anything reads AppPaths or opens the keychain.
    bool start(int records = 200)
    {
        if (!home.isValid())
            return fail(QStringLiteral("no temporary dir"));
        qputenv("HILAL_SF_HOME", home.path().toUtf8());
        qputenv("HILAL_SF_KEYCHAIN_SERVICE",
                QByteArray("hilal-test-") + QByteArray::number(QCoreApplication::applicationPid()));
        options.records = records;
        if (!LocalOrgFixture::start(Consent::AutoApprove, QStringLiteral("harness")))
            return false;
        repo = std::make_unique<bots::BotRepository>(AppPaths::databaseFile());
        return repo->isOpen() || fail(repo->errorString());
    }

    // A connected bot with every chat permission; its key in *apiKey.
    QString addBot(QString *apiKey, bool confirmCreates = false)
    {
        const auto bot
            = repo->add(QStringLiteral("harness bot"), bots::Audience::Internal, bots::OrgKind::Production, org->url());
        if (!bot)
            return {};
        repo->setPermissions(bot->id, bots::PermissionSet::all(), QStringLiteral("test"));
        bots::ConfirmationPolicy policy;
        policy.confirmUpdates = false;
        policy.confirmCreates = confirmCreates;
        policy.confirmSoql = bots::ConfirmationPolicy::Soql::Off;
        repo->setPolicy(bot->id, policy, QStringLiteral("test"));
        *apiKey = repo->createApiKey(bot->id, QStringLiteral("test"));
        secrets::TokenStore tokens;
        salesforce::Connection c = connection;
        c.botId = bot->id;
        secrets::TokenJob *job = tokens.save(c);
        if (!waitFor(job) || !job->ok()) {
            error = QStringLiteral("the connection could not be stored: ") + job->errorString();
            return {};
        }
        return bot->id;
    }

    bool startServe()
    {
        serve = std::make_unique<QProcess>();
        // stderr is kept so that a start that fails can say why.
        serve->start(QStringLiteral(HILAL_SF_BINARY),
                     {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
        if (!serve->waitForStarted(10000))
            return fail(QStringLiteral("serve did not start"));
        QSignalSpy ready(serve.get(), &QProcess::readyReadStandardOutput);
        while (!serve->canReadLine()) {
            // Generous: a loaded CI machine running other suites beside this one.
            if (!ready.wait(60000))
                return fail(QStringLiteral("serve printed nothing (state %1, stderr: %2)")
                                .arg(int(serve->state()))
                                .arg(QString::fromUtf8(serve->readAllStandardError()).left(500)));
        }
        const QString line = QString::fromUtf8(serve->readLine()).trimmed();
        if (!line.startsWith(QLatin1String("listening on ")))
            return fail(QStringLiteral("serve said: ") + line);
        serveUrl = QUrl(line.mid(13));
        return true;
    }

    // SIGKILL, and wait until the process is reaped (so its pid is free).
    void killServe()
    {
        if (!serve)
            return;
        serve->kill();
        serve->waitForFinished(10000);
        serve.reset();
    }

    void stopServe()
    {
        if (!serve)
            return;
        serve->terminate();
        serve->waitForFinished(10000);
        serve.reset();
    }

    QNetworkReply *post(const QString &botId, const QString &apiKey, const QString &action, const QJsonObject &body,
                        const QString &idempotencyKey, QNetworkAccessManager *through = nullptr)
    {
        QNetworkRequest r(
            QUrl(serveUrl.toString() + QStringLiteral("/v1/bots/%1/salesforce/actions/%2").arg(botId, action)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        r.setRawHeader("Authorization", "Bearer " + apiKey.toLatin1());
        if (!idempotencyKey.isEmpty())
            r.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
        r.setTransferTimeout(60000);
        return (through ? through : &network)->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QStringList ids(const QString &soql) const
    {
        QStringList out;
        const emulator::StoreResult r = org->store()->query(soql, false, 2000, QStringLiteral("60.0"));
        for (const QJsonValue &row : r.body.toObject().value(QStringLiteral("records")).toArray())
            out << row.toObject().value(QStringLiteral("Id")).toString();
        return out;
    }

    // A connection of its own to the shared file, for invariant checks; closed by the caller
    // through QSqlDatabase::removeDatabase(name).
    static QSqlDatabase inspect(const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(AppPaths::databaseFile());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        db.open();
        return db;
    }
};

} // namespace hilal::test
