#include "emulator/logging.h"

namespace hilal::emulator {
Q_LOGGING_CATEGORY(lcEmulator, "hilal.emulator", QtInfoMsg)
} // namespace hilal::emulator
