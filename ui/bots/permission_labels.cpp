#include "ui/bots/permission_labels.h"

namespace hilal::ui {

using bots::Permission;

QString PermissionLabels::label(Permission p)
{
    switch (p) {
    case Permission::CreateOAuth:
        return tr("Connect to Salesforce");
    case Permission::ReadIntegrations:
        return tr("See the connection");
    case Permission::DeleteIntegrations:
        return tr("Disconnect");
    case Permission::CreateLead:
        return tr("Create leads");
    case Permission::ReadAccount:
        return tr("Read accounts");
    case Permission::UpdateOpportunity:
        return tr("Update opportunities");
    case Permission::RunSoql:
        return tr("Run SOQL queries");
    }
    return bots::Permissions::name(p);
}

QString PermissionLabels::displayName(Permission p)
{
    return tr("%1 (%2)").arg(label(p), bots::Permissions::name(p));
}

} // namespace hilal::ui
