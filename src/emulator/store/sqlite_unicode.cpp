#include "emulator/store/sqlite_unicode.h"

#include "emulator/store/sqlite_api.h"

#include <QString>
#include <QVariant>

namespace hilal::emulator {

namespace {

const SqliteApi &api()
{
    return SqliteApi::get();
}

// The database stores UTF-8, and SQLite prefers a collation registered for the database's own
// encoding, so NOCASE is replaced in its UTF-8 form. ASCII-only inputs (the common case) compare
// without any conversion, exactly like SQLite's own NOCASE. Identical bytes fold alike whatever
// they encode, so only the text from the first differing character on is ever converted: index
// builds over names that share a non-ASCII prefix ("Acme — Pilot", "Acme — Q1 renewal") stay cheap.
int compareNoCase(void *, int lengthA, const void *a, int lengthB, const void *b)
{
    const auto *left = static_cast<const unsigned char *>(a);
    const auto *right = static_cast<const unsigned char *>(b);
    const int common = qMin(lengthA, lengthB);
    for (int i = 0; i < common; ++i) {
        unsigned char l = left[i], r = right[i];
        if (l == r)
            continue;
        if (l >= 0x80 || r >= 0x80) {
            // Back to the start of the character both sides share the first bytes of.
            while (i > 0 && (left[i] & 0xC0) == 0x80)
                --i;
            const QString ls = QString::fromUtf8(reinterpret_cast<const char *>(left + i), lengthA - i);
            const QString rs = QString::fromUtf8(reinterpret_cast<const char *>(right + i), lengthB - i);
            return ls.compare(rs, Qt::CaseInsensitive);
        }
        if (l >= 'A' && l <= 'Z')
            l = static_cast<unsigned char>(l + 32);
        if (r >= 'A' && r <= 'Z')
            r = static_cast<unsigned char>(r + 32);
        if (l != r)
            return l < r ? -1 : 1;
    }
    return lengthA == lengthB ? 0 : (lengthA < lengthB ? -1 : 1);
}

QChar folded(QChar c)
{
    return c.toCaseFolded();
}

// LIKE with % and _ and an optional escape character, comparing case-folded characters.
// Iterative with backtracking to the last %, so it runs in O(n·m) at worst and never recurses.
bool likeMatch(QStringView pattern, QStringView text, QChar escape, bool hasEscape)
{
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size()) {
            QChar pc = pattern[p];
            bool literal = false;
            if (hasEscape && pc == escape && p + 1 < pattern.size()) {
                pc = pattern[p + 1];
                literal = true;
            }
            if (!literal && pc == QLatin1Char('%')) {
                starP = p++;
                starT = t;
                continue;
            }
            if ((!literal && pc == QLatin1Char('_')) || folded(pc) == folded(text[t])) {
                p += literal ? 2 : 1;
                ++t;
                continue;
            }
        }
        if (starP < 0)
            return false;
        p = starP + 1;
        t = ++starT;
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('%') && !(hasEscape && escape == QLatin1Char('%')))
        ++p;
    return p == pattern.size();
}

QStringView text16(sqlite3_value *v)
{
    const auto *data = static_cast<const char16_t *>(api().valueText16(v));
    return QStringView(data, api().valueBytes16(v) / 2);
}

void likeFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    for (int i = 0; i < argc; ++i) {
        if (api().valueType(argv[i]) == SqliteApi::kNull) {
            api().resultNull(context);
            return;
        }
    }
    // like(pattern, text[, escape]) implements `text LIKE pattern [ESCAPE escape]`.
    const QStringView pattern = text16(argv[0]);
    const QStringView text = text16(argv[1]);
    QChar escape;
    bool hasEscape = false;
    if (argc == 3) {
        const QStringView e = text16(argv[2]);
        hasEscape = e.size() == 1;
        if (hasEscape)
            escape = e.front();
    }
    api().resultInt(context, likeMatch(pattern, text, escape, hasEscape) ? 1 : 0);
}

} // namespace

bool SqliteUnicode::install(const QSqlDatabase &db)
{
    sqlite3 *connection = SqliteApi::connection(db);
    if (!connection)
        return false;
    bool ok = api().createCollation(connection, "NOCASE", SqliteApi::kUtf8, nullptr, &compareNoCase) == 0;
    for (const int arguments : {2, 3}) {
        ok = ok
            && api().createFunction(connection, "like", arguments, SqliteApi::kUtf16 | SqliteApi::kDeterministic,
                                    nullptr, &likeFunction, nullptr, nullptr)
                == 0;
    }
    return ok;
}

} // namespace hilal::emulator
