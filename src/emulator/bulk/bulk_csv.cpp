#include "emulator/bulk/bulk_csv.h"

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
        const QByteArray value = fields.at(i).toUtf8();
        bool quote = false;
        for (const char c : value) {
            if (c == format.delimiter || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            out.append(value);
            continue;
        }
        out.append('"');
        for (const char c : value) {
            if (c == '"')
                out.append('"');
            out.append(c);
        }
        out.append('"');
    }
    out.append(format.lineEnding);
}

bool BulkCsv::parse(const QByteArray &data, char delimiter, QList<QStringList> *rows, QString *error)
{
    QStringList row;
    QByteArray field;
    bool inQuotes = false;
    bool wasQuoted = false;
    int line = 1;
    auto endField = [&] {
        row.append(QString::fromUtf8(field));
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        rows->append(row);
        row.clear();
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
            if (!field.isEmpty() || wasQuoted) {
                *error = QStringLiteral("Line %1: a quote inside an unquoted field; quote the whole field and double "
                                        "the quote (\"\").")
                             .arg(line);
                return false;
            }
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
    if (inQuotes) {
        *error = QStringLiteral("Line %1: a quoted field is not closed before the end of the data.").arg(line);
        return false;
    }
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted)
        endRow();
    return true;
}

} // namespace hilal::emulator
