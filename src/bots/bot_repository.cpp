#include "bots/bot_repository.h"

#include "bots/database.h"
#include "bots/logging.h"
#include "core/app_paths.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
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
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(Database::beginImmediate(db))
    {
    }
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
        return fail(m_error.isEmpty() ? tr("The bots database is not open.") : m_error);
    if (!contains(botId))
        return fail(tr("There is no bot with id '%1'; `hilal-sf bots list` shows the ids.").arg(botId));
    return true;
}

// ----- bots -----

std::optional<Chatbot> BotRepository::add(const QString &name, Audience audience, OrgKind orgKind, const QUrl &loginUrl,
                                          const QString &actor)
{
    if (!isOpen()) {
        fail(m_error.isEmpty() ? tr("The bots database is not open.") : m_error);
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
    q.prepare(QStringLiteral(
        "INSERT INTO bots (id, name, audience, org_kind, login_url, created) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(bot.id);
    q.addBindValue(bot.name);
    q.addBindValue(Chatbot::audienceName(audience));
    q.addBindValue(Chatbot::orgKindName(orgKind));
    q.addBindValue(loginUrl.isEmpty() ? QString() : loginUrl.toString());
    q.addBindValue(bot.created.toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        fail(tr("The bot could not be saved (%1).").arg(q.lastError().text()));
        return std::nullopt;
    }
    const ConfirmationPolicy defaults;
    QSqlQuery p(db);
    p.prepare(QStringLiteral(
        "INSERT INTO bot_policies (bot_id, confirm_updates, confirm_soql, confirm_creates) VALUES (?, ?, ?, ?)"));
    p.addBindValue(bot.id);
    p.addBindValue(defaults.confirmUpdates ? 1 : 0);
    p.addBindValue(ConfirmationPolicy::soqlName(defaults.confirmSoql));
    p.addBindValue(defaults.confirmCreates ? 1 : 0);
    if (!p.exec()) {
        fail(tr("The bot's policy could not be saved (%1).").arg(p.lastError().text()));
        return std::nullopt;
    }
    AuditEntry e;
    e.botId = bot.id;
    e.kind = AuditEntry::Kind::Bot;
    e.action = QStringLiteral("add");
    e.actor = actorOrDefault(actor);
    e.detail = QStringLiteral("added bot \"%1\" (%2, %3)")
                   .arg(bot.name, Chatbot::audienceName(audience), Chatbot::orgKindName(orgKind));
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
        return fail(tr("The bot could not be renamed (%1).").arg(q.lastError().text()));
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
    for (const char *table :
         {"bot_permissions", "bot_policies", "bot_connections", "bot_api_keys", "bot_lookup_fields"}) {
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM %1 WHERE bot_id = ?").arg(QLatin1String(table)));
        d.addBindValue(botId);
        if (!d.exec())
            return fail(tr("The bot could not be removed (%1).").arg(d.lastError().text()));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM bots WHERE id = ?"));
    q.addBindValue(botId);
    if (!q.exec())
        return fail(tr("The bot could not be removed (%1).").arg(q.lastError().text()));
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

QString BotRepository::checkAudienceAndOrgKind(const QString &botId, Audience audience, OrgKind orgKind,
                                               const QString &publicRiskReason) const
{
    Q_UNUSED(orgKind) // every org kind is allowed; a connected bot's change is handled, not refused
    if (!requireBot(botId))
        return m_error;
    const QString reason = publicRiskReason.trimmed();
    if (reason.size() > 500)
        return tr("The reason is %1 characters long; keep it to 500.").arg(reason.size());
    const Chatbot before = *get(botId);
    if (audience != Audience::Public || before.audience == Audience::Public || !reason.isEmpty())
        return {};
    // The public-bot rule, as grant() applies it: each risky permission held needs a reason.
    PermissionSet unexplained;
    for (Permission p : PermissionSet::publicRisks().toList()) {
        if (permissions(botId).has(p) && this->publicRiskReason(botId, p).isEmpty())
            unexplained.grant(p);
    }
    if (unexplained.isEmpty())
        return {};
    QStringList rules;
    for (Permission p : unexplained.toList())
        rules << PermissionSet::publicRiskRule(p);
    return rules.join(QLatin1Char(' '))
        + tr(" The bot holds %1. To make it public anyway, give the reason you accept the risk (it is "
             "audited): hilal-sf bots set %2 --audience public --allow-public-risk \"REASON\"; or "
             "revoke %1 first.")
              .arg(unexplained.names().join(QStringLiteral(", ")), botId);
}

bool BotRepository::setAudienceAndOrgKind(const QString &botId, Audience audience, OrgKind orgKind,
                                          const QString &actor, const QString &publicRiskReason)
{
    if (const QString problem = checkAudienceAndOrgKind(botId, audience, orgKind, publicRiskReason); !problem.isEmpty())
        return fail(problem);
    const Chatbot before = *get(botId);
    if (before.audience == audience && before.orgKind == orgKind)
        return true;
    const QString reason = publicRiskReason.trimmed();
    const PermissionSet held = permissions(botId);
    // Going public: record the reason for each risky permission held that has none yet.
    PermissionSet overridden;
    if (audience == Audience::Public && before.audience != Audience::Public && !reason.isEmpty()) {
        for (Permission p : PermissionSet::publicRisks().toList()) {
            if (held.has(p) && this->publicRiskReason(botId, p).isEmpty())
                overridden.grant(p);
        }
    }
    // Going internal: the reasons were given for a public bot; going public again asks again.
    const bool dropReasons = audience == Audience::Internal && before.audience == Audience::Public;
    const bool newLoginHost = before.orgKind != orgKind;
    const std::optional<ConnectionInfo> connection = newLoginHost ? connectionInfo(botId) : std::nullopt;

    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE bots SET audience = ?, org_kind = ? WHERE id = ?"));
    q.addBindValue(Chatbot::audienceName(audience));
    q.addBindValue(Chatbot::orgKindName(orgKind));
    q.addBindValue(botId);
    if (!q.exec())
        return fail(tr("The bot could not be changed (%1).").arg(q.lastError().text()));
    for (Permission p : overridden.toList()) {
        QSqlQuery o(db);
        o.prepare(
            QStringLiteral("INSERT OR REPLACE INTO bot_public_risk_overrides (bot_id, permission, reason, actor, at) "
                           "VALUES (?, ?, ?, ?, ?)"));
        o.addBindValue(botId);
        o.addBindValue(Permissions::name(p));
        o.addBindValue(reason);
        o.addBindValue(actorOrDefault(actor));
        o.addBindValue(isoNow());
        if (!o.exec())
            return fail(tr("The reason could not be saved (%1).").arg(o.lastError().text()));
    }
    if (dropReasons) {
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM bot_public_risk_overrides WHERE bot_id = ?"));
        d.addBindValue(botId);
        if (!d.exec())
            return fail(tr("The bot could not be changed (%1).").arg(d.lastError().text()));
    }
    QStringList parts;
    if (before.audience != audience)
        parts << QStringLiteral("audience %1 → %2")
                     .arg(Chatbot::audienceName(before.audience), Chatbot::audienceName(audience));
    if (newLoginHost)
        parts << QStringLiteral("org kind %1 → %2")
                     .arg(Chatbot::orgKindName(before.orgKind), Chatbot::orgKindName(orgKind));
    if (!overridden.isEmpty())
        // not user text: the audit record
        parts << QStringLiteral("allowed %1 on a public bot; risk accepted because: %2")
                     .arg(overridden.names().join(QStringLiteral(", ")), reason);
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Bot;
    e.action = QStringLiteral("properties");
    e.actor = actorOrDefault(actor);
    e.detail = parts.join(QStringLiteral("; "));
    e.parameters = QJsonObject {{QStringLiteral("audience"), Chatbot::audienceName(audience)},
                                {QStringLiteral("orgKind"), Chatbot::orgKindName(orgKind)},
                                {QStringLiteral("wasAudience"), Chatbot::audienceName(before.audience)},
                                {QStringLiteral("wasOrgKind"), Chatbot::orgKindName(before.orgKind)}};
    if (!overridden.isEmpty()) {
        e.parameters.insert(QStringLiteral("allowPublicRisk"), QJsonArray::fromStringList(overridden.names()));
        e.parameters.insert(QStringLiteral("reason"), reason);
    }
    if (!insertAudit(db, &e))
        return fail(m_error);
    // The stored login belongs to the old login host: the bot is connected no more, and says so
    // until it is connected again (reconnectReason()).
    AuditEntry reconnect;
    if (connection) {
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM bot_connections WHERE bot_id = ?"));
        d.addBindValue(botId);
        if (!d.exec())
            return fail(tr("The connection details could not be removed (%1).").arg(d.lastError().text()));
        Chatbot after = before;
        after.orgKind = orgKind;
        const QUrl login = after.effectiveLoginUrl();
        const QString loginHost
            = login.port() > 0 ? QStringLiteral("%1:%2").arg(login.host()).arg(login.port()) : login.host();
        reconnect.botId = botId;
        reconnect.kind = AuditEntry::Kind::Connection;
        reconnect.action = QStringLiteral("reconnect-required");
        reconnect.actor = actorOrDefault(actor);
        // not user text: the audit record (reconnectReason() shows it back as it was written)
        reconnect.detail = QStringLiteral("The org kind changed to %1, so the connection to %2 (%3) was ended; "
                                          "connect the bot again, at %4.")
                               .arg(Chatbot::orgKindName(orgKind),
                                    connection->orgName.isEmpty() ? connection->orgId : connection->orgName,
                                    connection->username, loginHost);
        if (!insertAudit(db, &reconnect))
            return fail(m_error);
    }
    if (!tx.commit())
        return fail(tr("The bot could not be changed (%1).").arg(db.lastError().text()));
    Q_EMIT m_audit->appended(e);
    if (connection)
        Q_EMIT m_audit->appended(reconnect);
    Q_EMIT botChanged(botId);
    if (connection)
        Q_EMIT connectionInfoChanged(botId);
    return true;
}

QString BotRepository::reconnectReason(const QString &botId) const
{
    if (!isOpen())
        return {};
    // The newest of the entries that start or end a connection decides.
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT action, detail FROM audit_log WHERE bot_id = ? AND kind = ? AND action IN "
                             "('connected', 'disconnected', 'reconnect-required') ORDER BY id DESC LIMIT 1"));
    q.addBindValue(botId);
    q.addBindValue(AuditEntry::kindName(AuditEntry::Kind::Connection));
    if (!q.exec() || !q.next() || q.value(0).toString() != QLatin1String("reconnect-required"))
        return {};
    return q.value(1).toString();
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
    if (!q.exec(QStringLiteral(
            "SELECT id, name, audience, org_kind, login_url, created FROM bots ORDER BY created, rowid"))) {
        fail(tr("The bots could not be read (%1).").arg(q.lastError().text()));
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

bool BotRepository::writePermissions(const QString &botId, const PermissionSet &before, const PermissionSet &after,
                                     const QString &actor, const PermissionSet &requested,
                                     const QString &publicRiskReason)
{
    const PermissionSet granted = after.removed(before);
    const PermissionSet revoked = before.removed(after);
    // The public-bot rule: each risky permission asked for needs a reason (once recorded, it
    // stands until the permission is revoked).
    const QString reason = publicRiskReason.trimmed();
    const PermissionSet unexplained = publicRisksWithoutReason(botId, requested.added(granted));
    if (!unexplained.isEmpty() && reason.isEmpty()) {
        QStringList rules;
        for (Permission p : unexplained.toList())
            rules << PermissionSet::publicRiskRule(p);
        return fail(rules.join(QLatin1Char(' '))
                    + tr(" To grant it anyway, give the reason you accept the risk (it is audited): "
                         "hilal-sf grant --bot %1 --allow-public-risk \"REASON\" %2.")
                          .arg(botId, unexplained.names().join(QLatin1Char(' '))));
    }
    if (!reason.isEmpty() && reason.size() > 500)
        return fail(tr("The reason is %1 characters long; keep it to 500.").arg(reason.size()));
    const PermissionSet overridden = reason.isEmpty() ? PermissionSet() : unexplained;
    PermissionSet droppedOverrides;
    for (Permission p : PermissionSet::publicRisks().toList()) {
        if (revoked.has(p))
            droppedOverrides.grant(p);
    }
    if (granted.isEmpty() && revoked.isEmpty() && overridden.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    for (Permission p : overridden.toList()) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO bot_public_risk_overrides (bot_id, permission, reason, actor, at) "
                           "VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(botId);
        q.addBindValue(Permissions::name(p));
        q.addBindValue(reason);
        q.addBindValue(actorOrDefault(actor));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return fail(tr("The reason could not be saved (%1).").arg(q.lastError().text()));
    }
    for (Permission p : droppedOverrides.toList()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM bot_public_risk_overrides WHERE bot_id = ? AND permission = ?"));
        q.addBindValue(botId);
        q.addBindValue(Permissions::name(p));
        if (!q.exec())
            return fail(tr("The permission could not be removed (%1).").arg(q.lastError().text()));
    }
    for (Permission p : granted.toList()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO bot_permissions (bot_id, permission) VALUES (?, ?)"));
        q.addBindValue(botId);
        q.addBindValue(Permissions::name(p));
        if (!q.exec())
            return fail(tr("The permission could not be saved (%1).").arg(q.lastError().text()));
    }
    for (Permission p : revoked.toList()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM bot_permissions WHERE bot_id = ? AND permission = ?"));
        q.addBindValue(botId);
        q.addBindValue(Permissions::name(p));
        if (!q.exec())
            return fail(tr("The permission could not be removed (%1).").arg(q.lastError().text()));
    }
    QStringList parts;
    if (!granted.isEmpty())
        parts << QStringLiteral("granted %1").arg(granted.names().join(QStringLiteral(", ")));
    if (!revoked.isEmpty())
        parts << QStringLiteral("revoked %1").arg(revoked.names().join(QStringLiteral(", ")));
    if (!overridden.isEmpty())
        // not user text: the audit record
        parts << QStringLiteral("allowed %1 on a public bot; risk accepted because: %2")
                     .arg(overridden.names().join(QStringLiteral(", ")), reason);
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Permission;
    e.action = granted.isEmpty() && revoked.isEmpty() ? QStringLiteral("allow-public-risk")
        : granted.isEmpty()                           ? QStringLiteral("revoke")
                            : (revoked.isEmpty() ? QStringLiteral("grant") : QStringLiteral("set"));
    e.actor = actorOrDefault(actor);
    e.detail = parts.join(QStringLiteral("; "));
    e.parameters = QJsonObject {{QStringLiteral("granted"), QJsonArray::fromStringList(granted.names())},
                                {QStringLiteral("revoked"), QJsonArray::fromStringList(revoked.names())},
                                {QStringLiteral("now"), QJsonArray::fromStringList(after.names())}};
    if (!overridden.isEmpty()) {
        e.parameters.insert(QStringLiteral("allowPublicRisk"), QJsonArray::fromStringList(overridden.names()));
        e.parameters.insert(QStringLiteral("reason"), reason);
    }
    if (!insertAudit(db, &e) || !tx.commit())
        return fail(m_error);
    Q_EMIT m_audit->appended(e);
    Q_EMIT permissionsChanged(botId, after);
    return true;
}

bool BotRepository::setPermissions(const QString &botId, const PermissionSet &permissions, const QString &actor,
                                   const QString &publicRiskReason)
{
    if (!requireBot(botId))
        return false;
    // Only what this call adds needs a reason: a public bot that already holds one keeps it.
    return writePermissions(botId, this->permissions(botId), permissions, actor, {}, publicRiskReason);
}

bool BotRepository::grant(const QString &botId, const PermissionSet &permissions, const QString &actor,
                          const QString &publicRiskReason)
{
    if (!requireBot(botId))
        return false;
    const PermissionSet before = this->permissions(botId);
    return writePermissions(botId, before, before.added(permissions), actor, permissions, publicRiskReason);
}

QString BotRepository::publicRiskReason(const QString &botId, Permission p) const
{
    if (!isOpen())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT reason FROM bot_public_risk_overrides WHERE bot_id = ? AND permission = ?"));
    q.addBindValue(botId);
    q.addBindValue(Permissions::name(p));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

PermissionSet BotRepository::publicRisksWithoutReason(const QString &botId, const PermissionSet &requested) const
{
    PermissionSet out;
    const std::optional<Chatbot> bot = get(botId);
    if (!bot || bot->audience != Audience::Public)
        return out;
    for (Permission p : PermissionSet::publicRisks().toList()) {
        if (requested.has(p) && publicRiskReason(botId, p).isEmpty())
            out.grant(p);
    }
    return out;
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
    q.prepare(
        QStringLiteral("SELECT confirm_updates, confirm_soql, confirm_creates FROM bot_policies WHERE bot_id = ?"));
    q.addBindValue(botId);
    if (q.exec() && q.next()) {
        policy.confirmUpdates = q.value(0).toInt() != 0;
        policy.confirmSoql
            = ConfirmationPolicy::soqlFromName(q.value(1).toString()).value_or(ConfirmationPolicy::Soql::NonTrivial);
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
    q.prepare(QStringLiteral(
        "INSERT INTO bot_policies (bot_id, confirm_updates, confirm_soql, confirm_creates) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(bot_id) DO UPDATE SET confirm_updates = excluded.confirm_updates, "
        "confirm_soql = excluded.confirm_soql, confirm_creates = excluded.confirm_creates"));
    q.addBindValue(botId);
    q.addBindValue(policy.confirmUpdates ? 1 : 0);
    q.addBindValue(ConfirmationPolicy::soqlName(policy.confirmSoql));
    q.addBindValue(policy.confirmCreates ? 1 : 0);
    if (!q.exec())
        return fail(tr("The confirmation policy could not be saved (%1).").arg(q.lastError().text()));
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Policy;
    e.action = QStringLiteral("policy");
    e.actor = actorOrDefault(actor);
    // not user text: the audit record
    e.detail = QStringLiteral("confirmation policy: %1 (was %2)").arg(policy.summary(), before.summary());
    e.parameters = policy.toJson();
    if (!insertAudit(db, &e) || !tx.commit())
        return fail(m_error);
    Q_EMIT m_audit->appended(e);
    Q_EMIT policyChanged(botId, policy);
    return true;
}

// ----- Lead field mapping -----

LeadFieldMapping BotRepository::leadFieldMapping(const QString &botId) const
{
    LeadFieldMapping mapping;
    if (!isOpen())
        return mapping;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT field, source, value FROM bot_lead_fields WHERE bot_id = ?"));
    q.addBindValue(botId);
    if (!q.exec())
        return mapping;
    while (q.next()) {
        LeadFieldSource s;
        s.field = q.value(0).toString();
        s.kind = q.value(1).toString() == QLatin1String("default") ? LeadFieldSource::Kind::Fixed
                                                                   : LeadFieldSource::Kind::Parameter;
        s.value = q.value(2).toString();
        mapping.set(s);
    }
    return mapping;
}

bool BotRepository::setLeadFieldSource(const QString &botId, const LeadFieldSource &source, const QString &actor)
{
    if (!requireBot(botId))
        return false;
    if (!LeadFieldMapping::isValidFieldName(source.field))
        return fail(tr("'%1' is not a Salesforce field name; use the API name, e.g. LeadSource or Region__c.")
                        .arg(source.field));
    if (source.isParameter() && !LeadFieldMapping::isValidParameterName(source.value))
        return fail(
            tr("'%1' is not a chat parameter name; use 1 to 80 letters, digits, '_', '-' or '.'.").arg(source.value));
    if (!source.isParameter() && !LeadFieldMapping::isValidFixedValue(source.value))
        return fail(
            tr("The default value for %1 must be 1 to 32000 characters without control characters.").arg(source.field));
    const LeadFieldMapping before = leadFieldMapping(botId);
    if (const LeadFieldSource *other = before.sourceOfParameter(source.value);
        source.isParameter() && other && other->field.compare(source.field, Qt::CaseInsensitive) != 0)
        return fail(
            tr("The chat parameter \"%1\" already feeds %2; unset that first (hilal-sf mapping unset --bot %3 %2).")
                .arg(source.value, other->field, botId));
    const LeadFieldSource *old = before.source(source.field);
    if (old && *old == source)
        return true;
    const QString detail = QStringLiteral("Lead field %1: %2 (was %3)")
                               .arg(source.field, source.summary(), old ? old->summary() : QStringLiteral("unmapped"));
    return writeLeadField(botId, source.field, source, detail, actor);
}

bool BotRepository::unsetLeadField(const QString &botId, const QString &field, const QString &actor)
{
    if (!requireBot(botId))
        return false;
    const LeadFieldMapping before = leadFieldMapping(botId);
    const LeadFieldSource *old = before.source(field);
    if (!old)
        return fail(tr("The bot's mapping has no Lead field %1; `hilal-sf mapping show --bot %2` lists its fields.")
                        .arg(field, botId));
    // not user text: the audit record
    return writeLeadField(botId, old->field, std::nullopt,
                          QStringLiteral("Lead field %1: unmapped (was %2)").arg(old->field, old->summary()), actor);
}

bool BotRepository::writeLeadField(const QString &botId, const QString &field,
                                   const std::optional<LeadFieldSource> &source, const QString &detail,
                                   const QString &actor)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    QSqlQuery q(db);
    if (source) {
        q.prepare(
            QStringLiteral("INSERT INTO bot_lead_fields (bot_id, field, source, value) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT(bot_id, field) DO UPDATE SET field = excluded.field, source = excluded.source, "
                           "value = excluded.value"));
        q.addBindValue(botId);
        q.addBindValue(field);
        q.addBindValue(source->isParameter() ? QStringLiteral("from") : QStringLiteral("default"));
        q.addBindValue(source->value);
    } else {
        q.prepare(QStringLiteral("DELETE FROM bot_lead_fields WHERE bot_id = ? AND field = ?"));
        q.addBindValue(botId);
        q.addBindValue(field);
    }
    if (!q.exec())
        return fail(tr("The Lead field mapping could not be saved (%1).").arg(q.lastError().text()));
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Bot;
    e.action = QStringLiteral("lead-field-mapping");
    e.actor = actorOrDefault(actor);
    e.detail = detail;
    e.parameters = QJsonObject {{field, source ? QJsonValue(source->toJson()) : QJsonValue(QJsonValue::Null)}};
    if (!insertAudit(db, &e) || !tx.commit())
        return fail(m_error);
    Q_EMIT m_audit->appended(e);
    Q_EMIT leadFieldMappingChanged(botId);
    return true;
}

// ----- lookup fields -----

QStringList BotRepository::lookupObjects()
{
    return {QStringLiteral("Account"), QStringLiteral("Opportunity")};
}

QString BotRepository::validateLookupField(const QString &object, const QString &field)
{
    if (!lookupObjects().contains(object))
        return tr("'%1' has no lookup field; use one of %2.").arg(object, lookupObjects().join(QStringLiteral(", ")));
    // The field goes into SOQL as a name, so only a plain API name is accepted.
    static const QRegularExpression apiName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,79}$"));
    if (!apiName.match(field).hasMatch())
        return tr("'%1' is not a field API name (letters, digits and _, starting with a letter, like "
                  "AccountNumber or Order_Number__c).")
            .arg(field);
    if (field.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0)
        return tr("Id is always accepted; a lookup field is another unique field, like an account number.");
    return {};
}

QString BotRepository::lookupField(const QString &botId, const QString &object) const
{
    if (!isOpen())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT field FROM bot_lookup_fields WHERE bot_id = ? AND object = ?"));
    q.addBindValue(botId);
    q.addBindValue(object);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool BotRepository::setLookupField(const QString &botId, const QString &object, const QString &field,
                                   const QString &actor)
{
    if (!requireBot(botId))
        return false;
    const QString wanted = field.trimmed();
    if (!wanted.isEmpty()) {
        if (const QString problem = validateLookupField(object, wanted); !problem.isEmpty())
            return fail(problem);
    } else if (!lookupObjects().contains(object)) {
        return fail(validateLookupField(object, QStringLiteral("x")));
    }
    const QString before = lookupField(botId, object);
    if (before == wanted)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(db);
    QSqlQuery q(db);
    if (wanted.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM bot_lookup_fields WHERE bot_id = ? AND object = ?"));
        q.addBindValue(botId);
        q.addBindValue(object);
    } else {
        q.prepare(QStringLiteral("INSERT INTO bot_lookup_fields (bot_id, object, field) VALUES (?, ?, ?) "
                                 "ON CONFLICT(bot_id, object) DO UPDATE SET field = excluded.field"));
        q.addBindValue(botId);
        q.addBindValue(object);
        q.addBindValue(wanted);
    }
    if (!q.exec())
        return fail(tr("The lookup field could not be saved (%1).").arg(q.lastError().text()));
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Policy;
    e.action = QStringLiteral("lookup-field");
    e.actor = actorOrDefault(actor);
    e.detail = wanted.isEmpty()
        // not user text: the audit record (both branches)
        ? QStringLiteral("%1 records are named by Id or Name only (was also %2)").arg(object, before)
        : QStringLiteral("%1 records may be named by Id, Name or %2").arg(object, wanted);
    e.parameters = QJsonObject {{QStringLiteral("object"), object}, {QStringLiteral("field"), wanted}};
    if (!insertAudit(db, &e) || !tx.commit())
        return fail(m_error);
    Q_EMIT m_audit->appended(e);
    Q_EMIT botChanged(botId);
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
                       .toUTC()
                       .toString(Qt::ISODateWithMs));
    q.addBindValue(info.sandbox ? 1 : 0);
    if (!q.exec())
        return fail(tr("The connection details could not be saved (%1).").arg(q.lastError().text()));
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Connection;
    e.action = QStringLiteral("connected");
    e.actor = actorOrDefault(actor);
    e.detail
        // not user text: the audit record
        = QStringLiteral("connected to org %1 as %2 (%3)")
              .arg(info.orgId, info.username, info.sandbox ? QStringLiteral("sandbox") : QStringLiteral("production"));
    e.parameters = QJsonObject {{QStringLiteral("orgId"), info.orgId},
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
        return fail(tr("The connection details could not be removed (%1).").arg(q.lastError().text()));
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
        fail(tr("The API key could not be saved (%1).").arg(q.lastError().text()));
        return {};
    }
    AuditEntry e;
    e.botId = botId;
    e.kind = AuditEntry::Kind::Bot;
    e.action = QStringLiteral("key");
    e.actor = actorOrDefault(actor);
    // not user text: the audit record
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
