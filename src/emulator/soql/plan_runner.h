#pragma once

#include "emulator/soql/query_cursors.h"
#include "emulator/soql/select_plan.h"
#include "emulator/store/schema.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <map>
#include <vector>

class QSqlQuery;

namespace hilal::emulator::soqlexec {

class SqliteRowReader;

// Runs a compiled SelectPlan on the store's SQLite connection and shapes its rows as the REST
// query resource does: matching rowids once, then each page's records by rowid, with their
// parents nested and one query per child subquery for the whole page.
class PlanRunner
{
public:
    PlanRunner(const QString &connectionName, const Schema &schema);

    std::vector<qint64> matchingRowIds(const SelectPlan &p);
    qint64 countMatches(const SelectPlan &p);
    qint64 countLiveRecords(const ObjectDef &object);
    QJsonObject aggregateResult(const SelectPlan &p);
    // One page of a cursor from row `from`, with nextRecordsUrl while rows remain.
    QJsonObject page(const QString &cursorId, const Cursor &cursor, size_t from, const QString &apiVersion,
                     bool includeDeleted);
    // Every matching row in one statement, each column's value as cellText gives it (UTF-8,
    // valid during the call).
    void forEachRow(const SelectPlan &p, const std::function<bool(const std::vector<QByteArrayView> &cells)> &visit);
    // Column `column` of the reader's row as CSV text: what columnValue gives, written the Bulk
    // API's way. `scratch` holds the text when it is not the stored bytes.
    static QByteArrayView cellText(const OutputColumn &c, SqliteRowReader &row, int column, QByteArray &scratch);

private:
    QSqlDatabase database() const;
    [[noreturn]] static void sqlFailure(const QSqlQuery &q);
    [[noreturn]] static void sqlFailure(const QString &error);
    static QString idsSql(const SelectPlan &p);
    static QString orderedSql(const SelectPlan &p, const QString &what);
    static QJsonValue columnValue(const OutputColumn &c, const QVariant &v);
    static QJsonObject attributes(const QString &type, const QString &id, const QString &apiVersion);
    QJsonObject renderObject(const SelectPlan &p, const QVariantList &row, const QStringList &prefix,
                             const ObjectDef *object, const QString &id, const QString &apiVersion,
                             const std::map<int, QJsonValue> &childValues) const;
    QJsonArray fetchRecords(const SelectPlan &p, const std::vector<qint64> &rowIds, size_t from, size_t count,
                            const QString &apiVersion, bool includeDeleted);
    QHash<QString, QJsonArray> fetchChildren(const ChildPlan &c, const QStringList &parentIds,
                                             const QString &apiVersion, bool includeDeleted);

    QString m_connectionName;
    const Schema *m_schema;
};

} // namespace hilal::emulator::soqlexec
