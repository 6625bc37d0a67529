#include "salesforce/bulk_csv_page.h"

#include "csv/csv_reader.h"

namespace hilal::salesforce {

QList<QStringList> BulkCsvPage::parse(const QByteArray &data, char delimiter)
{
    // Salesforce wrote the page: read what is there rather than refuse it.
    return csv::CsvReader::read(data, delimiter, csv::CsvReader::Quotes::Lenient).rows;
}

qsizetype BulkCsvPage::headerLength(const QByteArray &data)
{
    bool inQuotes = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '"')
            inQuotes = !inQuotes;
        else if (c == '\n' && !inQuotes)
            return i + 1;
    }
    return data.size();
}

namespace {

bool isTrigger(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// True when the cell starting at `from` (unquoted) is a plain number such as -12.5 or +3.
bool isNumberCell(const QByteArray &page, qsizetype from, char delimiter)
{
    qsizetype i = from + 1;
    bool digits = false;
    for (; i < page.size(); ++i) {
        const char c = page.at(i);
        if (c == delimiter || c == '\n' || c == '\r' || c == '"')
            break;
        if (c >= '0' && c <= '9')
            digits = true;
        else if (c != '.' && c != 'E' && c != 'e')
            return false;
    }
    return digits;
}

} // namespace

QByteArray BulkCsvPage::neutralise(const QByteArray &page, char delimiter)
{
    QByteArray out;
    out.reserve(page.size() + page.size() / 64);
    bool inQuotes = false;
    bool cellStart = true;
    const qsizetype n = page.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = page.at(i);
        if (cellStart) {
            cellStart = false;
            if (c == '"' && i + 1 < n && isTrigger(page.at(i + 1)) && page.at(i + 1) != delimiter) {
                out.append("\"'");
                inQuotes = true;
                continue;
            }
            if (c != delimiter && c != '\n' && c != '"' && isTrigger(c) && !isNumberCell(page, i, delimiter)
                && !(c == '\r' && i + 1 < n && page.at(i + 1) == '\n'))
                out.append('\'');
        }
        out.append(c);
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote flips twice
        } else if (!inQuotes && (c == delimiter || c == '\n')) {
            cellStart = true;
        }
    }
    return out;
}

} // namespace hilal::salesforce
