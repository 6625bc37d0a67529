#include "secrets/token_store.h"

#include "core/app_paths.h"
#include "secrets/encrypted_token_file.h"
#include "secrets/logging.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace hilal::secrets {

using salesforce::Connection;
using salesforce::SalesforceError;

TokenJob::TokenJob(const QString &botId, QObject *parent)
    : QObject(parent)
    , m_botId(botId)
{
}

void TokenJob::complete(Result result, const QString &errorString, const Connection &connection)
{
    m_result = result;
    m_errorString = errorString;
    m_connection = connection;
    // Always asynchronous, so callers can connect after the call returns.
    QTimer::singleShot(0, this, [this] {
        emit finished();
        deleteLater();
    });
}

TokenStore::TokenStore(QObject *parent)
    : TokenStore(AppPaths::keychainService(), parent)
{
    useEncryptedFile(EncryptedTokenFile::fromEnvironment());
}

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_fileWorker.setMaxThreadCount(1);
}

TokenStore::~TokenStore()
{
    m_fileWorker.waitForDone(); // a file operation in flight finishes before the file goes
}

void TokenStore::useEncryptedFile(std::unique_ptr<EncryptedTokenFile> file)
{
    m_file = std::move(file);
}

QString TokenStore::storageDescription() const
{
    if (m_sessionOnly && m_file)
        return tr("the file %1, encrypted with %2 (no keychain reachable)")
            .arg(m_file->path(), QString::fromLatin1(EncryptedTokenFile::kKeyVariable));
    return m_sessionOnly ? tr("memory only, for this session (no keychain reachable)")
                         : tr("the system keychain (service %1)").arg(m_service);
}

void TokenStore::forceSessionOnly(const QString &reason)
{
    fallBack(reason);
}

QString TokenStore::describeKeychainError(int qkeychainError, const QString &detail)
{
    // QtKeychain's own text ("The name org.freedesktop.secrets was not provided by any .service
    // files", …) helps whoever reads the log, not the person at the dialog: it goes to the log
    // only, and the message says what happened and what to do.
    if (qkeychainError != QKeychain::NoError && !detail.isEmpty())
        qCInfo(lcSecrets).noquote() << "keychain error" << qkeychainError << "from QtKeychain:" << detail;
    switch (qkeychainError) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return tr("No Salesforce connection is stored for this bot.");
    case QKeychain::CouldNotDeleteEntry:
        return tr("The keychain could not delete the stored connection. Remove the entry by hand in your keychain "
                  "manager.");
    case QKeychain::AccessDeniedByUser:
        return tr("Access to the keychain was refused at the prompt. Allow access to keep the Salesforce "
                  "connection.");
    case QKeychain::AccessDenied:
        return tr("The keychain refused access. Unlock the keychain (log out and in, or open your keychain "
                  "manager) and try again.");
    case QKeychain::NoBackendAvailable:
        return tr("No system keychain is reachable: Salesforce connections will be kept in memory for this "
                  "session only. Start gnome-keyring or KWallet (in a desktop session with D-Bus) to keep them "
                  "across restarts.");
    case QKeychain::NotImplemented:
        return tr("The keychain does not support this operation on this system.");
    case QKeychain::OtherError:
    default:
        return tr("The keychain failed. Check that your keychain is running and unlocked.");
    }
}

void TokenStore::fallBack(const QString &reason)
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    m_fallbackReason = reason;
    if (m_file) {
        // The admin opted in to the encrypted file: entries persist there, nothing to warn about.
        m_fallbackReason = tr("No system keychain is reachable; Salesforce connections are kept in %1, "
                              "encrypted with %2.")
                               .arg(m_file->path(), QString::fromLatin1(EncryptedTokenFile::kKeyVariable));
        qCInfo(lcSecrets).noquote() << m_fallbackReason;
        return;
    }
    qCWarning(lcSecrets).noquote() << reason;
    emit keychainUnavailable(reason);
    emit persistenceChanged(false);
}

TokenJob *TokenStore::save(const Connection &connection)
{
    return run(Op::Save, connection.botId, QJsonDocument(connection.toJson()).toJson(QJsonDocument::Compact));
}

TokenJob *TokenStore::load(const QString &botId)
{
    return run(Op::Load, botId, {});
}

TokenJob *TokenStore::remove(const QString &botId)
{
    return run(Op::Remove, botId, {});
}

// Not a bot id (those are bot_… or UUIDs), so it never meets a connection entry.
const QString TokenStore::kClientSecretKey = QStringLiteral("setting:salesforce.clientSecret");

TokenJob *TokenStore::saveSecret(const QString &key, const QString &value)
{
    return value.isEmpty() ? run(Op::Remove, key, {}) : run(Op::Save, key, value.toUtf8());
}

TokenJob *TokenStore::loadSecret(const QString &key)
{
    return run(Op::LoadSecret, key, {});
}

