#include "bots/confirmation_policy.h"

namespace hilal::bots {

QString ConfirmationPolicy::soqlName(Soql s)
{
    switch (s) {
    case Soql::Off:
        return QStringLiteral("off");
    case Soql::All:
        return QStringLiteral("all");
    case Soql::NonTrivial:
        break;
    }
    return QStringLiteral("nontrivial");
}

std::optional<ConfirmationPolicy::Soql> ConfirmationPolicy::soqlFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("off"))
        return Soql::Off;
    if (n == QLatin1String("all"))
        return Soql::All;
    if (n == QLatin1String("nontrivial") || n == QLatin1String("non-trivial"))
        return Soql::NonTrivial;
    return std::nullopt;
}

QJsonObject ConfirmationPolicy::toJson() const
{
    return QJsonObject {{QStringLiteral("confirmUpdates"), confirmUpdates},
                        {QStringLiteral("confirmSoql"), soqlName(confirmSoql)},
                        {QStringLiteral("confirmCreates"), confirmCreates}};
}

QString ConfirmationPolicy::summary() const
{
    const auto onOff = [](bool b) { return b ? QStringLiteral("on") : QStringLiteral("off"); };
    // not user text: written into audit records as it is
    return QStringLiteral("updates %1, soql %2, creates %3")
        .arg(onOff(confirmUpdates), soqlName(confirmSoql), onOff(confirmCreates));
}

} // namespace hilal::bots
