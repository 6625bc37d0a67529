#include "ui/activity/audit_model.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace hilal::ui {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Bot:
        return tr("Bot");
    case Action:
        return tr("Action");
    case Status:
        return tr("Status");
    case Record:
        return tr("Record");
    case Duration:
        return tr("Duration");
    case Actor:
        return tr("Who");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const bots::AuditEntry &e = m_visible.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Bot:
            return m_botNames.value(e.botId, e.botId);
        case Action:
            return label(e);
        case Status:
            return e.kind == bots::AuditEntry::Kind::Dispatch && e.status > 0 ? QString::number(e.status) : QString();
        case Record:
            return e.salesforceId;
        case Duration:
            return e.durationMs >= 0 ? tr("%1 ms").arg(e.durationMs) : QString();
        case Actor:
            return e.confirmedBy.isEmpty() ? e.actor : tr("%1 (confirmed by %2)").arg(e.actor, e.confirmedBy);
        case Detail:
            return detailText(e);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status && e.kind == bots::AuditEntry::Kind::Dispatch) {
        if (e.status >= 500)
            return QBrush(QColor(QStringLiteral("#c0392b")));
        if (e.status == 409)
            return QBrush(QColor(QStringLiteral("#2471a3")));
        if (e.status >= 400)
            return QBrush(QColor(QStringLiteral("#b9770e")));
        return QBrush(QColor(QStringLiteral("#1e8449")));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Status || index.column() == Duration))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString AuditModel::detailText(const bots::AuditEntry &entry)
{
    QStringList parts;
    if (!entry.detail.isEmpty())
        parts << entry.detail;
    const QJsonObject params = entry.parameters;
    // The query an admin or a chat ran, as it was sent (already masked).
    const QString query = params.value(QLatin1String("query")).toString();
    if (!query.isEmpty())
        parts << query.simplified();
    // An update's old → new per field, when the entry carries them.
    const QJsonObject changes = params.value(QLatin1String("changes")).toObject();
    QStringList changed;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        auto text = [](const QJsonValue &v) {
            if (v.isNull() || v.isUndefined())
                return tr("(empty)");
            if (v.isString())
                return v.toString();
            return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        };
        changed << tr("%1: %2 → %3")
                       .arg(it.key(), text(change.value(QLatin1String("from"))),
                            text(change.value(QLatin1String("to"))));
    }
    if (!changed.isEmpty())
        parts << changed.join(QStringLiteral("; "));
    const QString reason = params.value(QLatin1String("reason")).toString();
    if (!reason.isEmpty() && !entry.detail.contains(reason))
        parts << tr("reason: %1").arg(reason);
    if (entry.status == 409 && entry.detail.isEmpty())
        parts << tr("waiting for a person to confirm");
    return parts.join(QStringLiteral(" — "));
}

QString AuditModel::label(const bots::AuditEntry &entry) const
{
    if (entry.kind == bots::AuditEntry::Kind::Dispatch)
        return entry.action;
    return tr("%1: %2").arg(bots::AuditEntry::kindName(entry.kind), entry.action);
}

void AuditModel::setEntries(const QList<bots::AuditEntry> &entries)
{
    m_all = entries;
    // Newest first by time (entries imported or written by another process may not be in id
    // order); ties keep the log's own order.
    std::stable_sort(m_all.begin(), m_all.end(),
                     [](const bots::AuditEntry &a, const bots::AuditEntry &b) { return a.at > b.at; });
    refilter();
}

void AuditModel::prepend(const bots::AuditEntry &entry)
{
    m_all.prepend(entry);
    if (!passes(entry))
        return;
    beginInsertRows({}, 0, 0);
    m_visible.prepend(entry);
    endInsertRows();
}

void AuditModel::setBotNames(const QHash<QString, QString> &names)
{
    m_botNames = names;
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0, Bot), index(rowCount() - 1, Bot));
}

void AuditModel::setActionFilter(const QString &action)
{
    m_action = action;
    refilter();
}

void AuditModel::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    refilter();
}

void AuditModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    refilter();
}

void AuditModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    refilter();
}

bool AuditModel::passes(const bots::AuditEntry &e) const
{
    if (!matches(e, m_action, m_status))
        return false;
    const QDate day = e.at.toLocalTime().date();
    if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
        return false;
    if (m_search.isEmpty())
        return true;
    const QString haystack = QStringList {e.action,
                                          detailText(e),
                                          e.actor,
                                          e.confirmedBy,
                                          e.salesforceId,
                                          m_botNames.value(e.botId, e.botId),
                                          QString::fromUtf8(QJsonDocument(e.parameters).toJson(QJsonDocument::Compact))}
                                 .join(QLatin1Char('\n'));
    return haystack.contains(m_search, Qt::CaseInsensitive);
}

QStringList AuditModel::actions() const
{
    QStringList out;
    for (const bots::AuditEntry &e : m_all) {
        if (!out.contains(e.action))
            out.append(e.action);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool AuditModel::matches(const bots::AuditEntry &entry, const QString &action, StatusFilter status)
{
    if (!action.isEmpty() && entry.action != action)
        return false;
    const bool dispatch = entry.kind == bots::AuditEntry::Kind::Dispatch;
    switch (status) {
    case StatusFilter::All:
        return true;
    case StatusFilter::Success:
        return dispatch && entry.status >= 200 && entry.status < 300;
    case StatusFilter::Pending:
        return dispatch && entry.status == 409;
    case StatusFilter::Refused:
        return dispatch && entry.status >= 400 && entry.status < 500 && entry.status != 409;
    case StatusFilter::Failed:
        return dispatch && entry.status >= 500;
    case StatusFilter::Changes:
        return !dispatch;
    }
    return true;
}

void AuditModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (const bots::AuditEntry &e : std::as_const(m_all)) {
        if (passes(e))
            m_visible.append(e);
    }
    endResetModel();
}

} // namespace hilal::ui
