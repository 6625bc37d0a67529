#include "ui/common/confirmation_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hilal::ui {

namespace {

struct Seam
{
    ConfirmationDialog::Answer next = ConfirmationDialog::Answer::None;
    ConfirmationDialog::Answer fallback = ConfirmationDialog::Answer::None;
    std::function<void(ConfirmationDialog *)> hook;
    ConfirmationDialog::Content last;
    int count = 0;
};

Seam &seam()
{
    static Seam s;
    return s;
}

constexpr int kAlternativeResult = 2; // QDialog's result for the third button (not Accepted/Rejected)

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConfirmationDialog::ConfirmationDialog(const Content &content, QWidget *parent)
    : QDialog(parent)
    , m_content(content)
{
    setWindowTitle(content.title);
    setAccessibleName(content.title);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *heading = wrappedLabel(content.heading, this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    heading->setFont(bold);
    top->addWidget(heading, 1);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!content.objects.isEmpty())
        form->addRow(tr("Objects:"), wrappedLabel(content.objects.join(QLatin1String(", ")), this));
    if (!content.fields.isEmpty())
        form->addRow(tr("Fields:"), wrappedLabel(content.fields.join(QLatin1String(", ")), this));
    if (!content.estimate.isEmpty()) {
        auto *estimate = wrappedLabel(content.estimate, this);
        estimate->setObjectName(QStringLiteral("estimate"));
        form->addRow(tr("Rows:"), estimate);
    }
    if (!content.reasons.isEmpty()) {
        QStringList bullets;
        for (const QString &reason : content.reasons)
            bullets.append(QStringLiteral("• ") + reason);
        form->addRow(tr("Why we ask:"), wrappedLabel(bullets.join(QLatin1Char('\n')), this));
    }
    layout->addLayout(form);

    if (!content.changes.isEmpty()) {
        auto *table = new QTableWidget(int(content.changes.size()), 3, this);
        table->setObjectName(QStringLiteral("changes"));
        table->setAccessibleName(tr("Changes"));
        table->setHorizontalHeaderLabels({tr("Field"), tr("Current value"), tr("New value")});
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setStretchLastSection(true);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        for (int row = 0; row < content.changes.size(); ++row) {
            const Change &change = content.changes.at(row);
            table->setItem(row, 0, new QTableWidgetItem(change.field));
            table->setItem(row, 1, new QTableWidgetItem(change.current.isEmpty() ? tr("(empty)") : change.current));
            auto *proposed = new QTableWidgetItem(change.proposed.isEmpty() ? tr("(empty)") : change.proposed);
            QFont f = proposed->font();
            f.setBold(true);
            proposed->setFont(f);
            table->setItem(row, 2, proposed);
        }
        table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                                + table->rowHeight(0) * int(std::min<qsizetype>(content.changes.size(), 6)) + 4);
        layout->addWidget(table);
    }

    if (!content.detail.isEmpty()) {
        auto *detail = new QPlainTextEdit(content.detail, this);
        detail->setReadOnly(true);
        detail->setAccessibleName(tr("Details"));
        detail->setMaximumHeight(detail->fontMetrics().lineSpacing() * 4 + 12);
        detail->setTabChangesFocus(true);
        layout->addWidget(detail);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *confirm = buttons->addButton(content.confirmLabel.isEmpty() ? tr("Run") : content.confirmLabel,
                                              QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirm"));
    if (!content.alternativeLabel.isEmpty()) {
        QPushButton *alternative = buttons->addButton(content.alternativeLabel, QDialogButtonBox::ActionRole);
        alternative->setObjectName(QStringLiteral("alternative"));
        alternative->setAutoDefault(false);
        connect(alternative, &QPushButton::clicked, this, [this] { done(kAlternativeResult); });
    }
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    // Nothing runs by accident: Enter and Escape both mean Cancel until the user picks Run.
    confirm->setAutoDefault(false);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

bool ConfirmationDialog::ask(QWidget *parent, const Content &content)
{
    return choose(parent, content) == Answer::Confirm;
}

ConfirmationDialog::Answer ConfirmationDialog::choose(QWidget *parent, const Content &content)
{
    Seam &s = seam();
    s.last = content;
    ++s.count;
    if (s.next != Answer::None || s.fallback != Answer::None) {
        const Answer answer = s.next != Answer::None ? s.next : s.fallback;
        s.next = Answer::None;
        if (s.hook) {
            ConfirmationDialog dialog(content, parent);
            dialog.show();
            s.hook(&dialog);
        }
        return answer;
    }
    ConfirmationDialog dialog(content, parent);
    const int result = dialog.exec();
    return result == QDialog::Accepted ? Answer::Confirm
        : result == kAlternativeResult ? Answer::Alternative
                                       : Answer::Cancel;
}

void ConfirmationDialog::setNextAnswer(Answer answer)
{
    seam().next = answer;
}

void ConfirmationDialog::setFallbackAnswer(Answer answer)
{
    seam().fallback = answer;
}

void ConfirmationDialog::setTestHook(std::function<void(ConfirmationDialog *)> hook)
{
    seam().hook = std::move(hook);
}

ConfirmationDialog::Content ConfirmationDialog::lastContent()
{
    return seam().last;
}

int ConfirmationDialog::askCount()
{
    return seam().count;
}

} // namespace hilal::ui
