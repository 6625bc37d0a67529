#include "emulator/soql/sql_text.h"

namespace hilal::emulator::soqlexec {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString sqlString(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString sqlNumber(double v)
{
    return QString::number(v, 'g', 17);
}

} // namespace hilal::emulator::soqlexec
