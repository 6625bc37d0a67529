#pragma once

// The SOQL lexer: turns query text into tokens without allocating (tokens are offsets into the
// caller's text). Used by the parser, the read-only guard and the console's highlighter.
//
// Conventions
// - offset/length are UTF-16 code units into the source; line and column are 1-based, column
//   counted in UTF-16 code units (LF, CR and CRLF each end one line).
// - Whitespace is skipped (space, tab, CR, LF, FF); SOQL has no comments, so `--`, `//` and
//   `/*` come back as Error tokens, like every other character SOQL doesn't know.
// - Two-word keywords (GROUP BY, ORDER BY, DATA CATEGORY, NULLS FIRST, NULLS LAST) are ONE token
//   spanning both words; a lone `Group` / `Order` is an Identifier (they are object names).
// - Date literals are one token including their `:n` (`LAST_N_DAYS:30`); whether the `:n` is
//   required or forbidden is the parser's business (it says which).
// - Currency literals (`USD5000`, `EUR1250.50`: three letters glued to a number) are one
//   Currency token. The parser accepts a Currency token without a fraction as a name too, since
//   `Abc123` is also a legal field name.
// - After an Error token the lexer carries on (after a bad string: past its closing quote), so
//   a highlighter can colour the rest of the line. The parser stops at the first error.

#include <QString>
#include <QStringView>

#include <vector>

#include "soql/ast.h"

namespace hilal::soql {

enum class TokenKind : quint8 {
    End, // end of input (length 0); next() keeps returning it
    Error, // see Token::error and Lexer::errorMessage()
    Keyword, // see Token::keyword
    Identifier, // Name, Account, Custom__c, ns__Obj__c, Group, toLabel, …
    String, // 'text' including the quotes, escapes validated (not decoded)
    Number, // 42, -7, +3, 3.14, .5
    Date, // 2025-03-31
    DateTime, // 2025-03-31T14:05:00Z, …T14:05:00.123+05:30
    DateLiteral, // TODAY, LAST_N_DAYS:30 (see Token::dateLiteral)
    Currency, // USD5000, EUR1250.50
    Operator, // = != <> < <= > >= (see Token::symbol)
    Punctuation, // ( ) , . (see Token::symbol)
};

// Every word the lexer reports as TokenKind::Keyword. Reserved ones can't be names
// (isReservedKeyword); the others are context keywords and the parser accepts them as names
// where a name is expected.
enum class Keyword : quint8 {
    None,
    // reserved
    Select,
    From,
    Where,
    And,
    Or,
    Not,
    In,
    Includes,
    Excludes,
    Like,
    Null,
    True,
    False,
    Asc,
    Desc,
    Nulls,
    First,
    Last,
    Having,
    Limit,
    Using,
    With,
    For,
    Update,
    Rollup,
    Cube,
    GroupBy,
    OrderBy,
    NullsFirst,
    NullsLast,
    // context keywords
    Offset,
    Scope,
    DataCategory,
    SecurityEnforced,
    UserMode,
    SystemMode,
    At,
    Above,
    Below,
    AboveOrBelow,
    Typeof,
    When,
    Then,
    Else,
    End,
    View,
    Reference,
    Tracking,
    Viewstat,
};

enum class Symbol : quint8 {
    None,
    LeftParen,
    RightParen,
    Comma,
    Dot, // punctuation
    Equal,
    NotEqual,
    LessGreater,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual, // operators
};

enum class LexError : quint8 {
    None,
    UnexpectedCharacter, // a character SOQL never uses outside a string
    Semicolon, // ';' — SOQL has no statement separator
    DoubleQuote, // "text" — strings take single quotes
    Comment, // --, //, /* — SOQL has no comments
    BindVariable, // :name — Apex only
    UnterminatedString, // no closing quote (token spans to the end of input)
    InvalidEscape, // \q (token spans the backslash and the character)
    InvalidUnicodeEscape, // \u not followed by four hex digits
    ControlCharacter, // a raw line break / tab / control character inside a string
    InvalidNumber, // 1., 5e3, 12abc
    InvalidDate, // 2025-13-45, 2025-3-1
    InvalidDateTime, // 2025-03-31T14:05, missing zone, bad offset
};

struct Token
{
    TokenKind kind = TokenKind::End;
    Keyword keyword = Keyword::None; // TokenKind::Keyword
    Symbol symbol = Symbol::None; // TokenKind::Operator / Punctuation
    LexError error = LexError::None; // TokenKind::Error
    soql::DateLiteral dateLiteral = soql::DateLiteral::Today; // TokenKind::DateLiteral
    int offset = 0;
    int length = 0;
    int line = 1;
    int column = 1;

    bool is(Keyword k) const { return kind == TokenKind::Keyword && keyword == k; }
    bool is(Symbol s) const { return symbol == s && (kind == TokenKind::Operator || kind == TokenKind::Punctuation); }
};

bool isReservedKeyword(Keyword keyword);
// The canonical upper-case spelling ("GROUP BY", "SECURITY_ENFORCED").
QString keywordText(Keyword keyword);

class Lexer
{
public:
    explicit Lexer(QStringView source);

    // The next token; TokenKind::End (repeatedly) at the end of the input.
    Token next();
    // The same, written into an existing token (the parser's hot loop: no temporary to copy).
    void next(Token &token);

    QStringView source() const { return m_source; }
    QStringView text(const Token &token) const { return m_source.mid(token.offset, token.length); }

    // Every token of `source`, error tokens included, ending with one End token. For
    // highlighters; the parser pulls tokens one by one instead.
    static std::vector<Token> tokenize(QStringView source);

    // A sentence for an Error token, e.g. "\q is not a valid escape in a string; write \\ for a
    // backslash". Empty for other tokens.
    static QString errorMessage(const Token &token, QStringView source);

private:
    Token lexNext();
    Token make(TokenKind kind, int start, int startLine, int startColumn) const;
    Token error(LexError error, int start, int end, int startLine, int startColumn);
    void skipWhitespace();
    void advance(int count); // moves m_pos, counting lines (for multi-char spans)
    bool skipSpacesAndCheckWord(int from, const char *word, int *wordEnd, bool *crossesLine) const;
    Token lexWord(int start, int line, int column);
    Token lexNumberOrDate(int start, int line, int column);
    Token lexString(int start, int line, int column);

    QStringView m_source;
    int m_pos = 0;
    int m_line = 1;
    int m_lineStart = 0; // offset of the current line's first character
};

} // namespace hilal::soql
