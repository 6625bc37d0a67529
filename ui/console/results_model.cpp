#include "ui/console/results_model.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

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
    return parent.isValid() ? 0 : m_table.rowCount();
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

bool ResultsModel::isRecordId(const QString &column, const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return false;
    const QString last = column.section(QLatin1Char('.'), -1);
    if (!last.endsWith(QLatin1String("Id")))
        return false;
    const QString text = value.toString();
    if (text.size() != 15 && text.size() != 18)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    });
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rowCount())
        return {};
    const QVariant cell = m_table.cell(index.row(), index.column());
    const bool isSubquery = cell.userType() == qMetaTypeId<SubqueryCell>();
    switch (role) {
    case Qt::DisplayRole:
        return RecordFlattener::text(cell);
    case Qt::ToolTipRole:
        if (isSubquery && cell.value<SubqueryCell>().totalSize > 0)
            return tr("Double-click or press Enter to open these rows.");
        if (isRecordId(m_table.columns.value(index.column()), cell))
            return tr("Double-click or press Enter to open this record in Salesforce.");
        return {};
    case Qt::TextAlignmentRole:
        if (cell.typeId() == QMetaType::LongLong || cell.typeId() == QMetaType::Double)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (isSubquery || isRecordId(m_table.columns.value(index.column()), cell))
            return QGuiApplication::palette().brush(QPalette::Link);
        return {};
    case Qt::FontRole:
        if (isRecordId(m_table.columns.value(index.column()), cell)) {
            QFont font;
            font.setUnderline(true); // a link: it opens the record
            return font;
        }
        return {};
    case RecordIdRole:
        return isRecordId(m_table.columns.value(index.column()), cell) ? cell : QVariant();
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
    applyPage(m_flattener->columns(), {});
}

void ResultsModel::appendRecords(const QJsonArray &records)
{
    applyPage(discoverColumns(*m_flattener, records), records);
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
        QStringList columns = discoverColumns(*flattener, records);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, columns = std::move(columns), records, generation] {
                if (!self || generation != self->m_generation)
                    return;
                self->applyPage(columns, records);
                --self->m_pending;
                Q_EMIT self->pageApplied(self->rowCount());
                if (self->m_pending == 0)
                    Q_EMIT self->allPagesApplied();
            },
            Qt::QueuedConnection);
    });
}

QStringList ResultsModel::discoverColumns(RecordFlattener &flattener, const QJsonArray &records)
{
    // The SELECT list (seeded) names the columns; a sample of each page adds what it can't know
    // (FIELDS(), TYPEOF) and takes the org's spelling. Values are not converted here.
    const qsizetype sample = std::min<qsizetype>(records.size(), kSampleRows);
    for (qsizetype i = 0; i < sample; ++i)
        flattener.flattenRecord(records.at(i).toObject());
    return flattener.columns();
}

void ResultsModel::applyPage(const QStringList &columns, const QJsonArray &records)
{
    const int oldColumns = int(m_table.columns.size());
    const int newColumns = int(columns.size());
    // A lookup's placeholder column may have got its real name ("Account" → "Account.Name").
    const bool renamed = oldColumns > 0 && columns.mid(0, oldColumns) != m_table.columns;
    if (newColumns > oldColumns) {
        beginInsertColumns({}, oldColumns, newColumns - 1);
        m_table.setColumns(columns);
        endInsertColumns();
    } else if (renamed) {
        m_table.setColumns(columns);
    }
    if (renamed)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, oldColumns - 1);
    if (records.isEmpty())
        return;
    const int first = m_table.rowCount();
    beginInsertRows({}, first, first + int(records.size()) - 1);
    m_table.appendPage(records);
    endInsertRows();
}

} // namespace hilal::ui
