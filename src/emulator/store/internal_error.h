#pragma once

#include <QString>

namespace hilal::emulator {

// What the local org answers when its own database fails: Salesforce's UNKNOWN_EXCEPTION with
// an error id, never the SQLite text (table names, SQL, file paths are the org's business). The
// detail goes to the log under the same id, so it can still be found.
class InternalError
{
public:
    // Logs `detail` with a fresh error id and returns the client's message:
    // "An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345
    // (-1234567890)"
    static QString report(const QString &what, const QString &detail);
};

} // namespace hilal::emulator
