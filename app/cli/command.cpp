#include "command.h"

namespace hilal::cli {

Command::~Command() = default;

} // namespace hilal::cli
