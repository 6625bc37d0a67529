#include "revoke_command.h"

#include "permission_change.h"

namespace hilal::cli {

int RevokeCommand::run(const QStringList &args, CliContext &context)
{
    return runPermissionChange(false, args, context);
}

} // namespace hilal::cli
