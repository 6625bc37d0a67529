#include "ui/console/soql_highlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>
#include <QTimer>

namespace hilal::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

SoqlHighlighter::SoqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void SoqlHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = isDark(palette);
    auto color
        = [dark](const char *light, const char *darkColor) { return QColor(QLatin1String(dark ? darkColor : light)); };
    for (QTextCharFormat &f : m_formats)
        f = QTextCharFormat();
    m_formats[int(Style::Keyword)].setForeground(color("#1f4fb3", "#7aa7ff"));
    m_formats[int(Style::Keyword)].setFontWeight(QFont::Bold);
    m_formats[int(Style::Function)].setForeground(color("#7a3e9d", "#d19bf2"));
    m_formats[int(Style::String)].setForeground(color("#1d7a35", "#8fd49e"));
    m_formats[int(Style::Number)].setForeground(color("#a4510b", "#f0a35e"));
    m_formats[int(Style::DateValue)].setForeground(color("#0b7f86", "#6fd6de"));
    m_formats[int(Style::Operator)].setForeground(palette.color(QPalette::Text));
    QTextCharFormat &error = m_formats[int(Style::Error)];
    error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    error.setUnderlineColor(color("#d0021b", "#ff6b6b"));
    m_markColor = color("#d9822b", "#ffb454"); // unknown names: amber, apart from syntax errors
    rehighlight();
}

QTextCharFormat SoqlHighlighter::styleFormat(Style style) const
{
    return m_formats[int(style)];
}

SoqlHighlighter::Style SoqlHighlighter::styleOf(const soql::Token &token, const soql::Token *next) const
{
    using soql::TokenKind;
    switch (token.kind) {
    case TokenKind::Keyword:
        return Style::Keyword;
    case TokenKind::Identifier:
        // A name followed by '(' that SOQL knows as a function: COUNT(, toLabel(, CALENDAR_YEAR(.
        if (next && next->is(soql::Symbol::LeftParen)
            && (soql::functionFromName(QStringView(m_text).mid(token.offset, token.length))
                || QStringView(m_text)
                        .mid(token.offset, token.length)
                        .compare(QLatin1String("FIELDS"), Qt::CaseInsensitive)
                    == 0))
            return Style::Function;
        return Style::Identifier;
    case TokenKind::String:
        return Style::String;
    case TokenKind::Number:
    case TokenKind::Currency:
        return Style::Number;
    case TokenKind::Date:
    case TokenKind::DateTime:
    case TokenKind::DateLiteral:
        return Style::DateValue;
    case TokenKind::Operator:
    case TokenKind::Punctuation:
        return Style::Operator;
    case TokenKind::Error:
        return Style::Error;
    case TokenKind::End:
        break;
    }
    return Style::Identifier;
}

void SoqlHighlighter::analyse()
{
    const QTextDocument *doc = document();
    if (!doc)
        return;
    // Compared by text, not revision(): the revision moves only when an edit block ends, after
    // Qt has already asked for the new blocks' formats. Queries are short; this is cheap.
    QString text = doc->toPlainText();
    if (m_analysed && text == m_text)
        return;
    m_analysed = true;
    m_text = std::move(text);
    m_tokens = soql::Lexer::tokenize(m_text);
    m_styles.clear();
    m_styles.reserve(m_tokens.size());
    for (size_t i = 0; i < m_tokens.size(); ++i)
        m_styles.push_back(styleOf(m_tokens[i], i + 1 < m_tokens.size() ? &m_tokens[i + 1] : nullptr));

    soql::SoqlError error;
    if (!m_text.trimmed().isEmpty()) {
        const soql::ParseResult result = soql::Parser::parse(m_text);
        if (!result.ok())
            error = result.error;
    }
    const bool changed
        = error.offset != m_error.offset || error.length != m_error.length || error.message != m_error.message;
    m_error = error;
    if (changed) {
        // The underline may have moved to a block Qt isn't repainting now.
        QTimer::singleShot(0, this, [this] { rehighlight(); });
        Q_EMIT errorChanged(m_error);
    }
}

SoqlHighlighter::Style SoqlHighlighter::styleAt(int offset) const
{
    const_cast<SoqlHighlighter *>(this)->analyse();
    for (size_t i = 0; i < m_tokens.size(); ++i) {
        const soql::Token &t = m_tokens[i];
        if (offset >= t.offset && offset < t.offset + t.length)
            return m_styles[i];
    }
    return Style::Identifier;
}

void SoqlHighlighter::applyFormat(int blockStart, int blockLength, int offset, int length, const QTextCharFormat &f)
{
    const int start = std::max(offset, blockStart);
    const int end = std::min(offset + length, blockStart + blockLength);
    if (end > start)
        setFormat(start - blockStart, end - start, f);
}

void SoqlHighlighter::highlightBlock(const QString &text)
{
    analyse();
    const int blockStart = currentBlock().position();
    const int blockLength = int(text.size());
    for (size_t i = 0; i < m_tokens.size(); ++i) {
        const soql::Token &t = m_tokens[i];
        if (t.offset + t.length <= blockStart)
            continue;
        if (t.offset >= blockStart + blockLength)
            break;
        if (m_styles[i] != Style::Identifier)
            applyFormat(blockStart, blockLength, t.offset, t.length, m_formats[int(m_styles[i])]);
    }
    if (!m_error.isNull()) {
        // An error at the very end (length 0, "expected FROM") marks the last character instead.
        int offset = m_error.offset;
        int length = std::max(1, m_error.length);
        if (offset >= m_text.size() && !m_text.isEmpty()) {
            offset = int(m_text.size()) - 1;
            length = 1;
        }
        for (int i = std::max(offset, blockStart); i < std::min(offset + length, blockStart + blockLength); ++i) {
            QTextCharFormat f = format(i - blockStart);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(m_formats[int(Style::Error)].underlineColor());
            f.setToolTip(m_error.message);
            setFormat(i - blockStart, 1, f);
        }
    }
    for (const Mark &mark : std::as_const(m_marks)) {
        for (int i = std::max(mark.offset, blockStart);
             i < std::min(mark.offset + mark.length, blockStart + blockLength); ++i) {
            QTextCharFormat f = format(i - blockStart);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(m_markColor);
            setFormat(i - blockStart, 1, f);
        }
    }
}

void SoqlHighlighter::setMarks(const QList<Mark> &marks)
{
    const bool same = marks.size() == m_marks.size()
        && std::equal(marks.begin(), marks.end(), m_marks.begin(), [](const Mark &a, const Mark &b) {
                          return a.offset == b.offset && a.length == b.length && a.message == b.message;
                      });
    if (same)
        return;
    m_marks = marks;
    rehighlight();
}

const SoqlHighlighter::Mark *SoqlHighlighter::markAt(int offset) const
{
    for (const Mark &mark : m_marks) {
        if (offset >= mark.offset && offset <= mark.offset + mark.length)
            return &mark;
    }
    return nullptr;
}

} // namespace hilal::ui
