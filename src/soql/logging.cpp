#include "soql/logging.h"

namespace hilal::soql {

Q_LOGGING_CATEGORY(lcSoql, "hilal.soql", QtWarningMsg)

} // namespace hilal::soql
