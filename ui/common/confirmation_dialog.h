#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

namespace hilal::ui {

// Asks before something leaves the app: a non-trivial SOQL query (the objects and fields it
// reads and Salesforce's row estimate) or a chat action that changes data (current → new per
// field). Runs only on an explicit yes: Cancel is the default button and Escape answers it.
//
// Test seam (as MessageBox's): setNextAnswer() makes the next ask() return at once; the dialog
// is still built and shown without blocking, so a hook can look at it or screenshot it first.
class ConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Answer { None, Confirm, Cancel, Alternative };

    struct Change
    {
        QString field;
        QString current;
        QString proposed;
    };

    struct Content
    {
        QString title; // window title, e.g. "Run this query?"
        QString heading; // one sentence in bold
        QStringList objects; // what it reads or changes
        QStringList fields;
        QString estimate; // "About 4,350 rows (Salesforce's estimate)."; empty: none
        QStringList reasons; // why it asks (the classifier's / policy's reasons)
        QList<Change> changes; // current → new values (update actions)
        QString detail; // the query text or the request, shown small
        QString confirmLabel; // "Run query", "Update opportunity"
        QString alternativeLabel; // a third choice ("Add LIMIT 200 and run"); empty: none
    };

    explicit ConfirmationDialog(const Content &content, QWidget *parent = nullptr);

    const Content &content() const { return m_content; }

    // Shows the dialog modally; true only when the user chose the confirm button.
    static bool ask(QWidget *parent, const Content &content);
    // The same, telling the alternative (Content::alternativeLabel) apart from Cancel.
    static Answer choose(QWidget *parent, const Content &content);

    // --- test seam ---
    static void setNextAnswer(Answer answer);
    // The answer when no next answer is set (tests set Cancel so an unexpected dialog fails the
    // test instead of hanging it); None, the default, shows the dialog.
    static void setFallbackAnswer(Answer answer);
    // Called with the dialog (shown, not modal) when the seam answers; e.g. to grab a screenshot.
    static void setTestHook(std::function<void(ConfirmationDialog *)> hook);
    // What the last ask() showed (or would have), and how many times ask() ran.
    static Content lastContent();
    static int askCount();

private:
    Content m_content;
};

} // namespace hilal::ui
