#pragma once

#include "results/record_flattener.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QThreadPool>

#include <memory>

namespace hilal::ui {

// The grid shows the results module's table as it is.
using results::RecordFlattener;
using results::ResultTable;
using results::SubqueryCell;

// The results grid's model: query records shown as columns (`Account.Name`), subqueries as
// "3 Contacts" cells. Pages are appended as they arrive (beginInsertRows), so the grid grows while
// the rest loads. Records stay the org's JSON and a cell is resolved only when the view asks for
// it (the visible ones), so loading 100,000 rows costs no more than holding them; columns are
// found from the query's SELECT list and a sample of each page, on a worker thread, and pages
// land strictly in arrival order.
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the cell as QVariant (string, qint64, double, bool, invalid)
        SubqueryRole, // SubqueryCell for subquery cells, else invalid
        RecordIdRole, // the record Id a cell holds (Id, AccountId …), else invalid
    };

    // Whether `value` in column `column` is a record Id: the column's last part is `Id` or ends
    // in `Id` (a lookup), and the value has an Id's shape (15 or 18 letters and digits).
    static bool isRecordId(const QString &column, const QVariant &value);

    explicit ResultsModel(QObject *parent = nullptr);
    ~ResultsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Starts a new result: drops rows and columns, and any page still being flattened.
    void clear();
    // Column paths known in advance (the query's SELECT list), so columns keep SELECT order even
    // when a lookup is null on the first rows.
    void seedColumns(const QStringList &paths);

    // Flattens and appends on the calling thread (small pages, tests).
    void appendRecords(const QJsonArray &records);
    // Flattens on a worker thread; the rows arrive later, in order; pagesApplied() tells when.
    void appendRecordsAsync(const QJsonArray &records);
    // Pages handed to appendRecordsAsync() that are not in the grid yet.
    int pendingPages() const { return m_pending; }

    QStringList columns() const { return m_table.columns; }
    SubqueryCell subqueryAt(const QModelIndex &index) const;
    // A cheap, implicitly shared copy of everything loaded, for export.
    ResultTable table() const { return m_table; }

Q_SIGNALS:
    // After every page (sync or async) lands in the grid; rowCount() is the new total.
    void pageApplied(int rowCount);
    // When the last pending async page has landed.
    void allPagesApplied();

private:
    static constexpr int kSampleRows = 50; // records per page looked at for columns
    static QStringList discoverColumns(RecordFlattener &flattener, const QJsonArray &records);
    void applyPage(const QStringList &columns, const QJsonArray &records);

    ResultTable m_table;
    std::shared_ptr<RecordFlattener> m_flattener;
    QThreadPool m_pool; // one thread: pages are flattened one after the other, in order
    int m_pending = 0;
    quint64 m_generation = 0; // bumped by clear(); pages of an older result are dropped
};

} // namespace hilal::ui
