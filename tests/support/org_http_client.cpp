#include "support/org_http_client.h"

#include "emulator/seed/demo_defaults.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace hilal::emulator;

namespace hilal::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QString HttpResult::errorCode() const
{
    return array().at(0).toObject().value(QStringLiteral("errorCode")).toString();
}

OrgHttpClient::OrgHttpClient(const QUrl &base)
    : m_base(base)
{
}

QUrl OrgHttpClient::url(const QString &pathAndQuery) const
{
    return QUrl::fromEncoded(m_base.toString(QUrl::FullyEncoded).toLatin1() + pathAndQuery.toLatin1());
}

QNetworkReply *OrgHttpClient::start(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                                    const Headers &headers)
{
    return startUrl(verb, url(pathAndQuery), body, headers);
}

QNetworkReply *OrgHttpClient::startUrl(const QByteArray &verb, const QUrl &target, const QByteArray &body,
                                       const Headers &headers)
{
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    // QNAM only knows a HEAD has no body when it is sent as one (not as a custom verb).
    QNetworkReply *reply = verb == "HEAD" ? m_manager.head(request) : m_manager.sendCustomRequest(request, verb, body);
    reply->setProperty("startedMs", QDateTime::currentMSecsSinceEpoch());
    return reply;
}

HttpResult OrgHttpClient::finish(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(timeoutMs);
    }
    HttpResult result;
    if (!reply->isFinished()) { // a hang is a failure, never a pass
        reply->abort();
        result.status = -1;
        result.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.elapsedMs = QDateTime::currentMSecsSinceEpoch() - reply->property("startedMs").toLongLong();
    reply->deleteLater();
    return result;
}

HttpResult OrgHttpClient::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                               const Headers &headers)
{
    return finish(start(verb, pathAndQuery, body, headers));
}

HttpResult OrgHttpClient::get(const QString &pathAndQuery, const Headers &headers)
{
    return send("GET", pathAndQuery, {}, headers);
}

QByteArray OrgHttpClient::formEncode(const QList<QPair<QString, QString>> &form)
{
    QByteArray encoded;
    for (const auto &pair : form) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(pair.first) + '=' + QUrl::toPercentEncoding(pair.second);
    }
    return encoded;
}

HttpResult OrgHttpClient::postForm(const QString &path, const QList<QPair<QString, QString>> &form,
                                   const Headers &headers)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return send("POST", path, formEncode(form), all);
}

HttpResult OrgHttpClient::postJson(const QString &path, const QJsonObject &body, const Headers &headers)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

