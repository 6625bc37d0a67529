#include "csv/csv_reader.h"

#include <QString>

namespace hilal::csv {

CsvReader::Result CsvReader::read(const QByteArray &data, char delimiter, Quotes quotes)
{
    Result result;
    QStringList row;
    QByteArray field;
    bool inQuotes = false;
    bool wasQuoted = false; // the field opened with a quote (so "" is a field, not nothing)
    int line = 1;
    const auto endField = [&] {
        row.append(QString::fromUtf8(field));
        field.clear();
        wasQuoted = false;
    };
    const auto endRow = [&] {
        endField();
        result.rows.append(row);
        row.clear();
    };
    const auto fail = [&](Problem problem) {
        result.rows.clear();
        result.problem = problem;
        result.line = line;
        return result;
    };
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data.at(i);
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < n && data.at(i + 1) == '"') {
                    field.append('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == '"') {
            if (quotes == Quotes::Strict && (!field.isEmpty() || wasQuoted))
                return fail(Problem::QuoteInUnquotedField);
            inQuotes = true;
            wasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == '\r' && i + 1 < n && data.at(i + 1) == '\n') {
            continue; // the LF ends the row
        } else if (c == '\n') {
            endRow();
            ++line;
        } else {
            field.append(c);
        }
    }
    if (inQuotes && quotes == Quotes::Strict)
        return fail(Problem::UnclosedQuote);
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted)
        endRow();
    return result;
}

} // namespace hilal::csv
