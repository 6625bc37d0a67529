#pragma once

#include "bots/chatbot.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QRadioButton;

namespace hilal::ui {

// Asks for a new bot's name, audience and org kind (plus an optional My Domain login URL), or —
// in rename mode — only for a new name, showing the fixed settings read-only. Validates as you
// type with the same rules as the repository (Chatbot::validateName / validateLoginUrl).
class AddBotDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddBotDialog(QWidget *parent = nullptr);
    // Rename mode for `bot`.
    explicit AddBotDialog(const bots::Chatbot &bot, QWidget *parent = nullptr);

    QString name() const;
    bots::Audience audience() const;
    bots::OrgKind orgKind() const;
    QUrl loginUrl() const;

    void setName(const QString &name);
    void setAudience(bots::Audience audience);
    void setOrgKind(bots::OrgKind kind);
    void setLoginUrl(const QString &url);
    // Demo mode: offers the local demo org at `url` as the first org choice, selected; the login
    // URL then is the org's and not editable (choosing another org gives the field back).
    void offerDemoOrg(const QUrl &url);
    bool isDemoOrgChosen() const;

    // The two audience radio buttons (one exclusive group, under each other), as this dialog and
    // the bot's Properties show them.
    static QLayout *audienceChoice(QWidget *parent, QRadioButton **internal, QRadioButton **publicAudience);

    // Empty when OK may be pressed, else the sentence shown under the form.
    QString validationMessage() const;
    bool isRenameMode() const { return m_rename; }

private:
    void build();
    void validate();
    void onOrgChosen();

    bool m_rename = false;
    QString m_originalName;
    QUrl m_demoOrgUrl;
    QLineEdit *m_name = nullptr;
    QRadioButton *m_internal = nullptr;
    QRadioButton *m_public = nullptr;
    QComboBox *m_orgKind = nullptr;
    QLineEdit *m_loginUrl = nullptr;
    QLabel *m_fixedNote = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hilal::ui
