#pragma once

#include "actions/action_result.h"
#include "bots/database_connection.h"

#include <QJsonObject>
#include <QString>

namespace hilal::actions {

// Idempotency keys of chat actions (`Idempotency-Key` on `serve`, `--idempotency-key` on
// `hilal-sf action`), in the app's SQLite file so every process that dispatches sees the same
// keys (docs/reliability.md).
//
// A key belongs to one bot. Its first use claims it (one INSERT, so of two racing callers — in
// one process or two — exactly one wins) and records which request it was used with. Then:
//   - the same key with the same action and parameters, answered → the stored answer again;
//   - … still being dispatched → InProgress (the caller answers 409 and the client retries later);
//   - … with other parameters → Mismatch (422);
//   - a claim whose process died (SIGKILL, power loss) or whose lease ran out is taken over, and
//     so is a key whose last attempt ended with an unknown outcome: the new attempt is told
//     `mayHaveRun`, so it first finds out whether the earlier one reached Salesforce.
// Only a SHA-256 of the key is stored; records expire 24 hours after the key's first use.
class IdempotencyStore
{
public:
    enum class Claim {
        New, // go ahead: the key is ours now
        Replay, // *result holds the stored answer
        InProgress, // another dispatch holds the key right now
        Mismatch, // the key was used with another request
        Failed, // the database could not be used (*result says so)
    };

    struct Attempt
    {
        Claim claim = Claim::Failed;
        ActionResult result; // Replay: the first answer; Failed: a 503
        bool mayHaveRun = false; // New: an earlier attempt may have reached Salesforce
        QJsonObject binding; // New + mayHaveRun: what that attempt was about to send
    };

    static constexpr int kKeepHours = 24;
    static constexpr int kMaxKeyLength = 255;

    explicit IdempotencyStore(const QString &databaseFile = {}, int leaseSeconds = 300);
    IdempotencyStore(const IdempotencyStore &) = delete;
    IdempotencyStore &operator=(const IdempotencyStore &) = delete;

    bool isOpen() const { return m_db.isOpen(); }

    // Empty when `key` is usable; else the sentence for a 400 on "Idempotency-Key".
    static QString checkKey(const QString &key);
    // The SHA-256 (hex) of bot + key: what is stored.
    static QString keyHash(const QString &botId, const QString &key);
    // What a Lead's request-id field carries: the first 32 hex digits of keyHash (128 bits; fits
    // a Text(32) field and never reveals the key).
    static QString requestId(const QString &botId, const QString &key) { return keyHash(botId, key).left(32); }

    Attempt claim(const QString &botId, const QString &key, const QString &action, const QJsonObject &parameters);
    // Before the write goes out: what it is about to send (an update's If-Unmodified-Since), so
    // a takeover after a crash or a lost answer can send exactly that again.
    void recordBinding(const QString &botId, const QString &key, const QJsonObject &binding);
    // The final answer: stored for replay when it is one (see isFinal), else the key is left
    // for the next attempt — marked "outcome unknown" when `outcomeUnknown`.
    void settle(const QString &botId, const QString &key, const ActionResult &result, bool outcomeUnknown);

    // Answers worth replaying: successes and the client's own mistakes. Not: 5xx (Salesforce or
    // the network failed; a retry should try again), 401/403 (a grant or reconnect may fix
    // it), a 409 asking for confirmation (the confirming request reuses the key).
    static bool isFinal(const ActionResult &result);

    // Rows of the table (tests).
    int count() const;

private:
    void purgeOld();
    bots::DatabaseConnection m_db;
    int m_leaseSeconds;
};

} // namespace hilal::actions
