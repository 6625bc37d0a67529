#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hilal::bots {

// A query the admin kept under a name, for one bot.
struct SavedQuery
{
    QString name;
    QString soql;
    QDateTime created; // UTC
    QDateTime updated; // UTC
};

// The console's saved, named queries per bot, in the bots database (table `saved_queries`,
// migration 7 → 8 in database.cpp): names are unique per bot whatever their case, and a bot's
// queries go with it when it is removed. Like QueryHistory, statements are single-row and run on
// the calling thread.
class SavedQueries
{
public:
    static constexpr int MaxNameLength = 80;

    // Empty file: AppPaths::databaseFile(). Check isOpen().
    explicit SavedQueries(const QString &databaseFile = {});
    ~SavedQueries();
    SavedQueries(const SavedQueries &) = delete;
    SavedQueries &operator=(const SavedQueries &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }

    // Sorted by name, case-insensitively.
    QList<SavedQuery> list(const QString &botId) const;
    std::optional<SavedQuery> get(const QString &botId, const QString &name) const;

    // Creates `name`, or replaces the query of the one with that name. False with a sentence in
    // *error for a bad name, an empty query or a database failure; nothing changes then.
    bool save(const QString &botId, const QString &name, const QString &soql, QString *error = nullptr);
    // False when `from` does not exist or another query is called `to` already.
    bool rename(const QString &botId, const QString &from, const QString &to, QString *error = nullptr);
    bool remove(const QString &botId, const QString &name, QString *error = nullptr);

    // Why `name` can't name a query ("" when it can): blank, too long, or a control character.
    static QString nameProblem(const QString &name);

private:
    bool fail(QString *error, const QString &message) const;

    QString m_connection;
    bool m_open = false;
    mutable QString m_error;
};

} // namespace hilal::bots
