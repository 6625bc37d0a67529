#include "ui/common/bidi_text_style.h"

#include <QApplication>
#include <QPainter>

namespace hilal::ui {

BidiTextStyle::BidiTextStyle(const QString &baseKey)
    : QProxyStyle(baseKey)
{
}

void BidiTextStyle::drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette, bool enabled,
                                 const QString &text, QPalette::ColorRole textRole) const
{
    // The painter's direction is the base direction of the bidi algorithm, and it also mirrors
    // an alignment that is not absolute yet: fix the alignment in the layout's direction first,
    // then change only the reading order.
    const Qt::LayoutDirection before = painter->layoutDirection();
    const int alignment = flags & Qt::AlignHorizontal_Mask;
    const int visual = int(QStyle::visualAlignment(before, Qt::Alignment(alignment | (flags & Qt::AlignAbsolute))));
    flags = (flags & ~(Qt::AlignHorizontal_Mask | Qt::AlignAbsolute)) | visual;
    painter->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
    painter->setLayoutDirection(before);
}

void BidiTextStyle::install()
{
    if (qobject_cast<BidiTextStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new BidiTextStyle(QApplication::style()->name()));
}

} // namespace hilal::ui
