#include "salesforce/json_page_scanner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

namespace hilal::salesforce {

namespace {

// Every helper returns the index after what it consumed, or -1 when the text is not JSON there.
// Each step either consumes at least one byte or fails, so a scan always ends, whatever the input
// (a `}` where a `]` belongs, a lone `:`, a truncated page).

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

// i at the opening quote; returns the index after the closing quote, or -1. (Raw control
// characters are tolerated inside strings, as Qt's JSON parser, which reads the records, does.)
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

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// A number, true, false or null; never empty.
int skipScalar(const char *p, int n, int i)
{
    for (const char *word : {"true", "false", "null"}) {
        const int len = int(qstrlen(word));
        if (n - i >= len && qstrncmp(p + i, word, uint(len)) == 0)
            return i + len;
    }
    if (i >= n || !(p[i] == '-' || (p[i] >= '0' && p[i] <= '9')))
        return -1;
    while (i < n && isNumberChar(p[i]))
        ++i;
    return i;
}

// i at `"key"` inside an object; returns the index of the value after `:`, or -1.
int skipKey(const char *p, int n, int i)
{
    if (i >= n || p[i] != '"')
        return -1;
    i = skipString(p, n, i);
    if (i < 0)
        return -1;
    i = skipSpace(p, n, i);
    if (i >= n || p[i] != ':')
        return -1;
    return skipSpace(p, n, i + 1);
}

// i at the first character of a value; returns the index after it, or -1. Objects and arrays are
// checked all the way down (keys, colons, commas, matching brackets) with an explicit stack, so a
// deep page cannot exhaust the call stack.
int skipValue(const char *p, int n, int i)
{
    std::vector<char> closers;
    for (;;) {
        // A value starts at i.
        if (i >= n)
            return -1;
        if (p[i] == '"') {
            i = skipString(p, n, i);
        } else if (p[i] == '{' || p[i] == '[') {
            const char closer = p[i] == '{' ? '}' : ']';
            i = skipSpace(p, n, i + 1);
            if (i < n && p[i] == closer) {
                ++i; // empty container: a complete value
            } else {
                closers.push_back(closer);
                if (closer == '}')
                    i = skipKey(p, n, i);
                if (i < 0)
                    return -1;
                continue; // the first member's value
            }
        } else {
            i = skipScalar(p, n, i);
        }
        if (i < 0)
            return -1;
        // After a complete value: close containers or move to the next member.
        for (;;) {
            if (closers.empty())
                return i;
            i = skipSpace(p, n, i);
            if (i >= n)
                return -1;
            if (p[i] == closers.back()) {
                closers.pop_back();
                ++i;
                continue;
            }
            if (p[i] != ',')
                return -1;
            i = skipSpace(p, n, i + 1);
            if (closers.back() == '}')
                i = skipKey(p, n, i);
            if (i < 0)
                return -1;
            break; // the next member's value
        }
    }
}

QByteArray unescapeSimple(QByteArray s)
{
    // URLs only ever carry "\/" escapes (if any); nothing else is expected in a locator path.
    return s.replace("\\/", "/");
}

// i after a member; returns the index after `,` (at the next member) or at the closer, or -1.
int afterMember(const char *p, int n, int i, char closer, bool *closed)
{
    i = skipSpace(p, n, i);
    if (i >= n)
        return -1;
    if (p[i] == closer) {
        *closed = true;
        return i;
    }
    if (p[i] != ',')
        return -1;
    *closed = false;
    return skipSpace(p, n, i + 1);
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
    bool closed = i < n && p[i] == '}';
    bool recordsSeen = false;
    while (!closed) {
        if (i >= n || p[i] != '"')
            return out;
        const int keyEnd = skipString(p, n, i);
        if (keyEnd < 0)
            return out;
        QByteArray key = QByteArray::fromRawData(p + i + 1, keyEnd - i - 2);
        // An escaped key means what the JSON parser that reads the records makes of it
        // ("rec\u006Frds" is "records"); rare, so the slow path is fine.
        if (key.contains('\\'))
            key = QJsonDocument::fromJson('[' + QByteArray(p + i, keyEnd - i) + ']').array().at(0).toString().toUtf8();
        i = skipKey(p, n, i);
        if (i < 0 || i >= n)
            return out;
        const int valueBegin = i;
        if (key == "records" && p[i] == '[') {
            // A page names its records once; a second "records" is no page Salesforce sends.
            if (recordsSeen)
                return out;
            recordsSeen = true;
            i = skipSpace(p, n, i + 1);
            bool recordsClosed = i < n && p[i] == ']';
            while (!recordsClosed) {
                if (i >= n || p[i] != '{')
                    return out; // each record is an object
                const int end = skipValue(p, n, i);
                if (end < 0)
                    return out;
                out.records.append({i, end});
                i = afterMember(p, n, end, ']', &recordsClosed);
                if (i < 0)
                    return out;
            }
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
        i = afterMember(p, n, i, '}', &closed);
        if (i < 0)
            return out;
    }
    // Only white space may follow the page's closing brace.
    out.ok = skipSpace(p, n, i + 1) == n;
    return out;
}

} // namespace hilal::salesforce
