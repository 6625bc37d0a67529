#include "bots/bot_repository.h"

#include "bots/database.h"
#include "bots/logging.h"
#include "core/app_paths.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace hilal::bots {

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return dt.toUTC();
}

QString actorOrDefault(const QString &actor)
{
    return actor.isEmpty() ? QStringLiteral("unknown") : actor;
}

QByteArray hashKey(const QByteArray &salt, const QString &key)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(salt);
    h.addData(key.toUtf8());
    return h.result();
}

// Compares without an early exit, so the time taken says nothing about how much matched.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// A transaction that rolls back unless committed.
class Transaction
{
public:
    // IMMEDIATE: changes read before they write, and other processes write the same file.
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_open(Database::beginImmediate(db)) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        const bool ok = m_db.commit();
        m_open = !ok;
        return ok;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace

BotRepository::BotRepository(const QString &databaseFile, QObject *parent)
    : QObject(parent)
    , m_file(databaseFile.isEmpty() ? AppPaths::databaseFile() : databaseFile)
    , m_connectionName(Database::uniqueConnectionName("repository"))
{
    const QSqlDatabase db = Database::open(m_file, m_connectionName, &m_error);
    if (!db.isValid())
        qCWarning(lcBots) << m_error;
    m_audit = std::make_unique<AuditLog>(m_file);
}

BotRepository::~BotRepository()
{
    m_audit.reset();
    Database::close(m_connectionName);
}

bool BotRepository::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString BotRepository::errorString() const
{
    return m_error;
}

bool BotRepository::fail(const QString &message) const
{
    m_error = message;
    qCWarning(lcBots) << message;
    return false;
}

bool BotRepository::insertAudit(QSqlDatabase &db, AuditEntry *entry)
{
    entry->at = QDateTime::currentDateTimeUtc();
    entry->parameters = AuditLog::maskParameters(entry->parameters);
    entry->id = AuditLog::insert(db, *entry, &m_error);
    return entry->id != 0;
}

bool BotRepository::requireBot(const QString &botId) const
{
    if (!isOpen())
        return fail(m_error.isEmpty() ? QStringLiteral("The bots database is not open.") : m_error);
    if (!contains(botId))
        return fail(QStringLiteral("There is no bot with id '%1'; `hilal-sf bots list` shows the ids.").arg(botId));
    return true;
}

// ----- bots -----

std::optional<Chatbot> BotRepository::add(const QString &name, Audience audience, OrgKind orgKind,
                                          const QUrl &loginUrl, const QString &actor)
{
    if (!isOpen()) {
        fail(m_error.isEmpty() ? QStringLiteral("The bots database is not open.") : m_error);
        return std::nullopt;
    }
    if (const QString problem = Chatbot::validateName(name); !problem.isEmpty()) {
        fail(problem);
        return std::nullopt;
    }
    if (const QString problem = Chatbot::validateLoginUrl(loginUrl); !problem.isEmpty()) {
        fail(problem);
        return std::nullopt;
    }
    Chatbot bot;
    bot.name = name.trimmed();
    bot.audience = audience;
    bot.orgKind = orgKind;
    bot.loginUrl = loginUrl;
    bot.created = QDateTime::currentDateTimeUtc();
    do {
        bot.id = Chatbot::newId();
    } while (contains(bot.id));

    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO bots (id, name, audience, org_kind, login_url, created) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(bot.id);
    q.addBindValue(bot.name);
    q.addBindValue(Chatbot::audienceName(audience));
    q.addBindValue(Chatbot::orgKindName(orgKind));
    q.addBindValue(loginUrl.isEmpty() ? QString() : loginUrl.toString());
    q.addBindValue(bot.created.toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        fail(QStringLiteral("The bot could not be saved (%1).").arg(q.lastError().text()));
        return std::nullopt;
    }
    const ConfirmationPolicy defaults;
    QSqlQuery p(db);
    p.prepare(QStringLiteral("INSERT INTO bot_policies (bot_id, confirm_updates, confirm_soql, confirm_creates) VALUES (?, ?, ?, ?)"));
    p.addBindValue(bot.id);
    p.addBindValue(defaults.confirmUpdates ? 1 : 0);
    p.addBindValue(ConfirmationPolicy::soqlName(defaults.confirmSoql));
    p.addBindValue(defaults.confirmCreates ? 1 : 0);
    if (!p.exec()) {
        fail(QStringLiteral("The bot's policy could not be saved (%1).").arg(p.lastError().text()));
        return std::nullopt;
    }
    AuditEntry e;
    e.botId = bot.id;
    e.kind = AuditEntry::Kind::Bot;
    e.action = QStringLiteral("add");
    e.actor = actorOrDefault(actor);
    e.detail = QStringLiteral("added bot \"%1\" (%2, %3)").arg(bot.name, Chatbot::audienceName(audience),
                                                               Chatbot::orgKindName(orgKind));
    if (!insertAudit(db, &e) || !tx.commit()) {
        fail(m_error);
        return std::nullopt;
    }
    Q_EMIT m_audit->appended(e);
    Q_EMIT botAdded(bot.id);
    return bot;
}

bool BotRepository::rename(const QString &botId, const QString &name, const QString &actor)
{
    if (!requireBot(botId))
        return false;
    if (const QString problem = Chatbot::validateName(name); !problem.isEmpty())
        return fail(problem);
    const Chatbot before = *get(botId);
    if (before.name == name.trimmed())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE bots SET name = ? WHERE id = ?"));
    q.addBindValue(name.trimmed());
    q.addBindValue(botId);
    if (!q.exec())
        return fail(QStringLiteral("The bot could not be renamed (%1).").arg(q.lastError().text()));
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Bot;
    e.action = QStringLiteral("rename");
    e.actor = actorOrDefault(actor);
    e.detail = QStringLiteral("renamed \"%1\" to \"%2\"").arg(before.name, name.trimmed());
    if (!insertAudit(db, &e) || !tx.commit())
        return fail(m_error);
    Q_EMIT m_audit->appended(e);
    Q_EMIT botChanged(botId);
    return true;
}

bool BotRepository::remove(const QString &botId, const QString &actor)
{
    if (!requireBot(botId))
        return false;
    const Chatbot before = *get(botId);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    // foreign_keys=ON cascades, but delete explicitly so an old file without the pragma is clean too.
    for (const char *table : {"bot_permissions", "bot_policies", "bot_connections", "bot_api_keys"}) {
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM %1 WHERE bot_id = ?").arg(QLatin1String(table)));
        d.addBindValue(botId);
        if (!d.exec())
            return fail(QStringLiteral("The bot could not be removed (%1).").arg(d.lastError().text()));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM bots WHERE id = ?"));
    q.addBindValue(botId);
    if (!q.exec())
        return fail(QStringLiteral("The bot could not be removed (%1).").arg(q.lastError().text()));
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Bot;
    e.action = QStringLiteral("remove");
    e.actor = actorOrDefault(actor);
    e.detail = QStringLiteral("removed bot \"%1\"").arg(before.name);
    if (!insertAudit(db, &e) || !tx.commit())
        return fail(m_error);
    Q_EMIT m_audit->appended(e);
    Q_EMIT botRemoved(botId);
    return true;
}

namespace {

Chatbot botFromRow(const QSqlQuery &q)
{
    Chatbot b;
    b.id = q.value(0).toString();
    b.name = q.value(1).toString();
    b.audience = Chatbot::audienceFromName(q.value(2).toString()).value_or(Audience::Internal);
    b.orgKind = Chatbot::orgKindFromName(q.value(3).toString()).value_or(OrgKind::Production);
    b.loginUrl = QUrl(q.value(4).toString());
    b.created = fromIso(q.value(5));
    return b;
}

} // namespace

QList<Chatbot> BotRepository::list() const
{
    QList<Chatbot> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, audience, org_kind, login_url, created FROM bots ORDER BY created, rowid"))) {
        fail(QStringLiteral("The bots could not be read (%1).").arg(q.lastError().text()));
        return out;
    }
    while (q.next())
        out << botFromRow(q);
    return out;
}

std::optional<Chatbot> BotRepository::get(const QString &botId) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT id, name, audience, org_kind, login_url, created FROM bots WHERE id = ?"));
    q.addBindValue(botId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return botFromRow(q);
}

bool BotRepository::contains(const QString &botId) const
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT 1 FROM bots WHERE id = ?"));
    q.addBindValue(botId);
    return q.exec() && q.next();
}

