#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace hilal::test {

// The one HTTP client of the tests that talk to a local org: real QNetworkAccessManager requests
// over loopback, redirects NOT followed (the tests look at the 302s themselves), waiting on the
// reply's finished signal while the event loop (and so an in-process LocalOrg) keeps running.
// It also plays the browser of an OAuth login (browse()).
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    // First element's errorCode of a REST error array.
    QString errorCode() const;
    // `{"error": …}` of a token endpoint error.
    QString oauthError() const { return object().value(QStringLiteral("error")).toString(); }
    QString oauthDescription() const { return object().value(QStringLiteral("error_description")).toString(); }
};

class OrgHttpClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // base: what relative paths are resolved against (empty when only absolute URLs are used).
    explicit OrgHttpClient(const QUrl &base = {});

    QUrl url(const QString &pathAndQuery) const;

    HttpResult send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                    const Headers &headers = {});
    HttpResult get(const QString &pathAndQuery, const Headers &headers = {});
    HttpResult postForm(const QString &path, const QList<QPair<QString, QString>> &form, const Headers &headers = {});
    HttpResult postJson(const QString &path, const QJsonObject &body, const Headers &headers = {});

    // Starts a request without waiting (for concurrency tests); wait with finish().
    QNetworkReply *start(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                         const Headers &headers = {});
    static HttpResult finish(QNetworkReply *reply, int timeoutMs = 20000);

    static QByteArray formEncode(const QList<QPair<QString, QString>> &form);
    static Headers bearer(const QString &token) { return {{"Authorization", "Bearer " + token.toLatin1()}}; }

    // --- the browser part of the OAuth web-server flow --------------------------------------
    static QString s256(const QString &verifier);
    // The hidden `txn` of a login or consent page; empty when none.
    static QString txnOf(const QByteArray &html);
    // GET /authorize with `params` (client_id, redirect_uri, … already set by the caller).
    HttpResult authorize(const QList<QPair<QString, QString>> &params);
    // Drives authorize → login page → consent page → Allow/Deny; returns the final 302.
    HttpResult loginAndDecide(const QList<QPair<QString, QString>> &params, const QString &username,
                              const QString &password, bool allow);
    // Query parameters of a Location header.
    static QList<QPair<QString, QString>> redirectParams(const HttpResult &redirect);
    static QString param(const QList<QPair<QString, QString>> &params, const QString &key);

    // A browser given a complete authorize URL (one an app under test made): GETs it, posts the
    // login form, then Allow or Deny (`decision` "allow" or "deny"). Returns where the org sends
    // the browser next (the callback with code/state or error/state), not followed; an empty URL
    // when a page was not what a browser expects (error() says which).
    QUrl browse(const QUrl &authorizeUrl, const QString &decision = QStringLiteral("allow"),
                const QString &username = QString(), const QString &password = QString());
    // GET of an absolute URL (e.g. the callback on a loopback catcher); the body.
    QByteArray fetch(const QUrl &absolute, int *status);
    QString error() const { return m_error; }

    // The demo client's whole flow with PKCE; returns the token response.
    QJsonObject connectDemo(const QString &scope = QStringLiteral("api refresh_token"));

    // `/services/data/v60.0` + rest, and SOQL encoded for `q=` the way clients must (`+` as %2B).
    static QString dataPath(const QString &rest) { return QStringLiteral("/services/data/v60.0") + rest; }
    static QString soqlParam(const QString &soql) { return QString::fromLatin1(QUrl::toPercentEncoding(soql)); }
    // Creates a Lead (company "Brightwave Ltd") through REST; its Id, or empty when refused.
    QString createLead(const QString &lastName, const Headers &auth);

private:
    QNetworkReply *startUrl(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers);

    QNetworkAccessManager m_manager;
    QUrl m_base;
    QString m_error;
};

} // namespace hilal::test
