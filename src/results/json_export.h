#pragma once

#include "results/record_flattener.h"

#include <QJsonArray>
#include <QString>

class QIODevice;

namespace hilal::results {

// Writes a result as a JSON array with one object per row, keyed by column path
// ("Account.Name"); subquery cells keep their child records (without "attributes").
class JsonExport
{
public:
    static QJsonArray toJson(const ResultTable &table);
    static bool write(const ResultTable &table, QIODevice *device, QString *error = nullptr);
};

} // namespace hilal::results
