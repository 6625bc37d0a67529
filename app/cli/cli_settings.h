#pragma once

#include <QMap>
#include <QString>

namespace hilal::cli {

// The CLI's own preferences, next to the app's in the settings file: the default bot and bot
// aliases (as `sf` keeps target-org and aliases). Names only: never a secret.
class CliSettings
{
public:
    static QString defaultBot();
    static void setDefaultBot(const QString &bot); // empty clears it

    static QMap<QString, QString> aliases(); // alias → bot id
    static void setAlias(const QString &alias, const QString &botId);
    static bool removeAlias(const QString &alias);
};

} // namespace hilal::cli
