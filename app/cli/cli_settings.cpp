#include "cli_settings.h"

#include "core/app_paths.h"

#include <QSettings>

namespace hilal::cli {

namespace {

const QLatin1String kDefaultBot("cli/defaultBot");
const QLatin1String kAliases("cli-aliases");

} // namespace

QString CliSettings::defaultBot()
{
    const QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    return s.value(kDefaultBot).toString();
}

void CliSettings::setDefaultBot(const QString &bot)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    if (bot.isEmpty())
        s.remove(kDefaultBot);
    else
        s.setValue(kDefaultBot, bot);
}

QMap<QString, QString> CliSettings::aliases()
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.beginGroup(kAliases);
    QMap<QString, QString> out;
    for (const QString &alias : s.childKeys())
        out.insert(alias, s.value(alias).toString());
    return out;
}

void CliSettings::setAlias(const QString &alias, const QString &botId)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.beginGroup(kAliases);
    s.setValue(alias, botId);
}

bool CliSettings::removeAlias(const QString &alias)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.beginGroup(kAliases);
    if (!s.contains(alias))
        return false;
    s.remove(alias);
    return true;
}

} // namespace hilal::cli
