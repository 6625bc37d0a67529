#include "bots/saved_queries.h"

#include "bots/database.h"
#include "bots/messages.h"
#include "core/app_paths.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hilal::bots {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

SavedQuery fromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(),
            QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
            QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
}

} // namespace

SavedQueries::SavedQueries(const QString &databaseFile)
    : m_connection(Database::uniqueConnectionName("saved-queries"))
{
    QSqlDatabase db
        = Database::open(databaseFile.isEmpty() ? AppPaths::databaseFile() : databaseFile, m_connection, &m_error);
    m_open = db.isValid() && db.isOpen();
}

SavedQueries::~SavedQueries()
{
    Database::close(m_connection);
}

bool SavedQueries::fail(QString *error, const QString &message) const
{
    m_error = message;
    if (error)
        *error = message;
    return false;
}

QString SavedQueries::nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Messages::tr("A saved query needs a name.");
    if (trimmed.size() > MaxNameLength)
        return Messages::tr("A query's name may have at most %1 characters.").arg(MaxNameLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return Messages::tr("A query's name may not contain line breaks, tabs or other control characters.");
    }
    return QString();
}

QList<SavedQuery> SavedQueries::list(const QString &botId) const
{
    QList<SavedQuery> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT name, soql, created, updated FROM saved_queries WHERE bot_id = ? "
                             "ORDER BY name COLLATE NOCASE"));
    q.addBindValue(botId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<SavedQuery> SavedQueries::get(const QString &botId, const QString &name) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT name, soql, created, updated FROM saved_queries WHERE bot_id = ? AND name = ?"));
    q.addBindValue(botId);
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

bool SavedQueries::save(const QString &botId, const QString &name, const QString &soql, QString *error)
{
    if (!m_open)
        return fail(error, m_error);
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return fail(error, problem);
    if (soql.trimmed().isEmpty())
        return fail(error, Messages::tr("There is no query to save: write one first."));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // The name keeps the spelling it was first saved with; the query and its time are replaced.
    q.prepare(
        QStringLiteral("INSERT INTO saved_queries (bot_id, name, soql, created, updated) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT(bot_id, name) DO UPDATE SET soql = excluded.soql, updated = excluded.updated"));
    const QString at = now();
    q.addBindValue(botId);
    q.addBindValue(name.trimmed());
    q.addBindValue(soql);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!q.exec())
        return fail(error, Messages::tr("Could not save the query (%1).").arg(q.lastError().text()));
    return true;
}

bool SavedQueries::rename(const QString &botId, const QString &from, const QString &to, QString *error)
{
    if (!m_open)
        return fail(error, m_error);
    if (const QString problem = nameProblem(to); !problem.isEmpty())
        return fail(error, problem);
    if (!get(botId, from))
        return fail(error, Messages::tr("There is no saved query called \"%1\".").arg(from.trimmed()));
    const bool sameQuery = from.trimmed().compare(to.trimmed(), Qt::CaseInsensitive) == 0;
    if (!sameQuery && get(botId, to))
        return fail(error, Messages::tr("Another saved query is called \"%1\" already.").arg(to.trimmed()));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE saved_queries SET name = ?, updated = ? WHERE bot_id = ? AND name = ?"));
    q.addBindValue(to.trimmed());
    q.addBindValue(now());
    q.addBindValue(botId);
    q.addBindValue(from.trimmed());
    if (!q.exec())
        return fail(error, Messages::tr("Could not rename the query (%1).").arg(q.lastError().text()));
    return true;
}

bool SavedQueries::remove(const QString &botId, const QString &name, QString *error)
{
    if (!m_open)
        return fail(error, m_error);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM saved_queries WHERE bot_id = ? AND name = ?"));
    q.addBindValue(botId);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return fail(error, Messages::tr("Could not delete the query (%1).").arg(q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return fail(error, Messages::tr("There is no saved query called \"%1\".").arg(name.trimmed()));
    return true;
}

} // namespace hilal::bots
