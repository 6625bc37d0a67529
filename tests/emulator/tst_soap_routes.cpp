// The SOAP partner login/logout at POST /services/Soap/u/{version} over real loopback HTTP, as
// simple-salesforce sends them (docs/soap-login.md): the session works as a REST bearer token,
// faults carry sf:exceptionCode, logout ends the session.
#include "support/org_http_client.h"

#include "emulator/local_org.h"
#include "emulator/seed/demo_defaults.h"

#include <QXmlStreamReader>
#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

namespace {

QByteArray loginEnvelope(const QString &username, const QString &password)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\" ?>"
               "<env:Envelope xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
               "xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:urn=\"urn:partner.soap.sforce.com\">"
               "<env:Header><urn:CallOptions><urn:client>simple-salesforce</urn:client>"
               "<urn:defaultNamespace>sf</urn:defaultNamespace></urn:CallOptions></env:Header>"
               "<env:Body><n1:login xmlns:n1=\"urn:partner.soap.sforce.com\">"
               "<n1:username>%1</n1:username><n1:password>%2</n1:password></n1:login></env:Body></env:Envelope>")
        .arg(username.toHtmlEscaped(), password.toHtmlEscaped())
        .toUtf8();
}

QByteArray logoutEnvelope(const QString &sessionId)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                          "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                          "xmlns:urn=\"urn:partner.soap.sforce.com\">"
                          "<soapenv:Header><urn:SessionHeader><urn:sessionId>%1</urn:sessionId></urn:SessionHeader></"
                          "soapenv:Header>"
                          "<soapenv:Body><urn:logout/></soapenv:Body></soapenv:Envelope>")
        .arg(sessionId)
        .toUtf8();
}

// The text of the one element with this tag name as written (prefix included), as
// simple-salesforce's getUniqueElementValueFromXmlString reads it.
QString tagValue(const QByteArray &xml, const QString &tag)
{
    QXmlStreamReader reader(xml);
    QStringList found;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.qualifiedName() == tag)
            found.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    if (reader.hasError())
        return QStringLiteral("<not XML>");
    return found.size() == 1 ? found.first() : QString();
}

} // namespace

class TestSoapRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void loginGivesAUsableSession();
    void badPasswordIsInvalidLogin();
    void logoutEndsTheSession();
    void errors();

private:
    HttpResult soap(const QByteArray &body, const QString &version = QStringLiteral("60.0"),
                    const QByteArray &action = "login");

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
};

void TestSoapRoutes::initTestCase()
{
    LocalOrgOptions options;
    options.records = 20;
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_http = std::make_unique<OrgHttpClient>(m_org->url());
}

void TestSoapRoutes::cleanupTestCase()
{
    m_http.reset();
    m_org.reset();
}

HttpResult TestSoapRoutes::soap(const QByteArray &body, const QString &version, const QByteArray &action)
{
    return m_http->send("POST", QStringLiteral("/services/Soap/u/") + version, body,
                        {{"Content-Type", "text/xml"}, {"charset", "UTF-8"}, {"SOAPAction", action}});
}

void TestSoapRoutes::loginGivesAUsableSession()
{
    const HttpResult login = soap(loginEnvelope(QString(demo::kUsername), QString(demo::kPassword)));
    QCOMPARE(login.status, 200);
    QVERIFY(login.header("Content-Type").startsWith("text/xml"));
    const QString sessionId = tagValue(login.body, QStringLiteral("sessionId"));
    const QString serverUrl = tagValue(login.body, QStringLiteral("serverUrl"));
    QVERIFY(sessionId.startsWith(m_org->organizationId().left(15) + QLatin1Char('!')));
    QCOMPARE(serverUrl,
             m_org->url().toString() + QStringLiteral("/services/Soap/u/60.0/") + m_org->organizationId().left(15));
    QVERIFY(
        tagValue(login.body, QStringLiteral("metadataServerUrl")).contains(QLatin1String("/services/Soap/m/60.0/")));
    QCOMPARE(tagValue(login.body, QStringLiteral("userName")), QString(demo::kUsername));
    QCOMPARE(tagValue(login.body, QStringLiteral("organizationId")), m_org->organizationId());
    QCOMPARE(tagValue(login.body, QStringLiteral("sessionSecondsValid")), QStringLiteral("7200"));

    const HttpResult rest
        = m_http->get(OrgHttpClient::dataPath(QStringLiteral("/limits")), OrgHttpClient::bearer(sessionId));
    QCOMPARE(rest.status, 200);
}

void TestSoapRoutes::badPasswordIsInvalidLogin()
{
    const HttpResult login = soap(loginEnvelope(QString(demo::kUsername), QStringLiteral("wrong")));
    QCOMPARE(login.status, 500);
    QCOMPARE(tagValue(login.body, QStringLiteral("faultcode")), QStringLiteral("sf:INVALID_LOGIN"));
    QCOMPARE(tagValue(login.body, QStringLiteral("sf:exceptionCode")), QStringLiteral("INVALID_LOGIN"));
    QVERIFY(tagValue(login.body, QStringLiteral("sf:exceptionMessage"))
                .startsWith(QLatin1String("Invalid username, password")));
    QVERIFY(!login.body.contains("wrong")); // the password is never echoed
    QCOMPARE(soap(loginEnvelope(QStringLiteral("nobody@example.com"), QString(demo::kPassword))).status, 500);
}

void TestSoapRoutes::logoutEndsTheSession()
{
    const QString sessionId = tagValue(soap(loginEnvelope(QString(demo::kUsername), QString(demo::kPassword))).body,
                                       QStringLiteral("sessionId"));
    QVERIFY(!sessionId.isEmpty());
    const HttpResult logout = soap(logoutEnvelope(sessionId), QStringLiteral("60.0"), "logout");
    QCOMPARE(logout.status, 200);
    QVERIFY(logout.body.contains("logoutResponse"));
    QCOMPARE(m_http->get(OrgHttpClient::dataPath(QStringLiteral("/limits")), OrgHttpClient::bearer(sessionId)).status,
             401);
    const HttpResult again = soap(logoutEnvelope(sessionId), QStringLiteral("60.0"), "logout");
    QCOMPARE(again.status, 500);
    QCOMPARE(tagValue(again.body, QStringLiteral("sf:exceptionCode")), QStringLiteral("INVALID_SESSION_ID"));
}

void TestSoapRoutes::errors()
{
    HttpResult result = soap("<not xml");
    QCOMPARE(result.status, 500);
    QCOMPARE(tagValue(result.body, QStringLiteral("sf:exceptionCode")), QStringLiteral("INVALID_XML"));
    result = soap(QByteArrayLiteral(
        "<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body><query/></e:Body></e:Envelope>"));
    QCOMPARE(result.status, 500);
    QCOMPARE(tagValue(result.body, QStringLiteral("sf:exceptionCode")), QStringLiteral("UNKNOWN_EXCEPTION"));
    result = soap(loginEnvelope(QString(demo::kUsername), QString(demo::kPassword)), QStringLiteral("7.0"));
    QCOMPARE(result.status, 500);
    QCOMPARE(tagValue(result.body, QStringLiteral("sf:exceptionCode")), QStringLiteral("UNSUPPORTED_API_VERSION"));
    result = m_http->get(QStringLiteral("/services/Soap/u/60.0"));
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArray("POST"));
}

QTEST_GUILESS_MAIN(TestSoapRoutes)
#include "tst_soap_routes.moc"
