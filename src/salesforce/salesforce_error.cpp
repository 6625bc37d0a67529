#include "salesforce/salesforce_error.h"
#include "salesforce/messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace hilal::salesforce {

namespace {

SalesforceError fromErrorArray(int status, const QJsonArray &array)
{
    SalesforceError e;
    e.kind = SalesforceError::Kind::Salesforce;
    e.httpStatus = status;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        SalesforceError::Item item;
        item.errorCode = o.value(QLatin1String("errorCode")).toString();
        item.message = o.value(QLatin1String("message")).toString();
        for (const QJsonValue &f : o.value(QLatin1String("fields")).toArray())
            item.fields << f.toString();
        e.items << item;
    }
    if (!e.items.isEmpty()) {
        e.errorCode = e.items.first().errorCode;
        e.message = e.items.first().message;
        e.fields = e.items.first().fields;
    }
    if (e.errorCode == QLatin1String("REQUEST_LIMIT_EXCEEDED")) {
        e.kind = SalesforceError::Kind::LimitExceeded;
        e.message = Messages::tr("Salesforce refused the call because the org's API limit is used up (%1). "
                                 "Wait until the limit resets or ask the Salesforce admin to raise it.")
                        .arg(e.message.trimmed());
    }
    return e;
}

SalesforceError fromOAuth(int status, const QString &error, const QString &description)
{
    SalesforceError e;
    e.kind = SalesforceError::Kind::OAuth;
    e.httpStatus = status;
    e.errorCode = error;
    e.message = description.isEmpty() ? error : description;
    return e;
}

QString genericHttpMessage(int status)
{
    if (status >= 500)
        return Messages::tr("Salesforce had a server problem (HTTP %1). Try again in a moment.").arg(status);
    return Messages::tr("Salesforce answered HTTP %1 without an explanation.").arg(status);
}

} // namespace

QString SalesforceError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Salesforce:
        return QStringLiteral("salesforce");
    case Kind::OAuth:
        return QStringLiteral("oauth");
    case Kind::ReconnectNeeded:
        return QStringLiteral("reconnect-needed");
    case Kind::NotConnected:
        return QStringLiteral("not-connected");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::LimitExceeded:
        return QStringLiteral("limit-exceeded");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    }
    return QStringLiteral("unknown");
}

SalesforceError SalesforceError::fromHttp(int httpStatus, const QByteArray &body)
{
    if (httpStatus >= 200 && httpStatus < 400)
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (doc.isArray())
            return fromErrorArray(httpStatus, doc.array());
        const QJsonObject o = doc.object();
        if (o.contains(QLatin1String("error")))
            return fromOAuth(httpStatus, o.value(QLatin1String("error")).toString(),
                             o.value(QLatin1String("error_description")).toString());
        if (o.contains(QLatin1String("errorCode")))
            return fromErrorArray(httpStatus, QJsonArray {o});
    }
    const QByteArray trimmed = body.trimmed();
    // OAuth errors rendered as a form (browser 400 pages, some revoke answers).
    if (trimmed.startsWith("error=")) {
        const QUrlQuery form(QString::fromUtf8(trimmed));
        return fromOAuth(httpStatus, form.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded),
                         form.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                             .replace(QLatin1Char('+'), QLatin1Char(' ')));
    }
    SalesforceError e;
    e.kind = Kind::Salesforce;
    e.httpStatus = httpStatus;
    const bool html = trimmed.startsWith('<');
    // Identity URL errors are short plain-text codes such as "Bad_OAuth_Token".
    if (!html && !trimmed.isEmpty() && trimmed.size() < 200 && !trimmed.contains('\n')) {
        e.errorCode = QString::fromUtf8(trimmed);
        e.message = QStringLiteral("Salesforce answered HTTP %1: %2").arg(httpStatus).arg(e.errorCode);
    } else {
        e.message = genericHttpMessage(httpStatus);
    }
    return e;
}

SalesforceError SalesforceError::make(Kind kind, const QString &message, const QString &errorCode, int httpStatus)
{
    SalesforceError e;
    e.kind = kind;
    e.message = message;
    e.errorCode = errorCode;
    e.httpStatus = httpStatus;
    return e;
}

SalesforceError SalesforceError::notConnected(const QString &botId)
{
    return make(Kind::NotConnected,
                Messages::tr("Bot %1 is not connected to Salesforce. Connect it first "
                             "(hilal-sf connect --bot %1, or Connect on its integrations page).")
                    .arg(botId));
}

SalesforceError SalesforceError::reconnectNeeded(const QString &detail)
{
    return make(Kind::ReconnectNeeded,
                Messages::tr("Salesforce refused to renew the session (%1). Reconnect the bot to Salesforce.")
                    .arg(detail.isEmpty() ? Messages::tr("refresh token no longer valid") : detail),
                QStringLiteral("invalid_grant"));
}

SalesforceError SalesforceError::cancelled()
{
    return make(Kind::Cancelled, Messages::tr("The request was cancelled."));
}

} // namespace hilal::salesforce
