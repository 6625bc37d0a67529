#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hilal::salesforce {

// Everything that can go wrong talking to Salesforce, as one value type. Callers branch on
// `kind` (and on `errorCode` for Salesforce's own errors); `message` is always a sentence a
// person can act on. Never contains a token.
struct SalesforceError
{
    enum class Kind {
        None, // success
        Salesforce, // the org answered with an error body (REST error array, 4xx/5xx)
        OAuth, // the OAuth dance failed: access_denied, invalid_grant on a code, bad state…
        ReconnectNeeded, // the refresh token was refused (invalid_grant): the user must reconnect
        NotConnected, // no stored connection for this bot
        Network, // unreachable host, connection dropped, TLS failure
        Timeout, // no answer within the request's timeout
        LimitExceeded, // REQUEST_LIMIT_EXCEEDED (403): daily/concurrent API limit hit
        Cancelled, // the caller cancelled
        InvalidInput, // rejected locally before sending (bad Id, empty SOQL…)
        Keychain, // the secret store failed
        Protocol, // the answer made no sense (not JSON where JSON was required, …)
    };

    // One element of Salesforce's error array.
    struct Item
    {
        QString errorCode;
        QString message;
        QStringList fields;
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer
    QString errorCode; // first item's errorCode, or the OAuth `error`
    QString message; // a sentence for people
    QStringList fields; // API names from the first item
    QVector<Item> items; // all items of the error array (usually one)

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // "Salesforce", "reconnect needed", … for logs and JSON output.
    static QString kindName(Kind kind);

    // Turns an HTTP answer into an error; Kind::None when `httpStatus` is 2xx/3xx. Understands
    // Salesforce's JSON error array, OAuth's {"error","error_description"} object, form-encoded
    // OAuth errors and plain-text/HTML bodies (5xx, identity URL errors).
    static SalesforceError fromHttp(int httpStatus, const QByteArray &body);

    static SalesforceError make(Kind kind, const QString &message, const QString &errorCode = {}, int httpStatus = 0);
    static SalesforceError notConnected(const QString &botId);
    static SalesforceError reconnectNeeded(const QString &detail);
    static SalesforceError cancelled();
};

} // namespace hilal::salesforce

Q_DECLARE_METATYPE(hilal::salesforce::SalesforceError)
