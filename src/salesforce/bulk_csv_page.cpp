#include "salesforce/bulk_csv_page.h"

namespace hilal::salesforce {

QList<QStringList> BulkCsvPage::parse(const QByteArray &data, char delimiter)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool inQuotes = false;
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
                field.append(c);
            }
        } else if (c == '"') {
            inQuotes = true;
        } else if (c == delimiter) {
            row.append(QString::fromUtf8(field));
            field.clear();
        } else if (c == '\r' && i + 1 < n && data.at(i + 1) == '\n') {
            continue;
        } else if (c == '\n') {
            row.append(QString::fromUtf8(field));
            field.clear();
            rows.append(row);
            row.clear();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(QString::fromUtf8(field));
        rows.append(row);
    }
    return rows;
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

void BulkCsvPage::appendRow(QByteArray &out, const QStringList &fields, char delimiter, const QByteArray &lineEnding)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(delimiter);
        const QByteArray value = fields.at(i).toUtf8();
        bool quote = false;
        for (const char c : value) {
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
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
    out.append(lineEnding);
}

QString BulkCsvPage::neutraliseFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
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
