#pragma once

#include <QString>
#include <QStringList>

namespace hilal::cli {

// The EXAMPLES of each command's help, for commands whose help text does not write its own
// "Examples:" section: one command line each, as a user would type it. `hilal-sf help CMD`
// (and so the man page, which help2man makes from it) shows them.
QStringList commandExamples(const QString &command);

// "\nExamples:\n  …\n" for `command` (the first word after "hilal-sf"), or empty when it has none.
QString examplesSection(const QString &command);

} // namespace hilal::cli