namespace {

// Errors that mean "there is no keychain here" rather than "this entry failed": fall back to
// memory. QtKeychain reports a missing D-Bus session as NoBackendAvailable, or as OtherError
// with a D-Bus message (libsecret: "Could not connect: …"), depending on the backend it tried.
bool meansNoKeychain(QKeychain::Error error, const QString &detail)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    if (error == QKeychain::OtherError) {
        const QString d = detail.toLower();
        // not user text: QtKeychain's own wording, matched
        return d.contains(QLatin1String("d-bus")) || d.contains(QLatin1String("dbus"))
            || d.contains(QLatin1String("secret service")) || d.contains(QLatin1String("org.freedesktop"))
            || d.contains(QLatin1String("no such interface")) || d.contains(QLatin1String("not provided by any"))
            || d.contains(QLatin1String("could not connect")) || d.contains(QLatin1String("autolaunch"));
    }
    return false;
}

} // namespace

TokenJob *TokenStore::run(Op op, const QString &botId, const QByteArray &value)
{
    auto *job = new TokenJob(botId, this);
    ++m_pending;
    connect(job, &TokenJob::finished, this, [this] {
        if (--m_pending == 0)
            emit idle();
    });
    if (botId.isEmpty()) {
        job->complete(TokenJob::Result::Failed, tr("No bot id given for the stored connection."));
        return job;
    }
    if (m_sessionOnly) {
        runInMemory(job, op, value);
        return job;
    }
    // The keychain job has no parent: it must outlive this store when the store goes first. The
    // backend's callback holds a raw pointer to it (libsecret's async calls), so deleting it in
    // flight would have the answer land in freed memory. It deletes itself once answered; the
    // connection below ends with this store, so a late answer goes nowhere.
    QKeychain::Job *kj = nullptr;
    switch (op) {
    case Op::Save: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setBinaryData(value);
        kj = w;
        break;
    }
    case Op::Load:
    case Op::LoadSecret:
        kj = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Remove:
        kj = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    kj->setAutoDelete(true);
    kj->setInsecureFallback(false); // never QtKeychain's plaintext file
    kj->setKey(botId);
    QPointer<TokenJob> guard(job);
    connect(kj, &QKeychain::Job::finished, this, [this, guard, op, value](QKeychain::Job *k) {
        if (!guard)
            return;
        const QKeychain::Error error = k->error();
        const QString detail = k->errorString();
        if (error == QKeychain::NoError) {
            if (op == Op::LoadSecret) {
                guard->m_secret = QString::fromUtf8(static_cast<QKeychain::ReadPasswordJob *>(k)->binaryData());
                guard->complete(TokenJob::Result::Ok);
            } else if (op == Op::Load) {
                const QByteArray data = static_cast<QKeychain::ReadPasswordJob *>(k)->binaryData();
                const QJsonDocument doc = QJsonDocument::fromJson(data);
                if (!doc.isObject()) {
                    guard->complete(TokenJob::Result::Failed,
                                    tr("The stored Salesforce connection for bot %1 is unreadable. "
                                       "Disconnect and connect the bot again.")
                                        .arg(guard->botId()));
                    return;
                }
                Connection c = Connection::fromJson(doc.object());
                if (c.botId.isEmpty())
                    c.botId = guard->botId();
                guard->complete(TokenJob::Result::Ok, {}, c);
            } else {
                guard->complete(TokenJob::Result::Ok);
            }
            return;
        }
        if (error == QKeychain::EntryNotFound) {
            guard->complete(TokenJob::Result::NotFound, describeKeychainError(error, {}));
            return;
        }
        if (meansNoKeychain(error, detail)) {
            fallBack(describeKeychainError(QKeychain::NoBackendAvailable, detail));
            runInMemory(guard, op, value);
            return;
        }
        guard->complete(TokenJob::Result::Failed, describeKeychainError(error, detail));
    });
    kj->start();
    return job;
}

// What one operation on the encrypted file found, carried from the file worker to its job.
struct TokenStore::FileOutcome
{
    TokenJob::Result result = TokenJob::Result::Failed;
    QString error;
    QByteArray stored; // what a read found
};

namespace {

// One read, write or removal (an empty value) of the encrypted file; runs on the file worker.
TokenStore::FileOutcome readOrWrite(EncryptedTokenFile &file, bool write, const QString &key, const QByteArray &value)
{
    TokenStore::FileOutcome out;
    const QString notFound = TokenStore::describeKeychainError(QKeychain::EntryNotFound, {});
    if (write) {
        bool removed = false;
        if (!file.write(key, value, &out.error, &removed))
            return out;
        const bool missing = value.isEmpty() && !removed;
        out.result = missing ? TokenJob::Result::NotFound : TokenJob::Result::Ok;
        out.error = missing ? notFound : QString();
        return out;
    }
    const std::optional<QByteArray> stored = file.read(key, &out.error);
    if (stored) {
        out.result = TokenJob::Result::Ok;
        out.stored = *stored;
    } else if (out.error.isEmpty()) {
        out.result = TokenJob::Result::NotFound;
        out.error = notFound;
    }
    return out;
}

} // namespace

