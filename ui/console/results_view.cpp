#include "ui/console/results_view.h"

#include "ui/console/results_model.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

#include <algorithm>

namespace hilal::ui {

ResultsView::ResultsView(QWidget *parent)
    : QTableView(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_copy(new QAction(tr("&Copy"), this))
    , m_copyWithHeaders(new QAction(tr("Copy with &headers"), this))
    , m_openRecord(new QAction(tr("&Open record in Salesforce"), this))
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

    // Sorting compares the raw values (numbers as numbers; an empty cell counts as the largest);
    // the filter matches the text shown, in any column.
    m_proxy->setSortRole(ResultsModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::DisplayRole);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // arrival order until a click
    horizontalHeader()->setSortIndicatorShown(true);
    setSortingEnabled(true);

    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, [this] { copySelection(false); });
    addAction(m_copy);
    m_copyWithHeaders->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyWithHeaders->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyWithHeaders, &QAction::triggered, this, [this] { copySelection(true); });
    addAction(m_copyWithHeaders);
    connect(m_openRecord, &QAction::triggered, this, [this] { openRecord(currentIndex()); });
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createContextMenu(indexAt(pos));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(viewport()->mapToGlobal(pos));
    });

    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ResultsModel::SubqueryRole).isValid())
            openSubquery(index);
        else if (index.data(ResultsModel::RecordIdRole).isValid())
            openRecord(index);
    });
}

QMenu *ResultsView::createContextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    const bool any = selectionModel() && selectionModel()->hasSelection();
    m_copy->setEnabled(any);
    m_copyWithHeaders->setEnabled(any);
    menu->addAction(m_copy);
    menu->addAction(m_copyWithHeaders);
    if (index.isValid())
        setCurrentIndex(index);
    m_openRecord->setEnabled(recordUrl(index).isValid());
    menu->addSeparator();
    menu->addAction(m_openRecord);
    return menu;
}

void ResultsView::setFilterText(const QString &text)
{
    m_filterText = text;
    m_proxy->setFilterFixedString(text);
    viewport()->update();
}

QString ResultsView::filterText() const
{
    return m_filterText;
}

void ResultsView::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

QUrl ResultsView::recordUrl(const QModelIndex &index) const
{
    const QString id = index.data(ResultsModel::RecordIdRole).toString();
    if (id.isEmpty() || !m_instanceUrl.isValid())
        return {};
    QUrl url = m_instanceUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + id); // Lightning redirects /<Id> to the record's page
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool ResultsView::openRecord(const QModelIndex &index)
{
    const QUrl url = recordUrl(index);
    return url.isValid() && m_opener && m_opener(url);
}

void ResultsView::setResultsModel(ResultsModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    // A new result starts in arrival order.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_proxy->sort(-1);
    });
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
    if (model() && model()->rowCount() > 0)
        return;
    const bool filteredOut = m_model && m_model->rowCount() > 0;
    const QString text = filteredOut ? tr("No row matches \u201c%1\u201d.").arg(m_filterText) : m_emptyText;
    if (text.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, text);
}

QString ResultsView::selectionAsTsv(const QAbstractItemModel *model, QModelIndexList indexes, bool withHeaders)
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
    lines.reserve(grid.size() + 1);
    if (withHeaders) {
        QStringList headers;
        for (int column = left; column <= right; ++column)
            headers.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        lines.append(headers.join(QLatin1Char('\t')));
    }
    for (const QStringList &row : std::as_const(grid))
        lines.append(row.join(QLatin1Char('\t')));
    return lines.join(QLatin1Char('\n'));
}

void ResultsView::copySelection(bool withHeaders)
{
    if (!selectionModel())
        return;
    const QString text = selectionAsTsv(model(), selectionModel()->selectedIndexes(), withHeaders);
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
    const int row = index.row(); // as shown (sorted or filtered)
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 of row %2").arg(cell.relationship).arg(row + 1));
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
    view->setInstanceUrl(m_instanceUrl);
    view->setUrlOpener(m_opener);
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
