#include "secrets/pending_revokes.h"

#include "secrets/token_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <algorithm>

namespace hilal::secrets {

using salesforce::Connection;

// Not a bot id (those are bot_… or UUIDs), so it never meets a connection entry.
const QString PendingRevokes::kKey = QStringLiteral("pending:revoke");

namespace {

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
    load(context, [this, connection, context, done](QList<Connection> pending, const QString &error) {
        if (!error.isEmpty()) {
            done(error);
            return;
        }
        pending.erase(std::remove_if(pending.begin(), pending.end(),
                                     [&connection](const Connection &c) { return sameTokens(c, connection); }),
                      pending.end());
        pending.append(connection);
        save(pending, context, done);
    });
}

void PendingRevokes::remove(const QList<Connection> &revoked, QObject *context, Done done)
{
    // Read again first: another process may have added one meanwhile.
    load(context, [this, revoked, context, done](QList<Connection> pending, const QString &error) {
        if (!error.isEmpty()) {
            done(error);
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
            done({});
            return;
        }
        save(pending, context, done);
    });
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
