#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace hilal::ui {

class SoqlCompleter;
class SoqlHighlighter;

// The console's query editor: SOQL highlighting with the parser's error underlined (its message
// on hover), fields describe doesn't know underlined in amber, completion of object names, field
// paths and values (typing, or Ctrl+Space) in a popup that shows each one's label and type, and
// Ctrl+Enter to run.
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
    QTreeView *popup() const { return m_popup; }

    // Rewrites the query in the canonical form of src/soql's formatter, one clause per line, as
    // one undo step, the cursor kept on the same token. A query that does not parse is left
    // alone: false with the parser's complaint in *error.
    bool format(QString *error = nullptr);
    // The formatter's text laid out one clause per line (FROM, WHERE, GROUP BY … at top level).
    static QString layoutClauses(const QString &canonical);

    // Re-judges the text's field names against describe now (done by itself shortly after each
    // edit; the console calls it when a describe arrives).
    void checkFields();
    QStringList fieldProblems() const;

Q_SIGNALS:
    void runRequested();
    // Ctrl+Shift+F: the console formats and says so (or why not).
    void formatRequested();
    // The fields describe doesn't know changed (messages in text order; empty: none).
    void fieldProblemsChanged(const QStringList &messages);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void insertCompletion(const QString &completion);

    SoqlHighlighter *m_highlighter;
    SoqlCompleter *m_soqlCompleter;
    QCompleter *m_completer;
    QStandardItemModel *m_candidates;
    QTreeView *m_popup;
    QTimer *m_checkTimer;
};

} // namespace hilal::ui
