// The libraries under src/ write the messages the app shows (a failed connection, a refused
// query, a bad field value…), so their sentences go through the translation system like ui/'s.
// This test reads src/ and fails on a sentence that does not.
//
// What counts (the rule, as the scan below applies it):
// - Files: every .cpp and .h under src/ except src/emulator. The local org speaks for
//   Salesforce, and Salesforce's own error texts and codes are data the app passes on as they
//   are, never translated.
// - A string literal (adjacent literals joined, as the compiler does) is a sentence when it holds
//   at least three lower-case words of two or more letters that are not part of an identifier,
//   a dotted setting name, a path, a URL or a %-placeholder: "The query is empty." is one,
//   "salesforce.clientId", "application/json", "RUN_SOQL" and "SELECT Id FROM Account" are not.
// - A sentence must be the text of tr(…) (also Class::tr), QCoreApplication::translate("ctx", …),
//   QT_TRANSLATE_NOOP("ctx", …) or QT_TR_NOOP(…), which lupdate reads.
// - Not scanned: SQL (a literal that starts with SELECT, INSERT, UPDATE, DELETE, CREATE, PRAGMA…),
//   log lines (a statement that writes to qCDebug/qCInfo/qCWarning/qCCritical/qDebug/qWarning),
//   and a statement that carries a `// not user text: <why>` comment (on a line of the statement,
//   or just before it): audit records stored as they were written, wording of another library
//   that is matched, an HTML frame, a date format.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Literal
{
    int line = 0; // 1-based line of the first piece
    qsizetype start = 0; // offset of the first piece's opening quote in the file
    qsizetype end = 0; // offset after the last piece's closing quote
    QString text; // the pieces joined, escapes left as written
};

// Splits C++ source into the text outside comments and literals (comments and literals blanked,
// so offsets stay) and the string literals. Understands // and /* */ comments, character
// literals ('"' is not a string), escapes and raw strings R"x(…)x".
struct Scanned
{
    QString code;
    QVector<Literal> literals;
};

Scanned scan(const QString &source)
{
    Scanned out;
    out.code = source;
    const qsizetype n = source.size();
    auto blank = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to && k < n; ++k)
            if (out.code[k] != QLatin1Char('\n'))
                out.code[k] = QLatin1Char(' ');
    };
    auto isIdent = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = source[i];
        const QChar next = i + 1 < n ? source[i + 1] : QChar();
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            const qsizetype e = source.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = e < 0 ? n : e;
            blank(i, stop);
            i = stop;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype e = source.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = e < 0 ? n : e + 2;
            blank(i, stop);
            i = stop;
        } else if (c == QLatin1Char('\'')) {
            qsizetype k = i + 1;
            while (k < n && source[k] != QLatin1Char('\'') && source[k] != QLatin1Char('\n'))
                k += source[k] == QLatin1Char('\\') ? 2 : 1;
            blank(i, k + 1);
            i = k + 1;
        } else if (c == QLatin1Char('"')) {
            const bool raw = i > 0 && source[i - 1] == QLatin1Char('R') && (i < 2 || !isIdent(source[i - 2]));
            Literal lit;
            lit.start = i;
            lit.line = int(source.left(i).count(QLatin1Char('\n'))) + 1;
            qsizetype k = i + 1;
            if (raw) {
                const qsizetype open = source.indexOf(QLatin1Char('('), k);
                const QString close = QLatin1Char(')') + source.mid(k, open - k) + QLatin1Char('"');
                const qsizetype e = source.indexOf(close, open);
                lit.text = source.mid(open + 1, e - open - 1);
                k = e + close.size();
            } else {
                while (k < n && source[k] != QLatin1Char('"') && source[k] != QLatin1Char('\n'))
                    k += source[k] == QLatin1Char('\\') ? 2 : 1;
                lit.text = source.mid(i + 1, k - i - 1);
                ++k;
            }
            blank(i, k);
            // An adjacent literal continues this one ("a " "b" is one string).
            if (!out.literals.isEmpty() && !raw) {
                Literal &last = out.literals.last();
                if (source.mid(last.end, i - last.end).trimmed().isEmpty()) {
                    last.text += lit.text;
                    last.end = k;
                    i = k;
                    continue;
                }
            }
            lit.end = k;
            out.literals << lit;
            i = k;
        } else {
            ++i;
        }
    }
    return out;
}

bool isSentence(const QString &text)
{
    // A word: lower-case letters, not glued to an identifier, a dot, a slash, a colon or a '%'.
    static const QRegularExpression word(QStringLiteral(R"((?<![\w.%:/\\-])[a-z]{2,}(?![\w(/-]|\.\w))"));
    static const QRegularExpression sql(
        QStringLiteral(R"(^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|ALTER|DROP|WITH)\b)"));
    if (sql.match(text).hasMatch())
        return false;
    int words = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++words;
    return words >= 3;
}

