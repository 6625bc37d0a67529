#include "ui/common/message_box.h"

#include "ui/common/user_text.h"

#include <QAbstractButton>
#include <QHash>
#include <QInputDialog>
#include <QPushButton>

#include <optional>

namespace hilal::ui {

namespace {

MessageBox::Button &nextAnswer()
{
    static MessageBox::Button answer = MessageBox::NoButton;
    return answer;
}

QString &lastTitleRef()
{
    static QString title;
    return title;
}

QString &lastTextRef()
{
    static QString text;
    return text;
}

QString buttonText(MessageBox::Button button)
{
    switch (button) {
    case MessageBox::Ok:
        return QMessageBox::tr("OK");
    case MessageBox::Cancel:
        return QMessageBox::tr("Cancel");
    case MessageBox::Yes:
        return QMessageBox::tr("Yes");
    case MessageBox::No:
        return QMessageBox::tr("No");
    case MessageBox::Disconnect:
        return QMessageBox::tr("Disconnect");
    case MessageBox::Remove:
        return QMessageBox::tr("Remove");
    case MessageBox::NoButton:
        break;
    }
    return {};
}

QMessageBox::ButtonRole buttonRole(MessageBox::Button button)
{
    switch (button) {
    case MessageBox::Cancel:
        return QMessageBox::RejectRole;
    case MessageBox::No:
        return QMessageBox::NoRole;
    case MessageBox::Remove:
        return QMessageBox::DestructiveRole;
    default:
        return QMessageBox::AcceptRole;
    }
}

std::optional<QString> &nextReason()
{
    static std::optional<QString> reason;
    return reason;
}

} // namespace

void MessageBox::setNextReason(const QString &reason)
{
    nextReason() = reason;
}

QString MessageBox::askReason(QWidget *parent, const QString &title, const QString &text,
                              const QString &informativeText)
{
    lastTitleRef() = title;
    lastTextRef() = UserText::withoutCliHints(text);
    if (nextReason()) {
        const QString answer = *nextReason();
        nextReason().reset();
        return answer.trimmed();
    }
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(text + QStringLiteral("\n\n") + informativeText);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setOkButtonText(QMessageBox::tr("Allow"));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.textValue().trimmed();
}

void MessageBox::setNextAnswer(Button answer)
{
    nextAnswer() = answer;
}

QString MessageBox::lastTitle()
{
    return lastTitleRef();
}

QString MessageBox::lastText()
{
    return lastTextRef();
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        const QString &informativeText, Button accept)
{
    return exec(parent, QMessageBox::Question, title, text, informativeText, accept | Cancel, Cancel);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       const QString &informativeText)
{
    return exec(parent, QMessageBox::Warning, title, text, informativeText, Ok, Ok);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                           const QString &informativeText)
{
    return exec(parent, QMessageBox::Information, title, text, informativeText, Ok, Ok);
}

MessageBox::Button MessageBox::exec(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                    const QString &informativeText, Buttons buttons, Button defaultButton)
{
    lastTitleRef() = title;
    lastTextRef() = UserText::withoutCliHints(text);
    if (nextAnswer() != NoButton) {
        const Button answer = nextAnswer();
        nextAnswer() = NoButton;
        return answer;
    }

    QMessageBox box(icon, title, lastTextRef(), QMessageBox::NoButton, parent);
    box.setInformativeText(UserText::withoutCliHints(informativeText));
    box.setTextFormat(Qt::PlainText);
    QHash<QAbstractButton *, Button> map;
    for (Button b : {Disconnect, Remove, Yes, Ok, No, Cancel}) {
        if (!buttons.testFlag(b))
            continue;
        QPushButton *pushButton = box.addButton(buttonText(b), buttonRole(b));
        pushButton->setAccessibleName(buttonText(b));
        map.insert(pushButton, b);
        if (b == defaultButton) {
            box.setDefaultButton(pushButton);
            box.setEscapeButton(pushButton);
        }
    }
    box.exec();
    return map.value(box.clickedButton(), Cancel);
}

} // namespace hilal::ui
