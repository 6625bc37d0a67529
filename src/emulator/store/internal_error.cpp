#include "emulator/store/internal_error.h"

#include "emulator/logging.h"

#include <QRandomGenerator>

namespace hilal::emulator {

QString InternalError::report(const QString &what, const QString &detail)
{
    QRandomGenerator *random = QRandomGenerator::global();
    const QString id = QStringLiteral("%1-%2 (-%3)")
                           .arg(random->bounded(1000000000, 2000000000))
                           .arg(random->bounded(10000, 99999))
                           .arg(random->bounded(1000000000, 2000000000));
    qCWarning(lcEmulator).noquote() << "ErrorId" << id << ":" << what << ":" << detail;
    return QStringLiteral("An unexpected error occurred. Please include this ErrorId if you contact support: ") + id;
}

} // namespace hilal::emulator
