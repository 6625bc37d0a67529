#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace hilal {

// A typed registry over QSettings (as KeePassXC's Config): every preference has one key, one
// name, one default, one validation — never string keys scattered through the code.
// Secrets never go here.
class Config
{
public:
    enum Key {
        SalesforceClientId, // salesforce.clientId    Connected App consumer key
        SalesforceCallbackUrl, // salesforce.callbackUrl the Connected App's callback URL
        SalesforceApiVersion, // salesforce.apiVersion  e.g. 60.0
        KeyCount
    };

    static QString name(Key key);
    static bool fromName(const QString &name, Key *key);
    static QStringList names();
    static QString defaultValue(Key key);

    // Empty when `value` is acceptable for `key`, else a sentence saying what is wrong.
    static QString validate(Key key, const QString &value);

    static QString get(Key key);
    // Returns the validation message and stores nothing when the value is bad.
    static QString set(Key key, const QString &value);
};

} // namespace hilal
