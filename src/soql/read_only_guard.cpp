#include "soql/read_only_guard.h"

#include "soql/lexer.h"
#include "soql/messages.h"
#include "soql/parser.h"

namespace hilal::soql {

namespace {

bool isWord(QStringView text, const char *word)
{
    return text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

bool isDataChangeWord(QStringView text)
{
    return isWord(text, "INSERT") || isWord(text, "UPDATE") || isWord(text, "DELETE") || isWord(text, "UPSERT")
        || isWord(text, "MERGE") || isWord(text, "UNDELETE");
}

GuardVerdict refuse(GuardVerdict::Reason reason, const Token &at, const QString &message)
{
    GuardVerdict verdict;
    verdict.reason = reason;
    verdict.message = message;
    verdict.line = at.line;
    verdict.column = at.column;
    verdict.offset = at.offset;
    verdict.length = at.length;
    return verdict;
}

// The span from `first` to the end of `second` (for two-token refusals like FOR UPDATE).
Token spanning(const Token &first, const Token &second)
{
    Token token = first;
    token.length = second.offset + second.length - first.offset;
    return token;
}

} // namespace

QString GuardVerdict::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return QStringLiteral("ok");
    case Reason::Empty:
        return QStringLiteral("empty");
    case Reason::DataChange:
        return QStringLiteral("data-change");
    case Reason::Search:
        return QStringLiteral("search");
    case Reason::MultipleStatements:
        return QStringLiteral("multiple-statements");
    case Reason::ForUpdate:
        return QStringLiteral("for-update");
    case Reason::UsageTracking:
        return QStringLiteral("usage-tracking");
    case Reason::BindVariable:
        return QStringLiteral("bind-variable");
    case Reason::Comment:
        return QStringLiteral("comment");
    case Reason::ParseError:
        return QStringLiteral("parse-error");
    }
    return QString();
}

GuardVerdict ReadOnlyGuard::check(QStringView soql)
{
    using Reason = GuardVerdict::Reason;
    Lexer lexer(soql);

    // 1. What kind of statement is it? (first token)
    const Token first = lexer.next();
    if (first.kind == TokenKind::End)
        return refuse(Reason::Empty, first, Messages::tr("the query is empty; write a SELECT statement"));
    const QStringView firstText = lexer.text(first);
    if ((first.kind == TokenKind::Identifier || first.kind == TokenKind::Keyword) && isDataChangeWord(firstText))
        return refuse(Reason::DataChange, first,
                      Messages::tr("SOQL can only read; %1 is a data change").arg(firstText.toString().toUpper()));
    if (first.kind == TokenKind::Identifier && isWord(firstText, "FIND"))
        return refuse(Reason::Search, first, Messages::tr("search (SOSL) isn't allowed here; write a SELECT query"));

    // 2. Token-level refusals, in text order.
    Token previous = first;
    for (Token token = first; token.kind != TokenKind::End; previous = token, token = lexer.next()) {
        if (token.kind == TokenKind::Error) {
            switch (token.error) {
            case LexError::Semicolon:
                return refuse(Reason::MultipleStatements, token, Messages::tr("one query only; remove ';'"));
            case LexError::Comment:
                return refuse(
                    Reason::Comment, token,
                    Messages::tr("comments aren't SOQL; remove '%1' and what follows it").arg(lexer.text(token)));
            case LexError::BindVariable:
                return refuse(
                    Reason::BindVariable, token,
                    Messages::tr("bind variables only work inside Apex; put the value itself in place of '%1'")
                        .arg(lexer.text(token)));
            default:
                continue; // the parser explains the other lexical errors
            }
        }
        if (token.kind != TokenKind::Keyword)
            continue;
        if (previous.is(Keyword::For) && token.is(Keyword::Update))
            return refuse(Reason::ForUpdate, spanning(previous, token),
                          Messages::tr("FOR UPDATE locks records; remove it (a read never needs a lock)"));
        if (refusesUsageClauses()) {
            if (previous.is(Keyword::Update) && (token.is(Keyword::Tracking) || token.is(Keyword::Viewstat)))
                return refuse(
                    Reason::UsageTracking, spanning(previous, token),
                    QStringLiteral("UPDATE %1 writes usage statistics; remove it (only plain reads are allowed)")
                        .arg(keywordText(token.keyword)));
            if (previous.is(Keyword::For) && (token.is(Keyword::View) || token.is(Keyword::Reference)))
                return refuse(Reason::UsageTracking, spanning(previous, token),
                              Messages::tr("FOR %1 updates the records' %2; remove it (only plain reads are allowed)")
                                  .arg(keywordText(token.keyword),
                                       token.is(Keyword::View) ? QStringLiteral("LastViewedDate")
                                                               : QStringLiteral("LastReferencedDate")));
        }
    }

    // 3. It must parse as one complete SELECT.
    ParseResult parsed = Parser::parse(soql);
    if (!parsed.ok()) {
        GuardVerdict verdict;
        verdict.reason = Reason::ParseError;
        verdict.message = parsed.error.message;
        verdict.line = parsed.error.line;
        verdict.column = parsed.error.column;
        verdict.offset = parsed.error.offset;
        verdict.length = parsed.error.length;
        return verdict;
    }
    GuardVerdict verdict;
    verdict.query = std::move(parsed.query);
    return verdict;
}

} // namespace hilal::soql
