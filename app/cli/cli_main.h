#pragma once

#include <QStringList>

namespace hilal::cli {

class CliContext;

// hilal-sf's whole command line (`arguments` without the program name): the global options,
// `help CMD`, then the subcommand from the command table. Returns the exit code. main.cpp calls
// it with the process's streams; tests call it with buffers.
int cliMain(const QStringList &arguments, CliContext &context);

// The global usage text (`hilal-sf --help`).
QString globalUsage();

} // namespace hilal::cli
