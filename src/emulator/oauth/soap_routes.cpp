#include "emulator/oauth/soap_routes.h"

#include "emulator/oauth/token_registry.h"
#include "emulator/rest/api_versions.h"
#include "emulator/store/org_store.h"

#include <QXmlStreamReader>

namespace hilal::emulator {

namespace {

const QLatin1String kSoapRoot {"/services/Soap/u/"};
constexpr int kSessionSecondsValid = 7200;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString element(const QString &name, const QString &value)
{
    return QStringLiteral("<%1>%2</%1>").arg(name, escaped(value));
}

QString nilElement(const QString &name)
{
    return QStringLiteral("<%1 xsi:nil=\"true\"/>").arg(name);
}

QByteArray envelope(const QString &namespaces, const QString &body)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                           "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" ")
            + namespaces + QStringLiteral("><soapenv:Body>") + body
            + QStringLiteral("</soapenv:Body></soapenv:Envelope>"))
        .toUtf8();
}

// The call's name and its parameters (local names; SOAP clients pick their own prefixes), plus
// the SessionHeader's sessionId.
struct SoapCall
{
    QString name;
    QHash<QString, QString> params;
    QString sessionId;
    QString error;
};

SoapCall readCall(const QByteArray &body)
{
    SoapCall call;
    QXmlStreamReader xml(body);
    bool inHeader = false;
    bool inBody = false;
    int depthInBody = 0;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("Header")) {
                inHeader = true;
            } else if (name == QLatin1String("Body")) {
                inBody = true;
            } else if (inHeader && name == QLatin1String("sessionId")) {
                call.sessionId = xml.readElementText().trimmed();
            } else if (inBody) {
                ++depthInBody;
                if (depthInBody == 1)
                    call.name = name;
                else if (depthInBody == 2)
                    current = name;
            }
        } else if (xml.isEndElement()) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("Header"))
                inHeader = false;
            else if (name == QLatin1String("Body"))
                inBody = false;
            else if (inBody && depthInBody > 0)
                --depthInBody;
            if (depthInBody < 2)
                current.clear();
        } else if (xml.isCharacters() && inBody && depthInBody == 2 && !current.isEmpty()) {
            call.params[current] += xml.text().toString();
        }
    }
    if (xml.hasError())
        call.error = xml.errorString();
    else if (call.name.isEmpty())
        call.error = QStringLiteral("The SOAP Body holds no call.");
    return call;
}

} // namespace

SoapRoutes::SoapRoutes(OrgStore *store, TokenRegistry *tokens)
    : m_store(store)
    , m_tokens(tokens)
{
}

std::optional<HttpResponse> SoapRoutes::handle(const HttpRequest &request, const QString &path)
{
    if (!path.startsWith(kSoapRoot))
        return std::nullopt;
    // /services/Soap/u/60.0, also /services/Soap/u/60.0/{orgId} (the serverUrl login hands out).
    const QString version = path.mid(kSoapRoot.size()).section(QLatin1Char('/'), 0, 0);
    if (!ApiVersions::isAccepted(version)) {
        return fault(QStringLiteral("UNSUPPORTED_API_VERSION"), QStringLiteral("Invalid Api version specified on URL"));
    }
    if (request.method != QLatin1String("POST")) {
        HttpResponse response = HttpResponse::text(405, "The SOAP API takes POST requests only.\n");
        response.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
        return response;
    }
    const SoapCall call = readCall(request.body);
    if (!call.error.isEmpty())
        return fault(QStringLiteral("INVALID_XML"), QStringLiteral("The request is not SOAP XML: %1").arg(call.error));
    if (call.name == QLatin1String("login"))
        return login(version, call.params.value(QStringLiteral("username")).trimmed(),
                     call.params.value(QStringLiteral("password")));
    if (call.name == QLatin1String("logout"))
        return logout(call.sessionId);
    return fault(
        QStringLiteral("UNKNOWN_EXCEPTION"),
        QStringLiteral("This org's SOAP API answers login and logout only; '%1' is not one of them.").arg(call.name));
}

