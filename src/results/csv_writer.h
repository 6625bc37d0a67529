#pragma once

#include "results/result_table.h"

#include <QString>
#include <QVariant>

class QIODevice;

namespace hilal::results {

// Writes a result as CSV per RFC 4180: a header row of column paths, then every row; fields with
// a comma, double quote, CR or LF are quoted and their quotes doubled; lines end in CRLF; UTF-8.
// Subquery columns with known child columns are spread out (ResultTable::flatRows); otherwise a
// subquery cell is written as its summary ("3 Contacts"); JSON export keeps its rows.
//
// Text from Salesforce that a spreadsheet would read as a formula (a cell starting with = + - @,
// tab or carriage return) is written with a leading apostrophe, the OWASP rule against CSV
// injection, unless `raw` is set. Numbers, booleans and header names are never changed.
class CsvWriter
{
public:
    struct Options
    {
        bool raw = false; // write text exactly as the org sent it (no formula neutralisation)
    };

    // False with a sentence in *error when the device refuses the bytes (disk full, closed file).
    static bool write(const ResultTable &table, QIODevice *device, QString *error = nullptr);
    static bool write(const ResultTable &table, QIODevice *device, const Options &options, QString *error = nullptr);
    // Text for the header row, then for the table's rows, to stream a result page by page.
    static QString header(const ResultTable &table);
    static QString rows(const ResultTable &table, const Options &options);

    // One field, quoted only when it has to be.
    static QString field(const QString &text);
    // One record (no line end), fields joined by commas.
    static QString line(const QStringList &fields);
    // A cell's CSV text: RecordFlattener::text, neutralised when it is text that looks like a
    // formula and `raw` is off.
    static QString cellText(const QVariant &cell, const Options &options);
    // True when a spreadsheet would take `text` as a formula.
    static bool looksLikeFormula(const QString &text);
};

} // namespace hilal::results
