#pragma once

#include <QString>
#include <QStringView>

namespace hilal::salesforce {

// A Salesforce record Id (section 3 of the wire reference). 15-character Ids are case-sensitive;
// 18-character Ids add a checksum suffix encoding the case of the first 15, so they survive
// upper/lower-casing. A RecordId is always held in its canonical 18-character form.
class RecordId
{
public:
    RecordId() = default;

    // Validates `text` (15 or 18 chars of [0-9A-Za-z]; for 18, the suffix must match the first
    // 15 compared case-insensitively, and the original case is recovered from it). On failure
    // returns an invalid RecordId and sets `*error` to a sentence.
    static RecordId parse(QStringView text, QString *error = nullptr);

    // Like parse(), and also requires the key prefix of `objectName` (e.g. "Lead" → "00Q").
    // Objects whose prefix we don't know (custom objects) only get the format check.
    static RecordId parseFor(QStringView text, const QString &objectName, QString *error = nullptr);

    bool isValid() const { return !m_id18.isEmpty(); }
    QString id18() const { return m_id18; }
    QString id15() const { return m_id18.left(15); }
    QString keyPrefix() const { return m_id18.left(3); }
    // The standard object for the key prefix ("Account" for 001), empty when unknown.
    QString objectName() const { return objectForPrefix(keyPrefix()); }

    bool operator==(const RecordId &other) const { return m_id18 == other.m_id18; }
    bool operator!=(const RecordId &other) const { return m_id18 != other.m_id18; }

    // The 3-character checksum suffix of a 15-character Id (no validation beyond length).
    static QString checksum(QStringView id15);
    // 15 → 18; an 18-character input is validated and returned canonical. Empty if invalid.
    static QString to18(QStringView id);
    // True when both are valid Ids naming the same record (15 vs 18 handled, case rules kept).
    static bool sameRecord(QStringView a, QStringView b);
    // "001" → "Account"; empty when unknown.
    static QString objectForPrefix(QStringView prefix);
    // "Account" → "001"; empty when unknown.
    static QString prefixForObject(const QString &objectName);

private:
    QString m_id18;
};

} // namespace hilal::salesforce
