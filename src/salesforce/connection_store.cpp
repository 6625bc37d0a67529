#include "salesforce/connection_store.h"

namespace hilal::salesforce {

ConnectionStore::~ConnectionStore() = default;

} // namespace hilal::salesforce
