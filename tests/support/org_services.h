#pragma once
// The GUI's Services over an OrgFixture, the way the tests of one tab construct it:
//     SoqlConsole console(test::services(*m_org));

#include "support/org_fixture.h"

#include "ui/common/services.h"

namespace hilal::test {

// The fixture's repository, sessions and dispatcher (no keychain, no connection service: the
// tabs that connect and disconnect are tested through AppContext).
inline ui::Services services(OrgFixture &org)
{
    ui::Services services;
    services.bots = org.repo.get();
    services.sessions = org.sessions.get();
    services.dispatcher = org.dispatcher.get();
    return services;
}

} // namespace hilal::test
