#pragma once

// Drives the local org's login and consent pages with plain HTTP, as a browser would: GET the
// authorize URL, POST the login form, POST Allow or Deny. Returns where the org redirected the
// browser (the callback URL with code/state or error/state), without following it.

#include "emulator/seed/demo_defaults.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

namespace hilal::test {

class LocalOrgLogin
{
public:
    explicit LocalOrgLogin(QNetworkAccessManager *network)
        : m_network(network)
    {
    }

    QString error() const { return m_error; }

    // decision: "allow" or "deny". Empty URL on failure (see error()).
    QUrl run(const QUrl &authorizeUrl, const QString &decision = QStringLiteral("allow"),
             const QString &username = QString(emulator::demo::kUsername),
             const QString &password = QString(emulator::demo::kPassword))
    {
        int status = 0;
        QByteArray location;
        const QByteArray loginPage = request(authorizeUrl, {}, &status, &location);
        const QString txn = txnOf(loginPage);
        if (status != 200 || txn.isEmpty())
            return fail(QStringLiteral("authorize page: HTTP %1").arg(status));
        QUrl post = authorizeUrl;
        post.setQuery(QString());
        QUrlQuery login;
        login.addQueryItem(QStringLiteral("txn"), txn);
        login.addQueryItem(QStringLiteral("username"), username);
        login.addQueryItem(QStringLiteral("password"), password);
        login.addQueryItem(QStringLiteral("login"), QStringLiteral("login"));
        const QByteArray consentPage = request(post, form(login), &status, &location);
        if (status != 200 || !consentPage.contains("consent_form"))
            return fail(QStringLiteral("login form: HTTP %1").arg(status));
        QUrlQuery consent;
        consent.addQueryItem(QStringLiteral("txn"), txnOf(consentPage));
        consent.addQueryItem(QStringLiteral("decision"), decision);
        request(post, form(consent), &status, &location);
        if (status != 302 || location.isEmpty())
            return fail(QStringLiteral("consent form: HTTP %1").arg(status));
        return QUrl::fromEncoded(location);
    }

    // GET `url` (e.g. the callback on the loopback catcher); returns the body.
    QByteArray get(const QUrl &url, int *status)
    {
        QByteArray location;
        return request(url, {}, status, &location);
    }

private:
    static QByteArray form(const QUrlQuery &q)
    {
        // Form encoding: values fully percent-encoded ('+' as %2B).
        QByteArray out;
        for (const auto &item : q.queryItems(QUrl::FullyDecoded)) {
            if (!out.isEmpty())
                out += '&';
            out += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
        }
        return out;
    }

    static QString txnOf(const QByteArray &html)
    {
        static const QRegularExpression re(QStringLiteral("name=\"txn\" value=\"([^\"]+)\""));
        return re.match(QString::fromUtf8(html)).captured(1);
    }

    QByteArray request(const QUrl &url, const QByteArray &postBody, int *status, QByteArray *location)
    {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setTransferTimeout(30000);
        QNetworkReply *reply;
        if (postBody.isNull()) {
            reply = m_network->get(req);
        } else {
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply = m_network->post(req, postBody);
        }
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        *location = reply->rawHeader("Location");
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    QUrl fail(const QString &message)
    {
        m_error = message;
        return {};
    }

    QNetworkAccessManager *m_network;
    QString m_error;
};

} // namespace hilal::test
