#pragma once

#include "emulator/http/http_request.h"
#include "emulator/http/http_response.h"

#include <QUrl>

#include <optional>

namespace hilal::emulator {

class OrgStore;
class TokenRegistry;

// The SOAP partner API's `login` and `logout` calls at POST /services/Soap/u/{version}
// (docs/soap-login.md), which simple-salesforce and other older clients use to log in with a
// username and password. Only those two calls: anything else is a `sf:UNKNOWN_EXCEPTION` fault.
//
//   login(username, password)  → sessionId (a REST access token of the user), serverUrl,
//                                metadataServerUrl, userId, userInfo; a bad password → HTTP 500
//                                with the `sf:INVALID_LOGIN` fault
//   logout() with SessionHeader → the session is revoked; an unknown one → `sf:INVALID_SESSION_ID`
class SoapRoutes
{
public:
    SoapRoutes(OrgStore *store, TokenRegistry *tokens);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

    // Answers when `path` (no trailing slash) is under /services/Soap/u.
    std::optional<HttpResponse> handle(const HttpRequest &request, const QString &path);

    // The SOAP fault Salesforce sends (HTTP 500): faultcode `sf:CODE`, and the detail's
    // `sf:exceptionCode` / `sf:exceptionMessage`.
    static HttpResponse fault(const QString &code, const QString &message,
                              const QString &faultType = QStringLiteral("UnexpectedErrorFault"));

private:
    HttpResponse login(const QString &version, const QString &username, const QString &password);
    HttpResponse logout(const QString &sessionId);

    OrgStore *m_store;
    TokenRegistry *m_tokens;
    QUrl m_baseUrl;
};

} // namespace hilal::emulator