HttpResponse SoapRoutes::login(const QString &version, const QString &username, const QString &password)
{
    const std::optional<UserRecord> user = m_store->authenticate(username, password);
    if (!user) {
        return fault(QStringLiteral("INVALID_LOGIN"),
                     QStringLiteral("Invalid username, password, security token; or user locked out."),
                     QStringLiteral("LoginFault"));
    }
    const OrganizationRecord org = m_store->organization();
    // A SOAP session is a full session of the user, usable with REST as a bearer token.
    const QString sessionId
        = m_tokens->issueAccessToken(TokenGrant {QStringLiteral("SOAP"), user->id, {QStringLiteral("full")}, {}});
    const QString base = m_baseUrl.toString(QUrl::FullyEncoded);
    const QString orgId15 = org.id.left(15);
    const QString userInfo = element(QStringLiteral("accessibilityMode"), QStringLiteral("false"))
        + element(QStringLiteral("chatterExternal"), QStringLiteral("false"))
        + element(QStringLiteral("currencySymbol"), QStringLiteral("$"))
        + element(QStringLiteral("orgAttachmentFileSizeLimit"), QStringLiteral("5242880"))
        + element(QStringLiteral("orgDefaultCurrencyIsoCode"), QStringLiteral("USD"))
        + element(QStringLiteral("orgDefaultCurrencyLocale"), org.defaultLocaleSidKey)
        + element(QStringLiteral("orgDisallowHtmlAttachments"), QStringLiteral("false"))
        + element(QStringLiteral("orgHasPersonAccounts"), QStringLiteral("false"))
        + element(QStringLiteral("organizationId"), org.id)
        + element(QStringLiteral("organizationMultiCurrency"), QStringLiteral("false"))
        + element(QStringLiteral("organizationName"), org.name) + nilElement(QStringLiteral("roleId"))
        + element(QStringLiteral("sessionSecondsValid"), QString::number(kSessionSecondsValid))
        + nilElement(QStringLiteral("userDefaultCurrencyIsoCode")) + element(QStringLiteral("userEmail"), user->email)
        + element(QStringLiteral("userFullName"), user->name) + element(QStringLiteral("userId"), user->id)
        + element(QStringLiteral("userLanguage"), user->languageLocaleKey)
        + element(QStringLiteral("userLocale"), user->localeSidKey)
        + element(QStringLiteral("userName"), user->username)
        + element(QStringLiteral("userTimeZone"), user->timeZoneSidKey)
        + element(QStringLiteral("userType"), user->userType)
        + element(QStringLiteral("userUiSkin"), QStringLiteral("Theme3"));
    const QString result = element(QStringLiteral("metadataServerUrl"),
                                   QStringLiteral("%1/services/Soap/m/%2/%3").arg(base, version, orgId15))
        + element(QStringLiteral("passwordExpired"), QStringLiteral("false"))
        + element(QStringLiteral("sandbox"), org.isSandbox ? QStringLiteral("true") : QStringLiteral("false"))
        + element(QStringLiteral("serverUrl"), QStringLiteral("%1/services/Soap/u/%2/%3").arg(base, version, orgId15))
        + element(QStringLiteral("sessionId"), sessionId) + element(QStringLiteral("userId"), user->id)
        + QStringLiteral("<userInfo>") + userInfo + QStringLiteral("</userInfo>");
    HttpResponse response;
    response.status = 200;
    response.contentType = QByteArrayLiteral("text/xml;charset=UTF-8");
    response.body
        = envelope(QStringLiteral("xmlns=\"urn:partner.soap.sforce.com\" "
                                  "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""),
                   QStringLiteral("<loginResponse><result>") + result + QStringLiteral("</result></loginResponse>"));
    return response;
}

HttpResponse SoapRoutes::logout(const QString &sessionId)
{
    if (sessionId.isEmpty() || !m_tokens->accessGrant(sessionId) || !m_tokens->revoke(sessionId)) {
        return fault(QStringLiteral("INVALID_SESSION_ID"),
                     QStringLiteral("Invalid Session ID found in SessionHeader: "
                                    "Illegal Session"));
    }
    HttpResponse response;
    response.status = 200;
    response.contentType = QByteArrayLiteral("text/xml;charset=UTF-8");
    response.body
        = envelope(QStringLiteral("xmlns=\"urn:partner.soap.sforce.com\""), QStringLiteral("<logoutResponse/>"));
    return response;
}

HttpResponse SoapRoutes::fault(const QString &code, const QString &message, const QString &faultType)
{
    const QString detail = QStringLiteral("<detail><sf:%1 xsi:type=\"sf:%1\">").arg(faultType)
        + element(QStringLiteral("sf:exceptionCode"), code) + element(QStringLiteral("sf:exceptionMessage"), message)
        + QStringLiteral("</sf:%1></detail>").arg(faultType);
    HttpResponse response;
    response.status = 500;
    response.contentType = QByteArrayLiteral("text/xml;charset=UTF-8");
    response.body = envelope(QStringLiteral("xmlns:sf=\"urn:fault.partner.soap.sforce.com\" "
                                            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""),
                             QStringLiteral("<soapenv:Fault>")
                                 + element(QStringLiteral("faultcode"), QStringLiteral("sf:") + code)
                                 + element(QStringLiteral("faultstring"), code + QStringLiteral(": ") + message)
                                 + detail + QStringLiteral("</soapenv:Fault>"));
    return response;
}

} // namespace hilal::emulator
