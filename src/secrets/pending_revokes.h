#pragma once

#include "salesforce/connection.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace hilal::secrets {

class TokenStore;

// Connections whose revoke could not reach Salesforce. Their tokens may still be alive at the
// org, so they are not forgotten: they wait here, in the keychain (never a file), until a
// retry revokes them (docs/oauth.md, "Refresh and revoke"). One keychain entry, kKey, holds them all as
// a JSON array of Connection objects, so a start-up retry can find every one without
// enumerating the keychain, which QtKeychain cannot do.
//
// The bot whose connection waits here is disconnected as far as the program is concerned: its
// own keychain entry is gone, so its sessions find nothing to use.
class PendingRevokes : public QObject
{
    Q_OBJECT
public:
    static const QString kKey;

    explicit PendingRevokes(TokenStore *store, QObject *parent = nullptr);
    ~PendingRevokes() override;

    using Loaded = std::function<void(const QList<salesforce::Connection> &pending, const QString &error)>;
    using Done = std::function<void(const QString &error)>; // empty = ok

    // Reads the entry (an absent one is an empty list). Callbacks never run after `context` is
    // destroyed; `error` is a sentence without secrets.
    void load(QObject *context, Loaded done);
    // Adds a connection (replacing one with the same tokens). add() and remove() run one at a time,
    // in this process and across processes (a lock file in AppPaths::dataDir()).
    void add(const salesforce::Connection &connection, QObject *context, Done done);
    // Drops the connections whose tokens match one of `revoked`.
    void remove(const QList<salesforce::Connection> &revoked, QObject *context, Done done);

    // Bots with a pending revoke, as of the last load/add/remove in this process.
    bool isPending(const QString &botId) const { return m_botIds.contains(botId); }
    QSet<QString> botIds() const { return m_botIds; }

Q_SIGNALS:
    void changed();

private:
    using Step = std::function<void(Done finish)>;
    // Runs `step` alone: queued behind this object's other changes, and under the lock file.
    void exclusive(QObject *context, Done done, Step step);
    void runNext();
    void lockThen(int attempt);
    void save(const QList<salesforce::Connection> &pending, QObject *context, Done done);
    void remember(const QList<salesforce::Connection> &pending);

    TokenStore *m_store;
    QSet<QString> m_botIds;
    QList<std::function<void(const QString &lockError)>> m_queue; // changes waiting their turn
    bool m_busy = false;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace hilal::secrets
