#include "emulator/store/id_generator.h"

#include <QTest>

using hilal::emulator::IdGenerator;

class TestIdGenerator : public QObject
{
    Q_OBJECT

private slots:
    void checksumMatchesSalesforceExamples_data()
    {
        QTest::addColumn<QString>("id15");
        QTest::addColumn<QString>("id18");
        QTest::newRow("account") << QStringLiteral("0015g00000K7mWq") << QStringLiteral("0015g00000K7mWqAAJ");
        QTest::newRow("org") << QStringLiteral("00D5g000004FxQp") << QStringLiteral("00D5g000004FxQpEAK");
        QTest::newRow("user") << QStringLiteral("0055g00000BnRwA") << QStringLiteral("0055g00000BnRwAAAV");
        QTest::newRow("classic") << QStringLiteral("001D000000IqhSL") << QStringLiteral("001D000000IqhSLIAZ");
        QTest::newRow("all upper") << QStringLiteral("AAAAAAAAAAAAAAA") << QStringLiteral("AAAAAAAAAAAAAAA555");
    }
    void checksumMatchesSalesforceExamples()
    {
        QFETCH(QString, id15);
        QFETCH(QString, id18);
        QCOMPARE(IdGenerator::normalize(id15), id18);
        QCOMPARE(IdGenerator::normalize(id18), id18);
    }

    void recoversCaseOfARecasedId()
    {
        QCOMPARE(IdGenerator::normalize(QStringLiteral("0015G00000K7MWQAAJ")), QStringLiteral("0015g00000K7mWqAAJ"));
        QCOMPARE(IdGenerator::normalize(QStringLiteral("0015g00000k7mwqaaj")), QStringLiteral("0015g00000K7mWqAAJ"));
    }

    void rejectsMalformedIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("short") << QStringLiteral("001xyz");
        QTest::newRow("16 chars") << QStringLiteral("0015g00000K7mWqA");
        QTest::newRow("bad char") << QStringLiteral("0015g00000K7mW!");
        QTest::newRow("suffix outside alphabet") << QStringLiteral("0015g00000K7mWq999");
        QTest::newRow("suffix says upper, char is a digit") << QStringLiteral("000000000000000BAA");
        QTest::newRow("empty") << QString();
    }
    void rejectsMalformedIds()
    {
        QFETCH(QString, id);
        QVERIFY(IdGenerator::normalize(id).isEmpty());
        QVERIFY(!IdGenerator::isValid(id));
    }

    void makesEighteenCharIdsWithPrefixAndPod()
    {
        const QString a = IdGenerator::make(QStringLiteral("006"), 0);
        const QString b = IdGenerator::make(QStringLiteral("006"), 62 * 62 * 62 + 17);
        QCOMPARE(a.size(), 18);
        QVERIFY(a.startsWith(QLatin1String("0065g0")));
        QVERIFY(IdGenerator::isValid(a));
        QVERIFY(IdGenerator::isValid(b));
        QVERIFY(a != b);
        QCOMPARE(IdGenerator::normalize(b.left(15)), b);
    }
};

QTEST_GUILESS_MAIN(TestIdGenerator)
#include "tst_id_generator.moc"
