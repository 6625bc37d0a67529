// LiteralEscaper: user text becomes a literal that means exactly that text to the parser.
#include "soql/literal_escaper.h"
#include "soql/parser.h"

#include <QtTest>

using namespace hilal::soql;

class TestLiteralEscaper : public QObject
{
    Q_OBJECT

private slots:
    void quote_data();
    void quote();
    void quotedValueParsesBackToItself_data();
    void quotedValueParsesBackToItself();
    void likePatterns_data();
    void likePatterns();
};

void TestLiteralEscaper::quote_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Acme"
                           << "'Acme'";
    QTest::newRow("empty") << ""
                           << "''";
    QTest::newRow("quote") << "O'Brien"
                           << "'O\\'Brien'";
    QTest::newRow("double quote") << "say \"hi\""
                                  << "'say \\\"hi\\\"'";
    QTest::newRow("backslash") << "a\\b"
                               << "'a\\\\b'";
    QTest::newRow("controls") << "1\n2\r3\t4\b5\f"
                              << "'1\\n2\\r3\\t4\\b5\\f'";
    QTest::newRow("other control") << QStringLiteral("x") + QChar(1) + QChar(0x7f) << "'x\\u0001\\u007f'";
    QTest::newRow("wildcards untouched") << "50%_off"
                                         << "'50%_off'";
    QTest::newRow("injection attempt") << "x' OR Name != '"
                                       << "'x\\' OR Name != \\''";
    QTest::newRow("unicode") << "café ✓"
                             << "'café ✓'";
}

void TestLiteralEscaper::quote()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(LiteralEscaper::quote(value), expected);
    QCOMPARE(LiteralEscaper::escape(value), expected.mid(1, expected.size() - 2));
}

void TestLiteralEscaper::quotedValueParsesBackToItself_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("quotes") << "it's \"quoted\"";
    QTest::newRow("backslashes") << "\\\\server\\share\\";
    QTest::newRow("controls") << QStringLiteral("a\nb\rc\td\be\ff") + QChar(2);
    QTest::newRow("injection") << "'; DELETE FROM Account; --";
    QTest::newRow("percent") << "100% _sure_";
}

void TestLiteralEscaper::quotedValueParsesBackToItself()
{
    QFETCH(QString, value);
    const ParseResult r
        = Parser::parse(QString(QStringLiteral("SELECT Id FROM Account WHERE Name = ") + LiteralEscaper::quote(value)));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.query->where->comparison.value.text, value);
}

void TestLiteralEscaper::likePatterns_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("expected");
    using M = LiteralEscaper::LikeMatch;
    QTest::newRow("contains") << "50%_off" << int(M::Contains) << "'%50\\%\\_off%'";
    QTest::newRow("starts") << "Ac'me" << int(M::StartsWith) << "'Ac\\'me%'";
    QTest::newRow("ends") << "a\\b" << int(M::EndsWith) << "'%a\\\\b'";
    QTest::newRow("exact") << "x_y" << int(M::Exact) << "'x\\_y'";
}

void TestLiteralEscaper::likePatterns()
{
    QFETCH(QString, value);
    QFETCH(int, match);
    QFETCH(QString, expected);
    const QString pattern = LiteralEscaper::likePattern(value, LiteralEscaper::LikeMatch(match));
    QCOMPARE(pattern, expected);
    QCOMPARE(LiteralEscaper::escapeLike(value),
             LiteralEscaper::likePattern(value, LiteralEscaper::LikeMatch::Exact).mid(1).chopped(1));
    const ParseResult r = Parser::parse(QString(QStringLiteral("SELECT Id FROM Account WHERE Name LIKE ") + pattern));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
}

QTEST_APPLESS_MAIN(TestLiteralEscaper)
#include "tst_literal_escaper.moc"
