#pragma once

#include <QString>

namespace hilal::emulator::soqlexec {

// SQL text for the compiler, which inlines every literal (escaped here) into the statement.
QString quoted(const QString &name); // an identifier: "Name"
QString sqlString(const QString &s); // a string literal: 'O''Brien'
QString sqlNumber(double v); // a number with every significant digit

} // namespace hilal::emulator::soqlexec
