#include "core/log_text.h"

#include <QTest>

using hilal::LogText;

class TestLogText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("bot_abcdefgh get-account")
                               << QStringLiteral("bot_abcdefgh get-account");
        QTest::newRow("unicode kept") << QStringLiteral("Société → ok") << QStringLiteral("Société → ok");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("cr tab") << QStringLiteral("a\r\tb") << QStringLiteral("a\\r\\tb");
        QTest::newRow("escape") << QStringLiteral("\x1b[2J") << QStringLiteral("\\x1b[2J");
        QTest::newRow("nul del") << QString::fromUtf16(u"a\u0000b\u007f", 4) << QStringLiteral("a\\x00b\\x7f");
        QTest::newRow("c1 nel") << QString::fromUtf16(u"a\u0085b") << QStringLiteral("a\\x85b");
        QTest::newRow("line separator") << QString::fromUtf16(u"a\u2028b") << QStringLiteral("a\\u2028b");
        QTest::newRow("bidi override") << QString::fromUtf16(u"a\u202eb") << QStringLiteral("a\\u202eb");
        QTest::newRow("backslash") << QStringLiteral("a\\nb") << QStringLiteral("a\\\\nb");
    }
    void escapes()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(LogText::escaped(in), out);
    }
};

QTEST_APPLESS_MAIN(TestLogText)
#include "tst_log_text.moc"
