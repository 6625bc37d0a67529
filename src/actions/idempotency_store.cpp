#include "actions/idempotency_store.h"

#include "actions/confirmation_store.h"
#include "actions/logging.h"
#include "actions/messages.h"
#include "bots/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace hilal::actions {

namespace {

// States of a row: a dispatch holds the key (pending; retrying = it took over from an attempt
// that may have reached Salesforce), the answer is stored (done), or the last attempt could not
// tell whether its write happened (unknown).
const QString kPending = QStringLiteral("pending");
const QString kRetrying = QStringLiteral("retrying");
const QString kUnknown = QStringLiteral("unknown");
const QString kDone = QStringLiteral("done");

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStamp(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true; // no cheap check: the lease decides
#endif
}

} // namespace

IdempotencyStore::IdempotencyStore(const QString &databaseFile, int leaseSeconds)
    : m_db(databaseFile, "idempotency")
    , m_leaseSeconds(leaseSeconds)
{
    if (m_db.isOpen())
        purgeOld();
    else
        qCWarning(lcActions) << m_db.errorString();
}

QString IdempotencyStore::checkKey(const QString &key)
{
    if (key.isEmpty())
        return Messages::tr("Idempotency-Key is empty; send a unique value per user request (a UUID, say), "
                            "the same one on every retry of that request.");
    if (key.size() > kMaxKeyLength)
        return Messages::tr("Idempotency-Key is %1 characters long; at most %2 are accepted.")
            .arg(key.size())
            .arg(kMaxKeyLength);
    for (const QChar c : key) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return Messages::tr("Idempotency-Key may only hold visible ASCII characters (no spaces or control "
                                "characters); a UUID is a good key.");
    }
    return {};
}

QString IdempotencyStore::keyHash(const QString &botId, const QString &key)
{
    const QByteArray data = botId.toUtf8() + '\n' + key.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

IdempotencyStore::Attempt IdempotencyStore::claim(const QString &botId, const QString &key, const QString &action,
                                                  const QJsonObject &parameters)
{
    Attempt attempt;
    auto failed = [&](const QString &why) {
        qCWarning(lcActions) << "idempotency key not claimed:" << why;
        attempt.claim = Claim::Failed;
        attempt.result = ActionResult::failure(
            503, QStringLiteral("Idempotency-Key"),
            Messages::tr("The idempotency key could not be checked in the local database; "
                         "nothing was sent. Check that the data folder is writable, then retry."));
        return attempt;
    };
    QSqlDatabase db = m_db.database();
    if (!db.isOpen())
        return failed(Messages::tr("database not open"));
    const QString hash = keyHash(botId, key);
    const QString request = ConfirmationStore::requestHash(botId, action, parameters);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 pid = QCoreApplication::applicationPid();

    // IMMEDIATE takes the write lock before reading, so the read and the claim are one step for
    // every process sharing the file (the others wait in the busy timeout).
    QString busy;
    if (!bots::Database::beginImmediate(db, &busy))
        return failed(busy);
    QSqlQuery q(db);
    auto rollback = [&] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };
    q.prepare(QStringLiteral("SELECT action, request_hash, state, owner_pid, lease_until, binding, status, result, "
                             "salesforce_id, expires FROM idempotency_keys WHERE bot_id = ? AND key_hash = ?"));
    q.addBindValue(botId);
    q.addBindValue(hash);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        rollback();
        return failed(why);
    }
    const bool exists = q.next() && parseStamp(q.value(9).toString()) > now;
    QString write;
    QString newState = kPending;
    if (exists) {
        const QString state = q.value(2).toString();
        if (q.value(0).toString() != action || q.value(1).toString() != request) {
            attempt.claim = Claim::Mismatch;
        } else if (state == kDone) {
            attempt.claim = Claim::Replay;
            attempt.result = ActionResult::fromJson(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object());
            attempt.result.status = q.value(6).toInt();
            attempt.result.salesforceId = q.value(8).toString();
        } else if ((state == kPending || state == kRetrying) && processAlive(q.value(3).toLongLong())
                   && parseStamp(q.value(4).toString()) > now) {
            attempt.claim = Claim::InProgress;
        } else {
            // An attempt that died or could not tell: ours now, and it may have reached Salesforce.
            attempt.claim = Claim::New;
            attempt.mayHaveRun = true;
            attempt.binding = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
            newState = kRetrying;
            write = QStringLiteral("UPDATE idempotency_keys SET state = ?, owner_pid = ?, lease_until = ? "
                                   "WHERE bot_id = ? AND key_hash = ?");
        }
    } else {
        attempt.claim = Claim::New;
        write = QStringLiteral(
            "INSERT OR REPLACE INTO idempotency_keys (state, owner_pid, lease_until, bot_id, key_hash, "
            "action, request_hash, created, expires) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    q.finish();
    if (!write.isEmpty()) {
        QSqlQuery w(db);
        w.prepare(write);
        w.addBindValue(newState);
        w.addBindValue(pid);
        w.addBindValue(stamp(now.addSecs(m_leaseSeconds)));
        w.addBindValue(botId);
        w.addBindValue(hash);
        if (!exists) {
            w.addBindValue(action);
            w.addBindValue(request);
            w.addBindValue(stamp(now));
            w.addBindValue(stamp(now.addSecs(kKeepHours * 3600)));
        }
        if (!w.exec()) {
            const QString why = w.lastError().text();
            rollback();
            return failed(why);
        }
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString why = commit.lastError().text();
        rollback();
        return failed(why);
    }
    return attempt;
}

void IdempotencyStore::recordBinding(const QString &botId, const QString &key, const QJsonObject &binding)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE idempotency_keys SET binding = ? WHERE bot_id = ? AND key_hash = ? "
                             "AND state IN ('pending', 'retrying')"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(binding).toJson(QJsonDocument::Compact)));
    q.addBindValue(botId);
    q.addBindValue(keyHash(botId, key));
    if (!q.exec())
        qCWarning(lcActions) << "idempotency binding not stored:" << q.lastError().text();
}

