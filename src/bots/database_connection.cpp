#include "bots/database_connection.h"

#include "bots/database.h"
#include "core/app_paths.h"

namespace hilal::bots {

DatabaseConnection::DatabaseConnection(const QString &file, const char *purpose)
    : m_name(Database::uniqueConnectionName(purpose))
{
    Database::open(file.isEmpty() ? AppPaths::databaseFile() : file, m_name, &m_error);
}

DatabaseConnection::~DatabaseConnection()
{
    Database::close(m_name);
}

} // namespace hilal::bots
