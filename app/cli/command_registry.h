#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QString>

namespace hilal::cli {

class Command;

// Subcommands register themselves at static-initialisation time, so adding one is adding one
// file pair and one line in CMakeLists.txt — main.cpp never changes.
class CommandRegistry
{
public:
    using Factory = std::function<std::unique_ptr<Command>()>;

    static CommandRegistry &instance();

    bool add(const QString &name, Factory factory);
    std::unique_ptr<Command> create(const QString &name) const;
    std::vector<std::unique_ptr<Command>> all() const; // sorted by name

private:
    std::vector<std::pair<QString, Factory>> m_factories;
};

} // namespace hilal::cli

#define HILAL_REGISTER_COMMAND(Type, Name)                                                       \
    namespace {                                                                                  \
    const bool registered_##Type = ::hilal::cli::CommandRegistry::instance().add(                \
        QStringLiteral(Name), [] { return std::unique_ptr<::hilal::cli::Command>(new Type); }); \
    }
