#pragma once

#include <QStringList>

namespace hilal::cli {

class CliContext;

// The shared body of `grant` and `revoke`.
int runPermissionChange(bool grant, const QStringList &args, CliContext &context);

} // namespace hilal::cli
