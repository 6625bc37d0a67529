// How stock clients address the org and read query columns, over real loopback HTTP:
// request targets starting with `//` (an instance URL with a trailing slash) and
// `query?q=…&columns=true` (the `sf` CLI asks it before printing any query; the shape is in
// docs/rest-query-columns.md).
#include "support/org_http_client.h"

#include "emulator/local_org.h"

#include <QTcpSocket>
#include <QtTest>

using hilal::test::HttpResult;
using hilal::test::OrgHttpClient;

using namespace hilal::emulator;

class TestRestColumns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void doubleSlashIsAPath();
    void plainColumns();
    void parentPathsNest();
    void subqueryIsAnAggregateWithItsColumns();
    void aggregatesAreExprN();
    void fieldsAllExpands();
    void columnsErrors();

private:
    OrgHttpClient::Headers auth() const { return OrgHttpClient::bearer(m_access); }
    QJsonObject columns(const QString &soql, int expectedStatus = 200);
    // Sends one request with `target` exactly as written (QUrl would tidy a `//` away).
    QByteArray raw(const QByteArray &target);

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgHttpClient> m_http;
    QString m_access;
};

void TestRestColumns::initTestCase()
{
    LocalOrgOptions options;
    options.records = 50;
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_http = std::make_unique<OrgHttpClient>(m_org->url());
    m_access = m_http->connectDemo().value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_access.isEmpty());
}

void TestRestColumns::cleanupTestCase()
{
    m_http.reset();
    m_org.reset();
}

