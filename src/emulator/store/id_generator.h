#pragma once

#include <QString>
#include <QStringView>

namespace hilal::emulator {

// Makes and checks the local org's record Ids exactly as Salesforce shapes them
// (docs/record-ids.md): key prefix + pod + '0' + 9-char base-62 counter, then the 3-char
// case-checksum suffix. The client layer has its own validator (salesforce/record_id.h);
// the emulator keeps this one so the layers never depend sideways.
class IdGenerator
{
public:
    // The pod every emulator Id carries (like "5g" in real Ids).
    static constexpr const char *kPod = "5g";

    // 18-char Id for `counter` under `keyPrefix` (3 chars).
    static QString make(QStringView keyPrefix, quint64 counter);

    // The 3-char suffix for a 15-char Id.
    static QString checksum(QStringView id15);

    // 15 → 18; an 18-char Id is returned with its case restored from the suffix. Empty
    // when `id` is not a syntactically valid Id (length, alphabet, checksum).
    static QString normalize(QStringView id);

    static bool isValid(QStringView id) { return !normalize(id).isEmpty(); }
};

} // namespace hilal::emulator
