#include "core/app_paths.h"

#include <QDir>
#include <QStandardPaths>

namespace hilal {

QString &AppPaths::overrideDir()
{
    static QString dir;
    return dir;
}

void AppPaths::setDataDirOverride(const QString &dir)
{
    overrideDir() = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

bool AppPaths::isRelocated()
{
    return !overrideDir().isEmpty() || qEnvironmentVariableIsSet("HILAL_SF_HOME");
}

QString AppPaths::dataDir()
{
    QString dir = overrideDir();
    if (dir.isEmpty())
        dir = qEnvironmentVariable("HILAL_SF_HOME");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) // no application name set yet: still never write into the CWD by accident
        dir = QDir::homePath() + QStringLiteral("/.local/share/hilal-sf-admin");
    QDir().mkpath(dir);
    return QDir(dir).absolutePath();
}

QString AppPaths::databaseFile()
{
    return dataDir() + QStringLiteral("/hilal-sf-admin.sqlite");
}

QString AppPaths::settingsFile()
{
    return dataDir() + QStringLiteral("/settings.ini");
}

QString AppPaths::keychainService()
{
    const QString fromEnv = qEnvironmentVariable("HILAL_SF_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? QStringLiteral("hilal-sf-admin") : fromEnv;
}

} // namespace hilal
