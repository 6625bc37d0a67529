// The local org over HTTPS (`hilal-sf emulator --tls`): the CA and certificate it makes with
// OpenSSL and reuses across runs, the routes over TLS, our own RestClient refusing the org until
// its CA is trusted, and --cert/--key errors. Real loopback connections throughout.
#include "support/org_http_client.h"

#include "emulator/local_org.h"
#include "salesforce/rest_client.h"
#include "salesforce/rest_reply.h"
#include "salesforce/session.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

class TestLocalOrgTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void certificateCoversLoopbackAndIsSignedByTheCa();
    void servesTheApiOverHttps();
    void restClientRefusesUntilTheCaIsTrusted();
    void tlsDirIsReusedAcrossRuns();
    void ownCertificateAndKey();
    void badCertificateFilesAreRefused();

private:
    static LocalOrgOptions tlsOptions(const QString &dir);
    static void trust(const QString &caFile);

    QTemporaryDir m_dir;
    QSslConfiguration m_plainDefault;
};

void TestLocalOrgTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plainDefault = QSslConfiguration::defaultConfiguration();
}

void TestLocalOrgTls::cleanup()
{
    QSslConfiguration::setDefaultConfiguration(m_plainDefault);
}

LocalOrgOptions TestLocalOrgTls::tlsOptions(const QString &dir)
{
    LocalOrgOptions options;
    options.records = 20;
    options.tls = true;
    options.tlsDir = dir;
    return options;
}

void TestLocalOrgTls::trust(const QString &caFile)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(QSslCertificate::fromPath(caFile, QSsl::Pem));
    QSslConfiguration::setDefaultConfiguration(config);
}

void TestLocalOrgTls::certificateCoversLoopbackAndIsSignedByTheCa()
{
    LocalOrg org(tlsOptions(m_dir.filePath(QStringLiteral("a"))));
    QString error;
    QVERIFY2(org.start(&error), qPrintable(error));
    QCOMPARE(org.url().scheme(), QStringLiteral("https"));
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(org.caCertificateFile());
    const QList<QSslCertificate> server = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("a/server.pem")));
    QCOMPARE(ca.size(), 1);
    QCOMPARE(server.size(), 1);
    QCOMPARE(server.first().issuerDisplayName(), ca.first().subjectDisplayName());
    const auto names = server.first().subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(server.first().expiryDate() > QDateTime::currentDateTimeUtc().addDays(300));
    // The keys are for the owner only.
    QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("a/server.key"))) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("a/ca.key"))) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void TestLocalOrgTls::servesTheApiOverHttps()
{
    LocalOrg org(tlsOptions(m_dir.filePath(QStringLiteral("b"))));
    QString error;
    QVERIFY2(org.start(&error), qPrintable(error));
    {
        OrgHttpClient untrusting(org.url());
        const HttpResult refused = untrusting.get(QStringLiteral("/services/data"));
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
    }
    trust(org.caCertificateFile());
    OrgHttpClient http(org.url());
    QCOMPARE(http.get(QStringLiteral("/services/data")).status, 200);
    const QString token = http.connectDemo().value(QStringLiteral("access_token")).toString();
    QVERIFY(!token.isEmpty());
    const HttpResult query = http.get(OrgHttpClient::dataPath(QStringLiteral("/query?q="))
                                          + OrgHttpClient::soqlParam(QStringLiteral("SELECT Id FROM Account LIMIT 2")),
                                      OrgHttpClient::bearer(token));
    QCOMPARE(query.status, 200);
    QCOMPARE(query.object().value(QStringLiteral("totalSize")).toInt(), 2);
    // The instance URL the org hands out is https too.
    QVERIFY(http.get(OrgHttpClient::dataPath(QString()), OrgHttpClient::bearer(token))
                .object()
                .value(QStringLiteral("identity"))
                .toString()
                .startsWith(QLatin1String("https://")));
}

