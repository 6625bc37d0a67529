#include "ui/bots/add_bot_dialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hilal::ui {

using bots::Audience;
using bots::Chatbot;
using bots::OrgKind;

namespace {
constexpr int kDemoOrg = -1; // the org combo's data for the local demo org (not an OrgKind)
}

AddBotDialog::AddBotDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add Bot"));
    build();
    m_internal->setChecked(true);
    validate();
}

AddBotDialog::AddBotDialog(const Chatbot &bot, QWidget *parent)
    : QDialog(parent)
    , m_rename(true)
    , m_originalName(bot.name)
{
    setWindowTitle(tr("Rename Bot"));
    build();
    setName(bot.name);
    setAudience(bot.audience);
    setOrgKind(bot.orgKind);
    setLoginUrl(bot.loginUrl.toString());
    m_internal->setEnabled(false);
    m_public->setEnabled(false);
    m_orgKind->setEnabled(false);
    m_loginUrl->setReadOnly(true);
    m_fixedNote->setText(tr("Only the name changes here; the audience and org change in Bot ▸ Properties…."));
    m_name->selectAll();
    validate();
}

void AddBotDialog::build()
{
    setMinimumWidth(460);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Website concierge"));
    m_name->setAccessibleName(tr("Bot name"));

    QLayout *audienceBox = audienceChoice(this, &m_internal, &m_public);

    m_orgKind = new QComboBox(this);
    m_orgKind->addItem(tr("Production or Developer Edition (login.salesforce.com)"), int(OrgKind::Production));
    m_orgKind->addItem(tr("Sandbox (test.salesforce.com)"), int(OrgKind::Sandbox));
    m_orgKind->setAccessibleName(tr("Org kind"));

    m_loginUrl = new QLineEdit(this);
    m_loginUrl->setPlaceholderText(tr("Optional: https://yourcompany.my.salesforce.com"));
    m_loginUrl->setAccessibleName(tr("My Domain login URL"));

    m_fixedNote = new QLabel(tr("The org kind and login URL decide where the bot logs in. Changing the org "
                                "kind later (Bot ▸ Properties…) means connecting the bot again."),
                             this);
    m_fixedNote->setWordWrap(true);
    m_fixedNote->setForegroundRole(QPalette::PlaceholderText);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Validation message"));
    QPalette warn = m_message->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_message->setPalette(warn);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Audience:"), audienceBox);
    form->addRow(tr("&Org:"), m_orgKind);
    form->addRow(tr("&Login URL:"), m_loginUrl);
    static_cast<QLabel *>(form->labelForField(m_name))->setBuddy(m_name);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_rename ? tr("Rename") : tr("Add Bot"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validationMessage().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_fixedNote);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &AddBotDialog::validate);
    connect(m_loginUrl, &QLineEdit::textChanged, this, &AddBotDialog::validate);
    connect(m_orgKind, &QComboBox::currentIndexChanged, this, &AddBotDialog::onOrgChosen);
}

QLayout *AddBotDialog::audienceChoice(QWidget *parent, QRadioButton **internal, QRadioButton **publicAudience)
{
    *internal = new QRadioButton(tr("&Internal — staff only"), parent);
    *publicAudience = new QRadioButton(tr("&Public — anyone on a website"), parent);
    (*internal)->setAccessibleName(tr("Internal audience"));
    (*publicAudience)->setAccessibleName(tr("Public audience"));
    auto *group = new QButtonGroup(parent);
    group->addButton(*internal);
    group->addButton(*publicAudience);
    auto *box = new QVBoxLayout;
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(*internal);
    box->addWidget(*publicAudience);
    return box;
}

QString AddBotDialog::name() const
{
    return m_name->text().trimmed();
}
Audience AddBotDialog::audience() const
{
    return m_public->isChecked() ? Audience::Public : Audience::Internal;
}
OrgKind AddBotDialog::orgKind() const
{
    // The demo org logs in like a production org (its own login URL).
    return isDemoOrgChosen() ? OrgKind::Production : OrgKind(m_orgKind->currentData().toInt());
}

bool AddBotDialog::isDemoOrgChosen() const
{
    return m_orgKind->currentData().toInt() == kDemoOrg;
}

void AddBotDialog::offerDemoOrg(const QUrl &url)
{
    if (m_rename || !url.isValid() || m_orgKind->findData(kDemoOrg) >= 0)
        return;
    m_demoOrgUrl = url;
    m_orgKind->insertItem(0, tr("Local demo org (%1)").arg(url.authority()), kDemoOrg);
    m_orgKind->setCurrentIndex(0);
    onOrgChosen();
}

void AddBotDialog::onOrgChosen()
{
    if (m_rename || !m_demoOrgUrl.isValid())
        return;
    const bool demo = isDemoOrgChosen();
    if (demo)
        m_loginUrl->setText(m_demoOrgUrl.toString());
    else if (m_loginUrl->text() == m_demoOrgUrl.toString())
        m_loginUrl->clear();
    m_loginUrl->setReadOnly(demo);
}

QUrl AddBotDialog::loginUrl() const
{
    const QString text = m_loginUrl->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
}

void AddBotDialog::setName(const QString &name)
{
    m_name->setText(name);
}
void AddBotDialog::setAudience(Audience audience)
{
    (audience == Audience::Public ? m_public : m_internal)->setChecked(true);
}
void AddBotDialog::setOrgKind(OrgKind kind)
{
    m_orgKind->setCurrentIndex(m_orgKind->findData(int(kind)));
}
void AddBotDialog::setLoginUrl(const QString &url)
{
    m_loginUrl->setText(url);
}

QString AddBotDialog::validationMessage() const
{
    QString message = Chatbot::validateName(m_name->text());
    if (message.isEmpty() && !m_rename)
        message = Chatbot::validateLoginUrl(loginUrl());
    return message;
}

void AddBotDialog::validate()
{
    // Say nothing about an empty name until the user typed something: the disabled button is
    // enough of a hint on a fresh form.
    const QString message = validationMessage();
    m_message->setText(m_name->text().isEmpty() && !m_rename ? QString() : message);
    m_message->setVisible(!m_message->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

} // namespace hilal::ui
