#pragma once

#include <QLoggingCategory>

namespace hilal::emulator {
// `QT_LOGGING_RULES=hilal.emulator.debug=true` turns on this area's debug output
// (one line per request: method, path, status — never a query string, header or body,
// because those carry tokens and passwords).
Q_DECLARE_LOGGING_CATEGORY(lcEmulator)
} // namespace hilal::emulator
