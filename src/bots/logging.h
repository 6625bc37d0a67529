#pragma once

#include <QLoggingCategory>

namespace hilal::bots {
// `QT_LOGGING_RULES=hilal.bots.debug=true` turns on this area's debug output.
Q_DECLARE_LOGGING_CATEGORY(lcBots)
} // namespace hilal::bots