QString OrgHttpClient::s256(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OrgHttpClient::txnOf(const QByteArray &html)
{
    static const QRegularExpression txn(QStringLiteral("name=\"txn\" value=\"([^\"]+)\""));
    return txn.match(QString::fromUtf8(html)).captured(1);
}

HttpResult OrgHttpClient::authorize(const QList<QPair<QString, QString>> &params)
{
    return get(QStringLiteral("/services/oauth2/authorize?") + QString::fromLatin1(formEncode(params)));
}

HttpResult OrgHttpClient::loginAndDecide(const QList<QPair<QString, QString>> &params, const QString &username,
                                         const QString &password, bool allow)
{
    const HttpResult loginPage = authorize(params);
    const QString txn = txnOf(loginPage.body);
    if (loginPage.status != 200 || txn.isEmpty())
        return loginPage;
    const HttpResult consentPage = postForm(QStringLiteral("/services/oauth2/authorize"),
                                            {{QStringLiteral("txn"), txn},
                                             {QStringLiteral("username"), username},
                                             {QStringLiteral("password"), password},
                                             {QStringLiteral("login"), QStringLiteral("login")}});
    if (consentPage.status != 200 || !consentPage.body.contains("id=\"allow\""))
        return consentPage;
    return postForm(QStringLiteral("/services/oauth2/authorize"),
                    {{QStringLiteral("txn"), txnOf(consentPage.body)},
                     {QStringLiteral("decision"), allow ? QStringLiteral("allow") : QStringLiteral("deny")}});
}

QUrl OrgHttpClient::browse(const QUrl &authorizeUrl, const QString &decision, const QString &username,
                           const QString &password)
{
    const Headers form {{"Content-Type", "application/x-www-form-urlencoded"}};
    const HttpResult loginPage = finish(startUrl("GET", authorizeUrl, {}, {}));
    const QString txn = txnOf(loginPage.body);
    if (loginPage.status != 200 || txn.isEmpty()) {
        m_error = QStringLiteral("authorize page: HTTP %1").arg(loginPage.status);
        return {};
    }
    QUrl post = authorizeUrl;
    post.setQuery(QString());
    const HttpResult consentPage = finish(
        startUrl("POST", post,
                 formEncode({{QStringLiteral("txn"), txn},
                             {QStringLiteral("username"), username.isNull() ? QString(demo::kUsername) : username},
                             {QStringLiteral("password"), password.isNull() ? QString(demo::kPassword) : password},
                             {QStringLiteral("login"), QStringLiteral("login")}}),
                 form));
    if (consentPage.status != 200 || !consentPage.body.contains("consent_form")) {
        m_error = QStringLiteral("login form: HTTP %1").arg(consentPage.status);
        return {};
    }
    const HttpResult decided = finish(startUrl(
        "POST", post,
        formEncode({{QStringLiteral("txn"), txnOf(consentPage.body)}, {QStringLiteral("decision"), decision}}), form));
    const QByteArray location = decided.header("Location");
    if (decided.status != 302 || location.isEmpty()) {
        m_error = QStringLiteral("consent form: HTTP %1").arg(decided.status);
        return {};
    }
    return QUrl::fromEncoded(location);
}

QByteArray OrgHttpClient::fetch(const QUrl &absolute, int *status)
{
    const HttpResult result = finish(startUrl("GET", absolute, {}, {}));
    *status = result.status;
    return result.body;
}

QList<QPair<QString, QString>> OrgHttpClient::redirectParams(const HttpResult &redirect)
{
    const QUrl location = QUrl::fromEncoded(redirect.header("Location"));
    QList<QPair<QString, QString>> params;
    for (const QString &pair : location.query(QUrl::FullyEncoded).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        QByteArray value = pair.section(QLatin1Char('='), 1).toLatin1();
        value.replace('+', ' ');
        params.append({QUrl::fromPercentEncoding(key.toLatin1()), QUrl::fromPercentEncoding(value)});
    }
    return params;
}

QString OrgHttpClient::param(const QList<QPair<QString, QString>> &params, const QString &key)
{
    for (const auto &pair : params) {
        if (pair.first == key)
            return pair.second;
    }
    return {};
}

QJsonObject OrgHttpClient::connectDemo(const QString &scope)
{
    const QString verifier = QStringLiteral("tEsTvErIfIeR-0123456789_abcdefghijklmnopqrstuvwxyz.~ABCDEFG");
    const HttpResult redirect = loginAndDecide({{QStringLiteral("response_type"), QStringLiteral("code")},
                                                {QStringLiteral("client_id"), QString(demo::kClientId)},
                                                {QStringLiteral("redirect_uri"), QString(demo::kRedirectUri)},
                                                {QStringLiteral("scope"), scope},
                                                {QStringLiteral("state"), QStringLiteral("st4te")},
                                                {QStringLiteral("code_challenge"), s256(verifier)}},
                                               QString(demo::kUsername), QString(demo::kPassword), true);
    const QString code = param(redirectParams(redirect), QStringLiteral("code"));
    const HttpResult token = postForm(QStringLiteral("/services/oauth2/token"),
                                      {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                       {QStringLiteral("code"), code},
                                       {QStringLiteral("client_id"), QString(demo::kClientId)},
                                       {QStringLiteral("redirect_uri"), QString(demo::kRedirectUri)},
                                       {QStringLiteral("code_verifier"), verifier}});
    return token.object();
}

QString OrgHttpClient::createLead(const QString &lastName, const Headers &auth)
{
    const HttpResult created = postJson(dataPath(QStringLiteral("/sobjects/Lead")),
                                        QJsonObject {{QStringLiteral("LastName"), lastName},
                                                     {QStringLiteral("Company"), QStringLiteral("Brightwave Ltd")}},
                                        auth);
    return created.object().value(QStringLiteral("id")).toString();
}

} // namespace hilal::test
