#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace hilal::salesforce {

// One CSV page of a Bulk API 2.0 query result (docs/bulk-api.md): RFC 4180, the job's delimiter
// and line ending, the header row first. Small, allocation-light helpers for the export path.
class BulkCsvPage
{
public:
    // Splits `data` into rows of fields (quoted fields may hold delimiters and line breaks).
    static QList<QStringList> parse(const QByteArray &data, char delimiter);
    // The byte length of the first row including its line ending (the header to skip on pages
    // after the first); the whole size when there is a single row.
    static qsizetype headerLength(QByteArrayView data);
    // Counts the line endings outside quotes in data[from, to) into *lineEnds and returns the
    // offset just after the last of them, or -1; *inQuotes carries from one call to the next, so
    // a page can be scanned a read at a time.
    static qsizetype rowEnds(const char *data, qsizetype from, qsizetype to, bool *inQuotes, qint64 *lineEnds);
    // A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
    // apostrophe, so opening an export never executes what an org's data says (CSV injection):
    // every cell of a CSV page, in one pass over the bytes (quoted or not). Numbers such as
    // -12.5 are left alone: they are values, not formulas.
    static QByteArray neutralise(const QByteArray &page, char delimiter);
    // The same, appended to `out` (whose capacity a caller can reuse page after page).
    static void neutraliseInto(QByteArrayView page, char delimiter, QByteArray *out);
};

} // namespace hilal::salesforce
