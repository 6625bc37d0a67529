#include "revoke_command.h"

#include "command_registry.h"
#include "permission_change.h"

namespace hilal::cli {

HILAL_REGISTER_COMMAND(RevokeCommand, "revoke")

int RevokeCommand::run(const QStringList &args, CliContext &context)
{
    return runPermissionChange(false, args, context);
}

} // namespace hilal::cli
