#include "results/csv_writer.h"

#include "results/record_flattener.h"

#include <QCoreApplication>
#include <QIODevice>

namespace hilal::results {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hilal::results::CsvWriter", text);
}

bool flush(QIODevice *device, QString &buffer, QString *error)
{
    const QByteArray bytes = buffer.toUtf8();
    buffer.clear();
    if (device->write(bytes) == bytes.size())
        return true;
    if (error)
        *error = tr("Could not write the CSV file: %1. Check the disk has space and try again.")
                     .arg(device->errorString());
    return false;
}

const QLatin1String kCrlf("\r\n");

// Appends the CSV lines of one table row (several when a subquery is spread out).
void appendRow(QString &out, const ResultTable &table, int row, const CsvWriter::Options &options)
{
    QStringList fields;
    for (const FlatRow &flat : table.flatRows(row)) {
        fields.clear();
        for (const QVariant &cell : flat)
            fields.append(CsvWriter::cellText(cell, options));
        out += CsvWriter::line(fields);
        out += kCrlf;
    }
}

} // namespace

QString CsvWriter::field(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::line(const QStringList &fields)
{
    QString out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += field(fields.at(i));
    }
    return out;
}

bool CsvWriter::looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::cellText(const QVariant &cell, const Options &options)
{
    const QString text = RecordFlattener::text(cell);
    // Only text can carry a formula; a negative number must stay a number.
    if (!options.raw && cell.typeId() == QMetaType::QString && looksLikeFormula(text))
        return QLatin1Char('\'') + text;
    return text;
}

QString CsvWriter::header(const ResultTable &table)
{
    return line(table.flatColumns()) + kCrlf;
}

QString CsvWriter::rows(const ResultTable &table, const Options &options)
{
    QString out;
    for (int row = 0; row < table.rowCount(); ++row)
        appendRow(out, table, row, options);
    return out;
}

bool CsvWriter::write(const ResultTable &table, QIODevice *device, QString *error)
{
    return write(table, device, Options(), error);
}

bool CsvWriter::write(const ResultTable &table, QIODevice *device, const Options &options, QString *error)
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("The CSV file is not open for writing.");
        return false;
    }
    QString buffer = header(table);
    for (int row = 0; row < table.rowCount(); ++row) {
        appendRow(buffer, table, row, options);
        if (buffer.size() > (1 << 20) && !flush(device, buffer, error)) // write in ~1 MB chunks
            return false;
    }
    return flush(device, buffer, error);
}

} // namespace hilal::results
