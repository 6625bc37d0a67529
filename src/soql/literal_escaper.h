#pragma once

// Turning user text into SOQL string literals (docs/soql.md). Typed actions never
// splice raw text into a query: they validate, then call these.

#include <QString>
#include <QStringView>

namespace hilal::soql {

class LiteralEscaper
{
public:
    // Where a LIKE pattern puts the wildcards around the escaped value.
    enum class LikeMatch { Exact, StartsWith, EndsWith, Contains };

    // The contents of a string literal, without quotes: `\` → `\\`, `'` → `\'`, `"` → `\"`,
    // newline / CR / tab / backspace / form feed → `\n \r \t \b \f`, other control characters →
    // `\uXXXX`. `%` and `_` are left alone (they only mean something in LIKE).
    static QString escape(QStringView value);

    // `'…'`: escape() in single quotes, ready to put after `=` or in an IN list.
    static QString quote(QStringView value);

    // escape() plus `%` → `\%` and `_` → `\_`, without quotes: a value that matches itself only.
    static QString escapeLike(QStringView value);

    // A quoted LIKE pattern matching `value` literally, with wildcards per `match`:
    // likePattern("50%_off", Contains) → `'%50\%\_off%'`.
    static QString likePattern(QStringView value, LikeMatch match = LikeMatch::Contains);
};

} // namespace hilal::soql
