#include "ui/console/soql_editor.h"

#include "ui/console/soql_completer.h"
#include "ui/console/soql_highlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>

namespace hilal::ui {

SoqlEditor::SoqlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new SoqlHighlighter(document()))
    , m_soqlCompleter(new SoqlCompleter(this))
    , m_completer(new QCompleter(this))
    , m_candidates(new QStringListModel(this))
{
    setAccessibleName(tr("SOQL query"));
    setAccessibleDescription(tr("Write one SELECT query. Ctrl+Enter runs it; Ctrl+Space completes "
                                "object and field names."));
    setPlaceholderText(tr("SELECT Id, Name FROM Account ORDER BY Name LIMIT 100"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter->setPalette(palette());

    m_completer->setModel(m_candidates);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->popup()->setAccessibleName(tr("Completions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &SoqlEditor::insertCompletion);
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
    const QStringList candidates = m_soqlCompleter->candidates(text, cursor);
    const SoqlCompleter::Context context = m_soqlCompleter->contextAt(text, cursor);
    if (candidates.isEmpty()
        || (candidates.size() == 1 && candidates.first().compare(context.prefix, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return 0;
    }
    m_candidates->setStringList(candidates);
    m_completer->setCompletionPrefix(QString()); // the list is already filtered by the prefix
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width() + 16);
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    return int(candidates.size());
}

void SoqlEditor::insertCompletion(const QString &completion)
{
    const SoqlCompleter::Context context = m_soqlCompleter->contextAt(toPlainText(), textCursor().position());
    QTextCursor cursor = textCursor();
    cursor.setPosition(context.start);
    cursor.setPosition(textCursor().position(), QTextCursor::KeepAnchor);
    cursor.insertText(completion);
    setTextCursor(cursor);
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
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        complete();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);

    // Offer completions while a name is typed (or right after a '.'), hide them otherwise.
    const QString typed = event->text();
    const bool nameChar = !typed.isEmpty()
        && (typed.front().isLetterOrNumber() || typed.front() == QLatin1Char('_')
            || typed.front() == QLatin1Char('.'));
    if (nameChar || (popupVisible && event->key() == Qt::Key_Backspace))
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
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace hilal::ui