// ----- permissions -----

PermissionSet BotRepository::permissions(const QString &botId) const
{
    PermissionSet set;
    if (!isOpen())
        return set;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT permission FROM bot_permissions WHERE bot_id = ?"));
    q.addBindValue(botId);
    if (!q.exec())
        return set;
    while (q.next()) {
        if (const auto p = Permissions::fromName(q.value(0).toString()))
            set.grant(*p);
    }
    return set;
}

bool BotRepository::writePermissions(const QString &botId, const PermissionSet &before,
                                     const PermissionSet &after, const QString &actor)
{
    const PermissionSet granted = after.removed(before);
    const PermissionSet revoked = before.removed(after);
    if (granted.isEmpty() && revoked.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    for (Permission p : granted.toList()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO bot_permissions (bot_id, permission) VALUES (?, ?)"));
        q.addBindValue(botId);
        q.addBindValue(Permissions::name(p));
        if (!q.exec())
            return fail(QStringLiteral("The permission could not be saved (%1).").arg(q.lastError().text()));
    }
    for (Permission p : revoked.toList()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM bot_permissions WHERE bot_id = ? AND permission = ?"));
        q.addBindValue(botId);
        q.addBindValue(Permissions::name(p));
        if (!q.exec())
            return fail(QStringLiteral("The permission could not be removed (%1).").arg(q.lastError().text()));
    }
    QStringList parts;
    if (!granted.isEmpty())
        parts << QStringLiteral("granted %1").arg(granted.names().join(QStringLiteral(", ")));
    if (!revoked.isEmpty())
        parts << QStringLiteral("revoked %1").arg(revoked.names().join(QStringLiteral(", ")));
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Permission;
    e.action = granted.isEmpty() ? QStringLiteral("revoke") : (revoked.isEmpty() ? QStringLiteral("grant") : QStringLiteral("set"));
    e.actor = actorOrDefault(actor);
    e.detail = parts.join(QStringLiteral("; "));
    e.parameters = QJsonObject{{QStringLiteral("granted"), QJsonArray::fromStringList(granted.names())},
                               {QStringLiteral("revoked"), QJsonArray::fromStringList(revoked.names())},
                               {QStringLiteral("now"), QJsonArray::fromStringList(after.names())}};
    if (!insertAudit(db, &e) || !tx.commit())
        return fail(m_error);
    Q_EMIT m_audit->appended(e);
    Q_EMIT permissionsChanged(botId, after);
    return true;
}

bool BotRepository::setPermissions(const QString &botId, const PermissionSet &permissions, const QString &actor)
{
    if (!requireBot(botId))
        return false;
    return writePermissions(botId, this->permissions(botId), permissions, actor);
}

bool BotRepository::grant(const QString &botId, const PermissionSet &permissions, const QString &actor)
{
    if (!requireBot(botId))
        return false;
    const PermissionSet before = this->permissions(botId);
    return writePermissions(botId, before, before.added(permissions), actor);
}

bool BotRepository::revoke(const QString &botId, const PermissionSet &permissions, const QString &actor)
{
    if (!requireBot(botId))
        return false;
    const PermissionSet before = this->permissions(botId);
    return writePermissions(botId, before, before.removed(permissions), actor);
}

// ----- policy -----

ConfirmationPolicy BotRepository::policy(const QString &botId) const
{
    ConfirmationPolicy policy;
    if (!isOpen())
        return policy;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT confirm_updates, confirm_soql, confirm_creates FROM bot_policies WHERE bot_id = ?"));
    q.addBindValue(botId);
    if (q.exec() && q.next()) {
        policy.confirmUpdates = q.value(0).toInt() != 0;
        policy.confirmSoql = ConfirmationPolicy::soqlFromName(q.value(1).toString()).value_or(ConfirmationPolicy::Soql::NonTrivial);
        policy.confirmCreates = q.value(2).toInt() != 0;
    }
    return policy;
}

bool BotRepository::setPolicy(const QString &botId, const ConfirmationPolicy &policy, const QString &actor)
{
    if (!requireBot(botId))
        return false;
    const ConfirmationPolicy before = this->policy(botId);
    if (before == policy)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO bot_policies (bot_id, confirm_updates, confirm_soql, confirm_creates) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(bot_id) DO UPDATE SET confirm_updates = excluded.confirm_updates, "
                             "confirm_soql = excluded.confirm_soql, confirm_creates = excluded.confirm_creates"));
    q.addBindValue(botId);
    q.addBindValue(policy.confirmUpdates ? 1 : 0);
    q.addBindValue(ConfirmationPolicy::soqlName(policy.confirmSoql));
    q.addBindValue(policy.confirmCreates ? 1 : 0);
    if (!q.exec())
        return fail(QStringLiteral("The confirmation policy could not be saved (%1).").arg(q.lastError().text()));
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Policy;
    e.action = QStringLiteral("policy");
    e.actor = actorOrDefault(actor);
    e.detail = QStringLiteral("confirmation policy: %1 (was %2)").arg(policy.summary(), before.summary());
    e.parameters = policy.toJson();
    if (!insertAudit(db, &e) || !tx.commit())
        return fail(m_error);
    Q_EMIT m_audit->appended(e);
    Q_EMIT policyChanged(botId, policy);
    return true;
}

