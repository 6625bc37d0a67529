#include "bench_support.h"

#include "salesforce/oauth_flow.h"
#include "salesforce/redirect_catcher.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdio>

namespace hilal::bench {

using namespace hilal::salesforce;

namespace {

// The org auto-approves; the bench hands the redirect from /authorize straight to the flow.
class DirectCatcher : public RedirectCatcher
{
public:
    QUrl callbackUrl() const override { return QUrl(QStringLiteral("http://localhost:1717/OauthRedirect")); }
    bool start(QString *) override { return true; }
    void finish(bool, const QString &) override { }
    void deliver(const QUrl &url) { emit redirectReceived(url); }
};

} // namespace

qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

Connection loginToAutoApprovingOrg(const QUrl &orgUrl, QNetworkAccessManager *network)
{
    DirectCatcher catcher;
    OAuthFlow::Settings s;
    s.botId = QStringLiteral("bench");
    s.loginUrl = orgUrl;
    OAuthFlow flow(s, &catcher, network);
    QObject::connect(&flow, &OAuthFlow::authorizeUrlReady, &flow, [&](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network->get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &catcher] {
            reply->deleteLater();
            catcher.deliver(QUrl::fromEncoded(reply->rawHeader("Location")));
        });
    });
    flow.start();
    waitFor(&flow, &OAuthFlow::finished);
    if (flow.error())
        std::fprintf(stderr, "login failed: %s\n", qPrintable(flow.error().message));
    return flow.connection();
}

} // namespace hilal::bench
