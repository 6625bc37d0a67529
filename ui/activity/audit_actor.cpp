#include "ui/activity/audit_actor.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace hilal::ui {

QString auditActor()
{
#ifdef Q_OS_UNIX
    // The account the process runs as, not $USER (which a shell may have changed).
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *name : {"USER", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("gui");
}

} // namespace hilal::ui
