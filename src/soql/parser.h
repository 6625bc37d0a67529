#pragma once

// The SOQL parser: hand-written recursive descent over Lexer tokens, producing a SelectQuery or
// the first error with its position and a sentence a person can act on.
//
// Guarantees: never crashes, never loops, linear time in the input (no backtracking; one or two
// tokens of lookahead), nesting (parentheses, NOT chains, subqueries, function calls) limited
// to Parser::kMaxDepth levels, input limited to kMaxQueryLength characters (Salesforce's
// 100,000-character limit).

#include <QString>
#include <QStringView>

#include <optional>

#include "soql/ast.h"

namespace hilal::soql {

struct SoqlError
{
    int line = 0; // 1-based
    int column = 0; // 1-based, UTF-16 code units
    int offset = 0; // UTF-16 code units into the parsed text
    int length = 0; // length of the offending span (0 at the end of the input)
    QString message; // one sentence, no position prefix

    bool isNull() const { return message.isEmpty(); }
    // "line:column: message"
    QString toString() const;
};

struct ParseResult
{
    std::optional<SelectQuery> query; // set on success
    SoqlError error; // set on failure

    bool ok() const { return query.has_value(); }
};

class Parser
{
public:
    static constexpr int kMaxDepth = 40;
    static constexpr int kMaxQueryLength = 100000;

    // Parses exactly one SELECT statement; anything after it is an error.
    static ParseResult parse(QStringView source);
};

} // namespace hilal::soql
