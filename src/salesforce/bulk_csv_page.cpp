#include "salesforce/bulk_csv_page.h"

#include "csv/csv_reader.h"

#include <cstring>

namespace hilal::salesforce {

QList<QStringList> BulkCsvPage::parse(const QByteArray &data, char delimiter)
{
    // Salesforce wrote the page: read what is there rather than refuse it.
    return csv::CsvReader::read(data, delimiter, csv::CsvReader::Quotes::Lenient).rows;
}

qsizetype BulkCsvPage::headerLength(QByteArrayView data)
{
    bool inQuotes = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '"')
            inQuotes = !inQuotes;
        else if (c == '\n' && !inQuotes)
            return i + 1;
    }
    return data.size();
}

// Each stretch between quotes is searched with memchr: most of a page has no quote at all.
qsizetype BulkCsvPage::rowEnds(const char *data, qsizetype from, qsizetype to, bool *inQuotes, qint64 *lineEnds)
{
    qsizetype lastRowEnd = -1;
    qsizetype i = from;
    while (i < to) {
        const auto *quote = static_cast<const char *>(std::memchr(data + i, '"', size_t(to - i)));
        const qsizetype stop = quote ? quote - data : to;
        if (!*inQuotes) {
            const char *p = data + i;
            while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(data + stop - p))))) {
                ++*lineEnds;
                lastRowEnd = ++p - data;
            }
        }
        if (!quote)
            break;
        *inQuotes = !*inQuotes; // "" inside a quoted field toggles twice
        i = stop + 1;
    }
    return lastRowEnd;
}

namespace {

bool isTrigger(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// True when the cell starting at `from` (unquoted) is a plain number such as -12.5 or +3.
bool isNumberCell(QByteArrayView page, qsizetype from, char delimiter)
{
    qsizetype i = from + 1;
    bool digits = false;
    for (; i < page.size(); ++i) {
        const char c = page[i];
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
    neutraliseInto(page, delimiter, &out);
    return out;
}

// Copies the page in runs: only a cell that needs an apostrophe interrupts a run, so the bytes
// of a clean page are copied with a handful of memcpy calls.
void BulkCsvPage::neutraliseInto(QByteArrayView page, char delimiter, QByteArray *out)
{
    out->reserve(out->size() + page.size() + page.size() / 64);
    bool inQuotes = false;
    bool cellStart = true;
    qsizetype copied = 0; // page[copied, i) is yet to be copied
    const qsizetype n = page.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = page[i];
        if (cellStart) {
            cellStart = false;
            if (c == '"' && i + 1 < n && isTrigger(page[i + 1]) && page[i + 1] != delimiter) {
                out->append(page.sliced(copied, i + 1 - copied)).append('\'');
                copied = i + 1;
                inQuotes = true;
                continue;
            }
            if (c != delimiter && c != '\n' && c != '"' && isTrigger(c) && !isNumberCell(page, i, delimiter)
                && !(c == '\r' && i + 1 < n && page[i + 1] == '\n')) {
                out->append(page.sliced(copied, i - copied)).append('\'');
                copied = i;
            }
        }
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote flips twice
        } else if (!inQuotes && (c == delimiter || c == '\n')) {
            cellStart = true;
        }
    }
    out->append(page.sliced(copied));
}

} // namespace hilal::salesforce
