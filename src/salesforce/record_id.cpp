#include "salesforce/record_id.h"
#include "salesforce/messages.h"

namespace hilal::salesforce {

namespace {

const char kSuffixAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

struct PrefixEntry
{
    const char *prefix;
    const char *object;
};

const PrefixEntry kPrefixes[] = {
    {"001", "Account"},     {"003", "Contact"},      {"005", "User"},
    {"006", "Opportunity"}, {"00D", "Organization"}, {"00Q", "Lead"},
    {"00G", "Group"},       {"00e", "Profile"},      {"00E", "UserRole"},
    {"012", "RecordType"},  {"00T", "Task"},         {"00U", "Event"},
    {"500", "Case"},        {"701", "Campaign"},     {"00K", "OpportunityContactRole"},
    {"01t", "Product2"},    {"01s", "Pricebook2"},
};

bool isIdChar(QChar c)
{
    const ushort u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
}

bool isUpper(QChar c)
{
    return c.unicode() >= 'A' && c.unicode() <= 'Z';
}

// Index of a suffix character in the alphabet, case-insensitively (the suffix survives
// upper-/lower-casing only when compared that way); -1 if not in it.
int suffixValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= 'A' && u <= 'Z')
        return u - 'A';
    if (u >= 'a' && u <= 'z')
        return u - 'a';
    if (u >= '0' && u <= '5')
        return 26 + (u - '0');
    return -1;
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString RecordId::checksum(QStringView id15)
{
    if (id15.size() < 15)
        return {};
    QString suffix;
    for (int chunk = 0; chunk < 3; ++chunk) {
        int bits = 0;
        for (int j = 0; j < 5; ++j) {
            if (isUpper(id15.at(chunk * 5 + j)))
                bits |= 1 << j; // leftmost char is the least significant bit
        }
        suffix += QLatin1Char(kSuffixAlphabet[bits]);
    }
    return suffix;
}

RecordId RecordId::parse(QStringView text, QString *error)
{
    const QStringView id = text.trimmed();
    RecordId out;
    if (id.size() != 15 && id.size() != 18) {
        setError(error,
                 Messages::tr("'%1' is not a Salesforce Id: an Id has 15 or 18 characters, this has %2.")
                     .arg(id.toString())
                     .arg(id.size()));
        return out;
    }
    for (QChar c : id) {
        if (!isIdChar(c)) {
            setError(
                error,
                Messages::tr("'%1' is not a Salesforce Id: only letters and digits are allowed.").arg(id.toString()));
            return out;
        }
    }
    if (id.size() == 15) {
        out.m_id18 = id.toString() + checksum(id);
        return out;
    }
    // 18 characters. As given, the recomputed suffix must equal the last three (compared
    // case-insensitively: the suffix alphabet is case-blind by design).
    const QStringView given15 = id.left(15);
    if (checksum(given15).compare(id.mid(15), Qt::CaseInsensitive) == 0) {
        out.m_id18 = given15.toString() + checksum(given15);
        return out;
    }
    // Otherwise the whole Id may have been upper- or lower-cased (a spreadsheet): then, and only
    // then, recover the case of the first 15 from the suffix bits.
    bool anyUpper = false;
    bool anyLower = false;
    for (QChar c : given15) {
        anyUpper = anyUpper || isUpper(c);
        anyLower = anyLower || (c.unicode() >= 'a' && c.unicode() <= 'z');
    }
    const QString mismatch = Messages::tr("'%1' is not a valid Salesforce Id: its last three characters do not match "
                                          "the first fifteen (check for a typo).")
                                 .arg(id.toString());
    if (anyUpper && anyLower) {
        setError(error, mismatch);
        return out;
    }
    QString first15 = given15.toString();
    for (int chunk = 0; chunk < 3; ++chunk) {
        const int bits = suffixValue(id.at(15 + chunk));
        if (bits < 0) {
            setError(error, mismatch);
            return out;
        }
        for (int j = 0; j < 5; ++j) {
            QChar &c = first15[chunk * 5 + j];
            const bool upper = bits & (1 << j);
            if (upper && !c.isLetter()) {
                setError(error, mismatch);
                return out;
            }
            if (c.isLetter())
                c = upper ? c.toUpper() : c.toLower();
        }
    }
    out.m_id18 = first15 + checksum(first15);
    return out;
}

RecordId RecordId::parseFor(QStringView text, const QString &objectName, QString *error)
{
    RecordId id = parse(text, error);
    if (!id.isValid())
        return id;
    const QString expected = prefixForObject(objectName);
    if (!expected.isEmpty() && id.keyPrefix() != expected) {
        const QString actual = id.objectName();
        setError(error,
                 Messages::tr("%1 is not a %2 Id (%2 Ids start with %3%4).")
                     .arg(id.id18(), objectName, expected,
                          actual.isEmpty() ? QString() : Messages::tr("; this one is a %1 Id").arg(actual)));
        return RecordId();
    }
    return id;
}

QString RecordId::to18(QStringView id)
{
    return parse(id).id18();
}

bool RecordId::sameRecord(QStringView a, QStringView b)
{
    const RecordId x = parse(a);
    return x.isValid() && x == parse(b);
}

QString RecordId::objectForPrefix(QStringView prefix)
{
    for (const PrefixEntry &e : kPrefixes) {
        if (prefix == QLatin1String(e.prefix))
            return QString::fromLatin1(e.object);
    }
    return {};
}

QString RecordId::prefixForObject(const QString &objectName)
{
    for (const PrefixEntry &e : kPrefixes) {
        if (objectName.compare(QLatin1String(e.object), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(e.prefix);
    }
    return {};
}

} // namespace hilal::salesforce
