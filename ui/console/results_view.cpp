#include "ui/console/results_view.h"

#include "ui/console/results_model.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace hilal::ui {

ResultsView::ResultsView(QWidget *parent)
    : QTableView(parent)
{
    setAccessibleName(tr("Query results"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights: the view never measures 100,000 rows, so scrolling stays smooth.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultSectionSize(160);
    horizontalHeader()->setHighlightSections(false);

    auto *copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ResultsView::copySelection);
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ResultsModel::SubqueryRole).isValid())
            openSubquery(index);
    });
}

void ResultsView::setResultsModel(ResultsModel *model)
{
    m_model = model;
    setModel(model);
    // The empty-state text comes and goes with the rows.
    connect(model, &QAbstractItemModel::modelReset, viewport(), qOverload<>(&QWidget::update));
    connect(model, &QAbstractItemModel::rowsInserted, viewport(), qOverload<>(&QWidget::update));
}

void ResultsView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void ResultsView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_emptyText.isEmpty() || (model() && model()->rowCount() > 0))
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
}

QString ResultsView::selectionAsTsv(const QAbstractItemModel *model, QModelIndexList indexes)
{
    if (!model || indexes.isEmpty())
        return QString();
    int top = indexes.first().row(), bottom = top;
    int left = indexes.first().column(), right = left;
    for (const QModelIndex &index : indexes) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    const int width = right - left + 1;
    QVector<QStringList> grid(bottom - top + 1, QStringList(width, QString()));
    for (const QModelIndex &index : indexes) {
        // Tabs and line breaks inside a value would break the paste grid; spaces keep it whole.
        QString text = index.data(Qt::DisplayRole).toString();
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1String("\r\n"), QLatin1String(" "));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text.replace(QLatin1Char('\r'), QLatin1Char(' '));
        grid[index.row() - top][index.column() - left] = text;
    }
    QStringList lines;
    lines.reserve(grid.size());
    for (const QStringList &row : std::as_const(grid))
        lines.append(row.join(QLatin1Char('\t')));
    return lines.join(QLatin1Char('\n'));
}

void ResultsView::copySelection()
{
    if (!selectionModel())
        return;
    const QString text = selectionAsTsv(model(), selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ResultsView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && currentIndex().data(ResultsModel::SubqueryRole).isValid()) {
        openSubquery(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}

QWidget *ResultsView::openSubquery(const QModelIndex &index)
{
    const SubqueryCell cell = index.data(ResultsModel::SubqueryRole).value<SubqueryCell>();
    if (cell.records.isEmpty())
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 of row %2").arg(cell.relationship).arg(index.row() + 1));
    auto *layout = new QVBoxLayout(dialog);
    QString summary = tr("%Ln row(s) of %1", nullptr, int(cell.records.size())).arg(cell.relationship);
    if (cell.totalSize > cell.records.size())
        summary = tr("The first %1 of %2 %3 rows (Salesforce pages large child sets).")
                      .arg(cell.records.size())
                      .arg(cell.totalSize)
                      .arg(cell.relationship);
    auto *label = new QLabel(summary, dialog);
    layout->addWidget(label);
    auto *model = new ResultsModel(dialog);
    model->appendRecords(cell.records);
    auto *view = new ResultsView(dialog);
    view->setResultsModel(model);
    view->setAccessibleName(tr("%1 rows").arg(cell.relationship));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(720, 360);
    dialog->show();
    Q_EMIT subqueryOpened(dialog);
    return dialog;
}

} // namespace hilal::ui