// ----- connection metadata -----

std::optional<ConnectionInfo> BotRepository::connectionInfo(const QString &botId) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT org_id, user_id, username, org_name, instance_url, connected_since, sandbox "
                             "FROM bot_connections WHERE bot_id = ?"));
    q.addBindValue(botId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ConnectionInfo info;
    info.orgId = q.value(0).toString();
    info.userId = q.value(1).toString();
    info.username = q.value(2).toString();
    info.orgName = q.value(3).toString();
    info.instanceUrl = QUrl(q.value(4).toString());
    info.connectedSince = fromIso(q.value(5));
    info.sandbox = q.value(6).toInt() != 0;
    return info;
}

bool BotRepository::setConnectionInfo(const QString &botId, const ConnectionInfo &info, const QString &actor)
{
    if (!requireBot(botId))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO bot_connections (bot_id, org_id, user_id, username, org_name, "
                             "instance_url, connected_since, sandbox) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(botId);
    q.addBindValue(info.orgId);
    q.addBindValue(info.userId);
    q.addBindValue(info.username);
    q.addBindValue(info.orgName);
    q.addBindValue(info.instanceUrl.toString());
    q.addBindValue((info.connectedSince.isValid() ? info.connectedSince : QDateTime::currentDateTimeUtc())
                       .toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(info.sandbox ? 1 : 0);
    if (!q.exec())
        return fail(QStringLiteral("The connection details could not be saved (%1).").arg(q.lastError().text()));
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Connection;
    e.action = QStringLiteral("connected");
    e.actor = actorOrDefault(actor);
    e.detail = QStringLiteral("connected to org %1 as %2 (%3)")
                   .arg(info.orgId, info.username, info.sandbox ? QStringLiteral("sandbox") : QStringLiteral("production"));
    e.parameters = QJsonObject{{QStringLiteral("orgId"), info.orgId},
                               {QStringLiteral("instanceUrl"), info.instanceUrl.toString()}};
    if (!insertAudit(db, &e) || !tx.commit())
        return fail(m_error);
    Q_EMIT m_audit->appended(e);
    Q_EMIT connectionInfoChanged(botId);
    return true;
}

bool BotRepository::clearConnectionInfo(const QString &botId, const QString &actor, const QString &reason)
{
    if (!requireBot(botId))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM bot_connections WHERE bot_id = ?"));
    q.addBindValue(botId);
    if (!q.exec())
        return fail(QStringLiteral("The connection details could not be removed (%1).").arg(q.lastError().text()));
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Connection;
    e.action = QStringLiteral("disconnected");
    e.actor = actorOrDefault(actor);
    e.detail = reason.isEmpty() ? QStringLiteral("disconnected") : reason;
    if (!insertAudit(db, &e) || !tx.commit())
        return fail(m_error);
    Q_EMIT m_audit->appended(e);
    Q_EMIT connectionInfoChanged(botId);
    return true;
}

bool BotRepository::recordConnectionEvent(const QString &botId, const QString &event, const QString &detail,
                                          const QString &actor)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Connection;
    e.action = event;
    e.actor = actorOrDefault(actor);
    e.detail = detail;
    if (!insertAudit(db, &e))
        return fail(m_error);
    Q_EMIT m_audit->appended(e);
    return true;
}

// ----- API keys -----

QString BotRepository::createApiKey(const QString &botId, const QString &actor)
{
    if (!requireBot(botId))
        return {};
    QByteArray secret(32, Qt::Uninitialized);
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    // Prefix so a leaked key is recognisable in a scanner; base64url keeps it shell- and header-safe.
    const QString key = QStringLiteral("hsk_")
        + QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO bot_api_keys (bot_id, salt, hash, created) VALUES (?, ?, ?, ?)"));
    q.addBindValue(botId);
    q.addBindValue(salt);
    q.addBindValue(hashKey(salt, key));
    q.addBindValue(isoNow());
    if (!q.exec()) {
        fail(QStringLiteral("The API key could not be saved (%1).").arg(q.lastError().text()));
        return {};
    }
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Bot;
    e.action = QStringLiteral("key");
    e.actor = actorOrDefault(actor);
    e.detail = QStringLiteral("issued a new API key (any older key stops working)");
    if (!insertAudit(db, &e) || !tx.commit()) {
        fail(m_error);
        return {};
    }
    Q_EMIT m_audit->appended(e);
    return key;
}

bool BotRepository::verifyApiKey(const QString &botId, const QString &key) const
{
    if (!isOpen() || key.isEmpty())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT salt, hash FROM bot_api_keys WHERE bot_id = ?"));
    q.addBindValue(botId);
    if (!q.exec() || !q.next())
        return false;
    return constantTimeEquals(hashKey(q.value(0).toByteArray(), key), q.value(1).toByteArray());
}

bool BotRepository::hasApiKey(const QString &botId) const
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT 1 FROM bot_api_keys WHERE bot_id = ?"));
    q.addBindValue(botId);
    return q.exec() && q.next();
}

} // namespace hilal::bots
