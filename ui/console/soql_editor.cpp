#include "ui/console/soql_editor.h"

#include "ui/console/soql_completer.h"
#include "ui/console/soql_highlighter.h"

#include "soql/formatter.h"
#include "soql/lexer.h"
#include "soql/parser.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

namespace hilal::ui {

SoqlEditor::SoqlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new SoqlHighlighter(document()))
    , m_soqlCompleter(new SoqlCompleter(this))
    , m_completer(new QCompleter(this))
    , m_candidates(new QStandardItemModel(this))
    , m_popup(new QTreeView)
    , m_checkTimer(new QTimer(this))
{
    setAccessibleName(tr("SOQL query"));
    setAccessibleDescription(tr("Write one SELECT query. Ctrl+Enter runs it; Ctrl+Space completes "
                                "object and field names."));
    setPlaceholderText(tr("SELECT Id, Name FROM Account ORDER BY Name LIMIT 100"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // SOQL is code, written left to right in every language: a right-to-left window keeps the
    // query's lines and the completion popup on the left.
    setLayoutDirection(Qt::LeftToRight);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter->setPalette(palette());

    // Name | label | type: the popup answers "which of these is it" without a trip to Setup.
    m_popup->setHeaderHidden(true);
    m_popup->setRootIsDecorated(false);
    m_popup->setUniformRowHeights(true);
    m_popup->setAlternatingRowColors(true);
    m_popup->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_popup->header()->setStretchLastSection(false);
    m_popup->setAccessibleName(tr("Completions"));
    m_completer->setModel(m_candidates);
    m_completer->setPopup(m_popup); // takes ownership
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionColumn(0);
    m_completer->setCompletionRole(Qt::UserRole); // what is inserted (`LAST_N_DAYS:`), not shown
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &SoqlEditor::insertCompletion);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &SoqlEditor::checkFields);
    connect(this, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
}

QString SoqlEditor::layoutClauses(const QString &canonical)
{
    using soql::Keyword;
    const std::vector<soql::Token> tokens = soql::Lexer::tokenize(canonical);
    QString out;
    int depth = 0;
    int copied = 0;
    for (const soql::Token &t : tokens) {
        if (t.is(soql::Symbol::LeftParen))
            ++depth;
        else if (t.is(soql::Symbol::RightParen))
            depth = std::max(0, depth - 1);
        const bool clause = t.kind == soql::TokenKind::Keyword
            && (t.keyword == Keyword::From || t.keyword == Keyword::Where || t.keyword == Keyword::GroupBy
                || t.keyword == Keyword::Having || t.keyword == Keyword::OrderBy || t.keyword == Keyword::Limit
                || t.keyword == Keyword::Offset || t.keyword == Keyword::With || t.keyword == Keyword::Using);
        // FOR VIEW / FOR REFERENCE / UPDATE TRACKING stay with what precedes them.
        if (clause && depth == 0 && t.offset > 0) {
            QString before = canonical.mid(copied, t.offset - copied);
            while (before.endsWith(QLatin1Char(' ')))
                before.chop(1);
            out += before + QLatin1Char('\n');
            copied = t.offset;
        }
    }
    out += canonical.mid(copied);
    return out;
}

// Characters other than white space before `position`: the formatter changes spacing and case,
// not the order of what is written, so this count finds the same token again.
static int inkBefore(const QString &text, int position)
{
    int ink = 0;
    for (int i = 0; i < position && i < text.size(); ++i)
        ink += text.at(i).isSpace() ? 0 : 1;
    return ink;
}

static int positionAfterInk(const QString &text, int ink)
{
    int i = 0;
    for (; i < text.size() && ink > 0; ++i)
        ink -= text.at(i).isSpace() ? 0 : 1;
    return i;
}

bool SoqlEditor::format(QString *error)
{
    const QString text = toPlainText();
    const soql::ParseResult parsed = soql::Parser::parse(text);
    if (!parsed.ok()) {
        if (error)
            *error = tr("Not formatted: line %1, column %2: %3")
                         .arg(parsed.error.line)
                         .arg(parsed.error.column)
                         .arg(parsed.error.message);
        return false;
    }
    const QString formatted = layoutClauses(soql::Formatter::format(*parsed.query));
    if (formatted == text)
        return true;
    const int ink = inkBefore(text, textCursor().position());
    QTextCursor cursor(document());
    cursor.beginEditBlock(); // one undo step
    cursor.select(QTextCursor::Document);
    cursor.insertText(formatted);
    cursor.endEditBlock();
    cursor.setPosition(std::min(positionAfterInk(formatted, ink), int(formatted.size())));
    setTextCursor(cursor);
    return true;
}

void SoqlEditor::checkFields()
{
    m_checkTimer->stop();
    QList<SoqlHighlighter::Mark> marks;
    for (const SoqlCompleter::Problem &problem : m_soqlCompleter->unknownFields(toPlainText()))
        marks.append({problem.offset, problem.length, problem.message});
    const QStringList before = fieldProblems();
    m_highlighter->setMarks(marks);
    const QStringList after = fieldProblems();
    if (after != before)
        Q_EMIT fieldProblemsChanged(after);
}

QStringList SoqlEditor::fieldProblems() const
{
    QStringList messages;
    for (const SoqlHighlighter::Mark &mark : m_highlighter->marks())
        messages.append(mark.message);
    return messages;
}

void SoqlEditor::setQuery(const QString &soql)
{
    setPlainText(soql);
    moveCursor(QTextCursor::End);
}

int SoqlEditor::complete()
{
    const QString text = toPlainText();
    const int cursor = textCursor().position();
    const QList<SoqlCompleter::Suggestion> suggestions = m_soqlCompleter->suggestions(text, cursor);
    const SoqlCompleter::Context context = m_soqlCompleter->contextAt(text, cursor);
    const QString typed = text.mid(context.start, cursor - context.start);
    if (suggestions.isEmpty()
        || (suggestions.size() == 1 && suggestions.first().insert.compare(typed, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return 0;
    }
    m_candidates->clear();
    m_candidates->setColumnCount(3);
    for (const SoqlCompleter::Suggestion &s : suggestions) {
        auto *name = new QStandardItem(s.text);
        name->setData(s.insert, Qt::UserRole);
        auto *label = new QStandardItem(s.label);
        auto *type = new QStandardItem(s.type);
        type->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_candidates->appendRow({name, label, type});
    }
    m_completer->setCompletionPrefix(QString()); // the list is already filtered by the prefix
    QRect rect = cursorRect();
    int width = m_popup->verticalScrollBar()->sizeHint().width() + 16;
    for (int column = 0; column < 3; ++column)
        width += static_cast<QAbstractItemView *>(m_popup)->sizeHintForColumn(column) + 12; // protected in QTreeView
    rect.setWidth(std::min(width, std::max(360, this->width())));
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    return int(suggestions.size());
}

void SoqlEditor::insertCompletion(const QString &completion)
{
    const SoqlCompleter::Context context = m_soqlCompleter->contextAt(toPlainText(), textCursor().position());
    QTextCursor cursor = textCursor();
    cursor.setPosition(context.start);
    cursor.setPosition(textCursor().position(), QTextCursor::KeepAnchor);
    cursor.insertText(completion);
    setTextCursor(cursor);
    if (completion.endsWith(QLatin1Char('.'))) // a relationship: its object's fields come next
        QTimer::singleShot(0, this, [this] { complete(); });
}

void SoqlEditor::keyPressEvent(QKeyEvent *event)
{
    const bool popupVisible = m_completer->popup()->isVisible();
    if (popupVisible) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            if (!(event->modifiers() & Qt::ControlModifier)) {
                event->ignore(); // the completer's popup handles these
                return;
            }
            break;
        default:
            break;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & Qt::ControlModifier)) {
        m_completer->popup()->hide();
        Q_EMIT runRequested();
        return;
    }
    if (event->key() == Qt::Key_F && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
        m_completer->popup()->hide();
        Q_EMIT formatRequested();
        return;
    }
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        complete();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);

    // Offer completions while a name is typed (or right after a '.'), hide them otherwise.
    const QString typed = event->text();
    const bool nameChar = !typed.isEmpty()
        && (typed.front().isLetterOrNumber() || typed.front() == QLatin1Char('_') || typed.front() == QLatin1Char('.'));
    // Values are offered as soon as their place is reached: after `= `, `IN (`, an opening quote.
    const bool valuePlace = !typed.isEmpty() && !nameChar
        && m_soqlCompleter->contextAt(toPlainText(), textCursor().position()).kind
            == SoqlCompleter::Context::Kind::Value;
    if (nameChar || valuePlace || (popupVisible && event->key() == Qt::Key_Backspace))
        complete();
    else if (popupVisible)
        m_completer->popup()->hide();
}

bool SoqlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int offset = cursorForPosition(help->pos() - viewport()->pos()).position();
        const soql::SoqlError error = m_highlighter->error();
        const int length = std::max(1, error.length);
        if (!error.isNull() && offset >= error.offset - 1 && offset <= error.offset + length) {
            QToolTip::showText(help->globalPos(), error.toString(), this);
        } else if (const SoqlHighlighter::Mark *mark = m_highlighter->markAt(offset)) {
            QToolTip::showText(help->globalPos(), mark->message, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace hilal::ui
