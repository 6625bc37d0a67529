// libFuzzer target for the SOQL module. Beyond "no crash, no hang" it checks the properties the
// rest of the product relies on, and aborts (so the fuzzer saves the input) when one fails:
// - tokens are in order, inside the text, and end with one End token;
// - a parse error points inside the text and says something;
// - a parsed query survives the formatter: parse(format(q)) == q, and format is idempotent;
// - the guard accepts exactly what parses (minus its own refusals), never more;
// - the classifier runs on every parsed query.
// Built with clang (-fsanitize=fuzzer,address,undefined) when clang is present, and replayed over
// the committed corpus by tst_fuzz_soql_replay with any compiler.
#include "soql/classifier.h"
#include "soql/formatter.h"
#include "soql/lexer.h"
#include "soql/parser.h"
#include "soql/read_only_guard.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace hilal::soql;

namespace {

[[noreturn]] void violated(const char *what, const QString &input, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_soql_parser: %s\n  input: %s\n  detail: %s\n", what, input.toUtf8().constData(),
                 detail.toUtf8().constData());
    std::abort();
}

void checkTokens(const QString &text)
{
    const std::vector<Token> tokens = Lexer::tokenize(text);
    if (tokens.empty() || tokens.back().kind != TokenKind::End)
        violated("token stream does not end with End", text);
    int previousEnd = 0;
    int previousLine = 1;
    for (const Token &t : tokens) {
        if (t.offset < previousEnd || t.length < 0 || t.offset + t.length > text.size())
            violated("token outside the text or out of order", text, QString::number(t.offset));
        if (t.line < previousLine || t.column < 1)
            violated("token line/column went backwards", text, QString::number(t.offset));
        if (t.kind == TokenKind::Error && Lexer::errorMessage(t, text).isEmpty())
            violated("error token without a message", text, QString::number(t.offset));
        if (t.kind != TokenKind::End && t.kind != TokenKind::Error && t.length == 0)
            violated("empty non-End token", text, QString::number(t.offset));
        previousEnd = t.offset + t.length;
        previousLine = t.line;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 20000)
        return 0; // long inputs only slow the search; the length limit has its own test
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkTokens(text);

    const ParseResult parsed = Parser::parse(text);
    const GuardVerdict verdict = ReadOnlyGuard::check(text);
    if (!parsed.ok()) {
        const SoqlError &e = parsed.error;
        if (e.message.isEmpty() || e.line < 1 || e.column < 1 || e.offset < 0 || e.length < 0
            || e.offset + e.length > text.size())
            violated("parse error without a sane position or message", text, e.toString());
        if (verdict.ok())
            violated("the guard accepted text the parser refuses", text, e.toString());
        return 0;
    }

    if (verdict.ok() && !(*verdict.query == *parsed.query))
        violated("the guard parsed a different query", text);

    const QString formatted = Formatter::format(*parsed.query);
    const ParseResult again = Parser::parse(formatted);
    if (!again.ok())
        violated("formatted query does not parse", text, formatted + QStringLiteral(" → ") + again.error.toString());
    if (!(*again.query == *parsed.query))
        violated("formatted query parses to a different tree", text, formatted);
    if (Formatter::format(*again.query) != formatted)
        violated("formatting is not idempotent", text, formatted);

    const Classification c = Classifier::classify(*parsed.query);
    if (c.objects.isEmpty() || c.isTrivial() != c.reasons.isEmpty())
        violated("classification is inconsistent", text);
    return 0;
}
