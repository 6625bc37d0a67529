// Requests per second the local org answers over loopback: a retrieve by Id, and one 2,000-row
// query page. The org runs on its own thread (LocalOrgThread), the client (QNetworkAccessManager)
// on the main thread, as the GUI demo and the client tests use it. Prints figures; asserts nothing.
//
//   bench_requests [--records N] [--seconds S]
#include "emulator/local_org.h"
#include "emulator/local_org_thread.h"
#include "emulator/store/org_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

using namespace hilal::emulator;

namespace {

const QString kBenchClient = QStringLiteral("HilalBench");
const QString kBenchSecret = QStringLiteral("bench-secret");

QByteArray waitFor(QNetworkReply *reply, int *status)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

struct Figure
{
    int requests = 0;
    qint64 ms = 0;
    qint64 bytes = 0;
    int failures = 0;
};

// Keeps `inFlight` GETs of `url` going until `seconds` have passed.
Figure hammer(QNetworkAccessManager &manager, const QNetworkRequest &request, int inFlight, double seconds)
{
    Figure figure;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    int running = 0;
    std::function<void()> launch = [&] {
        ++running;
        QNetworkReply *reply = manager.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            --running;
            ++figure.requests;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++figure.failures;
            figure.bytes += reply->readAll().size();
            reply->deleteLater();
            if (clock.elapsed() < qint64(seconds * 1000))
                launch();
            else if (running == 0)
                loop.quit();
        });
    };
    for (int i = 0; i < inFlight; ++i)
        launch();
    loop.exec();
    figure.ms = clock.elapsed();
    return figure;
}

void print(QTextStream &out, const QString &what, int inFlight, const Figure &f)
{
    out << QStringLiteral("%1, %2 in flight: %3 requests in %4 ms = %5 req/s (%6 KB/answer%7)")
               .arg(what)
               .arg(inFlight)
               .arg(f.requests)
               .arg(f.ms)
               .arg(f.requests * 1000.0 / qMax<qint64>(1, f.ms), 0, 'f', 0)
               .arg(f.bytes / 1024.0 / qMax(1, f.requests), 0, 'f', 1)
               .arg(f.failures ? QStringLiteral(", %1 NOT 200").arg(f.failures) : QString())
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption records(QStringLiteral("records"), QStringLiteral("Opportunities to seed."),
                                     QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Seconds per measurement."),
                                     QStringLiteral("S"), QStringLiteral("3"));
    parser.addOptions({records, seconds});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    LocalOrgOptions options;
    options.records = parser.value(records).toInt();
    options.extraClients.append(
        {kBenchClient, kBenchSecret, {QStringLiteral("http://localhost:1717/OauthRedirect")}, {}, false});
    LocalOrgThread org(options);
    QElapsedTimer seedClock;
    seedClock.start();
    QString error;
    if (!org.start(&error)) {
        out << "could not start the local org: " << error << Qt::endl;
        return 1;
    }
    out << "local org with " << options.records << " Opportunities started in " << seedClock.elapsed() << " ms at "
        << org.url().toString() << Qt::endl;

    QNetworkAccessManager manager;
    const QUrl base = org.url();
    auto url = [&](const QString &path) { return QUrl(base.toString() + path); };

    // A session through the password grant (the bench client has a secret).
    QNetworkRequest tokenRequest(url(QStringLiteral("/services/oauth2/token")));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QByteArray form = "grant_type=password&client_id=" + QUrl::toPercentEncoding(kBenchClient) + "&client_secret="
        + QUrl::toPercentEncoding(kBenchSecret) + "&username=" + QUrl::toPercentEncoding(options.username)
        + "&password=" + QUrl::toPercentEncoding(options.password);
    int status = 0;
    const QByteArray tokenBody = waitFor(manager.post(tokenRequest, form), &status);
    const QByteArray token
        = QJsonDocument::fromJson(tokenBody).object().value(QStringLiteral("access_token")).toString().toLatin1();
    if (status != 200 || token.isEmpty()) {
        out << "could not get a session: HTTP " << status << Qt::endl;
        return 1;
    }
    auto authorized = [&](const QString &path) {
        QNetworkRequest request(url(path));
        request.setRawHeader("Authorization", "Bearer " + token);
        return request;
    };

    // An Account Id to retrieve.
    const QNetworkRequest firstAccount
        = authorized(QStringLiteral("/services/data/v60.0/query?q=")
                     + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("SELECT Id FROM Account LIMIT 1"))));
    const QByteArray accountBody = waitFor(manager.get(firstAccount), &status);
    const QString accountId = QJsonDocument::fromJson(accountBody)
                                  .object()
                                  .value(QStringLiteral("records"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("Id"))
                                  .toString();
    if (status != 200 || accountId.isEmpty()) {
        out << "could not find an Account: HTTP " << status << Qt::endl;
        return 1;
    }

    const double secs = parser.value(seconds).toDouble();
    const QNetworkRequest retrieve = authorized(QStringLiteral("/services/data/v60.0/sobjects/Account/") + accountId);
    for (int inFlight : {1, 6})
        print(out, QStringLiteral("retrieve Account by Id"), inFlight, hammer(manager, retrieve, inFlight, secs));

    const QString soql = QStringLiteral(
        "SELECT Id, Name, StageName, Amount, CloseDate, Probability, AccountId FROM Opportunity LIMIT 2000");
    const QNetworkRequest page = authorized(QStringLiteral("/services/data/v60.0/query?q=")
                                            + QString::fromLatin1(QUrl::toPercentEncoding(soql)));
    const QByteArray pageBody = waitFor(manager.get(page), &status);
    const int rows = QJsonDocument::fromJson(pageBody).object().value(QStringLiteral("records")).toArray().size();
    out << "query page: HTTP " << status << ", " << rows << " rows, " << pageBody.size() / 1024 << " KB" << Qt::endl;
    for (int inFlight : {1, 2})
        print(out, QStringLiteral("one %1-row query page").arg(rows), inFlight, hammer(manager, page, inFlight, secs));

    org.stop();

    // The same page straight from an OrgStore (same seed, this thread): what HTTP adds on top.
    OrgStore store;
    SeedOptions seedOptions;
    seedOptions.opportunities = options.records;
    if (store.open(QString()) && store.seed(seedOptions)) {
        QElapsedTimer retrieveClock;
        retrieveClock.start();
        int retrieves = 0;
        while (retrieveClock.elapsed() < qint64(secs * 1000)) {
            store.retrieve(QStringLiteral("Account"), accountId, {}, QStringLiteral("60.0"));
            ++retrieves;
        }
        out << QStringLiteral("the same retrieve from OrgStore::retrieve, no HTTP: %1 per s")
                   .arg(retrieves * 1000.0 / qMax<qint64>(1, retrieveClock.elapsed()), 0, 'f', 0)
            << Qt::endl;
        QElapsedTimer clock;
        clock.start();
        int runs = 0;
        qint64 bytes = 0;
        while (clock.elapsed() < qint64(secs * 1000)) {
            const StoreResult result = store.query(soql, false, 2000, QStringLiteral("60.0"));
            bytes += QJsonDocument(result.body.toObject()).toJson(QJsonDocument::Compact).size();
            ++runs;
        }
        out << QStringLiteral(
                   "the same page from OrgStore::query + JSON serialisation, no HTTP: %1 runs in %2 ms = %3 per s")
                   .arg(runs)
                   .arg(clock.elapsed())
                   .arg(runs * 1000.0 / qMax<qint64>(1, clock.elapsed()), 0, 'f', 0)
            << Qt::endl;
    }
    return 0;
}
