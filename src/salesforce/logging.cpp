#include "salesforce/logging.h"

Q_LOGGING_CATEGORY(lcSalesforce, "hilal.salesforce")
