#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringView>

namespace hilal::emulator {

// The REST API versions of the local org (docs/rest-api.md): it advertises 58.0–62.0 at
// GET /services/data, and accepts any vNN.N from 20.0 up to the newest advertised, because
// stock clients still ask for old ones (the sf CLI 51.0, jsforce 50.0, restforce 26.0).
class ApiVersions
{
public:
    static constexpr int kOldestAccepted = 20;
    static constexpr int kOldestAdvertised = 58;
    static constexpr int kNewest = 62;

    // "62.0"
    static QString latest();
    // [{"label": "Summer '23", "url": "/services/data/v58.0", "version": "58.0"}, …]
    static QJsonArray advertised();
    // `version` is "NN.N" (no leading v): true for 20.0 … 62.0.
    static bool isAccepted(QStringView version);
};

} // namespace hilal::emulator
