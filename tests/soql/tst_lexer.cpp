// The lexer: token kinds and positions as the highlighter and the guard see them.
#include "soql/lexer.h"

#include <QtTest>

using namespace hilal::soql;

Q_DECLARE_METATYPE(TokenKind)

namespace {

QString kinds(const QString &source)
{
    QStringList out;
    for (const Token &t : Lexer::tokenize(source)) {
        switch (t.kind) {
        case TokenKind::End:
            out << QStringLiteral("End");
            break;
        case TokenKind::Error:
            out << QStringLiteral("Error");
            break;
        case TokenKind::Keyword:
            out << QStringLiteral("Kw");
            break;
        case TokenKind::Identifier:
            out << QStringLiteral("Id");
            break;
        case TokenKind::String:
            out << QStringLiteral("Str");
            break;
        case TokenKind::Number:
            out << QStringLiteral("Num");
            break;
        case TokenKind::Date:
            out << QStringLiteral("Date");
            break;
        case TokenKind::DateTime:
            out << QStringLiteral("DateTime");
            break;
        case TokenKind::DateLiteral:
            out << QStringLiteral("DateLit");
            break;
        case TokenKind::Currency:
            out << QStringLiteral("Cur");
            break;
        case TokenKind::Operator:
            out << QStringLiteral("Op");
            break;
        case TokenKind::Punctuation:
            out << QStringLiteral("Punct");
            break;
        }
    }
    return out.join(u' ');
}

} // namespace

class TestLexer : public QObject
{
    Q_OBJECT

private slots:
    void tokenKinds_data();
    void tokenKinds();
    void positions();
    void twoWordKeywords();
    void keywordsAndReservedWords();
    void dateLiteralTokens();
    void errorTokens_data();
    void errorTokens();
    void continuesAfterErrors();
    void endIsSticky();
};

void TestLexer::tokenKinds_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("simple") << "SELECT Id FROM Account"
                            << "Kw Id Kw Id End";
    QTest::newRow("path") << "Account.Owner.Name"
                          << "Id Punct Id Punct Id End";
    QTest::newRow("operators") << "= != <> < <= > >="
                               << "Op Op Op Op Op Op Op End";
    QTest::newRow("punctuation") << "( ) , ."
                                 << "Punct Punct Punct Punct End";
    QTest::newRow("string") << "'it\\'s'"
                            << "Str End";
    QTest::newRow("numbers") << "42 -7 +3 3.14 .5 -0.5"
                             << "Num Num Num Num Num Num End";
    QTest::newRow("date") << "2025-03-31"
                          << "Date End";
    QTest::newRow("datetimes") << "2025-03-31T14:05:00Z 2025-03-31T14:05:00+05:30 2025-03-31T14:05:00.5-08:00"
                               << "DateTime DateTime DateTime End";
    QTest::newRow("currency") << "USD5000 EUR1250.50 usd1"
                              << "Cur Cur Cur End";
    QTest::newRow("not currency") << "ABCD1 AB1 ABC1_x"
                                  << "Id Id Id End";
    QTest::newRow("date literals") << "TODAY last_n_days:30 NEXT_90_DAYS"
                                   << "DateLit DateLit DateLit End";
    QTest::newRow("booleans and null") << "true FALSE null"
                                       << "Kw Kw Kw End";
    QTest::newRow("custom names") << "ns__Obj__c Parent__r.Name"
                                  << "Id Id Punct Id End";
    QTest::newRow("unicode string") << "'ünï ✓ 😀'"
                                    << "Str End";
    QTest::newRow("empty") << ""
                           << "End";
    QTest::newRow("whitespace only") << " \t\r\n\f"
                                     << "End";
}

void TestLexer::tokenKinds()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(kinds(source), expected);
}

