#pragma once

#include "emulator/store/org_store.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>

namespace hilal::emulator {

// Fills an empty local org with plausible, deterministic data (same seed + same today ⇒ same
// rows and Ids): the Organization row, OpportunityStage and LeadStatus rows, users (the admin
// from SeedOptions plus sales reps), Accounts (≈N/4), Contacts (≈N/2), N Opportunities with
// stages, amounts and close dates around today, OpportunityContactRoles and Leads (≈N/2).
// One transaction and prepared statements: 100,000 Opportunities seed in a few seconds.
class SeedData
{
public:
    using IdSource = std::function<QString(const QString &keyPrefix)>;

    static bool populate(QSqlDatabase db, const SeedOptions &options, const QDate &today, const IdSource &nextId,
                         QString *error);
};

} // namespace hilal::emulator
