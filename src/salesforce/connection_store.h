#pragma once

#include "salesforce/connection.h"
#include "salesforce/salesforce_error.h"

#include <functional>

class QObject;

namespace hilal::salesforce {

// Where a Session loads and persists its Connection. Implemented by secrets::TokenStore (the OS
// keychain); tests may use InMemoryConnectionStore. Lives here so src/salesforce does not depend
// on src/secrets. Callbacks run on the store's thread, at most once, and never after `context`
// is destroyed.
class ConnectionStore
{
public:
    virtual ~ConnectionStore();

    // `found` false with no error: the bot has no stored connection.
    using LoadCallback = std::function<void(bool found, const Connection &, const SalesforceError &)>;
    using DoneCallback = std::function<void(const SalesforceError &)>;

    virtual void loadConnection(const QString &botId, QObject *context, LoadCallback done) = 0;
    virtual void saveConnection(const Connection &connection, QObject *context, DoneCallback done) = 0;
    virtual void removeConnection(const QString &botId, QObject *context, DoneCallback done) = 0;
    // False when entries only live for this process (no keychain reachable).
    virtual bool isPersistent() const = 0;
};

} // namespace hilal::salesforce
