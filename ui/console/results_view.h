#pragma once

#include "results/record_flattener.h"

#include <QModelIndexList>
#include <QTableView>

namespace hilal::ui {

using results::SubqueryCell;

class ResultsModel;

// The results grid: a QTableView tuned for 100,000 rows (fixed row height, no per-row sizing),
// Ctrl+C copies the selected cells tab-separated, and a subquery cell opens its rows in a window
// of their own on double-click or Enter.
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
    static QString selectionAsTsv(const QAbstractItemModel *model, QModelIndexList indexes);

    void copySelection();
    // Opens a subquery cell's rows in a window of their own; returns it (tests look at it).
    QWidget *openSubquery(const QModelIndex &index);

Q_SIGNALS:
    void subqueryOpened(QWidget *window);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    ResultsModel *m_model = nullptr;
    QString m_emptyText;
};

} // namespace hilal::ui