QByteArray TestRestColumns::raw(const QByteArray &target)
{
    QTcpSocket socket;
    socket.connectToHost(m_org->url().host(), quint16(m_org->url().port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + target + " HTTP/1.1\r\nHost: " + m_org->url().authority().toLatin1()
                 + "\r\nAuthorization: Bearer " + m_access.toLatin1() + "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    // The org runs on this thread: spin the event loop while waiting for its answer.
    // Until the whole answer is in (headers, then Content-Length bytes) or the server closes.
    auto complete = [&answer] {
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        static const QRegularExpression length(QStringLiteral("(?i)\r\ncontent-length: *(\\d+)"));
        const QRegularExpressionMatch m = length.match(QString::fromLatin1(answer.left(end)));
        return !m.hasMatch() || answer.size() - end - 4 >= m.captured(1).toLongLong();
    };
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10000 && !complete()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

QJsonObject TestRestColumns::columns(const QString &soql, int expectedStatus)
{
    const HttpResult result = m_http->get(OrgHttpClient::dataPath(QStringLiteral("/query?q="))
                                              + OrgHttpClient::soqlParam(soql) + QStringLiteral("&columns=true"),
                                          auth());
    if (result.status != expectedStatus)
        qWarning().noquote() << soql << result.status << result.body;
    return expectedStatus == 200
        ? result.object()
        : QJsonObject {{QStringLiteral("status"), result.status}, {QStringLiteral("errorCode"), result.errorCode()}};
}

void TestRestColumns::doubleSlashIsAPath()
{
    const QByteArray limits = raw("//services/data/v60.0/limits");
    QVERIFY2(limits.startsWith("HTTP/1.1 200"), limits.left(200).constData());
    QVERIFY(limits.contains("DailyApiRequests"));
    const QByteArray query = raw("//services/data/v60.0/query?q=SELECT+Id+FROM+Account+LIMIT+1");
    QVERIFY2(query.startsWith("HTTP/1.1 200"), query.left(200).constData());
    QVERIFY(query.contains("\"totalSize\":1"));
    // A path that is not the org's stays unknown.
    QVERIFY(raw("//elsewhere/nothing").startsWith("HTTP/1.1 404"));
}

void TestRestColumns::plainColumns()
{
    const QJsonObject body = columns(QStringLiteral("SELECT Id, name, AnnualRevenue FROM account"));
    QCOMPARE(body.value(QStringLiteral("entityName")).toString(), QStringLiteral("Account"));
    QCOMPARE(body.value(QStringLiteral("keyPrefix")).toString(), QStringLiteral("001"));
    QCOMPARE(body.value(QStringLiteral("idSelected")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("groupBy")).toBool(), false);
    const QJsonArray metadata = body.value(QStringLiteral("columnMetadata")).toArray();
    QCOMPARE(metadata.size(), 3);
    const QJsonObject name = metadata.at(1).toObject();
    QCOMPARE(name.value(QStringLiteral("columnName")).toString(), QStringLiteral("Name")); // the schema's spelling
    QCOMPARE(name.value(QStringLiteral("textType")).toBool(), true);
    QCOMPARE(name.value(QStringLiteral("aggregate")).toBool(), false);
    QVERIFY(name.value(QStringLiteral("joinColumns")).toArray().isEmpty());
    QCOMPARE(metadata.at(2).toObject().value(QStringLiteral("numberType")).toBool(), true);
    QCOMPARE(columns(QStringLiteral("SELECT Name FROM Account")).value(QStringLiteral("idSelected")).toBool(), false);
}

void TestRestColumns::parentPathsNest()
{
    const QJsonArray metadata = columns(QStringLiteral("SELECT Name, Account.Owner.Name FROM Contact"))
                                    .value(QStringLiteral("columnMetadata"))
                                    .toArray();
    QCOMPARE(metadata.size(), 2);
    const QJsonObject account = metadata.at(1).toObject();
    QCOMPARE(account.value(QStringLiteral("columnName")).toString(), QStringLiteral("Account"));
    QCOMPARE(account.value(QStringLiteral("aggregate")).toBool(), false);
    const QJsonObject owner = account.value(QStringLiteral("joinColumns")).toArray().at(0).toObject();
    QCOMPARE(owner.value(QStringLiteral("columnName")).toString(), QStringLiteral("Owner"));
    QCOMPARE(owner.value(QStringLiteral("displayName")).toString(), QStringLiteral("Account.Owner"));
    const QJsonObject name = owner.value(QStringLiteral("joinColumns")).toArray().at(0).toObject();
    QCOMPARE(name.value(QStringLiteral("columnName")).toString(), QStringLiteral("Name"));
    QCOMPARE(name.value(QStringLiteral("displayName")).toString(), QStringLiteral("Account.Owner.Name"));
}

void TestRestColumns::subqueryIsAnAggregateWithItsColumns()
{
    const QJsonArray metadata
        = columns(QStringLiteral("SELECT Name, (SELECT LastName, Email FROM Contacts) FROM Account"))
              .value(QStringLiteral("columnMetadata"))
              .toArray();
    QCOMPARE(metadata.size(), 2);
    const QJsonObject contacts = metadata.at(1).toObject();
    QCOMPARE(contacts.value(QStringLiteral("columnName")).toString(), QStringLiteral("Contacts"));
    QCOMPARE(contacts.value(QStringLiteral("aggregate")).toBool(), true);
    const QJsonArray inner = contacts.value(QStringLiteral("joinColumns")).toArray();
    QCOMPARE(inner.size(), 2);
    QCOMPARE(inner.at(1).toObject().value(QStringLiteral("columnName")).toString(), QStringLiteral("Email"));
}

void TestRestColumns::aggregatesAreExprN()
{
    const QJsonObject body = columns(
        QStringLiteral("SELECT Owner.Name, COUNT(Id), MAX(Amount) biggest FROM Opportunity GROUP BY Owner.Name"));
    QCOMPARE(body.value(QStringLiteral("groupBy")).toBool(), true);
    const QJsonArray metadata = body.value(QStringLiteral("columnMetadata")).toArray();
    QCOMPARE(metadata.size(), 3);
    // Aggregate rows name the grouped path by its last part, and the columns say so.
    QCOMPARE(metadata.at(0).toObject().value(QStringLiteral("columnName")).toString(), QStringLiteral("Name"));
    const QJsonObject count = metadata.at(1).toObject();
    QCOMPARE(count.value(QStringLiteral("columnName")).toString(), QStringLiteral("expr0"));
    QCOMPARE(count.value(QStringLiteral("displayName")).toString(), QStringLiteral("COUNT(Id)"));
    QCOMPARE(count.value(QStringLiteral("aggregate")).toBool(), true);
    QCOMPARE(metadata.at(2).toObject().value(QStringLiteral("columnName")).toString(), QStringLiteral("biggest"));
}

void TestRestColumns::fieldsAllExpands()
{
    const QJsonArray metadata = columns(QStringLiteral("SELECT FIELDS(ALL) FROM Lead LIMIT 200"))
                                    .value(QStringLiteral("columnMetadata"))
                                    .toArray();
    QVERIFY(metadata.size() > 10);
    QStringList names;
    for (const QJsonValue &column : metadata)
        names.append(column.toObject().value(QStringLiteral("columnName")).toString());
    QVERIFY(names.contains(QStringLiteral("Id")));
    QVERIFY(names.contains(QStringLiteral("Company")));
}

void TestRestColumns::columnsErrors()
{
    QJsonObject error = columns(QStringLiteral("SELECT Nope FROM Account"), 400);
    QCOMPARE(error.value(QStringLiteral("errorCode")).toString(), QStringLiteral("INVALID_FIELD"));
    error = columns(QStringLiteral("SELECT Id FROM Nothing"), 400);
    QCOMPARE(error.value(QStringLiteral("errorCode")).toString(), QStringLiteral("INVALID_TYPE"));
    error = columns(QStringLiteral("SELECT FROM"), 400);
    QCOMPARE(error.value(QStringLiteral("errorCode")).toString(), QStringLiteral("MALFORMED_QUERY"));
}

QTEST_GUILESS_MAIN(TestRestColumns)
#include "tst_rest_columns.moc"
