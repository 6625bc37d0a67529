#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerRequest;

namespace hilal::emulator {

// One request as the routes see it: a self-contained copy (QHttpServerRequest objects are
// reused per connection, and a delayed answer outlives the original).
struct HttpRequest
{
    using Params = QList<QPair<QString, QString>>;

    QString method; // "GET", "POST", "PATCH", …
    QString path; // percent-decoded, no query
    Params query; // form-decoded (`+` is a space, as servers do)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;

    static HttpRequest from(const QHttpServerRequest &request);

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;

    QString queryValue(const QString &key) const;
    bool hasQuery(const QString &key) const;

    // The body as `application/x-www-form-urlencoded`.
    Params form() const;

    // application/x-www-form-urlencoded decoding: `&`-separated pairs, `+` → space, %XX.
    static Params parseForm(const QByteArray &encoded);
    static QString value(const Params &params, const QString &key);
    static bool contains(const Params &params, const QString &key);
};

} // namespace hilal::emulator
