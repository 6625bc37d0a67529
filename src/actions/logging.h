#pragma once

#include <QLoggingCategory>

namespace hilal::actions {
// `QT_LOGGING_RULES=hilal.actions.debug=true` turns on this area's debug output.
Q_DECLARE_LOGGING_CATEGORY(lcActions)
} // namespace hilal::actions
