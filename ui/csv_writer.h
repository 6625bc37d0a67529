#pragma once

#include "ui/record_flattener.h"

#include <QString>

class QIODevice;

namespace hilal::ui {

// Writes a result as CSV per RFC 4180: a header row of column paths, then every row; fields with
// a comma, double quote, CR or LF are quoted and their quotes doubled; lines end in CRLF; UTF-8.
// Subquery cells are written as their summary ("3 Contacts"); JSON export keeps their rows.
class CsvWriter
{
public:
    // False with a sentence in *error when the device refuses the bytes (disk full, closed file).
    static bool write(const ResultTable &table, QIODevice *device, QString *error = nullptr);
    // One field, quoted only when it has to be.
    static QString field(const QString &text);
    // One record (no line end), fields joined by commas.
    static QString line(const QStringList &fields);
};

} // namespace hilal::ui
