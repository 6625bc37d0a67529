#pragma once

#include "salesforce/connection.h"
#include "salesforce/connection_store.h"
#include "salesforce/salesforce_error.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace hilal::secrets {

class EncryptedTokenFile;

// One asynchronous TokenStore operation. Emits finished() once (always queued); deletes itself
// afterwards.
class TokenJob : public QObject
{
    Q_OBJECT
public:
    enum class Result { Ok, NotFound, Failed };

    Result result() const { return m_result; }
    bool ok() const { return m_result == Result::Ok; }
    bool notFound() const { return m_result == Result::NotFound; }
    // A sentence when Failed (never contains a secret).
    QString errorString() const { return m_errorString; }
    // The loaded connection (load() only).
    salesforce::Connection connection() const { return m_connection; }
    // The loaded secret (loadSecret() only).
    QString secret() const { return m_secret; }
    QString botId() const { return m_botId; }

Q_SIGNALS:
    void finished();

private:
    friend class TokenStore;
    explicit TokenJob(const QString &botId, QObject *parent);
    void complete(Result result, const QString &errorString = {}, const salesforce::Connection & = {});

    QString m_botId;
    Result m_result = Result::Failed;
    QString m_errorString;
    salesforce::Connection m_connection;
    QString m_secret;
};

// The bots' Salesforce connections in the OS keychain through QtKeychain: service
// AppPaths::keychainService(), key = bot id, value = Connection::toJson() (compact JSON). Never
// uses QtKeychain's insecure plaintext fallback. When no keychain is reachable (no D-Bus session,
// no Secret Service) the first failing job reports a clear sentence, and from then on entries
// live only in this process's memory: isPersistent() turns false and persistenceChanged() fires
// so UIs can warn ("stored for this session only").
//
//   TokenJob *job = store->load(botId);
//   connect(job, &TokenJob::finished, this, [job] { if (job->ok()) use(job->connection()); });
class TokenStore : public QObject, public salesforce::ConnectionStore
{
    Q_OBJECT
public:
    explicit TokenStore(QObject *parent = nullptr); // service = AppPaths::keychainService()
    TokenStore(const QString &service, QObject *parent = nullptr);
    ~TokenStore() override;

    QString service() const { return m_service; }

    TokenJob *save(const salesforce::Connection &connection);
    TokenJob *load(const QString &botId);
    TokenJob *remove(const QString &botId); // Ok or NotFound when there was nothing (backend-dependent)

    // App-wide secrets beside the connections, e.g. kClientSecretKey (the Connected App's
    // consumer secret, `hilal-sf config set salesforce.clientSecret -`). An empty value removes it.
    static const QString kClientSecretKey;
    TokenJob *saveSecret(const QString &key, const QString &value);
    TokenJob *loadSecret(const QString &key); // NotFound when none

    bool isPersistent() const override { return !m_sessionOnly || m_file; }
    // "the OS keychain (Secret Service)" or "memory only, for this session"
    QString storageDescription() const;
    // The sentence explaining why we fell back to memory (empty while persistent).
    QString fallbackReason() const { return m_fallbackReason; }

    // Jobs started and not yet finished; idle() fires when this drops to 0. A command-line tool
    // waits for it before exiting so a renewed token is not lost.
    int pendingJobs() const { return m_pending; }

    // Skip the keychain from the start (tests, `--no-keychain`-style demos).
    void forceSessionOnly(const QString &reason);

    // Where entries go when no keychain is reachable, instead of memory: the file encrypted with
    // HILAL_SF_KEY (EncryptedTokenFile). The default constructor takes it from the environment
    // (EncryptedTokenFile::fromEnvironment(): only when the admin set the key); null: memory.
    void useEncryptedFile(std::unique_ptr<EncryptedTokenFile> file);
    const EncryptedTokenFile *encryptedFile() const { return m_file.get(); }

    // A sentence for each QKeychain::Error value: what happened and what to do. `detail`,
    // QtKeychain's own text, goes to the log only.
    static QString describeKeychainError(int qkeychainError, const QString &detail);

    // ConnectionStore
    void loadConnection(const QString &botId, QObject *context, LoadCallback done) override;
    void saveConnection(const salesforce::Connection &connection, QObject *context, DoneCallback done) override;
    void removeConnection(const QString &botId, QObject *context, DoneCallback done) override;

Q_SIGNALS:
    void persistenceChanged(bool persistent);
    void keychainUnavailable(const QString &message); // once, when falling back
    void idle();

public:
    struct FileOutcome; // one encrypted-file operation's result (token_store.cpp)

private:
    enum class Op { Save, Load, Remove, LoadSecret };
    TokenJob *run(Op op, const QString &botId, const QByteArray &value);
    void runInMemory(TokenJob *job, Op op, const QByteArray &value);
    void runInFile(TokenJob *job, Op op, const QByteArray &value);
    void finishFileOp(TokenJob *job, Op op, const FileOutcome &outcome);
    void fallBack(const QString &reason);

    QString m_service;
    bool m_sessionOnly = false;
    QString m_fallbackReason;
    int m_pending = 0;
    QHash<QString, QByteArray> m_memory; // session-only entries (secret; never written anywhere)
    std::unique_ptr<EncryptedTokenFile> m_file; // the opt-in fallback instead of m_memory
    QThreadPool m_fileWorker; // one thread: m_file's scrypt off the caller's thread
};

} // namespace hilal::secrets