void TestLocalOrgTls::restClientRefusesUntilTheCaIsTrusted()
{
    LocalOrg org(tlsOptions(m_dir.filePath(QStringLiteral("c"))));
    QString error;
    QVERIFY2(org.start(&error), qPrintable(error));
    trust(org.caCertificateFile());
    QString token;
    {
        OrgHttpClient http(org.url());
        token = http.connectDemo().value(QStringLiteral("access_token")).toString();
    }
    QVERIFY(!token.isEmpty());
    QSslConfiguration::setDefaultConfiguration(m_plainDefault);

    hilal::salesforce::Connection connection;
    connection.botId = QStringLiteral("bot-tls");
    connection.accessToken = token;
    connection.instanceUrl = org.url();
    auto call = [&](QNetworkAccessManager *network) {
        hilal::salesforce::Session session(connection.botId, nullptr, network);
        session.setConnection(connection, false);
        hilal::salesforce::RestClient::Options options;
        options.maxGetRetries = 0;
        hilal::salesforce::RestClient client(&session, options);
        hilal::salesforce::RestReply *reply = client.limits();
        reply->setAutoDelete(false);
        QSignalSpy done(reply, &hilal::salesforce::RestReply::finished);
        if (!done.wait(20000))
            qWarning("no answer");
        const hilal::salesforce::SalesforceError result = reply->error();
        delete reply;
        return result;
    };
    QNetworkAccessManager untrusting;
    const hilal::salesforce::SalesforceError refused = call(&untrusting);
    QCOMPARE(refused.kind, hilal::salesforce::SalesforceError::Kind::Network);

    trust(org.caCertificateFile());
    QNetworkAccessManager trusting;
    const hilal::salesforce::SalesforceError accepted = call(&trusting);
    QVERIFY2(!accepted.isError(), qPrintable(accepted.message));
}

void TestLocalOrgTls::tlsDirIsReusedAcrossRuns()
{
    const QString dir = m_dir.filePath(QStringLiteral("d"));
    QByteArray caPem;
    QByteArray serverPem;
    {
        LocalOrg first(tlsOptions(dir));
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        QFile ca(first.caCertificateFile());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        caPem = ca.readAll();
        QFile server(dir + QStringLiteral("/server.pem"));
        QVERIFY(server.open(QIODevice::ReadOnly));
        serverPem = server.readAll();
    }
    LocalOrg second(tlsOptions(dir));
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    QFile ca(second.caCertificateFile());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QCOMPARE(ca.readAll(), caPem);
    QFile server(dir + QStringLiteral("/server.pem"));
    QVERIFY(server.open(QIODevice::ReadOnly));
    QCOMPARE(server.readAll(), serverPem);
    server.close();
    ca.close();

    // A damaged server certificate is made again, signed by the same CA.
    QVERIFY(server.open(QIODevice::WriteOnly | QIODevice::Truncate));
    server.write("not a certificate");
    server.close();
    LocalOrg third(tlsOptions(dir));
    QVERIFY2(third.start(&error), qPrintable(error));
    QCOMPARE(QSslCertificate::fromPath(dir + QStringLiteral("/server.pem")).size(), 1);
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QCOMPARE(ca.readAll(), caPem);
}

void TestLocalOrgTls::ownCertificateAndKey()
{
    // A certificate made elsewhere (here: by another org's --tls-dir) is served as given.
    const QString made = m_dir.filePath(QStringLiteral("e"));
    {
        LocalOrg maker(tlsOptions(made));
        QString error;
        QVERIFY2(maker.start(&error), qPrintable(error));
    }
    LocalOrgOptions options;
    options.records = 10;
    options.tls = true;
    options.certFile = made + QStringLiteral("/server.pem");
    options.keyFile = made + QStringLiteral("/server.key");
    LocalOrg org(options);
    QString error;
    QVERIFY2(org.start(&error), qPrintable(error));
    QVERIFY(org.caCertificateFile().isEmpty());
    trust(made + QStringLiteral("/ca.pem"));
    OrgHttpClient http(org.url());
    QCOMPARE(http.get(QStringLiteral("/services/data")).status, 200);
}

void TestLocalOrgTls::badCertificateFilesAreRefused()
{
    QFile junk(m_dir.filePath(QStringLiteral("junk.pem")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("junk");
    junk.close();
    LocalOrgOptions options;
    options.records = 5;
    options.tls = true;
    options.certFile = junk.fileName();
    options.keyFile = junk.fileName();
    LocalOrg org(options);
    QString error;
    QVERIFY(!org.start(&error));
    QVERIFY2(error.contains(QLatin1String("no PEM certificate")), qPrintable(error));

    options.keyFile.clear();
    LocalOrg half(options);
    QVERIFY(!half.start(&error));
    QVERIFY2(error.contains(QLatin1String("--cert and --key together")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLocalOrgTls)
#include "tst_local_org_tls.moc"
