#include "results/json_export.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace hilal::results {

namespace {

QJsonValue cellToJson(const QVariant &cell);

QJsonArray childRecords(const QJsonArray &records)
{
    QJsonArray out;
    for (const QJsonValue &value : records) {
        QJsonObject record = value.toObject();
        record.remove(QLatin1String("attributes"));
        out.append(record);
    }
    return out;
}

QJsonValue cellToJson(const QVariant &cell)
{
    if (!cell.isValid())
        return QJsonValue::Null;
    if (cell.userType() == qMetaTypeId<SubqueryCell>())
        return childRecords(cell.value<SubqueryCell>().records);
    return QJsonValue::fromVariant(cell);
}

} // namespace

QJsonArray JsonExport::toJson(const ResultTable &table)
{
    QJsonArray rows;
    const int columns = int(table.columns.size());
    for (int row = 0; row < table.rowCount(); ++row) {
        QJsonObject object;
        for (int c = 0; c < columns; ++c)
            object.insert(table.columns.at(c), cellToJson(table.cell(row, c)));
        rows.append(object);
    }
    return rows;
}

bool JsonExport::write(const ResultTable &table, QIODevice *device, QString *error)
{
    const QByteArray bytes = QJsonDocument(toJson(table)).toJson(QJsonDocument::Indented);
    if (device && device->isWritable() && device->write(bytes) == bytes.size())
        return true;
    if (error)
        *error = QCoreApplication::translate("hilal::results::JsonExport",
                                             "Could not write the JSON file: %1. Check the disk "
                                             "has space and try again.")
                     .arg(device ? device->errorString() : QString());
    return false;
}

} // namespace hilal::results
