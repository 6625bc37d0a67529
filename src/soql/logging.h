#pragma once

#include <QLoggingCategory>

namespace hilal::soql {

// The `hilal.soql` logging category (QT_LOGGING_RULES="hilal.soql.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcSoql)

} // namespace hilal::soql
