#pragma once

// Prints a SelectQuery back as canonical SOQL on one line: keywords in upper case, function and
// date-literal names in their canonical spelling, names as written, single spaces, `!=` for
// `<>`, string literals re-escaped. Round trip: Parser::parse(Formatter::format(q)) == q for
// every q the parser produced.

#include <QString>

#include "soql/ast.h"

namespace hilal::soql {

class Formatter
{
public:
    static QString format(const SelectQuery &query);

    // Pieces, for messages and previews.
    static QString formatCondition(const Condition &condition);
    static QString formatExpression(const Expression &expression);
    // `likePattern`: the literal is the right side of LIKE (its text is in pattern form).
    static QString formatLiteral(const Literal &literal, bool likePattern = false);
};

} // namespace hilal::soql
