#pragma once

#include <QString>

namespace hilal::ui {

// Messages from the shared libraries are written for the CLI too, and some end with the command
// to type ("(hilal-sf grant --bot … RUN_SOQL)"). In the app those commands mean nothing: this
// takes them out, keeping any GUI alternative the message offers ("…, or Connect in the app").
class UserText
{
public:
    static QString withoutCliHints(const QString &message);
};

} // namespace hilal::ui
