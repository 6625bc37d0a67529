#pragma once

#include <QString>

namespace hilal {

// Text that came from outside (a request path, a header, a name) made safe for one log line or
// one line of terminal output: control and format characters (line breaks, escape sequences,
// bidirectional overrides) are written as visible escapes, so a `%0A` in a URL cannot forge a
// line and an ESC cannot drive the terminal. Backslashes are doubled so the escape is unambiguous.
class LogText
{
public:
    static QString escaped(const QString &text);
};

} // namespace hilal
