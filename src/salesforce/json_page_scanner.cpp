#include "salesforce/json_page_scanner.h"

namespace hilal::salesforce {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int skipSpace(const char *p, int n, int i)
{
    while (i < n && isSpace(p[i]))
        ++i;
    return i;
}

// i at the opening quote; returns the index after the closing quote, or -1.
int skipString(const char *p, int n, int i)
{
    for (++i; i < n; ++i) {
        if (p[i] == '\\')
            ++i;
        else if (p[i] == '"')
            return i + 1;
    }
    return -1;
}

// i at the first character of a value; returns the index after it, or -1.
int skipValue(const char *p, int n, int i)
{
    if (i >= n)
        return -1;
    const char c = p[i];
    if (c == '"')
        return skipString(p, n, i);
    if (c == '{' || c == '[') {
        int depth = 0;
        for (; i < n; ++i) {
            const char d = p[i];
            if (d == '"') {
                i = skipString(p, n, i);
                if (i < 0)
                    return -1;
                --i;
            } else if (d == '{' || d == '[') {
                ++depth;
            } else if (d == '}' || d == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }
    // number, true, false, null
    while (i < n && p[i] != ',' && p[i] != '}' && p[i] != ']' && !isSpace(p[i]))
        ++i;
    return i;
}

QByteArray unescapeSimple(QByteArray s)
{
    // URLs only ever carry "\/" escapes (if any); nothing else is expected in a locator path.
    return s.replace("\\/", "/");
}

} // namespace

JsonPageScan JsonPageScan::scan(const QByteArray &page)
{
    JsonPageScan out;
    const char *p = page.constData();
    const int n = int(page.size());
    int i = skipSpace(p, n, 0);
    if (i >= n || p[i] != '{')
        return out;
    i = skipSpace(p, n, i + 1);
    while (i < n && p[i] != '}') {
        if (p[i] != '"')
            return out;
        const int keyEnd = skipString(p, n, i);
        if (keyEnd < 0)
            return out;
        const QByteArray key = QByteArray::fromRawData(p + i + 1, keyEnd - i - 2);
        i = skipSpace(p, n, keyEnd);
        if (i >= n || p[i] != ':')
            return out;
        i = skipSpace(p, n, i + 1);
        const int valueBegin = i;
        if (key == "records" && i < n && p[i] == '[') {
            i = skipSpace(p, n, i + 1);
            while (i < n && p[i] != ']') {
                const int end = skipValue(p, n, i);
                if (end < 0)
                    return out;
                out.records.append({i, end});
                i = skipSpace(p, n, end);
                if (i < n && p[i] == ',')
                    i = skipSpace(p, n, i + 1);
            }
            if (i >= n)
                return out;
            ++i; // ']'
        } else {
            const int end = skipValue(p, n, i);
            if (end < 0)
                return out;
            const QByteArray value = QByteArray::fromRawData(p + valueBegin, end - valueBegin);
            if (key == "totalSize")
                out.totalSize = value.toLongLong();
            else if (key == "done")
                out.done = value == "true";
            else if (key == "nextRecordsUrl" && value.size() >= 2 && value.startsWith('"'))
                out.nextRecordsUrl = unescapeSimple(value.mid(1, value.size() - 2));
            i = end;
        }
        i = skipSpace(p, n, i);
        if (i < n && p[i] == ',')
            i = skipSpace(p, n, i + 1);
    }
    out.ok = i < n;
    return out;
}

} // namespace hilal::salesforce
