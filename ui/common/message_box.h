#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace hilal::ui {

// Every confirmation the app asks goes through here (the KeePassXC seam): tests call
// setNextAnswer() first, so a GUI test never blocks on a modal dialog it cannot click.
class MessageBox
{
public:
    enum Button {
        NoButton = 0,
        Ok = 1 << 0,
        Cancel = 1 << 1,
        Yes = 1 << 2,
        No = 1 << 3,
        Disconnect = 1 << 4,
        Remove = 1 << 5,
    };
    Q_DECLARE_FLAGS(Buttons, Button)

    // The next call to any of the functions below returns `answer` at once without showing
    // anything. One answer per call; NoButton clears it.
    static void setNextAnswer(Button answer);

    // Shows a question; `accept` is the button that does the thing (e.g. Disconnect) and is
    // placed and styled as the affirmative one; Cancel is always there and is the default.
    static Button question(QWidget *parent, const QString &title, const QString &text, const QString &informativeText,
                           Button accept);

    // A warning the user can only acknowledge.
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          const QString &informativeText = {});

    // Asks for a short reason (one line of text) after naming what it is for; empty when the
    // user cancelled or typed nothing. The seam: setNextReason() answers the next call at once
    // (an empty string answers "cancelled").
    static QString askReason(QWidget *parent, const QString &title, const QString &text,
                             const QString &informativeText);
    static void setNextReason(const QString &reason);
    // Information the user can only acknowledge (About, the shortcut list).
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              const QString &informativeText = {});

    // The title/text of the last box asked (shown or answered by the seam), for tests.
    static QString lastTitle();
    static QString lastText();

private:
    static Button exec(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       const QString &informativeText, Buttons buttons, Button defaultButton);
};

} // namespace hilal::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(hilal::ui::MessageBox::Buttons)
