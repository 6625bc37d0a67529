#pragma once

#include <QByteArray>
#include <QVector>

namespace hilal::salesforce {

// A structural scan of one query page (`{"totalSize":…,"done":…,"nextRecordsUrl":…,"records":[…]}`)
// without building a DOM: the top-level fields and the byte range of each record. Linear, one
// pass, string- and escape-aware; nested objects (parent paths, subquery results with their own
// nextRecordsUrl) are skipped as whole values, so only the page's own keys are seen.
//
// QueryCursor uses it to ask for the next page before parsing the current one, and to keep
// accumulated rows as slices of the wire JSON rather than as QJsonObjects.
struct JsonPageScan
{
    bool ok = false; // well-formed enough: a top-level object whose values all close
    qint64 totalSize = -1;
    bool done = true;
    QByteArray nextRecordsUrl; // unescaped
    struct Range
    {
        int begin = 0;
        int end = 0; // exclusive
    };
    QVector<Range> records;

    static JsonPageScan scan(const QByteArray &page);
};

} // namespace hilal::salesforce
