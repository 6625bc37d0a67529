#include "grant_command.h"

#include "permission_change.h"

namespace hilal::cli {

int GrantCommand::run(const QStringList &args, CliContext &context)
{
    return runPermissionChange(true, args, context);
}

} // namespace hilal::cli
