#include "ui/bots/permission_risk_dialog.h"

#include "ui/bots/permission_labels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hilal::ui {

using bots::Permission;
using bots::Permissions;

namespace {

struct Seam
{
    bool armed = false;
    std::optional<QString> answer;
    QString lastText;
};

Seam &seam()
{
    static Seam s;
    return s;
}

QString risksText(const bots::PermissionSet &widening)
{
    QStringList lines;
    for (Permission p : widening.toList())
        lines << QStringLiteral("• ") + PermissionRiskDialog::risk(p);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString PermissionRiskDialog::risk(Permission p)
{
    switch (p) {
    case Permission::RunSoql:
        return tr("%1 lets anyone who chats with the bot read any record the connected Salesforce user can see.")
            .arg(PermissionLabels::displayName(p));
    case Permission::UpdateOpportunity:
        return tr("%1 lets anyone who chats with the bot change deals (stage, amount, close date).")
            .arg(PermissionLabels::displayName(p));
    case Permission::CreateOAuth:
        return tr("%1 lets the bot's integration connect it to a Salesforce org.")
            .arg(PermissionLabels::displayName(p));
    case Permission::ReadIntegrations:
        return tr("%1 lets the bot's integration see which org it is connected to and as whom.")
            .arg(PermissionLabels::displayName(p));
    case Permission::DeleteIntegrations:
        return tr("%1 lets the bot's integration disconnect it from Salesforce.").arg(PermissionLabels::displayName(p));
    case Permission::CreateLead:
    case Permission::ReadAccount:
        break;
    }
    return PermissionLabels::displayName(p) + QStringLiteral(": ") + Permissions::description(p);
}

PermissionRiskDialog::PermissionRiskDialog(const QString &botName, const bots::PermissionSet &widening, QWidget *parent)
    : QDialog(parent)
    , m_risks(new QLabel(risksText(widening), this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Widen a Public Bot?"));
    auto *intro = new QLabel(tr("<b>“%1” is a public bot: anyone on your website can chat with it.</b> "
                                "Safe for public bots is creating leads and reading accounts only. "
                                "The change you are applying also grants:")
                                 .arg(botName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_risks->setWordWrap(true);
    m_risks->setAccessibleName(tr("Risks"));
    auto *reasonLabel = new QLabel(tr("&Why is this acceptable? (kept in the audit log)"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. the bot only runs on the partner portal behind a login"));
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);

    QPushButton *apply = m_buttons->addButton(tr("&Grant Anyway"), QDialogButtonBox::AcceptRole);
    apply->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this, apply] { apply->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_risks);
    layout->addSpacing(6);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

QString PermissionRiskDialog::reason() const
{
    return m_reason->toPlainText().simplified();
}

std::optional<QString> PermissionRiskDialog::ask(QWidget *parent, const QString &botName,
                                                 const bots::PermissionSet &widening)
{
    seam().lastText = risksText(widening);
    if (seam().armed) {
        seam().armed = false;
        return seam().answer;
    }
    PermissionRiskDialog dialog(botName, widening, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

void PermissionRiskDialog::setNextAnswer(const std::optional<QString> &reason)
{
    seam().armed = true;
    seam().answer = reason;
}

void PermissionRiskDialog::clearNextAnswer()
{
    seam().armed = false;
}

QString PermissionRiskDialog::lastText()
{
    return seam().lastText;
}

} // namespace hilal::ui
