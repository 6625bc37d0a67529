#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

namespace hilal::ui {

class SoqlCompleter;
class SoqlHighlighter;

// The console's query editor: SOQL highlighting with the parser's error underlined (its message
// on hover), completion of object and field names (typing, or Ctrl+Space), and Ctrl+Enter to run.
// Tab moves focus on (the editor is one step in the keyboard order, not a tab-indenting editor).
class SoqlEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SoqlEditor(QWidget *parent = nullptr);

    SoqlHighlighter *highlighter() const { return m_highlighter; }
    SoqlCompleter *completer() const { return m_soqlCompleter; }
    QCompleter *popupCompleter() const { return m_completer; }

    QString query() const { return toPlainText(); }
    void setQuery(const QString &soql);

    // Shows the completion popup for the cursor position now (what Ctrl+Space does). Returns the
    // number of candidates offered.
    int complete();

Q_SIGNALS:
    void runRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void insertCompletion(const QString &completion);

    SoqlHighlighter *m_highlighter;
    SoqlCompleter *m_soqlCompleter;
    QCompleter *m_completer;
    QStringListModel *m_candidates;
};

} // namespace hilal::ui
