#pragma once

#include "bots/permission.h"

#include <QCoreApplication>
#include <QString>

namespace hilal::ui {

// How the GUI names a permission: a label people read first ("Create leads"), then the constant
// the CLI and the logs use ("CREATE_LEAD"), so either is recognised.
class PermissionLabels
{
    Q_DECLARE_TR_FUNCTIONS(hilal::ui::PermissionLabels)
public:
    static QString label(bots::Permission p); // "Create leads"
    static QString displayName(bots::Permission p); // "Create leads (CREATE_LEAD)"
};

} // namespace hilal::ui
