#pragma once

#include <QString>
#include <QStringList>

namespace hilal::bots {

// The console's query history, per bot, in the app's SQLite file (AppPaths::databaseFile()), table
// `console_query_history`, versioned as component "console" in the shared `schema_migrations`.
// It keeps its own small migration (component "console") next to BotRepository's (component
// "bots", database.h) in the same file. Statements are single-row inserts and a LIMITed select on an index:
// well under a millisecond, done on the calling thread like BotRepository's.
class QueryHistory
{
public:
    static constexpr int SchemaVersion = 1;
    static constexpr int MaxPerBot = 200; // older entries are dropped

    // Empty file: AppPaths::databaseFile(). Check isOpen().
    explicit QueryHistory(const QString &databaseFile = {});
    ~QueryHistory();
    QueryHistory(const QueryHistory &) = delete;
    QueryHistory &operator=(const QueryHistory &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }

    // Newest first, each distinct query once.
    QStringList recent(const QString &botId, int limit = 50) const;
    // Records a query that was sent (a repeat moves to the top). False on a database failure.
    bool add(const QString &botId, const QString &soql);
    bool clear(const QString &botId);

private:
    bool migrate();

    QString m_connection;
    bool m_open = false;
    mutable QString m_error;
};

} // namespace hilal::bots
