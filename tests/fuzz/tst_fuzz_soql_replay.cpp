// Replays every file of the committed fuzz corpus (tests/fuzz/corpus) through the fuzz target's
// checks, so the corpus is exercised with any compiler — the libFuzzer build needs clang.
#include <QDir>
#include <QFile>
#include <QtTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzSoqlReplay : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzSoqlReplay::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(HILAL_FUZZ_CORPUS_DIR));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 50, "the seed corpus should hold at least 50 files");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << corpus.filePath(file);
}

void TestFuzzSoqlReplay::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    // Aborts (and fails the test) when a property is violated; see fuzz_soql_parser.cpp.
    QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())), 0);
}

QTEST_APPLESS_MAIN(TestFuzzSoqlReplay)
#include "tst_fuzz_soql_replay.moc"
