#include "core/config.h"

#include "core/app_paths.h"
#include "core/messages.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace hilal {

namespace {

struct Entry
{
    const char *name;
    const char *defaultValue;
};

// PlatformCLI with the localhost:1717 callback is the public client the `sf` CLI uses: it works
// against any real org without a Connected App of one's own, and the local org registers it too.
const Entry kEntries[Config::KeyCount] = {
    {"salesforce.clientId", "PlatformCLI"},
    {"salesforce.callbackUrl", "http://localhost:1717/OauthRedirect"},
    {"salesforce.apiVersion", "60.0"},
};

} // namespace

QString Config::name(Key key)
{
    return QString::fromLatin1(kEntries[key].name);
}

bool Config::fromName(const QString &name, Key *key)
{
    for (int i = 0; i < KeyCount; ++i) {
        if (name == QLatin1String(kEntries[i].name)) {
            *key = static_cast<Key>(i);
            return true;
        }
    }
    return false;
}

QStringList Config::names()
{
    QStringList out;
    for (const Entry &e : kEntries)
        out << QString::fromLatin1(e.name);
    return out;
}

QString Config::defaultValue(Key key)
{
    return QString::fromLatin1(kEntries[key].defaultValue);
}

QString Config::validate(Key key, const QString &value)
{
    switch (key) {
    case SalesforceClientId:
        if (value.trimmed().isEmpty() || value.contains(QRegularExpression(QStringLiteral("\\s"))))
            return core::Messages::tr("salesforce.clientId must be the Connected App's consumer key, without spaces");
        return {};
    case SalesforceCallbackUrl: {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return core::Messages::tr(
                "salesforce.callbackUrl must be an http(s) URL such as http://localhost:1717/OauthRedirect");
        return {};
    }
    case SalesforceApiVersion:
        if (!QRegularExpression(QStringLiteral("^[1-9][0-9]\\.0$")).match(value).hasMatch())
            return core::Messages::tr("salesforce.apiVersion must look like 60.0");
        return {};
    case KeyCount:
        break;
    }
    return core::Messages::tr("unknown setting");
}

QString Config::get(Key key)
{
    const QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    return s.value(name(key), defaultValue(key)).toString();
}

QString Config::set(Key key, const QString &value)
{
    const QString problem = validate(key, value);
    if (!problem.isEmpty())
        return problem;
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.setValue(name(key), value);
    s.sync();
    return {};
}

} // namespace hilal
