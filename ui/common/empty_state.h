#pragma once

#include <QWidget>

class QLabel;

namespace hilal::ui {

// The centred "nothing here yet" panel: a title and one or two sentences saying what will
// appear here and how to get it. Never lorem ipsum.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(const QString &title, const QString &text, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    QString text() const;

private:
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace hilal::ui
