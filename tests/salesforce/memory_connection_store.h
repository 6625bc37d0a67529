#pragma once

// A ConnectionStore in memory for tests that are not about the keychain.

#include "salesforce/connection_store.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace hilal::test {

class MemoryConnectionStore : public QObject, public salesforce::ConnectionStore
{
public:
    QHash<QString, salesforce::Connection> entries;
    int saves = 0;

    void loadConnection(const QString &botId, QObject *context, LoadCallback done) override
    {
        QPointer<QObject> ctx(context);
        QTimer::singleShot(0, this, [this, botId, ctx, done] {
            if (!ctx)
                return;
            const bool found = entries.contains(botId);
            done(found, entries.value(botId), {});
        });
    }
    void saveConnection(const salesforce::Connection &c, QObject *context, DoneCallback done) override
    {
        entries.insert(c.botId, c);
        ++saves;
        QPointer<QObject> ctx(context);
        QTimer::singleShot(0, this, [ctx, done] {
            if (ctx && done)
                done({});
        });
    }
    void removeConnection(const QString &botId, QObject *context, DoneCallback done) override
    {
        entries.remove(botId);
        QPointer<QObject> ctx(context);
        QTimer::singleShot(0, this, [ctx, done] {
            if (ctx && done)
                done({});
        });
    }
    bool isPersistent() const override { return false; }
};

} // namespace hilal::test
