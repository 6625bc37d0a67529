#pragma once

#include <QString>

namespace hilal::ui {

// Who the audit trail names for a change made in the desktop app: the operating-system user
// running it ("alice"), so an auditor can tell people apart on a shared machine. Falls back to
// "gui" when the system does not say.
QString auditActor();

} // namespace hilal::ui
