#include "soql/parser.h"

#include "soql/lexer.h"
#include "soql/messages.h"

#include <QLocale>

#include <limits>

namespace hilal::soql {

QString SoqlError::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
}

namespace {

// Thrown inside the parser only; parse() turns it into a SoqlError. Exceptions keep the
// recursive descent free of error plumbing, and they only fly on the error path.
struct ParseFailure
{
};

enum class QueryContext { Top, ChildSubquery, SemiJoin };
enum class ConditionContext { Where, Having };

// Clause order (docs/soql.md); a clause may only follow one with a smaller number.
enum Clause : int {
    ClauseNone = 0,
    ClauseUsingScope,
    ClauseWhere,
    ClauseWithDataCategory,
    ClauseWithSecurity,
    ClauseGroupBy,
    ClauseHaving,
    ClauseOrderBy,
    ClauseLimit,
    ClauseOffset,
    ClauseForView,
    ClauseUpdate,
    ClauseForUpdate,
};

QString clauseName(int clause)
{
    switch (clause) {
    case ClauseUsingScope:
        return QStringLiteral("USING SCOPE");
    case ClauseWhere:
        return QStringLiteral("WHERE");
    case ClauseWithDataCategory:
        return QStringLiteral("WITH DATA CATEGORY");
    case ClauseWithSecurity:
        return QStringLiteral("WITH SECURITY_ENFORCED/USER_MODE/SYSTEM_MODE");
    case ClauseGroupBy:
        return QStringLiteral("GROUP BY");
    case ClauseHaving:
        return QStringLiteral("HAVING");
    case ClauseOrderBy:
        return QStringLiteral("ORDER BY");
    case ClauseLimit:
        return QStringLiteral("LIMIT");
    case ClauseOffset:
        return QStringLiteral("OFFSET");
    case ClauseForView:
        return QStringLiteral("FOR VIEW/FOR REFERENCE");
    case ClauseUpdate:
        return QStringLiteral("UPDATE TRACKING/VIEWSTAT");
    case ClauseForUpdate:
        return QStringLiteral("FOR UPDATE");
    default:
        return QString();
    }
}

// USING SCOPE values Salesforce documents (plus the camel-case spelling tools write).
constexpr const char *kScopes[] = {
    "everything",        "mine", "mine_and_my_groups", "mineAndMyGroups", "delegated", "my_territory",
    "my_team_territory", "team", "allPrivate",         "scopingRule",     "mru",
};

bool isDmlWord(QStringView word)
{
    static const char *const words[] = {"INSERT", "UPDATE", "DELETE", "UPSERT", "MERGE", "UNDELETE"};
    for (const char *w : words) {
        if (word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The left side of a comparison as written, for error messages ("Name", "CALENDAR_YEAR(…)").
struct LeftOperand
{
    QStringView name;
    bool function = false;

    QString text() const { return name.toString() + (function ? QStringLiteral("(…)") : QString()); }
};

class ParserImpl
{
public:
    explicit ParserImpl(QStringView source)
        : m_source(source)
        , m_lexer(source)
    {
        m_cur = m_lexer.next();
    }

    SelectQuery parseStatement()
    {
        checkLexError(m_cur);
        if (!m_cur.is(Keyword::Select)) {
            if (m_cur.kind == TokenKind::End)
                fail(m_cur, Messages::tr("the query is empty; write a SELECT statement, e.g. SELECT Id FROM Account"));
            if ((m_cur.kind == TokenKind::Identifier || m_cur.kind == TokenKind::Keyword) && isDmlWord(text(m_cur)))
                fail(m_cur,
                     Messages::tr("SOQL can only read; %1 is a data change, and a query starts with SELECT")
                         .arg(text(m_cur).toString().toUpper()));
            if (m_cur.kind == TokenKind::Identifier && text(m_cur).compare(u"FIND", Qt::CaseInsensitive) == 0)
                fail(m_cur, Messages::tr("FIND is a search (SOSL), not a query; a query starts with SELECT"));
            fail(m_cur, Messages::tr("a query starts with SELECT (found %1)").arg(describe(m_cur)));
        }
        SelectQuery query = parseQuery(QueryContext::Top);
        if (m_cur.kind != TokenKind::End)
            failTrailing();
        return query;
    }

    SoqlError error;

private:
    // ------------------------------------------------------------------ tokens

    QStringView text(const Token &token) const { return m_source.mid(token.offset, token.length); }

    void checkLexError(const Token &token)
    {
        if (token.kind == TokenKind::Error)
            fail(token, Lexer::errorMessage(token, m_source));
    }

    void advance()
    {
        m_lastEnd = m_cur.offset + m_cur.length;
        if (m_hasPeek) {
            m_cur = m_peek;
            m_hasPeek = false;
        } else {
            m_lexer.next(m_cur);
        }
        checkLexError(m_cur);
    }

    const Token &peek()
    {
        if (!m_hasPeek) {
            m_lexer.next(m_peek);
            m_hasPeek = true;
        }
        return m_peek;
    }

    SourceRange rangeFrom(int start) const { return SourceRange {start, m_lastEnd - start}; }

    [[noreturn]] void fail(const Token &token, const QString &message)
    {
        error.line = token.line;
        error.column = token.column;
        error.offset = token.offset;
        error.length = token.length;
        error.message = message;
        throw ParseFailure {};
    }

    QString describe(const Token &token) const
    {
        switch (token.kind) {
        case TokenKind::End:
            return Messages::tr("the end of the query");
        case TokenKind::Keyword:
            return keywordText(token.keyword);
        default: {
            constexpr int kMax = 40;
            const QStringView t = text(token);
            if (token.kind == TokenKind::String && t.size() <= kMax)
                return t.toString(); // already in quotes
            if (t.size() > kMax)
                return QLatin1Char('\'') + t.left(kMax).toString() + QStringLiteral("…'");
            return QLatin1Char('\'') + t.toString() + QLatin1Char('\'');
        }
        }
    }

    [[noreturn]] void expected(const QString &what)
    {
        fail(m_cur, QStringLiteral("expected %1 (found %2)").arg(what, describe(m_cur)));
    }

    void expectSymbol(Symbol symbol, const QString &what)
    {
        if (!m_cur.is(symbol))
            expected(what);
        advance();
    }

    // A token usable as a name: identifiers, context keywords, and the date-literal and currency
    // shapes that are also legal names (a field called Today, or Abc123).
    bool isName(const Token &token) const
    {
        switch (token.kind) {
        case TokenKind::Identifier:
            return true;
        case TokenKind::Keyword:
            return !isReservedKeyword(token.keyword);
        case TokenKind::DateLiteral:
            return !text(token).contains(u':');
        case TokenKind::Currency:
            return !text(token).contains(u'.');
        default:
            return false;
        }
    }

    QString takeName(const QString &what)
    {
        if (!isName(m_cur)) {
            if (m_cur.kind == TokenKind::Keyword)
                fail(m_cur,
                     Messages::tr("expected %1, but %2 is a reserved word").arg(what, keywordText(m_cur.keyword)));
            expected(what);
        }
        QString name = text(m_cur).toString();
        advance();
        return name;
    }

    // ------------------------------------------------------------------ depth

    struct DepthGuard
    {
        DepthGuard(ParserImpl &parser, const Token &at)
            : p(parser)
        {
            if (++p.m_depth > Parser::kMaxDepth)
                p.fail(at,
                       Messages::tr("the query nests too deeply (more than %1 levels of parentheses, "
                                    "NOT, functions or subqueries); simplify it")
                           .arg(Parser::kMaxDepth));
        }
        ~DepthGuard() { --p.m_depth; }
        ParserImpl &p;
    };

    // ------------------------------------------------------------------ statement

    SelectQuery parseQuery(QueryContext context)
    {
        SelectQuery query;
        const int start = m_cur.offset;
        const Token selectToken = m_cur;
        advance(); // SELECT

        std::vector<Token> aliasTokens; // (plain-field aliases, checked once we know if it aggregates)
        std::vector<size_t> aliasItems;
        parseSelectList(query, context, aliasTokens, aliasItems);

        if (!m_cur.is(Keyword::From))
            fail(m_cur, Messages::tr("expected FROM after the field list (found %1)").arg(describe(m_cur)));
        parseFrom(query, context);

        int last = ClauseNone;
        for (;;) {
            const int clause = clauseAtCursor();
            if (clause == ClauseNone)
                break;
            if (clause == last)
                fail(m_cur, Messages::tr("only one %1 clause is allowed").arg(clauseName(clause)));
            if (clause < last)
                fail(m_cur, Messages::tr("%1 must come before %2").arg(clauseName(clause), clauseName(last)));
            parseClause(query, clause, context);
            last = clause;
        }
        query.range = rangeFrom(start);
        validateQuery(query, context, selectToken, aliasTokens, aliasItems);
        return query;
    }

    // A clause keyword that can't be a field name (OFFSET can: `WHERE Offset = 5`).
    bool atReservedClause()
    {
        return m_cur.kind == TokenKind::Keyword && isReservedKeyword(m_cur.keyword) && clauseAtCursor() != ClauseNone;
    }

    int clauseAtCursor()
    {
        if (m_cur.kind != TokenKind::Keyword)
            return ClauseNone;
        switch (m_cur.keyword) {
        case Keyword::Using:
            return ClauseUsingScope;
        case Keyword::Where:
            return ClauseWhere;
        case Keyword::With:
            return peek().is(Keyword::DataCategory) ? ClauseWithDataCategory : ClauseWithSecurity;
        case Keyword::GroupBy:
            return ClauseGroupBy;
        case Keyword::Having:
            return ClauseHaving;
        case Keyword::OrderBy:
            return ClauseOrderBy;
        case Keyword::Limit:
            return ClauseLimit;
        case Keyword::Offset:
            return ClauseOffset;
        case Keyword::For:
            return peek().is(Keyword::Update) ? ClauseForUpdate : ClauseForView;
        case Keyword::Update:
            return ClauseUpdate;
        default:
            return ClauseNone;
        }
    }

    void parseClause(SelectQuery &query, int clause, QueryContext context)
    {
        switch (clause) {
        case ClauseUsingScope:
            parseUsingScope(query);
            break;
        case ClauseWhere: {
            advance();
            if (m_cur.kind == TokenKind::End || atReservedClause())
                fail(m_cur,
                     Messages::tr("expected a condition after WHERE, e.g. WHERE Name = 'Acme' (found %1)")
                         .arg(describe(m_cur)));
            query.where = parseCondition(ConditionContext::Where, context);
            validateSemiJoins(*query.where);
            break;
        }
        case ClauseWithDataCategory:
            parseWithDataCategory(query);
            break;
        case ClauseWithSecurity:
            parseWithSecurity(query);
            break;
        case ClauseGroupBy:
            parseGroupBy(query);
            break;
        case ClauseHaving:
            advance();
            if (m_cur.kind == TokenKind::End || atReservedClause())
                fail(m_cur,
                     Messages::tr("expected a condition after HAVING, e.g. HAVING COUNT(Id) > 1 (found %1)")
                         .arg(describe(m_cur)));
            query.having = parseCondition(ConditionContext::Having, context);
            break;
        case ClauseOrderBy:
            parseOrderBy(query);
            break;
        case ClauseLimit:
            query.limit = parseCount(QStringLiteral("LIMIT"));
            break;
        case ClauseOffset:
            query.offset = parseCount(QStringLiteral("OFFSET"));
            break;
        case ClauseForView:
            advance(); // FOR
            if (m_cur.is(Keyword::View))
                query.forClause = ForClause::View;
            else if (m_cur.is(Keyword::Reference))
                query.forClause = ForClause::Reference;
            else
                expected(QStringLiteral("VIEW, REFERENCE or UPDATE after FOR"));
            advance();
            break;
        case ClauseUpdate:
            advance(); // UPDATE
            for (;;) {
                if (m_cur.is(Keyword::Tracking))
                    query.updateTracking = true;
                else if (m_cur.is(Keyword::Viewstat))
                    query.updateViewstat = true;
                else
                    expected(QStringLiteral("TRACKING or VIEWSTAT after UPDATE"));
                advance();
                if (!m_cur.is(Symbol::Comma))
                    break;
                advance();
            }
            break;
        case ClauseForUpdate:
            advance(); // FOR
            advance(); // UPDATE
            query.forUpdate = true;
            break;
        default:
            break;
        }
    }

    [[noreturn]] void failTrailing()
    {
        if (m_cur.is(Symbol::RightParen))
            fail(m_cur, Messages::tr("this ')' has no matching '('; remove it"));
        if (m_cur.is(Keyword::From))
            fail(m_cur, Messages::tr("only one FROM clause is allowed"));
        if (m_cur.is(Keyword::And) || m_cur.is(Keyword::Or) || m_cur.is(Keyword::Not))
            fail(
                m_cur,
                Messages::tr("%1 can't go here; conditions belong in WHERE or HAVING").arg(keywordText(m_cur.keyword)));
        fail(m_cur,
             Messages::tr("unexpected %1; a clause (WHERE, GROUP BY, ORDER BY, LIMIT, …) or the end "
                          "of the query should come here")
                 .arg(describe(m_cur)));
    }

    // ------------------------------------------------------------------ SELECT list

    void parseSelectList(SelectQuery &query, QueryContext context, std::vector<Token> &aliasTokens,
                         std::vector<size_t> &aliasItems)
    {
        if (m_cur.is(Keyword::From))
            fail(m_cur, Messages::tr("the field list is empty; name at least one field, e.g. SELECT Id FROM Account"));
        query.select.reserve(8); // one allocation for typical field lists instead of several regrowths
        for (;;) {
            SelectItem item = parseSelectItem(context);
            if ((item.kind == SelectItem::Kind::Field || item.kind == SelectItem::Kind::Function) && isName(m_cur)
                && !m_cur.is(Keyword::From)) {
                if (item.kind == SelectItem::Kind::Field) {
                    aliasTokens.push_back(m_cur);
                    aliasItems.push_back(query.select.size());
                }
                item.alias = text(m_cur).toString();
                advance();
                item.range = rangeFrom(item.range.offset);
            }
            query.select.push_back(std::move(item));
            if (!m_cur.is(Symbol::Comma))
                break;
            advance();
            if (m_cur.is(Keyword::From))
                fail(m_cur, Messages::tr("expected a field after ',' (found FROM); remove the comma before FROM"));
        }
    }

    SelectItem parseSelectItem(QueryContext context)
    {
        SelectItem item;
        const int start = m_cur.offset;
        if (m_cur.is(Symbol::LeftParen)) {
            const Token open = m_cur;
            DepthGuard depth(*this, m_cur);
            advance();
            if (!m_cur.is(Keyword::Select))
                fail(m_cur,
                     Messages::tr("expected SELECT after '(' (found %1); a parenthesised item in the field "
                                  "list is a subquery, e.g. (SELECT LastName FROM Contacts)")
                         .arg(describe(m_cur)));
            if (context == QueryContext::SemiJoin)
                fail(m_cur,
                     Messages::tr("a semi-join subquery (IN (SELECT …)) selects one field only; it can't "
                                  "contain a subquery"));
            item.kind = SelectItem::Kind::Subquery;
            item.subquery = Box<SelectQuery>(parseQuery(QueryContext::ChildSubquery));
            closeSubquery(open);
        } else if (m_cur.is(Keyword::Typeof) && isName(peek())) {
            item.kind = SelectItem::Kind::TypeOf;
            item.typeOf = parseTypeOf();
        } else if (isName(m_cur) && peek().is(Symbol::LeftParen)) {
            if (text(m_cur).compare(u"FIELDS", Qt::CaseInsensitive) == 0) {
                item.kind = SelectItem::Kind::Fields;
                item.fieldsScope = parseFields();
            } else {
                item.kind = SelectItem::Kind::Function;
                const Token nameToken = m_cur;
                item.function = parseFunction();
                validateTopFunction(item.function, nameToken, /*inSelect=*/true, /*allowAggregate=*/true);
            }
        } else if (isName(m_cur)) {
            item.kind = SelectItem::Kind::Field;
            item.field = parsePath(QStringLiteral("a field name"));
        } else if (m_cur.kind == TokenKind::Keyword && isReservedKeyword(m_cur.keyword)) {
            fail(m_cur,
                 Messages::tr("expected a field in the field list, but %1 is a reserved word")
                     .arg(keywordText(m_cur.keyword)));
        } else {
            expected(Messages::tr("a field in the field list, e.g. SELECT Id, Name FROM Account"));
        }
        item.range = rangeFrom(start);
        return item;
    }

    void closeSubquery(const Token &open)
    {
        if (!m_cur.is(Symbol::RightParen))
            fail(m_cur,
                 Messages::tr("expected ')' to close the subquery opened at %1:%2 (found %3)")
                     .arg(open.line)
                     .arg(open.column)
                     .arg(describe(m_cur)));
        advance();
    }

    FieldsScope parseFields()
    {
        advance(); // FIELDS
        advance(); // (
        FieldsScope scope = FieldsScope::All;
        const QStringView word = text(m_cur);
        if (m_cur.kind == TokenKind::Identifier && word.compare(u"ALL", Qt::CaseInsensitive) == 0)
            scope = FieldsScope::All;
        else if (m_cur.kind == TokenKind::Identifier && word.compare(u"STANDARD", Qt::CaseInsensitive) == 0)
            scope = FieldsScope::Standard;
        else if (m_cur.kind == TokenKind::Identifier && word.compare(u"CUSTOM", Qt::CaseInsensitive) == 0)
            scope = FieldsScope::Custom;
        else
            expected(QStringLiteral("ALL, STANDARD or CUSTOM inside FIELDS( )"));
        advance();
        expectSymbol(Symbol::RightParen, QStringLiteral("')' after FIELDS(%1").arg(word.toString().toUpper()));
        return scope;
    }

    TypeOf parseTypeOf()
    {
        TypeOf typeOf;
        const int start = m_cur.offset;
        advance(); // TYPEOF
        typeOf.field = parsePath(Messages::tr("a polymorphic relationship after TYPEOF, e.g. TYPEOF What"));
        if (!m_cur.is(Keyword::When))
            expected(QStringLiteral("WHEN after TYPEOF %1, e.g. WHEN Account THEN Phone").arg(typeOf.field.toString()));
        while (m_cur.is(Keyword::When)) {
            TypeOfWhen when;
            const int whenStart = m_cur.offset;
            advance();
            when.objectType = takeName(Messages::tr("an object name after WHEN"));
            if (!m_cur.is(Keyword::Then))
                expected(QStringLiteral("THEN after WHEN %1").arg(when.objectType));
            advance();
            when.fields = parseFieldList(QStringLiteral("a field after THEN"));
            when.range = rangeFrom(whenStart);
            typeOf.whens.push_back(std::move(when));
        }
        if (m_cur.is(Keyword::Else)) {
            advance();
            typeOf.elseFields = parseFieldList(QStringLiteral("a field after ELSE"));
        }
        if (!m_cur.is(Keyword::End))
            expected(Messages::tr("END to close TYPEOF (or another WHEN … THEN …, or ELSE)"));
        advance();
        typeOf.range = rangeFrom(start);
        return typeOf;
    }

    std::vector<FieldPath> parseFieldList(const QString &what)
    {
        std::vector<FieldPath> fields;
        fields.push_back(parsePath(what));
        while (m_cur.is(Symbol::Comma)) {
            advance();
            fields.push_back(parsePath(QStringLiteral("a field after ','")));
        }
        return fields;
    }

    FieldPath parsePath(const QString &what)
    {
        FieldPath path;
        const int start = m_cur.offset;
        path.parts.reserve(3);
        path.parts.append(takeName(what));
        while (m_cur.is(Symbol::Dot)) {
            advance();
            path.parts.append(takeName(Messages::tr("a field or relationship name after '.'")));
        }
        path.range = rangeFrom(start);
        return path;
    }

    // ------------------------------------------------------------------ functions

    FunctionCall parseFunction()
    {
        FunctionCall call;
        const int start = m_cur.offset;
        const std::optional<Function> function = functionFromName(text(m_cur));
        if (!function) {
            fail(m_cur,
                 Messages::tr("%1 is not a SOQL function; SOQL has COUNT, COUNT_DISTINCT, SUM, AVG, MIN, "
                              "MAX, the date functions (CALENDAR_YEAR, DAY_ONLY, HOUR_IN_DAY, …), toLabel, "
                              "convertCurrency, convertTimezone, FORMAT, GROUPING, DISTANCE, GEOLOCATION "
                              "and FIELDS")
                     .arg(describe(m_cur)));
        }
        call.function = *function;
        call.name = functionName(*function);
        DepthGuard depth(*this, m_cur);
        advance(); // name
        advance(); // (
        if (!m_cur.is(Symbol::RightParen)) {
            for (;;) {
                call.args.push_back(parseFunctionArgument(call.name));
                if (!m_cur.is(Symbol::Comma))
                    break;
                advance();
            }
        }
        if (!m_cur.is(Symbol::RightParen))
            fail(m_cur, Messages::tr("expected ')' to close %1( (found %2)").arg(call.name, describe(m_cur)));
        advance();
        call.range = rangeFrom(start);
        return call;
    }

    Expression parseFunctionArgument(const QString &functionName)
    {
        Expression expression;
        const int start = m_cur.offset;
        if (isName(m_cur) && peek().is(Symbol::LeftParen)) {
            expression.kind = Expression::Kind::Function;
            expression.function = parseFunction();
        } else if (isName(m_cur)) {
            expression.kind = Expression::Kind::Field;
            expression.field = parsePath(QStringLiteral("a field"));
        } else if (isLiteralStart(m_cur)) {
            expression.kind = Expression::Kind::Literal;
            expression.literal = parseLiteral(false);
        } else {
            expected(QStringLiteral("a field inside %1( )").arg(functionName));
        }
        expression.range = rangeFrom(start);
        return expression;
    }

    // Checks the shape of a function call and of the calls nested in it.
    void validateFunction(const FunctionCall &call, const FunctionCall *parent)
    {
        const auto failAt = [&](const SourceRange &range, const QString &message) {
            Token token;
            token.offset = range.offset;
            token.length = range.length;
            positionOf(token);
            fail(token, message);
        };
        const auto isField = [](const Expression &e) { return e.kind == Expression::Kind::Field; };
        const auto isCall = [](const Expression &e, Function f) {
            return e.kind == Expression::Kind::Function && e.function.function == f;
        };
        const int argc = int(call.args.size());

        switch (call.function) {
        case Function::Count:
            if (argc > 1 || (argc == 1 && !isField(call.args[0])))
                failAt(call.range, Messages::tr("COUNT takes nothing or one field: COUNT() or COUNT(Id)"));
            break;
        case Function::CountDistinct:
        case Function::Sum:
        case Function::Avg:
        case Function::Min:
        case Function::Max:
        case Function::ToLabel:
        case Function::ConvertCurrency:
        case Function::Grouping:
        case Function::ConvertTimezone:
            if (argc != 1 || !isField(call.args[0]))
                failAt(call.range,
                       Messages::tr("%1 takes one field, e.g. %2").arg(call.name, exampleFor(call.function)));
            break;
        case Function::Format:
            if (argc != 1 || call.args[0].kind == Expression::Kind::Literal || isCall(call.args[0], Function::Format))
                failAt(call.range,
                       Messages::tr("FORMAT takes one field or function, e.g. FORMAT(Amount) or "
                                    "FORMAT(convertCurrency(Amount))"));
            break;
        case Function::Geolocation:
            if (argc != 2 || call.args[0].kind != Expression::Kind::Literal
                || call.args[1].kind != Expression::Kind::Literal || !isNumeric(call.args[0].literal)
                || !isNumeric(call.args[1].literal))
                failAt(
                    call.range,
                    Messages::tr("GEOLOCATION takes a latitude and a longitude, e.g. GEOLOCATION(37.775, -122.418)"));
            if (!parent || parent->function != Function::Distance)
                failAt(call.range,
                       Messages::tr("GEOLOCATION only works inside DISTANCE, e.g. "
                                    "DISTANCE(Location__c, GEOLOCATION(37.775, -122.418), 'mi')"));
            break;
        case Function::Distance: {
            const auto isPoint = [&](const Expression &e) { return isField(e) || isCall(e, Function::Geolocation); };
            if (argc != 3 || !isPoint(call.args[0]) || !isPoint(call.args[1])
                || call.args[2].kind != Expression::Kind::Literal || call.args[2].literal.kind != Literal::Kind::String)
                failAt(call.range,
                       Messages::tr("DISTANCE takes a location field, a GEOLOCATION and a unit, e.g. "
                                    "DISTANCE(Location__c, GEOLOCATION(37.775, -122.418), 'mi')"));
            const QString &unit = call.args[2].literal.text;
            if (unit != u"mi" && unit != u"km")
                failAt(call.args[2].range, Messages::tr("the DISTANCE unit is 'mi' or 'km'"));
            break;
        }
        default:
            if (isDateFunction(call.function)) {
                if (argc != 1 || !(isField(call.args[0]) || isCall(call.args[0], Function::ConvertTimezone)))
                    failAt(call.range,
                           Messages::tr("%1 takes one date or datetime field, e.g. %2")
                               .arg(call.name, exampleFor(call.function)));
            }
            break;
        }
        if (call.function == Function::ConvertTimezone && (!parent || !isDateFunction(parent->function)))
            failAt(call.range,
                   Messages::tr("convertTimezone only works inside a date function, e.g. "
                                "HOUR_IN_DAY(convertTimezone(CreatedDate))"));
        for (const Expression &arg : call.args) {
            if (arg.kind == Expression::Kind::Function)
                validateFunction(arg.function, &call);
        }
    }

    static QString exampleFor(Function function)
    {
        switch (function) {
        case Function::CountDistinct:
            return QStringLiteral("COUNT_DISTINCT(Industry)");
        case Function::Sum:
            return QStringLiteral("SUM(Amount)");
        case Function::Avg:
            return QStringLiteral("AVG(Amount)");
        case Function::Min:
            return QStringLiteral("MIN(CloseDate)");
        case Function::Max:
            return QStringLiteral("MAX(CloseDate)");
        case Function::ToLabel:
            return QStringLiteral("toLabel(Status)");
        case Function::ConvertCurrency:
            return QStringLiteral("convertCurrency(Amount)");
        case Function::Grouping:
            return QStringLiteral("GROUPING(Industry)");
        case Function::ConvertTimezone:
            return QStringLiteral("HOUR_IN_DAY(convertTimezone(CreatedDate))");
        default:
            return functionName(function) + QStringLiteral("(CreatedDate)");
        }
    }

    static bool isNumeric(const Literal &literal)
    {
        return literal.kind == Literal::Kind::Integer || literal.kind == Literal::Kind::Decimal;
    }

    // Checks a function used as a select item, condition operand, GROUP BY or ORDER BY item.
    void validateTopFunction(const FunctionCall &call, const Token &nameToken, bool inSelect, bool allowAggregate,
                             const QString &clause = QStringLiteral("WHERE"))
    {
        validateFunction(call, nullptr);
        if (!allowAggregate && isAggregateFunction(call.function))
            fail(nameToken,
                 Messages::tr("aggregate functions like %1() can't be used in %2%3")
                     .arg(call.name, clause,
                          clause == u"WHERE" ? Messages::tr("; filter on aggregates with HAVING") : QString()));
        if (!inSelect && call.function == Function::Format)
            fail(nameToken, Messages::tr("FORMAT only works in the field list"));
    }

    // Fills in line and column for a token built from a range (for errors found after parsing).
    void positionOf(Token &token) const
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < token.offset && i < m_source.size(); ++i) {
            const QChar c = m_source[i];
            if (c == u'\n' || (c == u'\r' && (i + 1 >= m_source.size() || m_source[i + 1] != u'\n'))) {
                ++line;
                lineStart = i + 1;
            }
        }
        token.line = line;
        token.column = token.offset - lineStart + 1;
    }

    // ------------------------------------------------------------------ FROM

    void parseFrom(SelectQuery &query, QueryContext context)
    {
        const int start = m_cur.offset;
        advance(); // FROM
        if (!isName(m_cur)) {
            if (m_cur.kind == TokenKind::Keyword && isReservedKeyword(m_cur.keyword))
                fail(m_cur,
                     Messages::tr("expected an object name after FROM, but %1 is a reserved word")
                         .arg(keywordText(m_cur.keyword)));
            expected(Messages::tr("an object name after FROM, e.g. FROM Account"));
        }
        if (context == QueryContext::ChildSubquery) {
            // Child relationship name, or alias.Relationship in the legacy alias form.
            query.from.object = parsePath(Messages::tr("a child relationship name after FROM")).toString();
        } else {
            query.from.object = takeName(Messages::tr("an object name after FROM"));
            if (m_cur.is(Symbol::Dot))
                fail(m_cur,
                     Messages::tr("FROM takes an object name, not a path; write e.g. FROM Contact and "
                                  "select Account.Name"));
        }
        query.from.alias = parseOptionalAlias();
        while (m_cur.is(Symbol::Comma)) {
            advance();
            FromRelationship relationship;
            const int relStart = m_cur.offset;
            relationship.path
                = parsePath(Messages::tr("an alias.relationship after ',' in FROM, e.g. FROM Contact c, c.Account a"));
            relationship.alias = parseOptionalAlias();
            relationship.range = rangeFrom(relStart);
            query.from.relationships.push_back(std::move(relationship));
        }
        query.from.range = rangeFrom(start);
    }

    QString parseOptionalAlias()
    {
        if (!isName(m_cur) || m_cur.is(Keyword::Offset))
            return QString();
        const QStringView word = text(m_cur);
        if (word.compare(u"ORDER", Qt::CaseInsensitive) == 0 || word.compare(u"GROUP", Qt::CaseInsensitive) == 0)
            fail(m_cur,
                 Messages::tr("did you mean %1 BY? %2 alone is an object name")
                     .arg(word.toString().toUpper(), word.toString()));
        QString alias = word.toString();
        advance();
        return alias;
    }

    void parseUsingScope(SelectQuery &query)
    {
        advance(); // USING
        if (!m_cur.is(Keyword::Scope))
            expected(QStringLiteral("SCOPE after USING, e.g. USING SCOPE mine"));
        advance();
        const Token scopeToken = m_cur;
        const QString scope = takeName(Messages::tr("a scope after USING SCOPE, e.g. USING SCOPE mine"));
        for (const char *known : kScopes) {
            if (scope.compare(QLatin1String(known), Qt::CaseInsensitive) == 0) {
                query.usingScope = scope;
                return;
            }
        }
        QStringList names;
        for (const char *known : kScopes)
            names << QString::fromLatin1(known);
        fail(scopeToken,
             Messages::tr("'%1' is not a scope; USING SCOPE takes one of: %2")
                 .arg(scope, names.join(QStringLiteral(", "))));
    }

    // ------------------------------------------------------------------ WHERE / HAVING

    Condition parseCondition(ConditionContext where, QueryContext context)
    {
        DepthGuard depth(*this, m_cur);
        const int start = m_cur.offset;
        Condition first = parseUnary(where, context);
        if (!m_cur.is(Keyword::And) && !m_cur.is(Keyword::Or))
            return first;
        const Keyword op = m_cur.keyword;
        Condition node;
        node.kind = op == Keyword::And ? Condition::Kind::And : Condition::Kind::Or;
        node.operands.reserve(4);
        node.operands.push_back(std::move(first));
        while (m_cur.is(Keyword::And) || m_cur.is(Keyword::Or)) {
            if (m_cur.keyword != op)
                fail(m_cur,
                     Messages::tr("AND and OR can't be mixed without parentheses; group them, e.g. "
                                  "(A AND B) OR C, or A AND (B OR C)"));
            const Token opToken = m_cur;
            advance();
            if (m_cur.kind == TokenKind::End || atReservedClause() || m_cur.is(Symbol::RightParen))
                fail(m_cur,
                     Messages::tr("expected a condition after %1 (found %2)")
                         .arg(keywordText(opToken.keyword), describe(m_cur)));
            node.operands.push_back(parseUnary(where, context));
        }
        node.range = rangeFrom(start);
        return node;
    }

    Condition parseUnary(ConditionContext where, QueryContext context)
    {
        const int start = m_cur.offset;
        if (m_cur.is(Keyword::Not)) {
            DepthGuard depth(*this, m_cur);
            advance();
            Condition node;
            node.kind = Condition::Kind::Not;
            node.operands.push_back(parseUnary(where, context));
            node.range = rangeFrom(start);
            return node;
        }
        if (m_cur.is(Symbol::LeftParen)) {
            const Token open = m_cur;
            advance();
            if (m_cur.is(Keyword::Select))
                fail(m_cur,
                     Messages::tr(
                         "a subquery can only follow IN or NOT IN, e.g. Id IN (SELECT AccountId FROM Contact)"));
            Condition inner = parseCondition(where, context);
            if (!m_cur.is(Symbol::RightParen))
                fail(m_cur,
                     Messages::tr("expected ')' to close the '(' at %1:%2 (found %3)")
                         .arg(open.line)
                         .arg(open.column)
                         .arg(describe(m_cur)));
            advance();
            return inner;
        }
        Condition node;
        node.kind = Condition::Kind::Comparison;
        node.comparison = parseComparison(where, context);
        node.range = node.comparison.range;
        return node;
    }

    Comparison parseComparison(ConditionContext where, QueryContext context)
    {
        Comparison comparison;
        const int start = m_cur.offset;

        // Left operand: a field or a function, never a value.
        const Token leftToken = m_cur;
        if (isName(m_cur) && peek().is(Symbol::LeftParen)) {
            if (text(m_cur).compare(u"FIELDS", Qt::CaseInsensitive) == 0)
                fail(m_cur, Messages::tr("FIELDS() only works in the field list"));
            comparison.left.kind = Expression::Kind::Function;
            comparison.left.function = parseFunction();
            validateTopFunction(comparison.left.function, leftToken, false, where == ConditionContext::Having);
        } else if (isName(m_cur)) {
            comparison.left.kind = Expression::Kind::Field;
            comparison.left.field = parsePath(QStringLiteral("a field"));
        } else if (isLiteralStart(m_cur)) {
            fail(m_cur,
                 Messages::tr("a condition starts with a field, then the value: write Amount > 5000, "
                              "not 5000 < Amount"));
        } else if (m_cur.kind == TokenKind::Keyword && isReservedKeyword(m_cur.keyword)) {
            fail(m_cur,
                 Messages::tr("expected a condition, but %1 is a reserved word").arg(keywordText(m_cur.keyword)));
        } else {
            expected(QStringLiteral("a condition, e.g. Name = 'Acme'"));
        }
        comparison.left.range = rangeFrom(start);
        // Only turned into text when an error message needs it.
        const LeftOperand leftText {text(leftToken), comparison.left.kind == Expression::Kind::Function};

        // Operator.
        const Token opToken = m_cur;
        comparison.op = parseOperator(leftText);

        // Right side.
        switch (comparison.op) {
        case ComparisonOperator::In:
        case ComparisonOperator::NotIn:
        case ComparisonOperator::Includes:
        case ComparisonOperator::Excludes: {
            const QString opText = comparisonOperatorText(comparison.op);
            if (!m_cur.is(Symbol::LeftParen))
                fail(m_cur,
                     Messages::tr("%1 needs a list in parentheses, e.g. %1 ('a', 'b') (found %2)")
                         .arg(opText, describe(m_cur)));
            const Token open = m_cur;
            advance();
            if (m_cur.is(Keyword::Select)) {
                if (comparison.op == ComparisonOperator::Includes || comparison.op == ComparisonOperator::Excludes)
                    fail(m_cur, Messages::tr("%1 takes a list of values, not a subquery").arg(opText));
                if (where == ConditionContext::Having)
                    fail(m_cur, Messages::tr("HAVING can't contain a semi-join (IN (SELECT …)); put it in WHERE"));
                if (context == QueryContext::SemiJoin)
                    fail(m_cur, Messages::tr("a semi-join can't contain another semi-join"));
                DepthGuard depth(*this, m_cur);
                comparison.rightKind = Comparison::RightKind::Subquery;
                comparison.subquery = Box<SelectQuery>(parseQuery(QueryContext::SemiJoin));
                closeSubquery(open);
            } else {
                comparison.rightKind = Comparison::RightKind::List;
                if (m_cur.is(Symbol::RightParen))
                    fail(m_cur, Messages::tr("%1 needs at least one value in its list").arg(opText));
                for (;;) {
                    comparison.values.push_back(parseValue(comparison.op, leftText));
                    if (!m_cur.is(Symbol::Comma))
                        break;
                    advance();
                }
                if (!m_cur.is(Symbol::RightParen))
                    fail(m_cur,
                         Messages::tr("expected ',' or ')' in the %1 list (found %2)").arg(opText, describe(m_cur)));
                advance();
            }
            break;
        }
        default:
            if (m_cur.is(Symbol::LeftParen))
                fail(m_cur,
                     Messages::tr("%1 takes a single value; for a list use IN: %2 IN ('a', 'b')")
                         .arg(text(opToken).toString().toUpper(), leftText.text()));
            comparison.rightKind = Comparison::RightKind::Literal;
            comparison.value = parseValue(comparison.op, leftText);
            break;
        }
        comparison.range = rangeFrom(start);
        return comparison;
    }

    ComparisonOperator parseOperator(const LeftOperand &leftText)
    {
        ComparisonOperator op = ComparisonOperator::Equal;
        if (m_cur.kind == TokenKind::Operator) {
            switch (m_cur.symbol) {
            case Symbol::Equal:
                op = ComparisonOperator::Equal;
                break;
            case Symbol::NotEqual:
            case Symbol::LessGreater:
                op = ComparisonOperator::NotEqual;
                break;
            case Symbol::Less:
                op = ComparisonOperator::Less;
                break;
            case Symbol::LessOrEqual:
                op = ComparisonOperator::LessOrEqual;
                break;
            case Symbol::Greater:
                op = ComparisonOperator::Greater;
                break;
            case Symbol::GreaterOrEqual:
                op = ComparisonOperator::GreaterOrEqual;
                break;
            default:
                break;
            }
        } else if (m_cur.is(Keyword::Like)) {
            op = ComparisonOperator::Like;
        } else if (m_cur.is(Keyword::In)) {
            op = ComparisonOperator::In;
        } else if (m_cur.is(Keyword::Includes)) {
            op = ComparisonOperator::Includes;
        } else if (m_cur.is(Keyword::Excludes)) {
            op = ComparisonOperator::Excludes;
        } else if (m_cur.is(Keyword::Not)) {
            if (peek().is(Keyword::In)) {
                advance();
                op = ComparisonOperator::NotIn;
            } else if (peek().is(Keyword::Like)) {
                fail(m_cur,
                     Messages::tr("SOQL has no NOT LIKE; negate the whole condition: NOT %1 LIKE 'x%'")
                         .arg(leftText.text()));
            } else {
                fail(m_cur,
                     Messages::tr(
                         "NOT goes before the whole condition (NOT %1 = …); after a field only NOT IN is allowed")
                         .arg(leftText.text()));
            }
        } else {
            fail(m_cur,
                 Messages::tr("expected a comparison operator after %1 (=, !=, <, <=, >, >=, LIKE, IN, "
                              "NOT IN, INCLUDES, EXCLUDES), found %2")
                     .arg(leftText.text(), describe(m_cur)));
        }
        advance();
        return op;
    }

    Literal parseValue(ComparisonOperator op, const LeftOperand &leftText)
    {
        const Token token = m_cur;
        if (isName(m_cur) && !isLiteralStart(m_cur)) {
            fail(m_cur,
                 Messages::tr("SOQL can't compare a field with another field (%1); the right side must be a "
                              "value such as 'text', 42, true, null or TODAY")
                     .arg(describe(m_cur)));
        }
        if (!isLiteralStart(m_cur)) {
            if (m_cur.kind == TokenKind::End)
                fail(m_cur,
                     Messages::tr("expected a value after %1 %2").arg(leftText.text(), comparisonOperatorText(op)));
            expected(Messages::tr("a value such as 'text', 42, true, null, 2025-03-31 or TODAY"));
        }
        Literal literal = parseLiteral(op == ComparisonOperator::Like);
        const QString opText = comparisonOperatorText(op);
        if (op == ComparisonOperator::Like && literal.kind != Literal::Kind::String)
            fail(token, Messages::tr("LIKE needs a string pattern, e.g. %1 LIKE 'Acme%'").arg(leftText.text()));
        if ((op == ComparisonOperator::Includes || op == ComparisonOperator::Excludes)
            && literal.kind != Literal::Kind::String)
            fail(token, QStringLiteral("%1 takes strings, e.g. %1 ('a;b', 'c')").arg(opText));
        if (literal.kind == Literal::Kind::Null && op != ComparisonOperator::Equal && op != ComparisonOperator::NotEqual
            && op != ComparisonOperator::In && op != ComparisonOperator::NotIn)
            fail(token, Messages::tr("null can only be compared with = or != (found %1)").arg(opText));
        return literal;
    }

    bool isLiteralStart(const Token &token) const
    {
        switch (token.kind) {
        case TokenKind::String:
        case TokenKind::Number:
        case TokenKind::Date:
        case TokenKind::DateTime:
        case TokenKind::Currency:
            return true;
        case TokenKind::DateLiteral:
            return true;
        case TokenKind::Keyword:
            return token.keyword == Keyword::True || token.keyword == Keyword::False || token.keyword == Keyword::Null;
        default:
            return false;
        }
    }

    Literal parseLiteral(bool likePattern)
    {
        Literal literal;
        const Token token = m_cur;
        const QStringView t = text(token);
        literal.range = SourceRange {token.offset, token.length};
        switch (token.kind) {
        case TokenKind::String:
            literal.kind = Literal::Kind::String;
            literal.text = decodeString(token, likePattern);
            break;
        case TokenKind::Number:
            parseNumber(t, literal);
            break;
        case TokenKind::Date:
            literal.kind = Literal::Kind::Date;
            literal.text = t.toString();
            literal.date = QDate::fromString(literal.text, Qt::ISODate);
            break;
        case TokenKind::DateTime:
            literal.kind = Literal::Kind::DateTime;
            literal.text = t.toString();
            literal.dateTime = QDateTime::fromString(literal.text, Qt::ISODateWithMs);
            break;
        case TokenKind::Currency: {
            literal.kind = Literal::Kind::Currency;
            literal.currencyCode = t.left(3).toString().toUpper();
            Literal amount;
            parseNumber(t.mid(3), amount);
            literal.text = amount.text;
            literal.number = amount.number;
            literal.integer = amount.integer;
            break;
        }
        case TokenKind::DateLiteral:
            parseDateLiteral(token, literal);
            break;
        case TokenKind::Keyword:
            if (token.keyword == Keyword::Null) {
                literal.kind = Literal::Kind::Null;
            } else {
                literal.kind = Literal::Kind::Boolean;
                literal.boolean = token.keyword == Keyword::True;
                literal.text = literal.boolean ? QStringLiteral("true") : QStringLiteral("false");
            }
            break;
        default:
            expected(QStringLiteral("a value"));
        }
        advance();
        return literal;
    }

    // [+-]digits → value; false on overflow. (QLocale is slower and the lexer already checked
    // the shape.)
    static qint64 parseInteger(QStringView t, bool *ok)
    {
        qsizetype i = 0;
        const bool negative = !t.isEmpty() && t[0] == u'-';
        if (!t.isEmpty() && (t[0] == u'-' || t[0] == u'+'))
            ++i;
        quint64 value = 0;
        constexpr quint64 kLimit = quint64(std::numeric_limits<qint64>::max());
        for (; i < t.size(); ++i) {
            const unsigned digit = unsigned(t[i].unicode() - u'0');
            if (digit > 9 || value > (kLimit + (negative ? 1 : 0) - digit) / 10) {
                *ok = false;
                return 0;
            }
            value = value * 10 + digit;
        }
        *ok = true;
        return negative ? qint64(0 - value) : qint64(value);
    }

    static void parseNumber(QStringView t, Literal &literal)
    {
        literal.text = t.toString();
        if (t.contains(u'.')) {
            literal.kind = Literal::Kind::Decimal;
            literal.number = QLocale::c().toDouble(t.startsWith(u'+') ? t.mid(1) : t);
            literal.integer = qint64(qBound(-9.2e18, literal.number, 9.2e18));
            return;
        }
        bool ok = false;
        const qint64 value = parseInteger(t, &ok);
        if (ok) {
            literal.kind = Literal::Kind::Integer;
            literal.integer = value;
            literal.number = double(value);
        } else {
            // Too large for 64 bits: keep it as a decimal rather than refusing it.
            literal.kind = Literal::Kind::Decimal;
            literal.number = QLocale::c().toDouble(t.startsWith(u'+') ? t.mid(1) : t);
            literal.integer
                = literal.number < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
        }
    }

    void parseDateLiteral(const Token &token, Literal &literal)
    {
        const QStringView t = text(token);
        const QString name = dateLiteralName(token.dateLiteral);
        const qsizetype colon = t.indexOf(u':');
        literal.kind = Literal::Kind::DateLiteral;
        literal.dateLiteral = token.dateLiteral;
        literal.text = name;
        const bool takesN = dateLiteralTakesN(token.dateLiteral);
        if (!takesN) {
            if (colon >= 0)
                fail(token,
                     Messages::tr("%1 takes no number; write %1 (for a number of days use LAST_N_DAYS:30)").arg(name));
            return;
        }
        if (colon < 0)
            fail(token, QStringLiteral("%1 needs a number: %1:30").arg(name));
        const QStringView digits = t.mid(colon + 1);
        if (digits.isEmpty()) {
            const int after = token.offset + token.length;
            const QChar next = after < m_source.size() ? m_source[after] : QChar();
            if (next == u'-')
                fail(token, Messages::tr("%1 needs a number of zero or more: %1:30").arg(name));
            if (next.isSpace())
                fail(token, Messages::tr("%1 needs its number right after the colon, no space: %1:30").arg(name));
            fail(token, QStringLiteral("%1 needs a number: %1:30").arg(name));
        }
        bool ok = false;
        const int n = digits.toInt(&ok);
        if (!ok || n > 1000000)
            fail(token, Messages::tr("%1:%2 is too large; use a number up to 1000000").arg(name, digits.toString()));
        literal.n = n;
    }

    // The contents of a string token with its escapes resolved (see Literal::text for LIKE).
    QString decodeString(const Token &token, bool likePattern)
    {
        const QStringView body = text(token).mid(1, token.length - 2);
        if (!body.contains(u'\\'))
            return body.toString();
        QString out;
        out.reserve(body.size());
        for (qsizetype i = 0; i < body.size(); ++i) {
            const QChar c = body[i];
            if (c != u'\\') {
                out.append(c);
                continue;
            }
            const QChar e = body[i + 1]; // the lexer guarantees a valid escape follows
            switch (e.unicode()) {
            case u'n':
            case u'N':
                out.append(u'\n');
                break;
            case u'r':
            case u'R':
                out.append(u'\r');
                break;
            case u't':
            case u'T':
                out.append(u'\t');
                break;
            case u'b':
            case u'B':
                out.append(u'\b');
                break;
            case u'f':
            case u'F':
                out.append(u'\f');
                break;
            case u'\'':
                out.append(u'\'');
                break;
            case u'"':
                out.append(u'"');
                break;
            case u'\\':
                if (likePattern)
                    out.append(u'\\');
                out.append(u'\\');
                break;
            case u'%':
            case u'_':
                if (!likePattern) {
                    Token at = token;
                    at.offset = token.offset + 1 + int(i);
                    at.length = 2;
                    at.column = token.column + 1 + int(i);
                    fail(at,
                         Messages::tr("\\%1 only works in a LIKE pattern; outside LIKE write %1 without the backslash")
                             .arg(e));
                }
                out.append(u'\\');
                out.append(e);
                break;
            case u'u': {
                const QChar decoded(char16_t(body.mid(i + 2, 4).toUShort(nullptr, 16)));
                if (likePattern && decoded == u'\\')
                    out.append(u'\\'); // keep the pattern form: every backslash escapes the next character
                out.append(decoded);
                i += 4;
                break;
            }
            default:
                break;
            }
            ++i;
        }
        return out;
    }

    // ------------------------------------------------------------------ WITH, GROUP BY, ORDER BY, LIMIT

    void parseWithDataCategory(SelectQuery &query)
    {
        advance(); // WITH
        advance(); // DATA CATEGORY
        for (;;) {
            DataCategoryFilter filter;
            const int start = m_cur.offset;
            filter.group = takeName(Messages::tr("a data category group after DATA CATEGORY, e.g. Geography__c"));
            if (m_cur.is(Keyword::At))
                filter.selector = DataCategoryFilter::Selector::At;
            else if (m_cur.is(Keyword::Above))
                filter.selector = DataCategoryFilter::Selector::Above;
            else if (m_cur.is(Keyword::Below))
                filter.selector = DataCategoryFilter::Selector::Below;
            else if (m_cur.is(Keyword::AboveOrBelow))
                filter.selector = DataCategoryFilter::Selector::AboveOrBelow;
            else
                expected(QStringLiteral("AT, ABOVE, BELOW or ABOVE_OR_BELOW after %1").arg(filter.group));
            advance();
            if (m_cur.is(Symbol::LeftParen)) {
                advance();
                for (;;) {
                    filter.categories << takeName(QStringLiteral("a category name"));
                    if (!m_cur.is(Symbol::Comma))
                        break;
                    advance();
                }
                expectSymbol(Symbol::RightParen, Messages::tr("')' to close the category list"));
            } else {
                filter.categories << takeName(QStringLiteral("a category name, e.g. usa__c"));
            }
            filter.range = rangeFrom(start);
            query.withDataCategory.push_back(std::move(filter));
            if (!m_cur.is(Keyword::And))
                break;
            advance();
        }
    }

    void parseWithSecurity(SelectQuery &query)
    {
        advance(); // WITH
        if (m_cur.is(Keyword::SecurityEnforced))
            query.withSecurity = WithSecurity::SecurityEnforced;
        else if (m_cur.is(Keyword::UserMode))
            query.withSecurity = WithSecurity::UserMode;
        else if (m_cur.is(Keyword::SystemMode))
            query.withSecurity = WithSecurity::SystemMode;
        else
            expected(QStringLiteral("SECURITY_ENFORCED, USER_MODE, SYSTEM_MODE or DATA CATEGORY after WITH"));
        advance();
    }

    Expression parseGroupOrOrderItem(const QString &clause, bool allowAggregate)
    {
        Expression expression;
        const int start = m_cur.offset;
        const Token nameToken = m_cur;
        if (isName(m_cur) && peek().is(Symbol::LeftParen)) {
            expression.kind = Expression::Kind::Function;
            expression.function = parseFunction();
            validateTopFunction(expression.function, nameToken, false, allowAggregate, clause);
        } else if (isName(m_cur)) {
            expression.kind = Expression::Kind::Field;
            expression.field = parsePath(QStringLiteral("a field"));
        } else if (m_cur.kind == TokenKind::Keyword && isReservedKeyword(m_cur.keyword)) {
            fail(m_cur,
                 Messages::tr("expected a field after %1, but %2 is a reserved word")
                     .arg(clause, keywordText(m_cur.keyword)));
        } else {
            expected(QStringLiteral("a field after %1").arg(clause));
        }
        expression.range = rangeFrom(start);
        return expression;
    }

    void parseGroupBy(SelectQuery &query)
    {
        const int start = m_cur.offset;
        advance(); // GROUP BY
        query.groupBy.kind = GroupBy::Kind::Plain;
        bool parenthesised = false;
        if (m_cur.is(Keyword::Rollup) || m_cur.is(Keyword::Cube)) {
            query.groupBy.kind = m_cur.is(Keyword::Rollup) ? GroupBy::Kind::Rollup : GroupBy::Kind::Cube;
            advance();
            expectSymbol(Symbol::LeftParen,
                         QStringLiteral("'(' after %1")
                             .arg(query.groupBy.kind == GroupBy::Kind::Rollup ? QStringLiteral("ROLLUP")
                                                                              : QStringLiteral("CUBE")));
            parenthesised = true;
        }
        for (;;) {
            query.groupBy.items.push_back(parseGroupOrOrderItem(QStringLiteral("GROUP BY"), false));
            if (!m_cur.is(Symbol::Comma))
                break;
            advance();
        }
        if (parenthesised)
            expectSymbol(Symbol::RightParen, Messages::tr("')' to close the grouping list"));
        query.groupBy.range = rangeFrom(start);
    }

    void parseOrderBy(SelectQuery &query)
    {
        advance(); // ORDER BY
        for (;;) {
            OrderByItem item;
            const int start = m_cur.offset;
            item.expression = parseGroupOrOrderItem(QStringLiteral("ORDER BY"), true);
            if (m_cur.is(Keyword::Asc)) {
                item.direction = SortDirection::Asc;
                advance();
            } else if (m_cur.is(Keyword::Desc)) {
                item.direction = SortDirection::Desc;
                advance();
            }
            if (m_cur.is(Keyword::NullsFirst)) {
                item.nulls = NullsOrder::First;
                advance();
            } else if (m_cur.is(Keyword::NullsLast)) {
                item.nulls = NullsOrder::Last;
                advance();
            } else if (m_cur.is(Keyword::Nulls)) {
                expected(QStringLiteral("NULLS FIRST or NULLS LAST"));
            }
            item.range = rangeFrom(start);
            query.orderBy.push_back(std::move(item));
            if (!m_cur.is(Symbol::Comma))
                break;
            advance();
        }
    }

    qint64 parseCount(const QString &clause)
    {
        advance(); // LIMIT / OFFSET
        const QStringView t = text(m_cur);
        if (m_cur.kind != TokenKind::Number || t.contains(u'.') || t.startsWith(u'-') || t.startsWith(u'+'))
            fail(m_cur,
                 Messages::tr("%1 needs a whole number of zero or more, e.g. %1 100 (found %2)")
                     .arg(clause, describe(m_cur)));
        bool ok = false;
        const qint64 value = t.toLongLong(&ok);
        if (!ok)
            fail(m_cur, Messages::tr("%1 %2 is too large").arg(clause, t.toString()));
        advance();
        return value;
    }

    // ------------------------------------------------------------------ checks after a query

    void validateQuery(const SelectQuery &query, QueryContext context, const Token &selectToken,
                       const std::vector<Token> &aliasTokens, const std::vector<size_t> &aliasItems)
    {
        const bool aggregate = isAggregateQuery(query);
        for (size_t i = 0; i < aliasTokens.size(); ++i) {
            if (aggregate)
                break;
            const SelectItem &item = query.select[aliasItems[i]];
            fail(aliasTokens[i],
                 Messages::tr("'%1' looks like an alias, but only aggregate and grouped fields can "
                              "have one; did you forget a comma between %2 and %1?")
                     .arg(item.alias, item.field.toString()));
        }
        for (const SelectItem &item : query.select) {
            if (item.kind == SelectItem::Kind::Function && item.function.function == Function::Count
                && item.function.args.empty() && query.select.size() > 1)
                failRange(item.range,
                          Messages::tr("COUNT() must be the only item in the field list; use COUNT(Id) "
                                       "beside other fields"));
            if (item.kind == SelectItem::Kind::Fields && item.fieldsScope != FieldsScope::Standard
                && (!query.limit || *query.limit > 200))
                failRange(
                    item.range,
                    Messages::tr("FIELDS(%1) needs LIMIT 200 or less; add LIMIT 200")
                        .arg(item.fieldsScope == FieldsScope::All ? QStringLiteral("ALL") : QStringLiteral("CUSTOM")));
        }
        if (context == QueryContext::SemiJoin) {
            if (query.select.size() != 1 || query.select[0].kind != SelectItem::Kind::Field)
                fail(selectToken,
                     Messages::tr("a semi-join subquery selects exactly one Id or lookup field, e.g. "
                                  "Id IN (SELECT AccountId FROM Opportunity)"));
            if (query.limit || !query.orderBy.empty())
                fail(selectToken, Messages::tr("a semi-join subquery can't have ORDER BY or LIMIT"));
        }
    }

    [[noreturn]] void failRange(const SourceRange &range, const QString &message)
    {
        Token token;
        token.offset = range.offset;
        token.length = range.length;
        positionOf(token);
        fail(token, message);
    }

    // At most two semi-/anti-joins per WHERE, and none under OR.
    void validateSemiJoins(const Condition &where)
    {
        int count = 0;
        walkSemiJoins(where, false, count);
    }

    void walkSemiJoins(const Condition &condition, bool underOr, int &count)
    {
        if (condition.kind == Condition::Kind::Comparison) {
            if (condition.comparison.rightKind != Comparison::RightKind::Subquery)
                return;
            if (underOr)
                failRange(condition.range,
                          Messages::tr("a semi-join (IN (SELECT …)) can't be combined with OR; "
                                       "run two queries or restructure the condition"));
            if (++count > 2)
                failRange(condition.range, Messages::tr("a query can have at most two semi-joins (IN (SELECT …))"));
            return;
        }
        const bool nowUnderOr = underOr || condition.kind == Condition::Kind::Or;
        for (const Condition &operand : condition.operands)
            walkSemiJoins(operand, nowUnderOr, count);
    }

    QStringView m_source;
    Lexer m_lexer;
    Token m_cur;
    Token m_peek;
    bool m_hasPeek = false;
    int m_lastEnd = 0;
    int m_depth = 0;
};

} // namespace

ParseResult Parser::parse(QStringView source)
{
    ParseResult result;
    if (source.size() > kMaxQueryLength) {
        result.error.line = 1;
        result.error.column = 1;
        result.error.offset = 0;
        result.error.length = 0;
        // Salesforce's own wording (MALFORMED_QUERY), with the length we counted.
        result.error.message = Messages::tr("SOQL statements can not be longer than %1 characters (this one has %2)")
                                   .arg(kMaxQueryLength)
                                   .arg(source.size());
        return result;
    }
    ParserImpl parser(source);
    try {
        result.query = parser.parseStatement();
    } catch (const ParseFailure &) {
        result.error = parser.error;
    }
    return result;
}

} // namespace hilal::soql
