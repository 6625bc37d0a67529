#include "ui/common/empty_state.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hilal::ui {

EmptyState::EmptyState(const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->addStretch(2);
    // No alignment flags here: a word-wrapped label added with one gets its one-line size hint
    // and clips; full width with centred text wraps correctly at any size.
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addWidget(m_text);
    layout->addStretch(3);
    setAccessibleName(title);
    setAccessibleDescription(text);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

} // namespace hilal::ui
