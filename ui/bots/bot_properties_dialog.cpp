#include "ui/bots/bot_properties_dialog.h"

#include "ui/bots/add_bot_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hilal::ui {

using bots::Audience;
using bots::Chatbot;
using bots::OrgKind;

BotPropertiesDialog::BotPropertiesDialog(const Chatbot &bot, const std::optional<bots::ConnectionInfo> &connection,
                                         QWidget *parent)
    : QDialog(parent)
    , m_bot(bot)
    , m_connection(connection)
{
    setWindowTitle(tr("Bot Properties"));
    setMinimumWidth(460);

    auto *name = new QLabel(bot.name, this);
    name->setTextFormat(Qt::PlainText);
    name->setAccessibleName(tr("Bot name"));

    QLayout *audienceBox = AddBotDialog::audienceChoice(this, &m_internal, &m_public);

    m_orgKind = new QComboBox(this);
    m_orgKind->addItem(tr("Production or Developer Edition"), int(OrgKind::Production));
    m_orgKind->addItem(tr("Sandbox"), int(OrgKind::Sandbox));
    m_orgKind->setAccessibleName(tr("Org kind"));
    m_loginHost = new QLabel(this);
    m_loginHost->setAccessibleName(tr("Login host"));
    m_loginHost->setForegroundRole(QPalette::PlaceholderText);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("What the change does"));

    auto *form = new QFormLayout;
    form->addRow(tr("Bot:"), name);
    form->addRow(tr("Audience:"), audienceBox);
    form->addRow(tr("&Org:"), m_orgKind);
    form->addRow(QString(), m_loginHost);
    static_cast<QLabel *>(form->labelForField(m_orgKind))->setBuddy(m_orgKind);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setAudience(bot.audience);
    setOrgKind(bot.orgKind);
    connect(m_public, &QRadioButton::toggled, this, &BotPropertiesDialog::update);
    connect(m_orgKind, &QComboBox::currentIndexChanged, this, &BotPropertiesDialog::update);
    update();
}

Audience BotPropertiesDialog::audience() const
{
    return m_public->isChecked() ? Audience::Public : Audience::Internal;
}

OrgKind BotPropertiesDialog::orgKind() const
{
    return OrgKind(m_orgKind->currentData().toInt());
}

void BotPropertiesDialog::setAudience(Audience audience)
{
    (audience == Audience::Public ? m_public : m_internal)->setChecked(true);
}

void BotPropertiesDialog::setOrgKind(OrgKind kind)
{
    m_orgKind->setCurrentIndex(m_orgKind->findData(int(kind)));
}

bool BotPropertiesDialog::endsConnection() const
{
    return m_connection.has_value() && orgKind() != m_bot.orgKind;
}

QString BotPropertiesDialog::noteText() const
{
    return m_note->text();
}

void BotPropertiesDialog::update()
{
    Chatbot after = m_bot;
    after.orgKind = orgKind();
    const QUrl login = after.effectiveLoginUrl();
    const QString host = login.port() > 0 ? QStringLiteral("%1:%2").arg(login.host()).arg(login.port()) : login.host();
    m_loginHost->setText(tr("Logs in at %1").arg(host));

    QStringList lines;
    if (endsConnection()) {
        const QString org = m_connection->orgName.isEmpty() ? m_connection->orgId : m_connection->orgName;
        lines << tr("Its connection to %1 was made at the old login host, so it ends: the token is revoked. "
                    "You then connect the bot again; it logs in at %2.")
                     .arg(org, host);
    } else if (orgKind() != m_bot.orgKind) {
        lines << tr("The bot is not connected; when you connect it, it logs in at %1.").arg(host);
    }
    if (audience() == Audience::Public && m_bot.audience != Audience::Public)
        lines << tr("A public bot answers anyone on a website: if it holds more than creating leads and reading "
                    "accounts, you are asked why you accept the risk.");
    m_note->setText(lines.join(QLatin1Char('\n')));
    m_note->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(audience() != m_bot.audience || orgKind() != m_bot.orgKind);
    // A shown dialog does not grow by itself for a wrapped note: make room for all of it.
    if (isVisible()) {
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

} // namespace hilal::ui
