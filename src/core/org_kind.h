#pragma once

namespace hilal {

// Which kind of Salesforce org a bot works with, hence its standard login host (production and
// Developer Edition orgs log in at login.salesforce.com, sandboxes at test.salesforce.com).
// One enum for the whole program: the bots' records and the
// Salesforce connection both use it (as bots::OrgKind and salesforce::OrgKind).
enum class OrgKind {
    Production,
    Sandbox,
};

} // namespace hilal
