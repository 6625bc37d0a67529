#pragma once

// The RUN_SOQL read-only guard (docs/soql.md): accepts exactly one plain SELECT and
// refuses everything else, each refusal with its own reason and position. It works on tokens
// and on the parsed tree, never on substrings, so `WHERE Description = 'please delete me'`,
// a field `Update_Reason__c` and the objects `Group` / `Order` are ordinary reads.
//
// The one rule for the usage-statistics clauses (UPDATE TRACKING, UPDATE VIEWSTAT, FOR VIEW,
// FOR REFERENCE) lives in ReadOnlyGuard::refusesUsageClauses(): they look like reads but write
// view statistics / LastViewedDate / LastReferencedDate, so the guard refuses them.

#include <QString>
#include <QStringView>

#include <optional>

#include "soql/ast.h"

namespace hilal::soql {

struct GuardVerdict
{
    enum class Reason {
        None, // ok: one plain SELECT
        Empty, // nothing but whitespace
        DataChange, // INSERT / UPDATE / DELETE / UPSERT / MERGE / UNDELETE
        Search, // FIND … (SOSL)
        MultipleStatements, // a ';' anywhere outside a string
        ForUpdate, // FOR UPDATE
        UsageTracking, // UPDATE TRACKING / VIEWSTAT, FOR VIEW / REFERENCE
        BindVariable, // :name
        Comment, // --, //, /*
        ParseError, // anything else the parser refuses; message is the parser's
    };

    Reason reason = Reason::None;
    QString message; // one sentence (for ParseError: the parser's message, no position)
    int line = 0; // where the refused thing is (1-based); 0 when ok
    int column = 0;
    int offset = 0;
    int length = 0;
    std::optional<SelectQuery> query; // the parsed query when ok (no need to parse again)

    bool ok() const { return reason == Reason::None; }
    // Stable short names for logs and JSON: "ok", "empty", "data-change", "search",
    // "multiple-statements", "for-update", "usage-tracking", "bind-variable", "comment",
    // "parse-error".
    static QString reasonName(Reason reason);
};

class ReadOnlyGuard
{
public:
    static GuardVerdict check(QStringView soql);

    // The policy for UPDATE TRACKING / UPDATE VIEWSTAT / FOR VIEW / FOR REFERENCE: true = refuse.
    static constexpr bool refusesUsageClauses() { return true; }
};

} // namespace hilal::soql
