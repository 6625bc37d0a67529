// RFC 4180 reading as both ends of Bulk API 2.0 use it: quoted delimiters, doubled quotes, line
// breaks inside quotes, LF and CRLF; a stray or open quote is a problem (with its line) when strict
// and read through when lenient.
#include "csv/csv_reader.h"

#include <QTest>

using namespace hilal::csv;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRfc4180_data()
    {
        QTest::addColumn<int>("quotes");
        QTest::newRow("strict") << int(CsvReader::Quotes::Strict);
        QTest::newRow("lenient") << int(CsvReader::Quotes::Lenient);
    }

    void readsRfc4180()
    {
        QFETCH(int, quotes);
        const QByteArray data = "Id|Name|Note\r\n"
                                "001|\"Acme | Sons\"|\"said \"\"hi\"\"\r\nthen left\"\r\n"
                                "002||\"\"\n"
                                "003|Caf\xc3\xa9|";
        const CsvReader::Result read = CsvReader::read(data, '|', CsvReader::Quotes(quotes));
        QCOMPARE(read.problem, CsvReader::Problem::None);
        const QList<QStringList> expected {
            {QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Note")},
            {QStringLiteral("001"), QStringLiteral("Acme | Sons"), QStringLiteral("said \"hi\"\r\nthen left")},
            {QStringLiteral("002"), QString(), QString()},
            {QStringLiteral("003"), QStringLiteral("Caf\u00e9"), QString()},
        };
        QCOMPARE(read.rows, expected);
    }

    void aQuotedEmptyLastFieldIsARow()
    {
        for (const auto quotes : {CsvReader::Quotes::Strict, CsvReader::Quotes::Lenient}) {
            const CsvReader::Result read = CsvReader::read("Name\n\"\"", ',', quotes);
            QCOMPARE(read.rows, (QList<QStringList> {{QStringLiteral("Name")}, {QString()}}));
        }
        QVERIFY(CsvReader::read(QByteArray(), ',', CsvReader::Quotes::Strict).rows.isEmpty());
    }

    void strictRefusesAStrayQuoteWithItsLine()
    {
        const QByteArray data = "Name,Note\n\"two\nlines\",ok\nAcme,6\" pipe\n";
        const CsvReader::Result strict = CsvReader::read(data, ',', CsvReader::Quotes::Strict);
        QCOMPARE(strict.problem, CsvReader::Problem::QuoteInUnquotedField);
        QCOMPARE(strict.line, 4);
        QVERIFY(strict.rows.isEmpty());

        // Lenient: the quote opens a quoted run that the end of the data closes.
        const CsvReader::Result lenient = CsvReader::read(data, ',', CsvReader::Quotes::Lenient);
        QCOMPARE(lenient.problem, CsvReader::Problem::None);
        QCOMPARE(lenient.rows.size(), 3);
        QCOMPARE(lenient.rows.at(2), (QStringList {QStringLiteral("Acme"), QStringLiteral("6 pipe\n")}));
    }

    void strictRefusesAnOpenQuote()
    {
        const QByteArray data = "Name\n\"Acme\n";
        const CsvReader::Result strict = CsvReader::read(data, ',', CsvReader::Quotes::Strict);
        QCOMPARE(strict.problem, CsvReader::Problem::UnclosedQuote);
        QCOMPARE(strict.line, 3);
        const CsvReader::Result lenient = CsvReader::read(data, ',', CsvReader::Quotes::Lenient);
        QCOMPARE(lenient.rows, (QList<QStringList> {{QStringLiteral("Name")}, {QStringLiteral("Acme\n")}}));
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
