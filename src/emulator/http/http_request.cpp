#include "emulator/http/http_request.h"

#include <QHttpServerRequest>
#include <QUrl>

namespace hilal::emulator {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}

// A request target that starts with `//` is a path (RFC 9112 §3.2.1: origin-form is an absolute
// path), which clients send when an instance URL ends with a slash (`https://host/` +
// `/services/data/…`). Qt 6.4's request parser reads `//services/data/v60.0` as the authority
// `services` and the path `/data/v60.0`, then puts the Host header in the authority: the first
// segment is lost. The org's API lives under /services, so a path in one of its families
// without that first segment is the `//services/…` the client sent. (Newer parsers may keep
// the `//`; it is folded to one slash.)
QString requestPath(const QUrl &url)
{
    QString path = url.path(QUrl::FullyDecoded);
    while (path.startsWith(QLatin1String("//")))
        path.remove(0, 1);
    for (const char *family : {"/data", "/oauth2", "/Soap", "/apexrest", "/async"}) {
        const QLatin1String prefix(family);
        if (path == prefix || path.startsWith(prefix + QLatin1Char('/')))
            return QStringLiteral("/services") + path;
    }
    return path;
}

} // namespace

HttpRequest HttpRequest::from(const QHttpServerRequest &request)
{
    HttpRequest result;
    result.method = methodName(request.method());
    const QUrl url = request.url();
    result.path = requestPath(url);
    // Read the raw query ourselves: QUrlQuery would keep `+` as `+`, while a real org reads it
    // as a space (docs/rest-api.md), which is what clients must be tested against.
    result.query = parseForm(url.query(QUrl::FullyEncoded).toLatin1());
    result.headers = request.headers();
    result.body = request.body();
    result.remoteAddress = request.remoteAddress();
    return result;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second.trimmed();
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString &key) const
{
    return value(query, key);
}

bool HttpRequest::hasQuery(const QString &key) const
{
    return contains(query, key);
}

HttpRequest::Params HttpRequest::form() const
{
    return parseForm(body);
}

HttpRequest::Params HttpRequest::parseForm(const QByteArray &encoded)
{
    Params params;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            params.append({formDecode(pair), QString()});
        else
            params.append({formDecode(pair.left(eq)), formDecode(pair.mid(eq + 1))});
    }
    return params;
}

QString HttpRequest::value(const Params &params, const QString &key)
{
    for (const auto &pair : params) {
        if (pair.first == key)
            return pair.second;
    }
    return {};
}

bool HttpRequest::contains(const Params &params, const QString &key)
{
    for (const auto &pair : params) {
        if (pair.first == key)
            return true;
    }
    return false;
}

} // namespace hilal::emulator
