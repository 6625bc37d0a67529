#pragma once

// What a query touches and whether running it needs a human's confirmation (the confirmation
// flows of RUN_SOQL). The verdict rule lives in one function, Classifier::decide(); change it
// there.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

#include "soql/ast.h"

namespace hilal::soql {

struct Classification
{
    enum class Verdict { Trivial, NeedsConfirmation };

    // The FROM object first, then FROM relationships (legacy alias form), semi-join objects,
    // child relationships of subqueries ("Contacts") and TYPEOF types; no duplicates
    // (case-insensitive), in order of appearance.
    QStringList objects;
    // Every field the query reads, filters, groups or sorts on, as paths ("Owner.Name").
    // Fields of a child subquery are prefixed with its relationship ("Contacts.LastName"), those
    // of a semi-join with its object ("Opportunity.AccountId"); FIELDS(ALL) appears as
    // "FIELDS(ALL)". No duplicates (case-insensitive), in order of appearance.
    QStringList fields;
    bool isAggregate = false;
    std::optional<qint64> limit;     // the top-level LIMIT
    Verdict verdict = Verdict::NeedsConfirmation;
    QStringList reasons;             // why it needs confirmation; empty when Trivial

    bool isTrivial() const { return verdict == Verdict::Trivial; }
    // "trivial" / "needs-confirmation"
    static QString verdictName(Verdict verdict);
};

class Classifier
{
public:
    // The largest LIMIT a query may have and still be trivial without a WHERE on Id.
    static constexpr qint64 kTrivialLimit = 200;

    static Classification classify(const SelectQuery &query);

    // The verdict rule (issue 4): trivial when the query reads a single object, and filters on Id
    // or has a LIMIT ≤ kTrivialLimit, and has no FIELDS(ALL), and every child subquery has its own
    // LIMIT. (Usage-statistics and FOR UPDATE clauses also need confirmation, though the guard
    // refuses them anyway.) Fills verdict and reasons.
    static void decide(const SelectQuery &query, Classification &classification);

    // Whether the WHERE clause pins the query to given Ids: `Id = '…'`, `Id IN ('…', …)`,
    // alone or as one operand of a top-level AND.
    static bool filtersOnId(const SelectQuery &query);
};

} // namespace hilal::soql