// The text just before a literal opens a translation: tr( · Foo::tr( · translate("ctx", ·
// QT_TRANSLATE_NOOP("ctx", · QT_TR_NOOP(.
bool isTranslated(const QString &before)
{
    static const QRegularExpression opener(
        QStringLiteral(R"((?:\btr\(|\bQT_TR_NOOP\(|\b(?:translate|QT_TRANSLATE_NOOP)\(\s*"[^"]*"\s*,)\s*$)"));
    return opener.match(before).hasMatch();
}

QStringList unmarkedSentences(const QString &source)
{
    static const QRegularExpression logging(
        QStringLiteral(R"(\bq(?:C(?:Debug|Info|Warning|Critical)|Debug|Info|Warning|Critical|Fatal)\b)"));
    const Scanned s = scan(source);
    QStringList found;
    for (const Literal &lit : s.literals) {
        if (!isSentence(lit.text))
            continue;
        // `before` keeps the literals of the call blanked; a translate context is a literal too,
        // so look at the raw source for the opener.
        const QString before = source.mid(qMax<qsizetype>(0, lit.start - 300), qMin<qsizetype>(300, lit.start));
        if (isTranslated(before))
            continue;
        // The statement: from the end of the previous one (; { or } outside comments and
        // literals) to the end of the literal's line.
        qsizetype from = lit.start;
        while (from > 0 && !QStringView(u";{}").contains(s.code[from - 1]))
            --from;
        const qsizetype lineEnd = source.indexOf(QLatin1Char('\n'), lit.start);
        const QString statement = source.mid(from, (lineEnd < 0 ? source.size() : lineEnd) - from);
        if (statement.contains(QLatin1String("// not user text")))
            continue;
        if (logging.match(s.code.mid(from, lit.start - from)).hasMatch())
            continue;
        found << QStringLiteral("%1: %2").arg(lit.line).arg(lit.text.left(100));
    }
    return found;
}

} // namespace

class TestSrcTranslations : public QObject
{
    Q_OBJECT
private slots:
    // The scan itself: what it must flag and what it must leave alone.
    void theRuleFlagsSentencesOnly()
    {
        QCOMPARE(unmarkedSentences(QStringLiteral("e = QStringLiteral(\"The query is empty.\");")).size(), 1);
        QCOMPARE(unmarkedSentences(QStringLiteral("e = QLatin1String(\"Could not \"\n  \"reach the org.\");")).size(),
                 1);
        QVERIFY(unmarkedSentences(QStringLiteral("e = tr(\"The query is empty.\");")).isEmpty());
        QVERIFY(unmarkedSentences(QStringLiteral("e = Messages::tr(\n  \"The query is empty.\").arg(x);")).isEmpty());
        QVERIFY(unmarkedSentences(
                    QStringLiteral("QCoreApplication::translate(\"hilal::bots::X\", \"The query is empty.\");"))
                    .isEmpty());
        QVERIFY(
            unmarkedSentences(QStringLiteral("{QT_TRANSLATE_NOOP(\"ctx\", \"Run SOQL queries on it.\")},")).isEmpty());
        // Not sentences: names, SQL, log lines, a marked statement.
        QVERIFY(unmarkedSentences(QStringLiteral("k = QStringLiteral(\"salesforce.clientId\");")).isEmpty());
        QVERIFY(unmarkedSentences(QStringLiteral("q.exec(QStringLiteral(\"SELECT id, name FROM bots WHERE x\"));"))
                    .isEmpty());
        QVERIFY(unmarkedSentences(QStringLiteral("qCWarning(lcX) << \"could not open the file\" << path;")).isEmpty());
        QVERIFY(unmarkedSentences(QStringLiteral("// not user text: the audit record\n"
                                                 "e.detail = QStringLiteral(\"issued a new key for it\");"))
                    .isEmpty());
        // A quote inside a character literal or a URL inside a string does not confuse the scan.
        QCOMPARE(unmarkedSentences(QStringLiteral("c = '\"'; e = QStringLiteral(\"see http://localhost:1 for "
                                                  "the login page\");"))
                     .size(),
                 1);
    }

    void noUnmarkedSentencesInSrc()
    {
        // QT_TESTCASE_SOURCEDIR: this folder (tests/ui), set by Qt's CMake for every test.
        const QDir src(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../src"));
        QVERIFY2(QFileInfo::exists(src.filePath(QStringLiteral("salesforce/salesforce_error.cpp"))),
                 qPrintable(src.absolutePath()));
        QStringList found;
        int files = 0;
        QDirIterator it(src.absolutePath(), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = src.relativeFilePath(path);
            if (relative.startsWith(QLatin1String("emulator/")))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            for (const QString &hit : unmarkedSentences(QString::fromUtf8(file.readAll())))
                found << relative + QLatin1Char(':') + hit;
        }
        QVERIFY2(files > 60, "too few src/ sources found");
        // One line each (a failure message would be cut short).
        for (const QString &hit : std::as_const(found))
            qWarning().noquote() << "not marked for translation:" << hit;
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 sentences in src/ are not marked for translation (listed above)")
                                .arg(found.size())));
    }
};

QTEST_GUILESS_MAIN(TestSrcTranslations)
#include "tst_src_translations.moc"
