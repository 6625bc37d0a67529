// libFuzzer target for the query-page scanner (src/salesforce/json_page_scanner). A query page
// comes from the network, so beyond "no crash, no hang, bounded memory" it checks:
// - an accepted page's record ranges are in order, inside the page, and each is an object;
// - every page Qt's own JSON parser reads as an object whose "records" is an array of objects is
//   accepted, with the same records (the scanner is stricter, never looser, about the rest).
// Built with clang (-fsanitize=fuzzer,address,undefined) when clang is present, and replayed over
// tests/fuzz/page-corpus by tst_fuzz_page_replay with any compiler.
#include "salesforce/json_page_scanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using hilal::salesforce::JsonPageScan;

namespace {

[[noreturn]] void violated(const char *what, const QByteArray &input)
{
    std::fprintf(stderr, "fuzz_json_page_scanner: %s\n  input: %s\n", what, input.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0; // the scanner is linear; long inputs only slow the search
    const QByteArray page(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonPageScan scan = JsonPageScan::scan(page);

    if (scan.ok) {
        int previousEnd = 0;
        for (const JsonPageScan::Range &r : scan.records) {
            if (r.begin < previousEnd || r.end <= r.begin || r.end > page.size())
                violated("record range outside the page or out of order", page);
            if (page.at(r.begin) != '{' || page.at(r.end - 1) != '}')
                violated("record range is not an object", page);
            previousEnd = r.end;
        }
    } else if (!scan.records.isEmpty() && scan.records.size() > page.size()) {
        violated("more records than bytes", page);
    }

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(page, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    const QJsonValue records = doc.object().value(QLatin1String("records"));
    if (!records.isArray())
        return 0;
    const QJsonArray array = records.toArray();
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return 0;
    }
    // Qt's parser is laxer than JSON (".0", unknown escapes), so a page the scanner refuses is
    // fine; what it accepts must be exactly what Qt reads.
    if (!scan.ok)
        return 0;
    if (scan.records.size() != array.size())
        violated("a different number of records than Qt reads", page);
    for (int k = 0; k < array.size(); ++k) {
        const JsonPageScan::Range &r = scan.records.at(k);
        const QJsonDocument one = QJsonDocument::fromJson(page.mid(r.begin, r.end - r.begin));
        if (one.object() != array.at(k).toObject())
            violated("a record range that is not the record Qt reads", page);
    }
    return 0;
}
