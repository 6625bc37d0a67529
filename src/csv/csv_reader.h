#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace hilal::csv {

// Splits CSV text into rows of fields as RFC 4180 writes them: quoted fields may hold the
// delimiter, quotes (doubled) and line breaks; rows end with LF or CRLF; UTF-8. The one scanner of
// both ends of Bulk API 2.0 (docs/bulk-api.md): the local org reads uploads strictly, the client
// reads Salesforce's own result pages leniently. The sentences for a problem belong to the caller.
class CsvReader
{
public:
    enum class Quotes {
        Strict, // a quote inside an unquoted field, or a quote left open, is a problem
        Lenient, // a quote anywhere starts a quoted run; one left open runs to the end of the data
    };
    enum class Problem { None, QuoteInUnquotedField, UnclosedQuote };

    struct Result
    {
        QList<QStringList> rows; // empty when there is a problem
        Problem problem = Problem::None;
        int line = 0; // where the problem is, 1-based (line breaks inside quotes count)
    };

    static Result read(const QByteArray &data, char delimiter, Quotes quotes);
};

} // namespace hilal::csv