bool IdempotencyStore::isFinal(const ActionResult &result)
{
    if (result.isSuccess())
        return true;
    if (result.status == 409)
        return !result.needsConfirmation();
    return result.status == 400 || result.status == 404;
}

void IdempotencyStore::settle(const QString &botId, const QString &key, const ActionResult &result, bool outcomeUnknown)
{
    QSqlDatabase db = m_db.database();
    const QString hash = keyHash(botId, key);
    QSqlQuery q(db);
    if (isFinal(result)) {
        q.prepare(
            QStringLiteral("UPDATE idempotency_keys SET state = 'done', status = ?, result = ?, salesforce_id = ?, "
                           "owner_pid = NULL, lease_until = NULL WHERE bot_id = ? AND key_hash = ?"));
        q.addBindValue(result.status);
        q.addBindValue(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(result.salesforceId);
    } else if (outcomeUnknown) {
        q.prepare(QStringLiteral("UPDATE idempotency_keys SET state = 'unknown', owner_pid = NULL, lease_until = NULL "
                                 "WHERE bot_id = ? AND key_hash = ?"));
    } else {
        // Nothing was written this time. A takeover keeps its doubt for the next attempt; a first
        // attempt frees the key.
        QSqlQuery keep(db);
        keep.prepare(
            QStringLiteral("UPDATE idempotency_keys SET state = 'unknown', owner_pid = NULL, lease_until = NULL "
                           "WHERE bot_id = ? AND key_hash = ? AND state = 'retrying'"));
        keep.addBindValue(botId);
        keep.addBindValue(hash);
        keep.exec();
        q.prepare(
            QStringLiteral("DELETE FROM idempotency_keys WHERE bot_id = ? AND key_hash = ? AND state = 'pending'"));
    }
    q.addBindValue(botId);
    q.addBindValue(hash);
    if (!q.exec())
        qCWarning(lcActions) << "idempotency answer not stored:" << q.lastError().text();
}

int IdempotencyStore::count() const
{
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void IdempotencyStore::purgeOld()
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("DELETE FROM idempotency_keys WHERE expires < ?"));
    q.addBindValue(stamp(QDateTime::currentDateTimeUtc()));
    q.exec();
}

} // namespace hilal::actions
