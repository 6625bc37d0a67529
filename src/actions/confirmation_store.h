#pragma once

#include "bots/database_connection.h"

#include <QJsonObject>
#include <QString>

namespace hilal::actions {

// One-time confirmation tokens for 409 answers, in the app's SQLite file so a token made by one
// process (`hilal-sf action` printing a 409) can be used by the next (`--confirm TOKEN`).
//
// A token is bound to (bot, action, exact normalized parameters): used with anything else it is
// refused and stays valid for its own request. It expires (DispatcherOptions::confirmationTtlSeconds)
// and can be used once: consuming is one conditional UPDATE, so two processes racing with the
// same token execute it once. Only a SHA-256 of the token is stored.
class ConfirmationStore
{
public:
    enum class Outcome { Accepted, Unknown, AlreadyUsed, Expired, OtherRequest };

    explicit ConfirmationStore(const QString &databaseFile = {}); // empty: AppPaths::databaseFile()
    ConfirmationStore(const ConfirmationStore &) = delete;
    ConfirmationStore &operator=(const ConfirmationStore &) = delete;

    bool isOpen() const { return m_db.isOpen(); }

    // A new token ("cfm_" + 32 random base64url characters). `binding` is kept for execute().
    QString issue(const QString &botId, const QString &action, const QJsonObject &parameters,
                  const QJsonObject &binding, int ttlSeconds);

    // Accepted: marks it used by `usedBy` and returns its binding.
    Outcome consume(const QString &token, const QString &botId, const QString &action, const QJsonObject &parameters,
                    const QString &usedBy, QJsonObject *binding);

    // A sentence for each refusal, naming confirmationToken.
    static QString describe(Outcome outcome);

    // SHA-256 over bot, action and the canonical (compact, key-sorted) JSON of the parameters.
    static QString requestHash(const QString &botId, const QString &action, const QJsonObject &parameters);

private:
    void purgeOld();
    bots::DatabaseConnection m_db;
};

} // namespace hilal::actions
