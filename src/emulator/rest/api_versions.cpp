#include "emulator/rest/api_versions.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace hilal::emulator {

QString ApiVersions::latest()
{
    return QStringLiteral("%1.0").arg(kNewest);
}

QJsonArray ApiVersions::advertised()
{
    // Three releases a year: 56 is Winter '23, so v = 56 + 3*(year-23) + season.
    static const char *seasons[] = {"Winter", "Spring", "Summer"};
    QJsonArray list;
    for (int v = kOldestAdvertised; v <= kNewest; ++v) {
        const int index = v - 56;
        const QString label = QStringLiteral("%1 '%2").arg(QLatin1String(seasons[index % 3])).arg(23 + index / 3);
        const QString version = QStringLiteral("%1.0").arg(v);
        list.append(QJsonObject {{QStringLiteral("label"), label},
                                 {QStringLiteral("url"), QString(QStringLiteral("/services/data/v") + version)},
                                 {QStringLiteral("version"), version}});
    }
    return list;
}

bool ApiVersions::isAccepted(QStringView version)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{2})\\.0$"));
    const QRegularExpressionMatch match = shape.match(version);
    if (!match.hasMatch())
        return false;
    const int major = match.captured(1).toInt();
    return major >= kOldestAccepted && major <= kNewest;
}

} // namespace hilal::emulator
