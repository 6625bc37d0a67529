// BotRepository on a real SQLite file in a temporary dir: bots CRUD, permissions, policies,
// connection metadata, API keys, and the audit entry each change writes; migrations from an
// older schema keep data; a newer schema is refused with a sentence.
#include "bots/bot_repository.h"
#include "bots/database.h"
#include "core/app_paths.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hilal;
using namespace hilal::bots;

class TestBotRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppPaths::setDataDirOverride(m_dir.path());
    }

    void defaultFileIsAppPathsDatabase()
    {
        BotRepository repo;
        QVERIFY(repo.isOpen());
        QCOMPARE(repo.databaseFile(), AppPaths::databaseFile());
    }

    void addListGetRenameRemove()
    {
        BotRepository repo(file("crud.sqlite"));
        QVERIFY2(repo.isOpen(), qPrintable(repo.errorString()));
        QSignalSpy added(&repo, &BotRepository::botAdded);
        const auto a = repo.add(QStringLiteral("Website concierge"), Audience::Public, OrgKind::Production, {},
                                QStringLiteral("test"));
        QVERIFY2(a, qPrintable(repo.errorString()));
        const auto b = repo.add(QStringLiteral("  Sales ops "), Audience::Internal, OrgKind::Sandbox,
                                QUrl(QStringLiteral("http://127.0.0.1:5555")));
        QVERIFY(b);
        QCOMPARE(added.count(), 2);
        QVERIFY(Chatbot::isValidId(a->id));
        QCOMPARE(b->name, QStringLiteral("Sales ops"));

        const QList<Chatbot> all = repo.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, a->id);
        const auto got = repo.get(b->id);
        QVERIFY(got);
        QCOMPARE(got->audience, Audience::Internal);
        QCOMPARE(got->orgKind, OrgKind::Sandbox);
        QCOMPARE(got->loginUrl, QUrl(QStringLiteral("http://127.0.0.1:5555")));
        QVERIFY(got->created.isValid());
        QCOMPARE(got->created.timeSpec(), Qt::UTC);

        QVERIFY(repo.rename(a->id, QStringLiteral("Concierge")));
        QCOMPARE(repo.get(a->id)->name, QStringLiteral("Concierge"));
        QVERIFY(!repo.rename(a->id, QStringLiteral("")));
        QVERIFY(!repo.errorString().isEmpty());

        QVERIFY(repo.remove(a->id));
        QVERIFY(!repo.get(a->id));
        QVERIFY(!repo.remove(a->id));
        QVERIFY(repo.errorString().contains(a->id));
        QCOMPARE(repo.list().size(), 1);

        // The trail outlives the bot: add, rename, remove.
        const QList<AuditEntry> trail = repo.audit().entries({a->id});
        QCOMPARE(trail.size(), 3);
        QCOMPARE(trail.at(0).action, QStringLiteral("remove"));
        QCOMPARE(trail.at(2).action, QStringLiteral("add"));
        QCOMPARE(trail.at(2).actor, QStringLiteral("test"));
    }

    void badInputIsRefused()
    {
        BotRepository repo(file("bad.sqlite"));
        QVERIFY(!repo.add(QString(), Audience::Public, OrgKind::Production));
        QVERIFY(!repo.add(QStringLiteral("x"), Audience::Public, OrgKind::Production,
                          QUrl(QStringLiteral("http://evil.example"))));
        QVERIFY(repo.errorString().contains(QStringLiteral("https")));
        QVERIFY(repo.list().isEmpty());
    }

    void permissionsPersistAndEveryChangeIsAudited()
    {
        const QString path = file("perm.sqlite");
        QString id;
        {
            BotRepository repo(path);
            id = repo.add(QStringLiteral("p"), Audience::Public, OrgKind::Production)->id;
            QVERIFY(repo.permissions(id).isEmpty());
            QSignalSpy changed(&repo, &BotRepository::permissionsChanged);
            // A public bot: RUN_SOQL only with a reason (the public-bot rule), and nothing changes without one.
            QVERIFY(!repo.grant(id, {Permission::CreateLead, Permission::RunSoql}, QStringLiteral("cli")));
            QVERIFY(repo.permissions(id).isEmpty());
            QCOMPARE(changed.count(), 0);
            QVERIFY(repo.grant(id, {Permission::CreateLead, Permission::RunSoql}, QStringLiteral("cli"),
                               QStringLiteral("internal page")));
            QVERIFY(repo.grant(id, {Permission::CreateLead})); // no change → no entry, no signal
            QVERIFY(repo.revoke(id, {Permission::RunSoql}, QStringLiteral("gui")));
            QVERIFY(repo.setPermissions(id, PermissionSet::safeForPublicBots(), QStringLiteral("gui")));
            QCOMPARE(changed.count(), 3);
            QVERIFY(!repo.grant(QStringLiteral("bot_nosuchbt"), {Permission::RunSoql}));
        }
        BotRepository reopened(path);
        QCOMPARE(reopened.permissions(id), PermissionSet::safeForPublicBots());
        AuditQuery q;
        q.botId = id;
        QList<AuditEntry> perms;
        for (const AuditEntry &e : reopened.audit().entries(q)) {
            if (e.kind == AuditEntry::Kind::Permission)
                perms << e;
        }
        QCOMPARE(perms.size(), 3);
        QCOMPARE(perms.at(2).detail,
                 QStringLiteral("granted CREATE_LEAD, RUN_SOQL; allowed RUN_SOQL on a public bot; "
                                "risk accepted because: internal page"));
        QCOMPARE(perms.at(2).parameters.value(QStringLiteral("reason")).toString(), QStringLiteral("internal page"));
        QCOMPARE(perms.at(2).actor, QStringLiteral("cli"));
        QCOMPARE(perms.at(1).detail, QStringLiteral("revoked RUN_SOQL"));
        QCOMPARE(perms.at(0).detail, QStringLiteral("granted READ_ACCOUNT"));
    }

    void policyPersistsAndIsAudited()
    {
        BotRepository repo(file("policy.sqlite"));
        const QString id = repo.add(QStringLiteral("p"), Audience::Internal, OrgKind::Production)->id;
        QCOMPARE(repo.policy(id), ConfirmationPolicy());
        ConfirmationPolicy p;
        p.confirmUpdates = false;
        p.confirmSoql = ConfirmationPolicy::Soql::All;
        p.confirmCreates = true;
        QSignalSpy changed(&repo, &BotRepository::policyChanged);
        QVERIFY(repo.setPolicy(id, p, QStringLiteral("cli")));
        QVERIFY(repo.setPolicy(id, p)); // unchanged: no entry
        QCOMPARE(changed.count(), 1);
        QCOMPARE(repo.policy(id), p);
        const QList<AuditEntry> trail = repo.audit().entries({id});
        QCOMPARE(trail.first().kind, AuditEntry::Kind::Policy);
        QVERIFY(trail.first().detail.contains(QStringLiteral("updates off, soql all, creates on")));
        QCOMPARE(trail.size(), 2); // add + policy
    }

    void connectionMetadataNeverTokens()
    {
        BotRepository repo(file("conn.sqlite"));
        const QString id = repo.add(QStringLiteral("c"), Audience::Internal, OrgKind::Sandbox)->id;
        QVERIFY(!repo.connectionInfo(id));
        ConnectionInfo info;
        info.orgId = QStringLiteral("00D5g000004FxQpEAK");
        info.username = QStringLiteral("admin@hilal-demo.example");
        info.instanceUrl = QUrl(QStringLiteral("http://127.0.0.1:1234"));
        info.connectedSince = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        info.sandbox = true;
        QVERIFY(repo.setConnectionInfo(id, info, QStringLiteral("cli")));
        QCOMPARE(*repo.connectionInfo(id), info);
        QVERIFY(repo.clearConnectionInfo(id, QStringLiteral("cli")));
        QVERIFY(!repo.connectionInfo(id));
        const QList<AuditEntry> trail = repo.audit().entries({id});
        QCOMPARE(trail.at(0).action, QStringLiteral("disconnected"));
        QCOMPARE(trail.at(1).action, QStringLiteral("connected"));
        // No column anywhere can hold a token.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(file("conn.sqlite"));
        QVERIFY(db.open());
        {
            QSqlQuery cols(db);
            QVERIFY(cols.exec(QStringLiteral("SELECT name FROM pragma_table_info('bot_connections')")));
            while (cols.next())
                QVERIFY2(!cols.value(0).toString().contains(QStringLiteral("token")),
                         qPrintable(cols.value(0).toString()));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    // Audience and org kind change after creation: validated, audited, and a new login host ends
    // the stored connection's metadata and marks the bot as needing reconnect.
    void audienceAndOrgKindChangeLater()
    {
        BotRepository repo(file("kind.sqlite"));
        const QString id = repo.add(QStringLiteral("k"), Audience::Internal, OrgKind::Production)->id;
        QSignalSpy changed(&repo, &BotRepository::botChanged);
        QSignalSpy connection(&repo, &BotRepository::connectionInfoChanged);
        QVERIFY(repo.setAudienceAndOrgKind(id, Audience::Public, OrgKind::Production, QStringLiteral("cli")));
        QCOMPARE(repo.get(id)->audience, Audience::Public);
        QCOMPARE(changed.count(), 1);
        AuditEntry last = repo.audit().entries({id, 1, 0}).first();
        QCOMPARE(last.kind, AuditEntry::Kind::Bot);
        QCOMPARE(last.action, QStringLiteral("properties"));
        QCOMPARE(last.actor, QStringLiteral("cli"));
        QCOMPARE(last.detail, QStringLiteral("audience internal → public"));
        // Nothing to change: no entry, no signal.
        const int entries = int(repo.audit().entries({id}).size());
        QVERIFY(repo.setAudienceAndOrgKind(id, Audience::Public, OrgKind::Production));
        QCOMPARE(repo.audit().entries({id}).size(), entries);
        QCOMPARE(changed.count(), 1);

        // An unknown bot: a sentence naming it.
        QVERIFY(!repo.setAudienceAndOrgKind(QStringLiteral("bot_zzzzzzzz"), Audience::Internal, OrgKind::Sandbox));
        QVERIFY(repo.errorString().contains(QLatin1String("bot_zzzzzzzz")));

        // A connected bot moved to the other login host: its metadata goes, in the same
        // transaction, and it needs reconnecting until it connects again.
        ConnectionInfo info;
        info.orgId = QStringLiteral("00D5g000004FxQpEAK");
        info.orgName = QStringLiteral("Acme");
        info.username = QStringLiteral("admin@acme.example");
        info.instanceUrl = QUrl(QStringLiteral("https://acme.my.salesforce.com"));
        QVERIFY(repo.setConnectionInfo(id, info));
        QVERIFY(repo.reconnectReason(id).isEmpty());
        connection.clear();
        QVERIFY(repo.setAudienceAndOrgKind(id, Audience::Public, OrgKind::Sandbox, QStringLiteral("gui")));
        QCOMPARE(repo.get(id)->orgKind, OrgKind::Sandbox);
        QVERIFY(!repo.connectionInfo(id));
        QCOMPARE(connection.count(), 1);
        const QString why = repo.reconnectReason(id);
        QVERIFY2(why.contains(QLatin1String("Acme")) && why.contains(QLatin1String("test.salesforce.com")),
                 qPrintable(why));
        const QList<AuditEntry> trail = repo.audit().entries({id, 2, 0});
        QCOMPARE(trail.at(0).kind, AuditEntry::Kind::Connection);
        QCOMPARE(trail.at(0).action, QStringLiteral("reconnect-required"));
        QCOMPARE(trail.at(1).detail, QStringLiteral("org kind production → sandbox"));
        // Connecting again clears the mark; so does a plain disconnect.
        QVERIFY(repo.setConnectionInfo(id, info));
        QVERIFY(repo.reconnectReason(id).isEmpty());
        // The same org kind again changes no connection.
        QVERIFY(repo.setAudienceAndOrgKind(id, Audience::Internal, OrgKind::Sandbox));
        QVERIFY(repo.connectionInfo(id));
        QVERIFY(repo.reconnectReason(id).isEmpty());
        // A bot that is not connected changes its org kind without any mark.
        QVERIFY(repo.clearConnectionInfo(id));
        QVERIFY(repo.setAudienceAndOrgKind(id, Audience::Internal, OrgKind::Production));
        QVERIFY(repo.reconnectReason(id).isEmpty());
    }

    // Becoming public follows the grant rule for RUN_SOQL and UPDATE_OPPORTUNITY.
    void goingPublicNeedsAReasonForRiskyPermissions()
    {
        BotRepository repo(file("public.sqlite"));
        const QString id = repo.add(QStringLiteral("p"), Audience::Internal, OrgKind::Production)->id;
        QVERIFY(repo.grant(id, {Permission::RunSoql, Permission::CreateLead}));
        const int entries = int(repo.audit().entries({id}).size());
        QVERIFY(!repo.setAudienceAndOrgKind(id, Audience::Public, OrgKind::Production));
        QVERIFY2(repo.errorString().contains(QLatin1String("RUN_SOQL is reserved for internal bots")),
                 qPrintable(repo.errorString()));
        QVERIFY(repo.errorString().contains(QLatin1String("--allow-public-risk")));
        QCOMPARE(repo.errorString(), repo.checkAudienceAndOrgKind(id, Audience::Public, OrgKind::Production));
        QCOMPARE(repo.get(id)->audience, Audience::Internal);
        QCOMPARE(repo.audit().entries({id}).size(), entries);
        // The org kind alone may change; the refusal is about the audience only.
        QVERIFY(repo.checkAudienceAndOrgKind(id, Audience::Internal, OrgKind::Sandbox).isEmpty());
        QVERIFY(
            !repo.setAudienceAndOrgKind(id, Audience::Public, OrgKind::Production, {}, QString(501, QLatin1Char('x'))));
        QVERIFY(repo.errorString().contains(QLatin1String("500")));

        QVERIFY(repo.setAudienceAndOrgKind(id, Audience::Public, OrgKind::Production, QStringLiteral("gui"),
                                           QStringLiteral("  staff page behind SSO ")));
        QCOMPARE(repo.publicRiskReason(id, Permission::RunSoql), QStringLiteral("staff page behind SSO"));
        QVERIFY(repo.publicRiskReason(id, Permission::UpdateOpportunity).isEmpty()); // not held
        QVERIFY(repo.publicRisksWithoutReason(id, {Permission::RunSoql}).isEmpty());
        const AuditEntry last = repo.audit().entries({id, 1, 0}).first();
        QVERIFY2(last.detail.contains(QLatin1String("risk accepted because: staff page behind SSO")),
                 qPrintable(last.detail));
        QCOMPARE(last.parameters.value(QStringLiteral("reason")).toString(), QStringLiteral("staff page behind SSO"));

        // Internal again: the reasons go, so going public again asks again.
        QVERIFY(repo.setAudienceAndOrgKind(id, Audience::Internal, OrgKind::Production));
        QVERIFY(repo.publicRiskReason(id, Permission::RunSoql).isEmpty());
        QVERIFY(!repo.setAudienceAndOrgKind(id, Audience::Public, OrgKind::Production));
        // Without a risky permission no reason is needed.
        QVERIFY(repo.revoke(id, {Permission::RunSoql}));
        QVERIFY2(repo.setAudienceAndOrgKind(id, Audience::Public, OrgKind::Production), qPrintable(repo.errorString()));
    }

    void apiKeysAreHashedAndReplaceable()
    {
        BotRepository repo(file("keys.sqlite"));
        const QString id = repo.add(QStringLiteral("k"), Audience::Public, OrgKind::Production)->id;
        const QString other = repo.add(QStringLiteral("k2"), Audience::Public, OrgKind::Production)->id;
        QVERIFY(!repo.hasApiKey(id));
        const QString key = repo.createApiKey(id);
        QVERIFY(key.startsWith(QStringLiteral("hsk_")));
        QVERIFY(key.size() > 40);
        QVERIFY(repo.hasApiKey(id));
        QVERIFY(repo.verifyApiKey(id, key));
        QVERIFY(!repo.verifyApiKey(other, key));
        QVERIFY(!repo.verifyApiKey(id, key + QLatin1Char('x')));
        QVERIFY(!repo.verifyApiKey(id, QString()));
        const QString second = repo.createApiKey(id);
        QVERIFY(second != key);
        QVERIFY(!repo.verifyApiKey(id, key));
        QVERIFY(repo.verifyApiKey(id, second));
        // The file holds no plain key.
        QFile f(file("keys.sqlite"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray all = f.readAll();
        QFile wal(file("keys.sqlite") + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            all += wal.readAll();
        QVERIFY(!all.contains(second.toLatin1()));
    }

    void migratesFromVersionOneKeepingData()
    {
        const QString path = file("old.sqlite");
        {
            const QString name = QStringLiteral("v1");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QString error;
                QVERIFY2(Database::migrate(db, &error, 1), qPrintable(error));
                QCOMPARE(Database::version(db), 1);
                QSqlQuery q(db);
                QVERIFY(q.exec(
                    QStringLiteral("INSERT INTO bots VALUES ('bot_aaaaaaaa', 'Old', 'public', 'production', NULL, "
                                   "'2025-01-01T00:00:00.000Z')")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO bot_permissions VALUES ('bot_aaaaaaaa', 'RUN_SOQL')")));
                QVERIFY(!q.exec(QStringLiteral("SELECT 1 FROM bot_connections")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        BotRepository repo(path);
        QVERIFY2(repo.isOpen(), qPrintable(repo.errorString()));
        QCOMPARE(repo.get(QStringLiteral("bot_aaaaaaaa"))->name, QStringLiteral("Old"));
        QCOMPARE(repo.permissions(QStringLiteral("bot_aaaaaaaa")), PermissionSet({Permission::RunSoql}));
        QVERIFY(repo.createApiKey(QStringLiteral("bot_aaaaaaaa")).size() > 0); // a v2 table works
    }

    void newerSchemaIsRefusedWithASentence()
    {
        const QString path = file("future.sqlite");
        {
            BotRepository repo(path);
            QVERIFY(repo.isOpen());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_migrations SET version = 99 WHERE component = 'bots'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        BotRepository repo(path);
        QVERIFY(!repo.isOpen());
        QVERIFY2(repo.errorString().contains(QStringLiteral("newer version")), qPrintable(repo.errorString()));
        QVERIFY(!repo.add(QStringLiteral("x"), Audience::Public, OrgKind::Production));
    }

    void twoRepositoriesOnOneFileSeeEachOther()
    {
        BotRepository a(file("shared.sqlite"));
        BotRepository b(file("shared.sqlite"));
        const QString id = a.add(QStringLiteral("s"), Audience::Internal, OrgKind::Production)->id;
        QVERIFY(b.grant(id, {Permission::ReadAccount}));
        QCOMPARE(a.permissions(id), PermissionSet({Permission::ReadAccount}));
    }

    void everyAuditEntryIsAnnounced()
    {
        BotRepository repo(file("announce.sqlite"));
        QSignalSpy appended(&repo.audit(), &AuditLog::appended);
        const QString id = repo.add(QStringLiteral("a"), Audience::Internal, OrgKind::Production)->id;
        QVERIFY(repo.grant(id, {Permission::RunSoql}, QStringLiteral("gui")));
        ConfirmationPolicy p;
        p.confirmCreates = true;
        QVERIFY(repo.setPolicy(id, p));
        QCOMPARE(appended.count(), 3);
        const AuditEntry last = appended.last().first().value<AuditEntry>();
        QCOMPARE(last.kind, AuditEntry::Kind::Policy);
        QVERIFY(last.id > 0);
        QVERIFY(last.at.isValid());
        QCOMPARE(last.id, repo.audit().entries({id, 1, 0}).first().id);
    }
};

QTEST_GUILESS_MAIN(TestBotRepository)
#include "tst_bot_repository.moc"
