#include "bots/query_history.h"

#include "bots/messages.h"
#include "core/app_paths.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hilal::bots {

namespace {

} // namespace

QueryHistory::QueryHistory(const QString &databaseFile)
{
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("hilal.bots.history.%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(databaseFile.isEmpty() ? AppPaths::databaseFile() : databaseFile);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = Messages::tr("Could not open the query history (%1); check that the data folder is writable.")
                      .arg(db.lastError().text());
        return;
    }
    m_open = migrate();
}

QueryHistory::~QueryHistory()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool QueryHistory::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const QStringList steps {
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations "
                       "(component TEXT PRIMARY KEY, version INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS console_query_history ("
                       "id INTEGER PRIMARY KEY AUTOINCREMENT, bot_id TEXT NOT NULL, "
                       "soql TEXT NOT NULL, ran_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS console_query_history_bot "
                       "ON console_query_history (bot_id, id)"),
        QStringLiteral("INSERT INTO schema_migrations (component, version) VALUES ('console', %1) "
                       "ON CONFLICT(component) DO UPDATE SET version = MAX(version, excluded.version)")
            .arg(SchemaVersion),
    };
    for (const QString &sql : steps) {
        if (!q.exec(sql)) {
            m_error = Messages::tr("Could not prepare the query history table (%1).").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

QStringList QueryHistory::recent(const QString &botId, int limit) const
{
    QStringList out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT soql FROM console_query_history WHERE bot_id = ? "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(botId);
    q.addBindValue(limit);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

bool QueryHistory::add(const QString &botId, const QString &soql)
{
    if (!m_open || soql.trimmed().isEmpty())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    // A repeat moves to the top: delete the old copy, insert a new row.
    q.prepare(QStringLiteral("DELETE FROM console_query_history WHERE bot_id = ? AND soql = ?"));
    q.addBindValue(botId);
    q.addBindValue(soql);
    bool ok = q.exec();
    q.prepare(QStringLiteral("INSERT INTO console_query_history (bot_id, soql, ran_at) VALUES (?, ?, ?)"));
    q.addBindValue(botId);
    q.addBindValue(soql);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    ok = ok && q.exec();
    q.prepare(QStringLiteral("DELETE FROM console_query_history WHERE bot_id = ? AND id NOT IN "
                             "(SELECT id FROM console_query_history WHERE bot_id = ? ORDER BY id DESC LIMIT ?)"));
    q.addBindValue(botId);
    q.addBindValue(botId);
    q.addBindValue(MaxPerBot);
    ok = ok && q.exec();
    if (!ok) {
        m_error = Messages::tr("Could not save the query in the history (%1).").arg(q.lastError().text());
        db.rollback();
        return false;
    }
    return db.commit();
}

bool QueryHistory::clear(const QString &botId)
{
    if (!m_open)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM console_query_history WHERE bot_id = ?"));
    q.addBindValue(botId);
    return q.exec();
}

} // namespace hilal::bots
