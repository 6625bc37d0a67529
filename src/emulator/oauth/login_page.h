#pragma once

#include <QString>
#include <QStringList>

namespace hilal::emulator {

// The local org's HTML pages for the authorize step. Plain server-rendered forms that post back
// to /services/oauth2/authorize, with stable element ids so a test (or the GUI's WebEngine
// test) can fill and click them:
//   login:   form#login_form, input#username, input#password, button#login, div#error (when a
//            login failed)
//   consent: form#consent_form, ul#scopes > li (one per scope), button#allow, button#deny
// Both carry the pending authorization in a hidden input named `txn`.
class LoginPage
{
public:
    static QString login(const QString &txn, const QString &clientId, const QString &username,
                         const QString &error = QString());
    static QString consent(const QString &txn, const QString &clientId, const QString &username,
                           const QStringList &scopes);
    // A dead end the user can read (expired page, broken form).
    static QString problem(const QString &title, const QString &message);

    // What the consent page says a scope allows, as Salesforce words it.
    static QString describeScope(const QString &scope);

private:
    static QString page(const QString &title, const QString &body);
};

} // namespace hilal::emulator
