#include "bots/database.h"

#include "bots/logging.h"
#include "bots/messages.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QVariant>

namespace hilal::bots {

namespace {

// Each entry moves the schema from version i to i + 1. Never edit an entry once shipped; append.
const QStringList &migrationSteps(int index)
{
    static const QList<QStringList> steps = {
        // 0 → 1: bots, their permissions and policies, and the audit log.
        {
            QStringLiteral("CREATE TABLE bots (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                           "audience TEXT NOT NULL, org_kind TEXT NOT NULL, login_url TEXT, "
                           "created TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE bot_permissions (bot_id TEXT NOT NULL REFERENCES bots(id) ON DELETE CASCADE, "
                           "permission TEXT NOT NULL, PRIMARY KEY (bot_id, permission))"),
            QStringLiteral("CREATE TABLE bot_policies (bot_id TEXT PRIMARY KEY REFERENCES bots(id) ON DELETE CASCADE, "
                           "confirm_updates INTEGER NOT NULL, confirm_soql TEXT NOT NULL, "
                           "confirm_creates INTEGER NOT NULL)"),
            // No foreign key: the audit trail outlives the bots it mentions.
            QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                           "bot_id TEXT NOT NULL, kind TEXT NOT NULL, action TEXT, parameters TEXT, "
                           "status INTEGER, salesforce_id TEXT, duration_ms INTEGER, confirmed_by TEXT, "
                           "actor TEXT, detail TEXT)"),
            QStringLiteral("CREATE INDEX audit_log_bot ON audit_log (bot_id, id)"),
        },
        // 1 → 2: connection metadata for display (never tokens) and hashed API keys for `serve`.
        {
            QStringLiteral(
                "CREATE TABLE bot_connections (bot_id TEXT PRIMARY KEY REFERENCES bots(id) ON DELETE CASCADE, "
                "org_id TEXT, user_id TEXT, username TEXT, org_name TEXT, instance_url TEXT, "
                "connected_since TEXT, sandbox INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE bot_api_keys (bot_id TEXT PRIMARY KEY REFERENCES bots(id) ON DELETE CASCADE, "
                           "salt BLOB NOT NULL, hash BLOB NOT NULL, created TEXT NOT NULL)"),
        },
        // 2 → 3: one-time confirmation tokens of the dispatcher (src/actions ConfirmationStore). They
        // must outlive a process: `hilal-sf action` answers 409 in one run and is confirmed in the next.
        {
            QStringLiteral("CREATE TABLE confirmation_tokens (token_hash TEXT PRIMARY KEY, bot_id TEXT NOT NULL, "
                           "action TEXT NOT NULL, request_hash TEXT NOT NULL, binding TEXT, created TEXT NOT NULL, "
                           "expires TEXT NOT NULL, used_at TEXT, used_by TEXT)"),
        },
        // 3 → 4: an admin's reason for letting a public bot hold RUN_SOQL or UPDATE_OPPORTUNITY
        // (PermissionSet::publicRisks); without a row the dispatcher refuses those actions.
        {
            QStringLiteral("CREATE TABLE bot_public_risk_overrides (bot_id TEXT NOT NULL REFERENCES bots(id) "
                           "ON DELETE CASCADE, permission TEXT NOT NULL, reason TEXT NOT NULL, actor TEXT, "
                           "at TEXT NOT NULL, PRIMARY KEY (bot_id, permission))"),
        },
        // 4 → 5: each bot's Lead field mapping (chat parameter or fixed value per Lead field).
        {
            QStringLiteral("CREATE TABLE bot_lead_fields (bot_id TEXT NOT NULL REFERENCES bots(id) ON DELETE CASCADE, "
                           "field TEXT NOT NULL COLLATE NOCASE, source TEXT NOT NULL, value TEXT NOT NULL, "
                           "PRIMARY KEY (bot_id, field))"),
        },
        // 5 → 6: per bot and object, the unique field a chat may name a record by instead of its Id
        // (src/actions RecordLookup); Name needs no row.
        {
            QStringLiteral(
                "CREATE TABLE bot_lookup_fields (bot_id TEXT NOT NULL REFERENCES bots(id) ON DELETE CASCADE, "
                "object TEXT NOT NULL, field TEXT NOT NULL, PRIMARY KEY (bot_id, object))"),
        },
        // 6 → 7: idempotency keys of chat actions (src/actions IdempotencyStore): a SHA-256 of the
        // key, the request it was first used with, and the answer to replay, for 24 hours.
        {
            QStringLiteral("CREATE TABLE idempotency_keys (bot_id TEXT NOT NULL, key_hash TEXT NOT NULL, "
                           "action TEXT NOT NULL, request_hash TEXT NOT NULL, state TEXT NOT NULL, "
                           "owner_pid INTEGER, lease_until TEXT, binding TEXT, status INTEGER, result TEXT, "
                           "salesforce_id TEXT, created TEXT NOT NULL, expires TEXT NOT NULL, "
                           "PRIMARY KEY (bot_id, key_hash))"),
            QStringLiteral("CREATE INDEX idempotency_keys_expires ON idempotency_keys (expires)"),
        },
        // 7 → 8: the console's saved, named queries (SavedQueries), per bot; names are unique per
        // bot whatever their case.
        {
            QStringLiteral("CREATE TABLE saved_queries (bot_id TEXT NOT NULL REFERENCES bots(id) ON DELETE CASCADE, "
                           "name TEXT NOT NULL COLLATE NOCASE, soql TEXT NOT NULL, created TEXT NOT NULL, "
                           "updated TEXT NOT NULL, PRIMARY KEY (bot_id, name))"),
        },
    };
    return steps.at(index);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = Messages::tr("The bots database could not be updated (%1).").arg(q.lastError().text());
    return false;
}

} // namespace

