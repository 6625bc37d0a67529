#pragma once

#include <QJsonObject>
#include <QString>

namespace hilal::emulator {

// What the local org does wrong on purpose, so clients can be tested against a bad day at
// Salesforce (`POST /__admin/faults`, `LocalOrg::setFaults`, `--latency-ms`, `--fail-rate`,
// `--drop-after-commit-rate`).
// A default-constructed value means "behave".
struct Faults
{
    int latencyMs = 0; // every answer is delayed this long (without blocking others)
    double failRate = 0.0; // 0..1: share of requests answered with failStatus instead
    int failStatus = 500; // 500 (UNKNOWN_EXCEPTION) or 503 (SERVER_UNAVAILABLE)
    double dropRate = 0.0; // 0..1: share of connections closed without an answer
    // 0..1: share of writes (POST, PATCH, PUT, DELETE) that are carried out and committed, and
    // whose connection is then closed without an answer — the lost answer that makes naive
    // retries duplicate records.
    double dropAfterCommitRate = 0.0;
    bool limitExceeded = false; // REST answers 403 REQUEST_LIMIT_EXCEEDED
    // A long query: a REST query whose SOQL contains `slowQueryContains` takes `slowQueryMs`
    // longer on its query worker (the org's other clients are answered meanwhile).
    int slowQueryMs = 0;
    QString slowQueryContains;

    bool isClear() const;

    // Reads the `/__admin/faults` body; absent keys keep their default, so `{}` clears.
    // On a bad value returns false and says which key is wrong and why in *error.
    static bool fromJson(const QJsonObject &json, Faults *faults, QString *error);
    QJsonObject toJson() const;
};

} // namespace hilal::emulator
