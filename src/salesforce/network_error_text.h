#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace hilal::salesforce {

// What a failed network request means, in words a person can act on. Qt's own text for it
// ("Host login.example.com not found", "Connection refused", "SSL handshake failed") belongs in
// the log: the messages the app shows use these clauses instead.
class NetworkErrorText
{
    Q_DECLARE_TR_FUNCTIONS(hilal::salesforce::NetworkErrorText)
public:
    // A lower-case clause that fits "Could not reach %1: <clause>.", e.g. "no server with that
    // name was found".
    static QString reason(QNetworkReply::NetworkError error);
    // What to do about it: a sentence.
    static QString advice(QNetworkReply::NetworkError error);
};

} // namespace hilal::salesforce
