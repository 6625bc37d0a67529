#include "command_registry.h"

#include "command.h"

#include <algorithm>

namespace hilal::cli {

CommandRegistry &CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

bool CommandRegistry::add(const QString &name, Factory factory)
{
    m_factories.emplace_back(name, std::move(factory));
    return true;
}

std::unique_ptr<Command> CommandRegistry::create(const QString &name) const
{
    for (const auto &entry : m_factories) {
        if (entry.first == name)
            return entry.second();
    }
    return nullptr;
}

std::vector<std::unique_ptr<Command>> CommandRegistry::all() const
{
    std::vector<std::unique_ptr<Command>> out;
    for (const auto &entry : m_factories)
        out.push_back(entry.second());
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a->name() < b->name(); });
    return out;
}

} // namespace hilal::cli
