#include "actions/action.h"

namespace hilal::actions {

Action::~Action() = default;

QString Action::subjectId(const QJsonObject &parameters) const
{
    return parameters.value(QStringLiteral("Id")).toString();
}

} // namespace hilal::actions
