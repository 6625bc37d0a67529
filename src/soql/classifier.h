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
    std::optional<qint64> limit; // the top-level LIMIT

    // What comes back: records with their field values, exactly one row (an aggregate without
    // GROUP BY: a count, a sum …), or one row per group.
    enum class Returns { Records, OneRow, Groups };
    Returns returns = Returns::Records;
    // False when the query only counts (COUNT(), COUNT(field) and no grouped field): its answer
    // holds numbers, never a value of a record's field.
    bool exposesFieldValues = true;
    Verdict verdict = Verdict::NeedsConfirmation;
    QStringList reasons; // why it needs confirmation; empty when Trivial

    bool isTrivial() const { return verdict == Verdict::Trivial; }
    // What comes back, in words a person understands: "one row: a count", "up to 10 records" ….
    QString returnsSummary() const;
    // "trivial" / "needs-confirmation"
    static QString verdictName(Verdict verdict);
};

// What the caller knows beyond the query text: how many groups a chat may get without asking and,
// when Salesforce's explain answered, about how many groups a grouped query makes.
struct ClassifierLimits
{
    qint64 groupCap = 200;
    std::optional<qint64> estimatedGroups;
};

class Classifier
{
public:
    // The largest LIMIT a query may have and still be trivial without a WHERE on Id.
    static constexpr qint64 kTrivialLimit = 200;

    static Classification classify(const SelectQuery &query, const ClassifierLimits &limits = {});

    // The verdict rule judges what a query returns and exposes, not only what it scans:
    // - records: trivial when it filters on Id or has a LIMIT ≤ kTrivialLimit, every child
    //   subquery has its own LIMIT and there is no FIELDS(ALL);
    // - one row (aggregate without GROUP BY): trivial whatever it scans;
    // - groups: trivial unless the LIMIT or explain's estimate of groups is above the group cap
    //   (without either, a chat gets at most groupCap group rows and is told when they were cut);
    // - reading more than one object asks, unless the query only counts.
    // Usage-statistics and FOR UPDATE clauses always ask (the guard refuses them anyway).
    // Fills verdict and reasons (plain sentences a person understands).
    static void decide(const SelectQuery &query, Classification &classification, const ClassifierLimits &limits = {});

    // Whether the WHERE clause pins the query to given Ids: `Id = '…'`, `Id IN ('…', …)`,
    // alone or as one operand of a top-level AND.
    static bool filtersOnId(const SelectQuery &query);
};

} // namespace hilal::soql
