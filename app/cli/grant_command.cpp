#include "grant_command.h"

#include "command_registry.h"
#include "permission_change.h"

namespace hilal::cli {

HILAL_REGISTER_COMMAND(GrantCommand, "grant")

int GrantCommand::run(const QStringList &args, CliContext &context)
{
    return runPermissionChange(true, args, context);
}

} // namespace hilal::cli
