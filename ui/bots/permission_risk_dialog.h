#pragma once

#include "bots/permission_set.h"

#include <QDialog>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace hilal::ui {

// Asked before a public bot is given more than creating leads and reading accounts: it names
// what each new permission lets a stranger do and takes the reason the admin accepts the risk
// (kept in the audit trail). Apply stays disabled until a reason is typed.
class PermissionRiskDialog : public QDialog
{
    Q_OBJECT
public:
    PermissionRiskDialog(const QString &botName, const bots::PermissionSet &widening, QWidget *parent = nullptr);

    QString reason() const;
    QLabel *risksLabel() const { return m_risks; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Shows the dialog and returns the reason, or nothing when cancelled. Tests call
    // setNextAnswer() first, so they never block on the modal dialog (the MessageBox seam).
    static std::optional<QString> ask(QWidget *parent, const QString &botName, const bots::PermissionSet &widening);
    static void setNextAnswer(const std::optional<QString> &reason);
    static void clearNextAnswer();
    static QString lastText(); // the risks named by the last ask(), shown or answered

    // The sentence naming what `p` lets anyone who chats with a public bot do.
    static QString risk(bots::Permission p);

private:
    QLabel *m_risks;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace hilal::ui
