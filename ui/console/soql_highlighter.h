#pragma once

#include "soql/lexer.h"
#include "soql/parser.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace hilal::ui {

// Colours SOQL in a QTextDocument with src/soql's own lexer (so the console and the parser never
// disagree about what a token is), underlines the parser's first error with a wavy line, and in
// amber the names describe lacks (setMarks).
// The whole query is lexed and parsed once per edit (queries are small); blocks take their slice.
class SoqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Style { Keyword, Function, Identifier, String, Number, DateValue, Operator, Error };

    explicit SoqlHighlighter(QTextDocument *document);

    // The parser's first error for the current text; null when it parses or is blank.
    soql::SoqlError error() const { return m_error; }
    // The style a character of the document is drawn in (tests; -1 offset → Identifier).
    Style styleAt(int offset) const;
    QTextCharFormat styleFormat(Style style) const;

    // Names the org's schema does not know (SoqlCompleter::unknownFields), underlined in amber
    // apart from the parser's red; set by the editor whenever describe can judge the text.
    struct Mark
    {
        int offset = 0;
        int length = 0;
        QString message;
    };
    void setMarks(const QList<Mark> &marks);
    QList<Mark> marks() const { return m_marks; }
    const Mark *markAt(int offset) const;

    // Picks colours that read on the widget's palette (light or dark).
    void setPalette(const QPalette &palette);

Q_SIGNALS:
    // After every analysis whose error differs from the previous one.
    void errorChanged(const hilal::soql::SoqlError &error);

protected:
    void highlightBlock(const QString &text) override;

private:
    void analyse();
    Style styleOf(const soql::Token &token, const soql::Token *next) const;
    void applyFormat(int blockStart, int blockLength, int offset, int length, const QTextCharFormat &f);

    std::vector<soql::Token> m_tokens;
    std::vector<Style> m_styles;
    soql::SoqlError m_error;
    bool m_analysed = false;
    QString m_text;
    QTextCharFormat m_formats[8];
    QList<Mark> m_marks;
    QColor m_markColor;
};

} // namespace hilal::ui
