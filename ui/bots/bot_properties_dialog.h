#pragma once

#include "bots/chatbot.h"
#include "bots/connection_info.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace hilal::ui {

// A bot's audience and org kind, changed after it was added. It says before anything happens
// what the change means: a new org kind ends a connected bot's connection (its token was issued
// by the other login host) and the bot must be connected again; a public bot's risky
// permissions need the admin's reason. Apply stays disabled until something changes.
class BotPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    // `connection`: the bot's stored connection, if any (it decides what the note says).
    BotPropertiesDialog(const bots::Chatbot &bot, const std::optional<bots::ConnectionInfo> &connection,
                        QWidget *parent = nullptr);

    bots::Audience audience() const;
    bots::OrgKind orgKind() const;
    void setAudience(bots::Audience audience);
    void setOrgKind(bots::OrgKind kind);

    // True when the choice ends the bot's connection (a connected bot, a new org kind).
    bool endsConnection() const;
    // The sentence under the form: what Apply will do.
    QString noteText() const;
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    bots::Chatbot m_bot;
    std::optional<bots::ConnectionInfo> m_connection;
    QRadioButton *m_internal = nullptr;
    QRadioButton *m_public = nullptr;
    QComboBox *m_orgKind = nullptr;
    QLabel *m_loginHost = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hilal::ui