void TestLexer::positions()
{
    const QString source = QStringLiteral("SELECT Id,\n  Name\r\nFROM\rAccount");
    const std::vector<Token> tokens = Lexer::tokenize(source);
    QCOMPARE(tokens.size(), size_t(7));
    const struct
    {
        int offset, length, line, column;
    } expected[]
        = {{0, 6, 1, 1}, {7, 2, 1, 8}, {9, 1, 1, 10}, {13, 4, 2, 3}, {19, 4, 3, 1}, {24, 7, 4, 1}, {31, 0, 4, 8}};
    for (size_t i = 0; i < tokens.size(); ++i) {
        QCOMPARE(tokens[i].offset, expected[i].offset);
        QCOMPARE(tokens[i].length, expected[i].length);
        QCOMPARE(tokens[i].line, expected[i].line);
        QCOMPARE(tokens[i].column, expected[i].column);
    }
    Lexer lexer(source);
    QCOMPARE(lexer.text(lexer.next()), QStringView(u"SELECT"));
}

void TestLexer::twoWordKeywords()
{
    const QString source
        = QStringLiteral("GROUP BY group\n by ORDER  BY DATA CATEGORY NULLS FIRST nulls last Group Order Data");
    const std::vector<Token> tokens = Lexer::tokenize(source);
    QCOMPARE(tokens.size(), size_t(10));
    QVERIFY(tokens[0].is(Keyword::GroupBy));
    QCOMPARE(tokens[0].length, 8);
    QVERIFY(tokens[1].is(Keyword::GroupBy));
    QCOMPARE(tokens[1].length, 9); // spans the line break
    QVERIFY(tokens[2].is(Keyword::OrderBy));
    QCOMPARE(tokens[2].line, 2);
    QVERIFY(tokens[3].is(Keyword::DataCategory));
    QVERIFY(tokens[4].is(Keyword::NullsFirst));
    QVERIFY(tokens[5].is(Keyword::NullsLast));
    // Alone, Group / Order / Data are names (real objects are called Group and Order).
    QCOMPARE(tokens[6].kind, TokenKind::Identifier);
    QCOMPARE(tokens[7].kind, TokenKind::Identifier);
    QCOMPARE(tokens[8].kind, TokenKind::Identifier);
    // BY must be a whole word.
    QCOMPARE(kinds(QStringLiteral("GROUP BYx")), QStringLiteral("Id Id End"));
}

void TestLexer::keywordsAndReservedWords()
{
    const std::vector<Token> tokens = Lexer::tokenize(u"select Typeof offset Update_Reason__c update");
    QVERIFY(tokens[0].is(Keyword::Select));
    QVERIFY(isReservedKeyword(tokens[0].keyword));
    QVERIFY(tokens[1].is(Keyword::Typeof));
    QVERIFY(!isReservedKeyword(tokens[1].keyword));
    QVERIFY(tokens[2].is(Keyword::Offset));
    QVERIFY(!isReservedKeyword(Keyword::Offset));
    QCOMPARE(tokens[3].kind, TokenKind::Identifier);
    QVERIFY(tokens[4].is(Keyword::Update));
    QCOMPARE(keywordText(Keyword::GroupBy), QStringLiteral("GROUP BY"));
    QCOMPARE(keywordText(Keyword::SecurityEnforced), QStringLiteral("SECURITY_ENFORCED"));
    QCOMPARE(keywordText(Keyword::Where), QStringLiteral("WHERE"));
}

void TestLexer::dateLiteralTokens()
{
    const QString source = QStringLiteral("LAST_N_DAYS:30 n_fiscal_years_ago:2 LAST_N_DAYS: TODAY");
    const std::vector<Token> tokens = Lexer::tokenize(source);
    QCOMPARE(tokens[0].dateLiteral, DateLiteral::LastNDays);
    QCOMPARE(tokens[0].length, 14);
    QCOMPARE(tokens[1].dateLiteral, DateLiteral::NFiscalYearsAgo);
    QCOMPARE(tokens[2].kind, TokenKind::DateLiteral); // the parser explains the missing number
    QCOMPARE(tokens[2].length, 12);
    QCOMPARE(tokens[3].dateLiteral, DateLiteral::Today);
}

