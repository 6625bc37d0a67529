#pragma once

#include <QProxyStyle>

namespace hilal::ui {

// Draws each piece of widget text (buttons, check boxes, tabs, group boxes, menus…) in the
// direction of the text itself rather than the layout's. In a right-to-left layout (Arabic, or
// `-reverse`) an English sentence then keeps its period at the end ("Remember me." rather than
// ".Remember me") while Arabic reads as before; where the text sits is still the layout's.
// QLabel already does this for its own text; item views lay out their text with the item's
// direction.
class BidiTextStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // `baseKey`: the style to draw with (QStyle::name() of the current one).
    explicit BidiTextStyle(const QString &baseKey);

    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette, bool enabled,
                      const QString &text, QPalette::ColorRole textRole = QPalette::NoRole) const override;

    // Wraps the application's current style (call once, after QApplication exists).
    static void install();
};

} // namespace hilal::ui
