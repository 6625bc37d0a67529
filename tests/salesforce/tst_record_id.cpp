#include "salesforce/record_id.h"

#include <QTest>

using hilal::salesforce::RecordId;

class TestRecordId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void to18_data()
    {
        QTest::addColumn<QString>("id15");
        QTest::addColumn<QString>("id18");
        // The worked examples of section 3.
        QTest::newRow("account") << "0015g00000K7mWq"
                                 << "0015g00000K7mWqAAJ";
        QTest::newRow("org") << "00D5g000004FxQp"
                             << "00D5g000004FxQpEAK";
        QTest::newRow("user") << "0055g00000BnRwA"
                              << "0055g00000BnRwAAAV";
        QTest::newRow("classic") << "001D000000IqhSL"
                                 << "001D000000IqhSLIAZ";
        QTest::newRow("all-upper") << "AAAAAAAAAAAAAAA"
                                   << "AAAAAAAAAAAAAAA555";
    }
    void to18()
    {
        QFETCH(QString, id15);
        QFETCH(QString, id18);
        QCOMPARE(RecordId::to18(id15), id18);
        QCOMPARE(RecordId::checksum(id15), id18.right(3));
        QCOMPARE(RecordId::to18(id18), id18);
    }

    void caseIsRecoveredFromTheSuffix()
    {
        // A spreadsheet upper-/lower-cased the whole 18-char Id: the suffix restores the case.
        QCOMPARE(RecordId::parse(u"0015G00000K7MWQAAJ").id18(), QStringLiteral("0015g00000K7mWqAAJ"));
        QCOMPARE(RecordId::parse(u"0015g00000k7mwqaaj").id18(), QStringLiteral("0015g00000K7mWqAAJ"));
        QCOMPARE(RecordId::parse(u"00Q5G00000ABCDEEAK").id18(), QStringLiteral("00Q5g00000aBcDeEAK"));
    }

    void fifteenCharIdsAreCaseSensitive()
    {
        QVERIFY(!RecordId::sameRecord(u"0015g00000K7mWq", u"0015g00000K7mwq"));
        QVERIFY(RecordId::sameRecord(u"0015g00000K7mWq", u"0015g00000K7mWqAAJ"));
        QVERIFY(RecordId::sameRecord(u"0015G00000K7MWQAAJ", u"0015g00000K7mWq"));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("short") << "0015g00000K7mW";
        QTest::newRow("16") << "0015g00000K7mWqA";
        QTest::newRow("19") << "0015g00000K7mWqAAJX";
        QTest::newRow("bad char") << "0015g00000K7m-q";
        QTest::newRow("bad suffix char") << "0015g00000K7mWqAA9";
        QTest::newRow("checksum mismatch") << "0015g00000K7mWqAAB"; // mixed case: suffix must match as given
        QTest::newRow("upper bit on a digit") << "0015g00000K7mWqBAJ"; // B says '0' is upper
    }
    void invalid()
    {
        QFETCH(QString, text);
        QString error;
        const RecordId id = RecordId::parse(text, &error);
        QVERIFY(!id.isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY(RecordId::to18(text).isEmpty());
    }

    void keyPrefixes()
    {
        QCOMPARE(RecordId::objectForPrefix(u"001"), QStringLiteral("Account"));
        QCOMPARE(RecordId::objectForPrefix(u"006"), QStringLiteral("Opportunity"));
        QCOMPARE(RecordId::objectForPrefix(u"00Q"), QStringLiteral("Lead"));
        QCOMPARE(RecordId::objectForPrefix(u"003"), QStringLiteral("Contact"));
        QCOMPARE(RecordId::objectForPrefix(u"005"), QStringLiteral("User"));
        QCOMPARE(RecordId::objectForPrefix(u"00D"), QStringLiteral("Organization"));
        QCOMPARE(RecordId::objectForPrefix(u"00q"), QString()); // prefixes are case-sensitive
        QCOMPARE(RecordId::parse(u"00Q5g00000aBcDeEAK").objectName(), QStringLiteral("Lead"));
    }

    void parseForChecksTheObject()
    {
        QString error;
        QVERIFY(RecordId::parseFor(u"0065g00000Q1rStAAJ", QStringLiteral("Opportunity"), &error).isValid());
        QVERIFY(!RecordId::parseFor(u"0065g00000Q1rStAAJ", QStringLiteral("Account"), &error).isValid());
        QVERIFY2(error.contains(QLatin1String("Opportunity")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("001")), qPrintable(error));
        // Custom objects: format check only.
        QVERIFY(RecordId::parseFor(u"a005g000001AbCd", QStringLiteral("Invoice__c"), &error).isValid());
    }
};

QTEST_APPLESS_MAIN(TestRecordId)
#include "tst_record_id.moc"
