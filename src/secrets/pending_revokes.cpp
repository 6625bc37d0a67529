#include "secrets/pending_revokes.h"

#include "core/app_paths.h"
#include "secrets/token_store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace hilal::secrets {

using salesforce::Connection;

// Not a bot id (those are bot_… or UUIDs), so it never meets a connection entry.
const QString PendingRevokes::kKey = QStringLiteral("pending:revoke");

namespace {

// How long a change waits for another process's change to the same entry: tries every
// kLockRetryMs, on the event loop (never blocking it), up to kLockAttempts times.
constexpr int kLockRetryMs = 50;
constexpr int kLockAttempts = 200;

QString lockPath()
{
    return QDir(AppPaths::dataDir()).filePath(QStringLiteral("pending-revokes.lock"));
}

bool sameTokens(const Connection &a, const Connection &b)
{
    return a.accessToken == b.accessToken && a.refreshToken == b.refreshToken;
}

} // namespace

PendingRevokes::PendingRevokes(TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

PendingRevokes::~PendingRevokes() = default;

void PendingRevokes::load(QObject *context, Loaded done)
{
    TokenJob *job = m_store->loadSecret(kKey);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(job, &TokenJob::finished, this, [this, job, guard, hasContext, done] {
        QList<Connection> pending;
        QString error;
        if (job->ok()) {
            const QJsonDocument doc = QJsonDocument::fromJson(job->secret().toUtf8());
            for (const QJsonValue &v : doc.array()) {
                const Connection c = Connection::fromJson(v.toObject());
                if (c.isValid())
                    pending.append(c);
            }
            remember(pending);
        } else if (job->notFound()) {
            remember(pending);
        } else {
            error = job->errorString();
        }
        if (hasContext && !guard)
            return;
        done(pending, error);
    });
}

void PendingRevokes::add(const Connection &connection, QObject *context, Done done)
{
    exclusive(context, std::move(done), [this, connection](Done finish) {
        load(nullptr, [this, connection, finish](QList<Connection> pending, const QString &error) {
            if (!error.isEmpty()) {
                finish(error);
                return;
            }
            pending.erase(std::remove_if(pending.begin(), pending.end(),
                                         [&connection](const Connection &c) { return sameTokens(c, connection); }),
                          pending.end());
            pending.append(connection);
            save(pending, nullptr, finish);
        });
    });
}

void PendingRevokes::remove(const QList<Connection> &revoked, QObject *context, Done done)
{
    exclusive(context, std::move(done), [this, revoked](Done finish) {
        load(nullptr, [this, revoked, finish](QList<Connection> pending, const QString &error) {
            if (!error.isEmpty()) {
                finish(error);
                return;
            }
            const auto before = pending.size();
            pending.erase(std::remove_if(pending.begin(), pending.end(),
                                         [&revoked](const Connection &c) {
                                             return std::any_of(revoked.begin(), revoked.end(),
                                                                [&c](const Connection &r) { return sameTokens(c, r); });
                                         }),
                          pending.end());
            if (pending.size() == before) {
                finish({});
                return;
            }
            save(pending, nullptr, finish);
        });
    });
}

// Every change reads the one entry, changes it and writes it back. Two at once (a GUI and a
// hilal-sf disconnecting together, or two disconnects in one window) would each write what it
// read and lose the other's entry, so each runs alone. The callbacks inside run with no context,
// so a step always finishes and the next one starts even when the caller's context is gone.
void PendingRevokes::exclusive(QObject *context, Done done, Step step)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_queue.append([this, guard, hasContext, done, step](const QString &lockError) {
        Done finish = [this, guard, hasContext, done](const QString &error) {
            m_lock.reset(); // unlocks
            m_busy = false;
            if (done && !(hasContext && !guard))
                done(error);
            runNext();
        };
        if (lockError.isEmpty())
            step(finish);
        else
            finish(lockError);
    });
    runNext();
}

void PendingRevokes::runNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    lockThen(0);
}

void PendingRevokes::lockThen(int attempt)
{
    if (!m_lock)
        m_lock = std::make_unique<QLockFile>(lockPath());
    QString error;
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError && attempt < kLockAttempts) {
            QTimer::singleShot(kLockRetryMs, this, [this, attempt] { lockThen(attempt + 1); });
            return;
        }
        error = m_lock->error() == QLockFile::LockFailedError
            ? tr("Another hilal-sf is changing the pending revokes (%1); nothing was changed. Try again.")
                  .arg(lockPath())
            : tr("The lock file %1 cannot be created; the pending revokes were not changed.").arg(lockPath());
    }
    m_queue.takeFirst()(error);
}

void PendingRevokes::save(const QList<Connection> &pending, QObject *context, Done done)
{
    QJsonArray array;
    for (const Connection &c : pending)
        array.append(c.toJson());
    // An empty value deletes the entry.
    const QString value
        = pending.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    TokenJob *job = m_store->saveSecret(kKey, value);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(job, &TokenJob::finished, this, [this, job, guard, hasContext, pending, done] {
        const bool ok = job->ok() || job->notFound();
        if (ok)
            remember(pending);
        if (hasContext && !guard)
            return;
        done(ok ? QString() : job->errorString());
    });
}

void PendingRevokes::remember(const QList<Connection> &pending)
{
    QSet<QString> ids;
    for (const Connection &c : pending)
        ids.insert(c.botId);
    if (ids == m_botIds)
        return;
    m_botIds = ids;
    emit changed();
}

} // namespace hilal::secrets