QString Database::uniqueConnectionName(const char *purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("hilal.bots.%1.%2").arg(QLatin1String(purpose)).arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase Database::open(const QString &file, const QString &connectionName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(file);
    // Several processes (GUI, `serve`, the CLI) share the file: wait for a writer rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error) {
            *error = Messages::tr("Could not open the bots database %1 (%2); check that the folder is writable.")
                         .arg(QFileInfo(file).absoluteFilePath(), db.lastError().text());
        }
        return QSqlDatabase();
    }
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (!migrate(db, error)) {
        db.close();
        return QSqlDatabase();
    }
    return db;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool Database::beginImmediate(QSqlDatabase &db, QString *error)
{
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        const QString code = q.lastError().nativeErrorCode();
        const bool busy = code == QLatin1String("5") || code == QLatin1String("6"); // SQLITE_BUSY, SQLITE_LOCKED
        if (!busy || attempt == kAttempts) {
            if (error) {
                *error = busy
                    ? Messages::tr("The bots database stayed busy (another Hilal process kept writing); try again.")
                    : Messages::tr("The bots database could not start a change (%1).").arg(q.lastError().text());
            }
            return false;
        }
        qCDebug(lcBots) << "bots database busy; retrying BEGIN IMMEDIATE" << attempt;
        QThread::msleep(50UL * attempt);
    }
}

int Database::version(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_migrations WHERE component = 'bots'")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Database::migrate(QSqlDatabase &db, QString *error, int target)
{
    if (!exec(db,
              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations "
                             "(component TEXT PRIMARY KEY, version INTEGER NOT NULL)"),
              error))
        return false;
    // BEGIN IMMEDIATE takes the write lock first, so two processes starting together migrate once.
    if (!beginImmediate(db, error))
        return false;
    int current = version(db);
    if (current > SchemaVersion) {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
        if (error) {
            *error = Messages::tr("The bots database was written by a newer version of Hilal Salesforce Admin "
                                  "(schema %1, this one knows %2); update the app.")
                         .arg(current)
                         .arg(SchemaVersion);
        }
        return false;
    }
    for (; current < target; ++current) {
        for (const QString &sql : migrationSteps(current)) {
            if (!exec(db, sql, error)) {
                exec(db, QStringLiteral("ROLLBACK"), nullptr);
                return false;
            }
        }
        qCDebug(lcBots) << "bots schema migrated to version" << current + 1;
    }
    QSqlQuery set(db);
    set.prepare(QStringLiteral("INSERT INTO schema_migrations (component, version) VALUES ('bots', ?) "
                               "ON CONFLICT(component) DO UPDATE SET version = excluded.version"));
    set.addBindValue(current);
    if (!set.exec()) {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
        if (error)
            *error = Messages::tr("The bots database could not record its schema version (%1).")
                         .arg(set.lastError().text());
        return false;
    }
    return exec(db, QStringLiteral("COMMIT"), error);
}

} // namespace hilal::bots
