// PageSpool: a result page in memory up to its limit, then in a temporary file, read back
// exactly as written either way; clear() starts it again (a retried download).
#include "salesforce/page_spool.h"

#include <QTest>

using hilal::salesforce::PageSpool;

class TestPageSpool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallPageStaysInMemory()
    {
        PageSpool spool(64);
        QVERIFY(spool.open(QIODevice::ReadWrite));
        QCOMPARE(spool.write("Id,Name\n001,Acme\n"), qint64(17));
        QVERIFY(spool.isInMemory());
        QCOMPARE(spool.size(), qint64(17));
        QVERIFY(spool.seek(0));
        QCOMPARE(spool.read(8), QByteArray("Id,Name\n"));
        QCOMPARE(spool.readAll(), QByteArray("001,Acme\n"));
        QVERIFY(spool.atEnd());
    }

    void largePageSpillsIntoAFileWhole()
    {
        PageSpool spool(100);
        QVERIFY(spool.open(QIODevice::ReadWrite));
        QByteArray written;
        for (int i = 0; i < 40; ++i) {
            const QByteArray row = "row " + QByteArray::number(i) + ",\"a, b\"\n";
            QCOMPARE(spool.write(row), qint64(row.size()));
            written += row;
        }
        QVERIFY(!spool.isInMemory());
        QCOMPARE(spool.size(), qint64(written.size()));
        QVERIFY(spool.seek(0));
        QCOMPARE(spool.readAll(), written);
        QVERIFY(spool.seek(5));
        QCOMPARE(spool.read(3), written.mid(5, 3));
        QVERIFY(!spool.seek(written.size() + 1));
    }

    void clearStartsAgainInMemory()
    {
        PageSpool spool(10);
        QVERIFY(spool.open(QIODevice::ReadWrite));
        spool.write("0123456789abcdef");
        QVERIFY(!spool.isInMemory());
        spool.clear();
        QVERIFY(spool.isInMemory());
        QCOMPARE(spool.size(), qint64(0));
        QCOMPARE(spool.pos(), qint64(0));
        spool.write("xyz");
        QVERIFY(spool.seek(0));
        QCOMPARE(spool.readAll(), QByteArray("xyz"));
    }

    // A written page hands its memory to the next spool: emptied, its capacity kept.
    void bufferPassesToTheNextSpool()
    {
        PageSpool first(4096);
        QVERIFY(first.open(QIODevice::ReadWrite));
        first.write(QByteArray(3000, 'x'));
        QByteArray buffer = first.takeBuffer();
        QCOMPARE(buffer.size(), 0);
        QVERIFY(buffer.capacity() >= 3000);
        QCOMPARE(first.size(), qint64(0));
        PageSpool second(4096, std::move(buffer));
        QVERIFY(second.open(QIODevice::ReadWrite));
        QCOMPARE(second.size(), qint64(0));
        second.write("Id\n001\n");
        QVERIFY(second.seek(0));
        QCOMPARE(second.readAll(), QByteArray("Id\n001\n"));
    }
};

QTEST_MAIN(TestPageSpool)
#include "tst_page_spool.moc"
