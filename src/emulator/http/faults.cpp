#include "emulator/http/faults.h"

#include <QJsonValue>

namespace hilal::emulator {

namespace {

bool readRate(const QJsonObject &json, QLatin1String key, double *rate, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble() || value.toDouble() < 0.0 || value.toDouble() > 1.0) {
        *error = QStringLiteral("\"%1\" must be a number from 0 to 1.").arg(key);
        return false;
    }
    *rate = value.toDouble();
    return true;
}

// "slowQueryMs" (0..600000) needs "slowQueryContains", the text that picks the slow queries.
bool readSlowQuery(const QJsonObject &json, Faults *faults, QString *error)
{
    const QJsonValue ms = json.value(QLatin1String("slowQueryMs"));
    const QJsonValue contains = json.value(QLatin1String("slowQueryContains"));
    if (ms.isUndefined() || ms.isNull())
        return true;
    if (!ms.isDouble() || ms.toDouble() < 0 || ms.toDouble() > 600000) {
        *error = QStringLiteral("\"slowQueryMs\" must be a number of milliseconds from 0 to 600000.");
        return false;
    }
    if (ms.toInt() > 0 && (!contains.isString() || contains.toString().isEmpty())) {
        *error = QStringLiteral("\"slowQueryMs\" needs \"slowQueryContains\": the text of the queries to slow down.");
        return false;
    }
    faults->slowQueryMs = ms.toInt();
    faults->slowQueryContains = contains.toString();
    return true;
}

} // namespace

bool Faults::isClear() const
{
    return latencyMs == 0 && failRate == 0.0 && dropRate == 0.0 && dropAfterCommitRate == 0.0 && !limitExceeded
        && slowQueryMs == 0;
}

bool Faults::fromJson(const QJsonObject &json, Faults *faults, QString *error)
{
    static const QStringList known {QStringLiteral("latencyMs"),           QStringLiteral("failRate"),
                                    QStringLiteral("failStatus"),          QStringLiteral("dropRate"),
                                    QStringLiteral("dropAfterCommitRate"), QStringLiteral("limitExceeded"),
                                    QStringLiteral("slowQueryMs"),         QStringLiteral("slowQueryContains")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("Unknown fault \"%1\"; known faults are %2.")
                         .arg(it.key(), known.join(QStringLiteral(", ")));
            return false;
        }
    }
    Faults result;
    const QJsonValue latency = json.value(QLatin1String("latencyMs"));
    if (!latency.isUndefined() && !latency.isNull()) {
        if (!latency.isDouble() || latency.toDouble() < 0 || latency.toDouble() > 600000) {
            *error = QStringLiteral("\"latencyMs\" must be a number of milliseconds from 0 to 600000.");
            return false;
        }
        result.latencyMs = latency.toInt();
    }
    if (!readRate(json, QLatin1String("failRate"), &result.failRate, error)
        || !readRate(json, QLatin1String("dropRate"), &result.dropRate, error)
        || !readRate(json, QLatin1String("dropAfterCommitRate"), &result.dropAfterCommitRate, error))
        return false;
    const QJsonValue status = json.value(QLatin1String("failStatus"));
    if (!status.isUndefined() && !status.isNull()) {
        if (status.toInt() != 500 && status.toInt() != 503) {
            *error = QStringLiteral("\"failStatus\" must be 500 or 503.");
            return false;
        }
        result.failStatus = status.toInt();
    }
    const QJsonValue limit = json.value(QLatin1String("limitExceeded"));
    if (!limit.isUndefined() && !limit.isNull()) {
        if (!limit.isBool()) {
            *error = QStringLiteral("\"limitExceeded\" must be true or false.");
            return false;
        }
        result.limitExceeded = limit.toBool();
    }
    if (!readSlowQuery(json, &result, error))
        return false;
    *faults = result;
    return true;
}

QJsonObject Faults::toJson() const
{
    return QJsonObject {{QStringLiteral("latencyMs"), latencyMs},
                        {QStringLiteral("failRate"), failRate},
                        {QStringLiteral("failStatus"), failStatus},
                        {QStringLiteral("dropRate"), dropRate},
                        {QStringLiteral("dropAfterCommitRate"), dropAfterCommitRate},
                        {QStringLiteral("limitExceeded"), limitExceeded},
                        {QStringLiteral("slowQueryMs"), slowQueryMs},
                        {QStringLiteral("slowQueryContains"), slowQueryContains}};
}

} // namespace hilal::emulator
