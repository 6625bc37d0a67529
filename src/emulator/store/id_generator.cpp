#include "emulator/store/id_generator.h"

#include <cstring>

namespace hilal::emulator {

namespace {

constexpr char kSuffixAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
constexpr char kBase62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

bool isIdChar(QChar c)
{
    const ushort u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
}

// The checksum character of one 5-char chunk of the first 15.
char suffixChar(QStringView id15, int chunk)
{
    int bits = 0;
    for (int j = 0; j < 5; ++j) {
        const char16_t u = id15.at(chunk * 5 + j).unicode();
        if (u >= 'A' && u <= 'Z')
            bits |= 1 << j; // the leftmost char of the chunk is bit 0
    }
    return kSuffixAlphabet[bits];
}

} // namespace

// Built in one buffer: the seed makes millions of these.
QString IdGenerator::make(QStringView keyPrefix, quint64 counter)
{
    const qsizetype prefixLength = keyPrefix.size();
    const qsizetype podLength = qsizetype(std::strlen(kPod));
    QString id(prefixLength + podLength + 1 + 9 + 3, Qt::Uninitialized);
    QChar *out = id.data();
    for (qsizetype i = 0; i < prefixLength; ++i)
        *out++ = keyPrefix[i];
    for (qsizetype i = 0; i < podLength; ++i)
        *out++ = QLatin1Char(kPod[i]);
    *out++ = QLatin1Char('0');
    for (int i = 8; i >= 0; --i) {
        out[i] = QLatin1Char(kBase62[counter % 62]);
        counter /= 62;
    }
    out += 9;
    for (int chunk = 0; chunk < 3; ++chunk)
        *out++ = QLatin1Char(suffixChar(id, chunk));
    return id;
}

QString IdGenerator::checksum(QStringView id15)
{
    QString suffix;
    for (int chunk = 0; chunk < 3; ++chunk)
        suffix += QLatin1Char(suffixChar(id15, chunk));
    return suffix;
}

QString IdGenerator::normalize(QStringView id)
{
    if (id.size() != 15 && id.size() != 18)
        return {};
    for (QChar c : id) {
        if (!isIdChar(c))
            return {};
    }
    if (id.size() == 15)
        return id.toString() + checksum(id);

    // An 18-char Id may have been upper- or lower-cased as a whole: rebuild the case of the
    // first 15 chars from the suffix, then require the suffix to match.
    QString base = id.left(15).toString();
    for (int chunk = 0; chunk < 3; ++chunk) {
        const char s = char(id.at(15 + chunk).toUpper().unicode());
        const char *pos = strchr(kSuffixAlphabet, s);
        if (!pos || s == 0)
            return {};
        const int bits = int(pos - kSuffixAlphabet);
        for (int j = 0; j < 5; ++j) {
            QChar &c = base[chunk * 5 + j];
            c = (bits & (1 << j)) ? c.toUpper() : c.toLower();
        }
    }
    const QString full = base + checksum(base);
    return full.compare(id, Qt::CaseInsensitive) == 0 ? full : QString();
}

} // namespace hilal::emulator
