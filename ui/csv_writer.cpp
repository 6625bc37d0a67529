#include "ui/csv_writer.h"

#include <QCoreApplication>
#include <QIODevice>

namespace hilal::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hilal::ui::CsvWriter", text);
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

bool CsvWriter::write(const ResultTable &table, QIODevice *device, QString *error)
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("The CSV file is not open for writing.");
        return false;
    }
    const QLatin1String crlf("\r\n");
    QString buffer = line(table.columns) + crlf;
    const int columns = int(table.columns.size());
    QStringList fields;
    for (int row = 0; row < table.rowCount(); ++row) {
        fields.clear();
        for (int c = 0; c < columns; ++c)
            fields.append(RecordFlattener::text(table.cell(row, c)));
        buffer += line(fields);
        buffer += crlf;
        if (buffer.size() > (1 << 20) && !flush(device, buffer, error)) // write in ~1 MB chunks
            return false;
    }
    return flush(device, buffer, error);
}

} // namespace hilal::ui