void TestLexer::errorTokens_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("semicolon") << "a;" << int(LexError::Semicolon) << 1 << 1 << "remove ';'";
    QTest::newRow("double quote") << "\"x\"" << int(LexError::DoubleQuote) << 0 << 3 << "single quotes";
    QTest::newRow("dash comment") << "a -- b" << int(LexError::Comment) << 2 << 2 << "no comments";
    QTest::newRow("slash comment") << "a // b" << int(LexError::Comment) << 2 << 2 << "no comments";
    QTest::newRow("block comment") << "a /* b */" << int(LexError::Comment) << 2 << 2 << "no comments";
    QTest::newRow("bind") << "= :acc.Id" << int(LexError::BindVariable) << 2 << 7 << "only work inside Apex";
    QTest::newRow("unterminated") << "'abc" << int(LexError::UnterminatedString) << 0 << 4 << "no closing quote";
    QTest::newRow("bad escape") << "'a\\qb'" << int(LexError::InvalidEscape) << 2 << 2
                                << "\\q is not a valid escape in a string; write \\\\ for a backslash";
    QTest::newRow("bad unicode escape") << "'\\u12g4'" << int(LexError::InvalidUnicodeEscape) << 1 << 4
                                        << "four hex digits";
    QTest::newRow("raw newline") << "'a\nb'" << int(LexError::ControlCharacter) << 2 << 1 << "raw line break";
    QTest::newRow("exponent") << "5e3" << int(LexError::InvalidNumber) << 0 << 3 << "no exponent";
    QTest::newRow("bad date") << "2025-02-30" << int(LexError::InvalidDate) << 0 << 10 << "not a valid date";
    QTest::newRow("bad datetime") << "2025-03-31T14:05:00" << int(LexError::InvalidDateTime) << 0 << 19
                                  << "not a valid datetime";
    QTest::newRow("star") << "*" << int(LexError::UnexpectedCharacter) << 0 << 1 << "no '*'";
    QTest::newRow("brace") << "{" << int(LexError::UnexpectedCharacter) << 0 << 1 << "no braces";
    QTest::newRow("bang") << "!" << int(LexError::UnexpectedCharacter) << 0 << 1 << "'!='";
    QTest::newRow("colon") << ": 5" << int(LexError::UnexpectedCharacter) << 0 << 1 << "LAST_N_DAYS:30";
    QTest::newRow("emoji") << "😀" << int(LexError::UnexpectedCharacter) << 0 << 2 << "outside a string";
    QTest::newRow("control") << QString(QChar(7)) << int(LexError::UnexpectedCharacter) << 0 << 1 << "U+0007";
}

void TestLexer::errorTokens()
{
    QFETCH(QString, source);
    QFETCH(int, error);
    QFETCH(int, offset);
    QFETCH(int, length);
    QFETCH(QString, fragment);
    Token errorToken;
    for (const Token &t : Lexer::tokenize(source)) {
        if (t.kind == TokenKind::Error) {
            errorToken = t;
            break;
        }
    }
    QCOMPARE(errorToken.kind, TokenKind::Error);
    QCOMPARE(int(errorToken.error), error);
    QCOMPARE(errorToken.offset, offset);
    QCOMPARE(errorToken.length, length);
    const QString message = Lexer::errorMessage(errorToken, source);
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

void TestLexer::continuesAfterErrors()
{
    // A highlighter still gets the tokens after a bad string.
    QCOMPARE(kinds(QStringLiteral("Name = 'a\\qb' AND X = 1")), QStringLiteral("Id Op Error Kw Id Op Num End"));
    QCOMPARE(kinds(QStringLiteral("a; b")), QStringLiteral("Id Error Id End"));
}

void TestLexer::endIsSticky()
{
    Lexer lexer(u"x");
    QCOMPARE(lexer.next().kind, TokenKind::Identifier);
    QCOMPARE(lexer.next().kind, TokenKind::End);
    QCOMPARE(lexer.next().kind, TokenKind::End);
}

QTEST_APPLESS_MAIN(TestLexer)
#include "tst_lexer.moc"
