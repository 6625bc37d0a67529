#include "actions/logging.h"

namespace hilal::actions {
Q_LOGGING_CATEGORY(lcActions, "hilal.actions", QtInfoMsg)
} // namespace hilal::actions
