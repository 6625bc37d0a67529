#include "bots/logging.h"

namespace hilal::bots {
Q_LOGGING_CATEGORY(lcBots, "hilal.bots", QtInfoMsg)
} // namespace hilal::bots
