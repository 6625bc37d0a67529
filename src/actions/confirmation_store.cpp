#include "actions/confirmation_store.h"

#include "actions/logging.h"
#include "actions/messages.h"
#include "bots/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace hilal::actions {

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

ConfirmationStore::ConfirmationStore(const QString &databaseFile)
    : m_db(databaseFile, "confirmations")
{
    if (m_db.isOpen())
        purgeOld();
    else
        qCWarning(lcActions) << m_db.errorString();
}

QString ConfirmationStore::requestHash(const QString &botId, const QString &action, const QJsonObject &parameters)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical for equal objects.
    const QByteArray canonical
        = botId.toUtf8() + '\n' + action.toUtf8() + '\n' + QJsonDocument(parameters).toJson(QJsonDocument::Compact);
    return sha256(canonical);
}

QString ConfirmationStore::issue(const QString &botId, const QString &action, const QJsonObject &parameters,
                                 const QJsonObject &binding, int ttlSeconds)
{
    QByteArray secret(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    const QString token = QStringLiteral("cfm_")
        + QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral(
        "INSERT INTO confirmation_tokens (token_hash, bot_id, action, request_hash, binding, created, expires) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sha256(token.toUtf8()));
    q.addBindValue(botId);
    q.addBindValue(action);
    q.addBindValue(requestHash(botId, action, parameters));
    q.addBindValue(QString::fromUtf8(QJsonDocument(binding).toJson(QJsonDocument::Compact)));
    q.addBindValue(now());
    q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(ttlSeconds).toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        qCWarning(lcActions) << "confirmation token not stored:" << q.lastError().text();
        return {};
    }
    return token;
}

ConfirmationStore::Outcome ConfirmationStore::consume(const QString &token, const QString &botId, const QString &action,
                                                      const QJsonObject &parameters, const QString &usedBy,
                                                      QJsonObject *binding)
{
    QSqlDatabase db = m_db.database();
    const QString tokenHash = sha256(token.toUtf8());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT bot_id, action, request_hash, binding, expires, used_at FROM confirmation_tokens "
                             "WHERE token_hash = ?"));
    q.addBindValue(tokenHash);
    if (!q.exec() || !q.next())
        return Outcome::Unknown;
    if (q.value(0).toString() != botId || q.value(1).toString() != action
        || q.value(2).toString() != requestHash(botId, action, parameters))
        return Outcome::OtherRequest;
    if (!q.value(5).isNull())
        return Outcome::AlreadyUsed;
    const QString expires = q.value(4).toString();
    if (QDateTime::fromString(expires, Qt::ISODateWithMs) <= QDateTime::currentDateTimeUtc())
        return Outcome::Expired;
    const QJsonObject stored = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    q.finish();
    // The conditional UPDATE is the single-use guarantee: only one caller changes the row.
    QSqlQuery use(db);
    use.prepare(QStringLiteral(
        "UPDATE confirmation_tokens SET used_at = ?, used_by = ? WHERE token_hash = ? AND used_at IS NULL"));
    use.addBindValue(now());
    use.addBindValue(usedBy);
    use.addBindValue(tokenHash);
    if (!use.exec() || use.numRowsAffected() != 1)
        return Outcome::AlreadyUsed;
    if (binding)
        *binding = stored;
    return Outcome::Accepted;
}

QString ConfirmationStore::describe(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accepted:
        return {};
    case Outcome::Unknown:
        return Messages::tr("confirmationToken is not one this app issued; use the token from the 409 answer.");
    case Outcome::AlreadyUsed:
        return Messages::tr("confirmationToken was already used; each token confirms one request once. "
                            "A new token comes with this answer.");
    case Outcome::Expired:
        return Messages::tr("confirmationToken has expired; confirm with the new token that comes with this answer.");
    case Outcome::OtherRequest:
        return Messages::tr("confirmationToken was issued for a different request (bot, action or parameters differ); "
                            "a token only confirms the exact request it was shown for.");
    }
    return {};
}

void ConfirmationStore::purgeOld()
{
    // Tokens are useless a day after they expire; keep the table small.
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("DELETE FROM confirmation_tokens WHERE expires < ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs));
    q.exec();
}

} // namespace hilal::actions
