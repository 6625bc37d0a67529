#include "emulator/bulk/bulk_csv.h"

#include "csv/csv_reader.h"

namespace hilal::emulator {

std::optional<char> BulkCsvFormat::delimiterFromName(const QString &name)
{
    static const QList<QPair<QString, char>> names {{QStringLiteral("COMMA"), ','}, {QStringLiteral("TAB"), '\t'},
                                                    {QStringLiteral("PIPE"), '|'},  {QStringLiteral("SEMICOLON"), ';'},
                                                    {QStringLiteral("CARET"), '^'}, {QStringLiteral("BACKQUOTE"), '`'}};
    for (const auto &entry : names) {
        if (entry.first == name)
            return entry.second;
    }
    return std::nullopt;
}

std::optional<QByteArray> BulkCsvFormat::lineEndingFromName(const QString &name)
{
    if (name == QLatin1String("LF"))
        return QByteArrayLiteral("\n");
    if (name == QLatin1String("CRLF"))
        return QByteArrayLiteral("\r\n");
    return std::nullopt;
}

void BulkCsv::appendRow(QByteArray &out, const QStringList &fields, const BulkCsvFormat &format)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(format.delimiter);
        appendField(out, fields.at(i).toUtf8(), format.delimiter);
    }
    out.append(format.lineEnding);
}

void BulkCsv::appendRow(QByteArray &out, const std::vector<QByteArrayView> &fields, const BulkCsvFormat &format)
{
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(format.delimiter);
        appendField(out, fields[i], format.delimiter);
    }
    out.append(format.lineEnding);
}

void BulkCsv::appendField(QByteArray &out, QByteArrayView value, char delimiter)
{
    bool quote = false;
    for (const char c : value) {
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(value);
        return;
    }
    out.append('"');
    for (const char c : value) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

bool BulkCsv::parse(const QByteArray &data, char delimiter, QList<QStringList> *rows, QString *error)
{
    const csv::CsvReader::Result read = csv::CsvReader::read(data, delimiter, csv::CsvReader::Quotes::Strict);
    switch (read.problem) {
    case csv::CsvReader::Problem::QuoteInUnquotedField:
        *error = QStringLiteral("Line %1: a quote inside an unquoted field; quote the whole field and double "
                                "the quote (\"\").")
                     .arg(read.line);
        return false;
    case csv::CsvReader::Problem::UnclosedQuote:
        *error = QStringLiteral("Line %1: a quoted field is not closed before the end of the data.").arg(read.line);
        return false;
    case csv::CsvReader::Problem::None:
        break;
    }
    rows->append(read.rows);
    return true;
}

} // namespace hilal::emulator
