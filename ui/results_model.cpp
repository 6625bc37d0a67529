#include "ui/results_model.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace hilal::ui {

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_flattener(std::make_shared<RecordFlattener>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("hilal-results-flattener"));
}

ResultsModel::~ResultsModel()
{
    m_pool.clear();
    m_pool.waitForDone();
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const FlatRow &row = m_table.rows.at(index.row());
    const QVariant cell = index.column() < row.size() ? row.at(index.column()) : QVariant();
    const bool isSubquery = cell.userType() == qMetaTypeId<SubqueryCell>();
    switch (role) {
    case Qt::DisplayRole:
        return RecordFlattener::text(cell);
    case Qt::ToolTipRole:
        if (isSubquery && cell.value<SubqueryCell>().totalSize > 0)
            return tr("Double-click or press Enter to open these rows.");
        return {};
    case Qt::TextAlignmentRole:
        if (cell.typeId() == QMetaType::LongLong || cell.typeId() == QMetaType::Double)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (isSubquery)
            return QGuiApplication::palette().brush(QPalette::Link);
        return {};
    case RawValueRole:
        return cell;
    case SubqueryRole:
        return isSubquery ? cell : QVariant();
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return m_table.columns.value(section);
    return section + 1;
}

SubqueryCell ResultsModel::subqueryAt(const QModelIndex &index) const
{
    return data(index, SubqueryRole).value<SubqueryCell>();
}

void ResultsModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_pool.clear(); // pages not started yet
    m_pending = 0;
    m_table = ResultTable();
    // A page still being flattened holds the old flattener; the new result gets its own.
    m_flattener = std::make_shared<RecordFlattener>();
    endResetModel();
}

void ResultsModel::seedColumns(const QStringList &paths)
{
    m_flattener->seedColumns(paths);
    FlatPage page;
    page.columns = m_flattener->columns();
    applyPage(page);
}

void ResultsModel::appendRecords(const QJsonArray &records)
{
    applyPage(m_flattener->flatten(records));
    Q_EMIT pageApplied(rowCount());
}

void ResultsModel::appendRecordsAsync(const QJsonArray &records)
{
    ++m_pending;
    const quint64 generation = m_generation;
    const std::shared_ptr<RecordFlattener> flattener = m_flattener;
    QPointer<ResultsModel> self(this);
    // The pool has one thread, so pages are flattened in the order they were queued, and the
    // queued calls back to this object's thread arrive in that same order.
    (void)QtConcurrent::run(&m_pool, [self, flattener, records, generation] {
        FlatPage page = flattener->flatten(records);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, page = std::move(page), generation] {
                if (!self || generation != self->m_generation)
                    return;
                self->applyPage(page);
                --self->m_pending;
                Q_EMIT self->pageApplied(self->rowCount());
                if (self->m_pending == 0)
                    Q_EMIT self->allPagesApplied();
            },
            Qt::QueuedConnection);
    });
}

void ResultsModel::applyPage(const FlatPage &page)
{
    const int oldColumns = int(m_table.columns.size());
    const int newColumns = int(page.columns.size());
    // A lookup's placeholder column may have got its real name ("Account" → "Account.Name").
    const bool renamed = oldColumns > 0 && page.columns.mid(0, oldColumns) != m_table.columns;
    if (newColumns > oldColumns) {
        beginInsertColumns({}, oldColumns, newColumns - 1);
        m_table.columns = page.columns;
        endInsertColumns();
    } else if (renamed) {
        m_table.columns = page.columns;
    }
    if (renamed)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, oldColumns - 1);
    if (page.rows.isEmpty())
        return;
    const int first = int(m_table.rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_table.rows.append(page.rows);
    endInsertRows();
}

} // namespace hilal::ui