// scrypt makes every read or write of the encrypted file cost most of a second, so it runs on
// m_fileWorker and never on the caller's thread (the GUI thread in the desktop app). The worker
// has one thread, so operations keep the order they were asked in.
void TokenStore::runInFile(TokenJob *job, Op op, const QByteArray &value)
{
    EncryptedTokenFile *file = m_file.get();
    const QString botId = job->botId();
    const bool write = op == Op::Save || op == Op::Remove;
    const QByteArray written = op == Op::Save ? value : QByteArray();
    QPointer<TokenJob> guard(job);
    m_fileWorker.start([this, file, botId, write, written, op, guard] {
        const FileOutcome outcome = readOrWrite(*file, write, botId, written);
        EncryptedTokenFile::releaseThreadState();
        // Queued to this object's thread; ~TokenStore waits for the worker, so `this` is alive.
        QMetaObject::invokeMethod(
            this,
            [this, guard, op, outcome] {
                if (guard)
                    finishFileOp(guard, op, outcome);
            },
            Qt::QueuedConnection);
    });
}

void TokenStore::finishFileOp(TokenJob *job, Op op, const FileOutcome &outcome)
{
    if (outcome.result != TokenJob::Result::Ok || op == Op::Save || op == Op::Remove) {
        job->complete(outcome.result, outcome.error);
        return;
    }
    if (op == Op::LoadSecret) {
        job->m_secret = QString::fromUtf8(outcome.stored);
        job->complete(TokenJob::Result::Ok);
        return;
    }
    Connection c = Connection::fromJson(QJsonDocument::fromJson(outcome.stored).object());
    if (c.botId.isEmpty())
        c.botId = job->botId();
    job->complete(TokenJob::Result::Ok, {}, c);
}

void TokenStore::runInMemory(TokenJob *job, Op op, const QByteArray &value)
{
    if (m_file) {
        runInFile(job, op, value);
        return;
    }
    const QString botId = job->botId();
    switch (op) {
    case Op::Save:
        m_memory.insert(botId, value);
        job->complete(TokenJob::Result::Ok);
        return;
    case Op::Load: {
        const auto it = m_memory.constFind(botId);
        if (it == m_memory.constEnd()) {
            job->complete(TokenJob::Result::NotFound, describeKeychainError(QKeychain::EntryNotFound, {}));
            return;
        }
        job->complete(TokenJob::Result::Ok, {}, Connection::fromJson(QJsonDocument::fromJson(it.value()).object()));
        return;
    }
    case Op::Remove:
        job->complete(m_memory.remove(botId) ? TokenJob::Result::Ok : TokenJob::Result::NotFound,
                      describeKeychainError(QKeychain::EntryNotFound, {}));
        return;
    case Op::LoadSecret: {
        const auto it = m_memory.constFind(botId);
        if (it == m_memory.constEnd()) {
            job->complete(TokenJob::Result::NotFound, describeKeychainError(QKeychain::EntryNotFound, {}));
            return;
        }
        job->m_secret = QString::fromUtf8(it.value());
        job->complete(TokenJob::Result::Ok);
        return;
    }
    }
}

void TokenStore::loadConnection(const QString &botId, QObject *context, LoadCallback done)
{
    TokenJob *job = load(botId);
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    connect(job, &TokenJob::finished, this, [job, ctx, hasContext, done] {
        if (hasContext && !ctx)
            return;
        if (job->ok())
            done(true, job->connection(), {});
        else if (job->notFound())
            done(false, {}, {});
        else
            done(false, {}, SalesforceError::make(SalesforceError::Kind::Keychain, job->errorString()));
    });
}

void TokenStore::saveConnection(const Connection &connection, QObject *context, DoneCallback done)
{
    TokenJob *job = save(connection);
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    connect(job, &TokenJob::finished, this, [job, ctx, hasContext, done] {
        if ((hasContext && !ctx) || !done)
            return;
        done(job->ok() ? SalesforceError()
                       : SalesforceError::make(SalesforceError::Kind::Keychain, job->errorString()));
    });
}

void TokenStore::removeConnection(const QString &botId, QObject *context, DoneCallback done)
{
    TokenJob *job = remove(botId);
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    connect(job, &TokenJob::finished, this, [job, ctx, hasContext, done] {
        if ((hasContext && !ctx) || !done)
            return;
        done(job->ok() || job->notFound() ? SalesforceError()
                                          : SalesforceError::make(SalesforceError::Kind::Keychain, job->errorString()));
    });
}

} // namespace hilal::secrets
