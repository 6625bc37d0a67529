// Replays every file of tests/fuzz/page-corpus through the page scanner's fuzz target checks, so
// the corpus (malformed pages included) is exercised with any compiler.
#include <QDir>
#include <QFile>
#include <QtTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzPageReplay : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzPageReplay::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(HILAL_FUZZ_PAGE_CORPUS_DIR));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 10, "the page corpus should hold at least 10 files");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << corpus.filePath(file);
}

void TestFuzzPageReplay::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    // Aborts (and fails the test) when a property is violated; see fuzz_json_page_scanner.cpp.
    QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())), 0);
}

QTEST_APPLESS_MAIN(TestFuzzPageReplay)
#include "tst_fuzz_page_replay.moc"
