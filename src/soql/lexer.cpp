#include "soql/lexer.h"
#include "soql/messages.h"

#include <QDate>
#include <QTime>

#include <array>
#include <cstring>

namespace hilal::soql {

namespace {

constexpr int kMaxWordLength = 24; // longer than any keyword or date literal ("LAST_N_FISCAL_QUARTERS")

inline bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
inline bool isIdentChar(char16_t c)
{
    return isAsciiLetter(c) || isDigit(c) || c == u'_';
}
inline bool isHexDigit(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
inline char toUpperAscii(char16_t c)
{
    return char((c >= u'a' && c <= u'z') ? c - 32 : c);
}

struct WordEntry
{
    const char *name;
    Keyword keyword; // Keyword::None for date literals and the first halves below
    int dateLiteral; // index into DateLiteral, or -1
};

// First halves of two-word keywords: only keywords when the second word follows.
enum Pair : int { NotPair = 0, PairGroup, PairOrder, PairData, PairNulls };

struct KeywordSpelling
{
    const char *name;
    Keyword keyword;
};

constexpr std::array<KeywordSpelling, 45> kKeywords {{
    {"SELECT", Keyword::Select},
    {"FROM", Keyword::From},
    {"WHERE", Keyword::Where},
    {"AND", Keyword::And},
    {"OR", Keyword::Or},
    {"NOT", Keyword::Not},
    {"IN", Keyword::In},
    {"INCLUDES", Keyword::Includes},
    {"EXCLUDES", Keyword::Excludes},
    {"LIKE", Keyword::Like},
    {"NULL", Keyword::Null},
    {"TRUE", Keyword::True},
    {"FALSE", Keyword::False},
    {"ASC", Keyword::Asc},
    {"DESC", Keyword::Desc},
    {"NULLS", Keyword::Nulls},
    {"FIRST", Keyword::First},
    {"LAST", Keyword::Last},
    {"HAVING", Keyword::Having},
    {"LIMIT", Keyword::Limit},
    {"USING", Keyword::Using},
    {"WITH", Keyword::With},
    {"FOR", Keyword::For},
    {"UPDATE", Keyword::Update},
    {"ROLLUP", Keyword::Rollup},
    {"CUBE", Keyword::Cube},
    {"OFFSET", Keyword::Offset},
    {"SCOPE", Keyword::Scope},
    {"SECURITY_ENFORCED", Keyword::SecurityEnforced},
    {"USER_MODE", Keyword::UserMode},
    {"SYSTEM_MODE", Keyword::SystemMode},
    {"AT", Keyword::At},
    {"ABOVE", Keyword::Above},
    {"BELOW", Keyword::Below},
    {"ABOVE_OR_BELOW", Keyword::AboveOrBelow},
    {"TYPEOF", Keyword::Typeof},
    {"WHEN", Keyword::When},
    {"THEN", Keyword::Then},
    {"ELSE", Keyword::Else},
    {"END", Keyword::End},
    {"VIEW", Keyword::View},
    {"REFERENCE", Keyword::Reference},
    {"TRACKING", Keyword::Tracking},
    {"VIEWSTAT", Keyword::Viewstat},
    {"GROUP", Keyword::None}, // placeholder entry, handled as a pair (see wordTable)
}};

// Words bucketed by (length, first letter) so a lookup compares against at most a handful.
struct WordTable
{
    struct Entry
    {
        char name[kMaxWordLength];
        int length;
        Keyword keyword;
        int dateLiteral;
        int pair;
    };
    std::vector<Entry> buckets[kMaxWordLength + 1][26];

    void add(const char *name, Keyword keyword, int dateLiteral, int pair)
    {
        Entry entry {};
        entry.length = int(std::strlen(name));
        std::memcpy(entry.name, name, size_t(entry.length));
        entry.keyword = keyword;
        entry.dateLiteral = dateLiteral;
        entry.pair = pair;
        buckets[entry.length][name[0] - 'A'].push_back(entry);
    }

    // `upper` is kMaxWordLength bytes, zero-padded after `length`: compared as three 64-bit words.
    const Entry *find(const char *upper, int length) const
    {
        if (length > kMaxWordLength || upper[0] < 'A' || upper[0] > 'Z')
            return nullptr;
        quint64 word[3];
        std::memcpy(word, upper, sizeof word);
        for (const Entry &entry : buckets[length][upper[0] - 'A']) {
            quint64 name[3];
            std::memcpy(name, entry.name, sizeof name);
            if (((name[0] ^ word[0]) | (name[1] ^ word[1]) | (name[2] ^ word[2])) == 0)
                return &entry;
        }
        return nullptr;
    }
};

const WordTable &wordTable()
{
    static const WordTable table = [] {
        WordTable t;
        for (const KeywordSpelling &k : kKeywords) {
            if (k.keyword != Keyword::None)
                t.add(k.name, k.keyword, -1, NotPair);
        }
        t.add("GROUP", Keyword::None, -1, PairGroup);
        t.add("ORDER", Keyword::None, -1, PairOrder);
        t.add("DATA", Keyword::None, -1, PairData);
        // NULLS is a keyword on its own too (reserved), and pairs with FIRST / LAST.
        for (auto &bucket : t.buckets[5]['N' - 'A']) {
            if (std::memcmp(bucket.name, "NULLS", 5) == 0)
                bucket.pair = PairNulls;
        }
        for (int i = 0; i <= int(DateLiteral::NFiscalYearsAgo); ++i) {
            const QByteArray name = dateLiteralName(DateLiteral(i)).toLatin1();
            t.add(name.constData(), Keyword::None, i, NotPair);
        }
        return t;
    }();
    return table;
}

bool matchesWordAt(QStringView source, int pos, const char *word, int *end)
{
    int i = 0;
    for (; word[i] != '\0'; ++i) {
        if (pos + i >= source.size() || toUpperAscii(source[pos + i].unicode()) != word[i])
            return false;
    }
    if (pos + i < source.size() && isIdentChar(source[pos + i].unicode()))
        return false;
    *end = pos + i;
    return true;
}

QString quoted(QStringView text)
{
    constexpr int kMax = 40;
    if (text.size() > kMax)
        return QLatin1Char('\'') + text.left(kMax).toString() + QStringLiteral("…'");
    return QLatin1Char('\'') + text.toString() + QLatin1Char('\'');
}

} // namespace

bool isReservedKeyword(Keyword keyword)
{
    return keyword != Keyword::None && keyword < Keyword::Offset;
}

QString keywordText(Keyword keyword)
{
    switch (keyword) {
    case Keyword::None:
        return QString();
    case Keyword::GroupBy:
        return QStringLiteral("GROUP BY");
    case Keyword::OrderBy:
        return QStringLiteral("ORDER BY");
    case Keyword::NullsFirst:
        return QStringLiteral("NULLS FIRST");
    case Keyword::NullsLast:
        return QStringLiteral("NULLS LAST");
    case Keyword::DataCategory:
        return QStringLiteral("DATA CATEGORY");
    default:
        break;
    }
    for (const KeywordSpelling &k : kKeywords) {
        if (k.keyword == keyword)
            return QString::fromLatin1(k.name);
    }
    return QString();
}

Lexer::Lexer(QStringView source)
    : m_source(source)
{
}

Token Lexer::make(TokenKind kind, int start, int startLine, int startColumn) const
{
    Token token;
    token.kind = kind;
    token.offset = start;
    token.length = m_pos - start;
    token.line = startLine;
    token.column = startColumn;
    return token;
}

// An Error token spanning [start, end); the lexer has already moved m_pos to where it resumes.
Token Lexer::error(LexError code, int start, int end, int startLine, int startColumn)
{
    Token token;
    token.kind = TokenKind::Error;
    token.error = code;
    token.offset = start;
    token.length = end - start;
    token.line = startLine;
    token.column = startColumn;
    return token;
}

void Lexer::advance(int count)
{
    const int end = qMin(int(m_source.size()), m_pos + count);
    for (; m_pos < end; ++m_pos) {
        const char16_t c = m_source[m_pos].unicode();
        if (c == u'\n' || (c == u'\r' && (m_pos + 1 >= m_source.size() || m_source[m_pos + 1] != u'\n'))) {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
    }
}

void Lexer::skipWhitespace()
{
    const int size = int(m_source.size());
    while (m_pos < size) {
        const char16_t c = m_source[m_pos].unicode();
        if (c == u' ' || c == u'\t' || c == u'\f') {
            ++m_pos;
        } else if (c == u'\n') {
            ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
        } else if (c == u'\r') {
            ++m_pos;
            if (m_pos < size && m_source[m_pos] == u'\n')
                ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
        } else {
            break;
        }
    }
}

// Looks past whitespace after `from` for `word` (upper case); does not move the lexer.
bool Lexer::skipSpacesAndCheckWord(int from, const char *word, int *wordEnd, bool *crossesLine) const
{
    int pos = from;
    *crossesLine = false;
    while (pos < m_source.size()) {
        const char16_t c = m_source[pos].unicode();
        if (c == u' ' || c == u'\t' || c == u'\f') {
            ++pos;
        } else if (c == u'\n' || c == u'\r') {
            *crossesLine = true;
            ++pos;
        } else {
            break;
        }
    }
    if (pos == from)
        return false;
    return matchesWordAt(m_source, pos, word, wordEnd);
}

Token Lexer::next()
{
    return lexNext();
}

void Lexer::next(Token &token)
{
    token = lexNext();
}

inline Token Lexer::lexNext()
{
    skipWhitespace();
    const int size = int(m_source.size());
    const int start = m_pos;
    const int line = m_line;
    const int column = m_pos - m_lineStart + 1;
    if (m_pos >= size)
        return make(TokenKind::End, start, line, column);

    const char16_t c = m_source[m_pos].unicode();
    const auto at = [&](int i) -> char16_t { return i < size ? m_source[i].unicode() : u'\0'; };

    if (isAsciiLetter(c))
        return lexWord(start, line, column);
    if (isDigit(c) || (c == u'.' && isDigit(at(m_pos + 1)))
        || ((c == u'+' || c == u'-') && (isDigit(at(m_pos + 1)) || (at(m_pos + 1) == u'.' && isDigit(at(m_pos + 2))))))
        return lexNumberOrDate(start, line, column);
    if (c == u'\'')
        return lexString(start, line, column);

    const auto single = [&](TokenKind kind, Symbol symbol, int length) {
        m_pos += length;
        Token token = make(kind, start, line, column);
        token.symbol = symbol;
        return token;
    };
    switch (c) {
    case u'(':
        return single(TokenKind::Punctuation, Symbol::LeftParen, 1);
    case u')':
        return single(TokenKind::Punctuation, Symbol::RightParen, 1);
    case u',':
        return single(TokenKind::Punctuation, Symbol::Comma, 1);
    case u'.':
        return single(TokenKind::Punctuation, Symbol::Dot, 1);
    case u'=':
        return single(TokenKind::Operator, Symbol::Equal, 1);
    case u'<':
        if (at(m_pos + 1) == u'=')
            return single(TokenKind::Operator, Symbol::LessOrEqual, 2);
        if (at(m_pos + 1) == u'>')
            return single(TokenKind::Operator, Symbol::LessGreater, 2);
        return single(TokenKind::Operator, Symbol::Less, 1);
    case u'>':
        if (at(m_pos + 1) == u'=')
            return single(TokenKind::Operator, Symbol::GreaterOrEqual, 2);
        return single(TokenKind::Operator, Symbol::Greater, 1);
    case u'!':
        if (at(m_pos + 1) == u'=')
            return single(TokenKind::Operator, Symbol::NotEqual, 2);
        break;
    case u';':
        m_pos += 1;
        return error(LexError::Semicolon, start, m_pos, line, column);
    case u'-':
        if (at(m_pos + 1) == u'-') {
            m_pos += 2;
            return error(LexError::Comment, start, m_pos, line, column);
        }
        break;
    case u'/':
        if (at(m_pos + 1) == u'/' || at(m_pos + 1) == u'*') {
            m_pos += 2;
            return error(LexError::Comment, start, m_pos, line, column);
        }
        break;
    case u'"': {
        // Skip to the closing double quote so a highlighter doesn't lex the contents as words.
        int end = m_pos + 1;
        while (end < size && m_source[end] != u'"' && m_source[end] != u'\n' && m_source[end] != u'\r')
            ++end;
        if (end < size && m_source[end] == u'"')
            ++end;
        advance(end - m_pos);
        return error(LexError::DoubleQuote, start, end, line, column);
    }
    case u':':
        if (isAsciiLetter(at(m_pos + 1))) {
            int end = m_pos + 1;
            while (end < size && (isIdentChar(m_source[end].unicode()) || m_source[end] == u'.'))
                ++end;
            m_pos = end;
            return error(LexError::BindVariable, start, end, line, column);
        }
        break;
    default:
        break;
    }
    // Anything else: one character (a whole surrogate pair) SOQL doesn't use.
    int length = 1;
    if (QChar::isHighSurrogate(c) && QChar::isLowSurrogate(at(m_pos + 1)))
        length = 2;
    m_pos += length;
    return error(LexError::UnexpectedCharacter, start, m_pos, line, column);
}

Token Lexer::lexWord(int start, int line, int column)
{
    const int size = int(m_source.size());
    int pos = start;
    alignas(8) char upper[kMaxWordLength] = {};
    int letters = 0; // leading letters, for the currency form
    bool digitsOnlyAfterLetters = true;
    while (pos < size && isIdentChar(m_source[pos].unicode())) {
        const char16_t c = m_source[pos].unicode();
        const int i = pos - start;
        if (i < kMaxWordLength)
            upper[i] = toUpperAscii(c);
        if (isAsciiLetter(c)) {
            if (letters == i)
                ++letters;
            else
                digitsOnlyAfterLetters = false;
        } else if (c == u'_') {
            digitsOnlyAfterLetters = false;
        }
        ++pos;
    }
    const int length = pos - start;
    m_pos = pos;

    // Currency: exactly three letters glued to a number (USD5000, EUR1250.50).
    if (letters == 3 && length > 3 && digitsOnlyAfterLetters) {
        if (pos + 1 < size && m_source[pos] == u'.' && isDigit(m_source[pos + 1].unicode())) {
            pos += 1;
            while (pos < size && isDigit(m_source[pos].unicode()))
                ++pos;
            m_pos = pos;
        }
        return make(TokenKind::Currency, start, line, column);
    }

    const WordTable::Entry *entry = wordTable().find(upper, length);
    if (!entry)
        return make(TokenKind::Identifier, start, line, column);

    if (entry->dateLiteral >= 0) {
        // The `:n` belongs to the literal; digits are optional here so the parser can say what's
        // missing ("LAST_N_DAYS needs a number: LAST_N_DAYS:30").
        if (m_pos < size && m_source[m_pos] == u':') {
            ++m_pos;
            while (m_pos < size && isDigit(m_source[m_pos].unicode()))
                ++m_pos;
        }
        Token token = make(TokenKind::DateLiteral, start, line, column);
        token.dateLiteral = DateLiteral(entry->dateLiteral);
        return token;
    }

    if (entry->pair != NotPair) {
        int end = 0;
        bool crossesLine = false;
        Keyword pairKeyword = Keyword::None;
        if (entry->pair == PairGroup && skipSpacesAndCheckWord(m_pos, "BY", &end, &crossesLine))
            pairKeyword = Keyword::GroupBy;
        else if (entry->pair == PairOrder && skipSpacesAndCheckWord(m_pos, "BY", &end, &crossesLine))
            pairKeyword = Keyword::OrderBy;
        else if (entry->pair == PairData && skipSpacesAndCheckWord(m_pos, "CATEGORY", &end, &crossesLine))
            pairKeyword = Keyword::DataCategory;
        else if (entry->pair == PairNulls && skipSpacesAndCheckWord(m_pos, "FIRST", &end, &crossesLine))
            pairKeyword = Keyword::NullsFirst;
        else if (entry->pair == PairNulls && skipSpacesAndCheckWord(m_pos, "LAST", &end, &crossesLine))
            pairKeyword = Keyword::NullsLast;
        if (pairKeyword != Keyword::None) {
            if (crossesLine)
                advance(end - m_pos);
            else
                m_pos = end;
            Token token = make(TokenKind::Keyword, start, line, column);
            token.keyword = pairKeyword;
            return token;
        }
    }
    if (entry->keyword == Keyword::None)
        return make(TokenKind::Identifier, start, line, column); // lone GROUP / ORDER / DATA
    Token token = make(TokenKind::Keyword, start, line, column);
    token.keyword = entry->keyword;
    return token;
}

Token Lexer::lexNumberOrDate(int start, int line, int column)
{
    const int size = int(m_source.size());
    const auto at = [&](int i) -> char16_t { return i < size ? m_source[i].unicode() : u'\0'; };
    const auto digitsFrom = [&](int pos) {
        int end = pos;
        while (end < size && isDigit(m_source[end].unicode()))
            ++end;
        return end - pos;
    };
    // The rest of a malformed literal: letters, digits and the punctuation dates use.
    const auto badSpanEnd = [&](int pos) {
        while (pos < size) {
            const char16_t c = m_source[pos].unicode();
            if (!(isIdentChar(c) || c == u':' || c == u'-' || c == u'+' || c == u'.'))
                break;
            ++pos;
        }
        return pos;
    };
    const auto fail = [&](LexError code, int end) {
        m_pos = end;
        return error(code, start, end, line, column);
    };

    int pos = start;
    const bool signed_ = at(pos) == u'+' || at(pos) == u'-';
    if (signed_)
        ++pos;
    const int intDigits = digitsFrom(pos);
    pos += intDigits;

    if (!signed_ && intDigits == 4 && at(pos) == u'-' && isDigit(at(pos + 1))) {
        // A date, maybe a datetime: YYYY-MM-DD[Thh:mm:ss[.fff](Z|±hh:mm)]
        const int dateEnd = pos + 6;
        if (!(at(pos + 1) && isDigit(at(pos + 2)) && at(pos + 3) == u'-' && isDigit(at(pos + 4))
              && isDigit(at(pos + 5)))
            || isDigit(at(dateEnd)))
            return fail(LexError::InvalidDate, badSpanEnd(pos));
        const QDate date(m_source.mid(start, 4).toInt(), m_source.mid(start + 5, 2).toInt(),
                         m_source.mid(start + 8, 2).toInt());
        if (!date.isValid())
            return fail(LexError::InvalidDate, badSpanEnd(dateEnd));
        pos = dateEnd;
        if (at(pos) != u'T' && at(pos) != u't') {
            if (isIdentChar(at(pos)) || at(pos) == u':')
                return fail(LexError::InvalidDate, badSpanEnd(pos));
            m_pos = pos;
            return make(TokenKind::Date, start, line, column);
        }
        // Time part.
        const auto two = [&](int p) { return isDigit(at(p)) && isDigit(at(p + 1)); };
        ++pos;
        if (!(two(pos) && at(pos + 2) == u':' && two(pos + 3) && at(pos + 5) == u':' && two(pos + 6)))
            return fail(LexError::InvalidDateTime, badSpanEnd(pos));
        const QTime time(m_source.mid(pos, 2).toInt(), m_source.mid(pos + 3, 2).toInt(),
                         m_source.mid(pos + 6, 2).toInt());
        if (!time.isValid())
            return fail(LexError::InvalidDateTime, badSpanEnd(pos));
        pos += 8;
        if (at(pos) == u'.') {
            const int fraction = digitsFrom(pos + 1);
            if (fraction == 0)
                return fail(LexError::InvalidDateTime, badSpanEnd(pos));
            pos += 1 + fraction;
        }
        if (at(pos) == u'Z' || at(pos) == u'z') {
            ++pos;
        } else if (at(pos) == u'+' || at(pos) == u'-') {
            if (!(two(pos + 1) && at(pos + 3) == u':' && two(pos + 4)))
                return fail(LexError::InvalidDateTime, badSpanEnd(pos));
            const int hours = m_source.mid(pos + 1, 2).toInt();
            const int minutes = m_source.mid(pos + 4, 2).toInt();
            if (hours > 14 || minutes > 59)
                return fail(LexError::InvalidDateTime, badSpanEnd(pos));
            pos += 6;
        } else {
            return fail(LexError::InvalidDateTime, badSpanEnd(pos));
        }
        if (isIdentChar(at(pos)) || at(pos) == u':' || at(pos) == u'.')
            return fail(LexError::InvalidDateTime, badSpanEnd(pos));
        m_pos = pos;
        return make(TokenKind::DateTime, start, line, column);
    }

    if (at(pos) == u'.') {
        const int fraction = digitsFrom(pos + 1);
        if (fraction == 0)
            return fail(LexError::InvalidNumber, badSpanEnd(pos + 1));
        pos += 1 + fraction;
    }
    if (isIdentChar(at(pos)) || at(pos) == u'.')
        return fail(LexError::InvalidNumber, badSpanEnd(pos));
    m_pos = pos;
    return make(TokenKind::Number, start, line, column);
}

Token Lexer::lexString(int start, int line, int column)
{
    const int size = int(m_source.size());
    int pos = start + 1;
    // Resumes after the string's closing quote so the rest of the text still lexes sensibly.
    const auto failAt = [&](LexError code, int errorStart, int errorEnd) {
        int resume = errorEnd;
        while (resume < size && m_source[resume] != u'\'') {
            resume += m_source[resume] == u'\\' ? 2 : 1;
        }
        resume = qMin(size, resume + 1);
        const int errorColumn = column + (errorStart - start);
        advance(resume - m_pos);
        return error(code, errorStart, errorEnd, line, errorColumn);
    };
    while (pos < size) {
        const char16_t c = m_source[pos].unicode();
        if (c == u'\'') {
            m_pos = pos + 1;
            return make(TokenKind::String, start, line, column);
        }
        if (c == u'\\') {
            if (pos + 1 >= size)
                break;
            const char16_t e = m_source[pos + 1].unicode();
            switch (e) {
            case u'n':
            case u'N':
            case u'r':
            case u'R':
            case u't':
            case u'T':
            case u'b':
            case u'B':
            case u'f':
            case u'F':
            case u'\'':
            case u'"':
            case u'\\':
            case u'%':
            case u'_':
                pos += 2;
                continue;
            case u'u': {
                int hex = 0;
                while (hex < 4 && pos + 2 + hex < size && isHexDigit(m_source[pos + 2 + hex].unicode()))
                    ++hex;
                if (hex < 4)
                    return failAt(LexError::InvalidUnicodeEscape, pos, pos + 2 + hex);
                pos += 6;
                continue;
            }
            default: {
                int length = 2;
                if (QChar::isHighSurrogate(e) && pos + 2 < size && QChar::isLowSurrogate(m_source[pos + 2].unicode()))
                    length = 3;
                if (e < 0x20) // a backslash before a raw line break: report the control character
                    return failAt(LexError::ControlCharacter, pos + 1, pos + 2);
                return failAt(LexError::InvalidEscape, pos, pos + length);
            }
            }
        }
        if (c < 0x20 || c == 0x7f)
            return failAt(LexError::ControlCharacter, pos, pos + 1);
        ++pos;
    }
    m_pos = size;
    return error(LexError::UnterminatedString, start, size, line, column);
}

std::vector<Token> Lexer::tokenize(QStringView source)
{
    std::vector<Token> tokens;
    Lexer lexer(source);
    for (;;) {
        tokens.push_back(lexer.next());
        if (tokens.back().kind == TokenKind::End)
            break;
    }
    return tokens;
}

QString Lexer::errorMessage(const Token &token, QStringView source)
{
    if (token.kind != TokenKind::Error)
        return QString();
    const QStringView text = source.mid(token.offset, token.length);
    switch (token.error) {
    case LexError::None:
        return QString();
    case LexError::UnexpectedCharacter: {
        const QChar c = text.isEmpty() ? QChar() : text.front();
        if (c == u'!')
            return Messages::tr("'!' only appears in '!=' (not equal)");
        if (c == u'{' || c == u'}')
            return Messages::tr("'%1' is not SOQL; SOQL has no braces (SOSL's FIND {…} isn't allowed here)").arg(c);
        if (c == u':')
            return Messages::tr("':' only follows a date literal, as in LAST_N_DAYS:30");
        if (c == u'*')
            return Messages::tr("SOQL has no '*'; list the fields, or use FIELDS(ALL) with a LIMIT of 200 or less");
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Messages::tr("control character U+%1 can't appear in a query; remove it")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
        return Messages::tr("%1 can't appear in SOQL outside a string; remove it").arg(quoted(text));
    }
    case LexError::Semicolon:
        return Messages::tr("one query only; remove ';' (SOQL has no statement separator)");
    case LexError::DoubleQuote:
        return Messages::tr("SOQL strings take single quotes: write 'text', not \"text\"");
    case LexError::Comment:
        return Messages::tr("SOQL has no comments; remove %1 and the text after it").arg(quoted(text));
    case LexError::BindVariable:
        return Messages::tr("bind variables only work inside Apex; write the value itself instead of %1")
            .arg(quoted(text));
    case LexError::UnterminatedString:
        return Messages::tr("this string has no closing quote; end it with '");
    case LexError::InvalidEscape:
        return Messages::tr("%1 is not a valid escape in a string; write \\\\ for a backslash").arg(text.toString());
    case LexError::InvalidUnicodeEscape:
        return Messages::tr("\\u needs exactly four hex digits, as in \\u00e9");
    case LexError::ControlCharacter:
        return Messages::tr("a string can't contain a raw line break, tab or control character; "
                            "write \\n, \\r or \\t instead (or close the string with ')");
    case LexError::InvalidNumber:
        return Messages::tr("%1 is not a number SOQL understands; write digits with an optional sign "
                            "and decimal point, no exponent (e.g. 5000, -7, 3.14)")
            .arg(quoted(text));
    case LexError::InvalidDate:
        return Messages::tr("%1 is not a valid date; write YYYY-MM-DD, e.g. 2025-03-31").arg(quoted(text));
    case LexError::InvalidDateTime:
        return Messages::tr("%1 is not a valid datetime; write YYYY-MM-DDThh:mm:ssZ or with an offset, "
                            "e.g. 2025-03-31T14:05:00Z or 2025-03-31T14:05:00+05:30")
            .arg(quoted(text));
    }
    return QString();
}

} // namespace hilal::soql
