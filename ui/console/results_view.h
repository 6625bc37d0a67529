#pragma once

#include "results/record_flattener.h"

#include <QModelIndexList>
#include <QTableView>
#include <QUrl>

#include <functional>

class QAction;
class QMenu;
class QSortFilterProxyModel;

namespace hilal::ui {

using results::SubqueryCell;

class ResultsModel;

// The results grid: a QTableView tuned for 100,000 rows (fixed row height, no per-row sizing),
// sorted by a click on a column's header and narrowed by a filter (a QSortFilterProxyModel over
// the results model; numbers sort as numbers), Ctrl+C copies the selected cells tab-separated
// and Ctrl+Shift+C with their column headers (both also in the context menu), a record Id opens
// the record in Salesforce (instance URL + "/" + Id, in the system browser) and a subquery cell
// opens its rows in a window of their own, each on double-click or Enter.
class ResultsView : public QTableView
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget *parent = nullptr);

    void setResultsModel(ResultsModel *model);
    // Shown in the middle of the grid while it has no rows.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }
    ResultsModel *resultsModel() const { return m_model; }

    // The selected cells as text: rows by line (LF), columns by tab, in grid order; cells the
    // selection skips inside its bounding rectangle stay empty so columns line up when pasted.
    // With `withHeaders`, the first line holds the columns' headers.
    static QString selectionAsTsv(const QAbstractItemModel *model, QModelIndexList indexes, bool withHeaders = false);

    void copySelection(bool withHeaders = false);

    // Rows shown: those with a cell containing `text` (case-insensitive); empty shows all.
    void setFilterText(const QString &text);
    QString filterText() const;
    QSortFilterProxyModel *sortFilterModel() const { return m_proxy; }

    // Where record links point: the org's instance URL (set by the console per run).
    void setInstanceUrl(const QUrl &url) { m_instanceUrl = url; }
    QUrl instanceUrl() const { return m_instanceUrl; }
    // How a record's URL is opened; QDesktopServices::openUrl unless a test injects its own.
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener);
    // The record URL for a cell holding a record Id; empty for other cells or without an
    // instance URL.
    QUrl recordUrl(const QModelIndex &index) const;
    // Opens that URL; false when the cell holds no Id or nothing could open it.
    bool openRecord(const QModelIndex &index);

    QAction *copyAction() const { return m_copy; }
    QAction *copyWithHeadersAction() const { return m_copyWithHeaders; }
    QAction *openRecordAction() const { return m_openRecord; }
    // The context menu for `index` as it would pop up (tests look at its actions).
    QMenu *createContextMenu(const QModelIndex &index);
    // Opens a subquery cell's rows in a window of their own; returns it (tests look at it).
    QWidget *openSubquery(const QModelIndex &index);

Q_SIGNALS:
    void subqueryOpened(QWidget *window);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    ResultsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QString m_emptyText;
    QString m_filterText;
    QUrl m_instanceUrl;
    UrlOpener m_opener;
    QAction *m_copy;
    QAction *m_copyWithHeaders;
    QAction *m_openRecord;
};

} // namespace hilal::ui
