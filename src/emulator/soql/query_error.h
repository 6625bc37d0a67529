#pragma once

#include "emulator/store/store_result.h"

#include <QString>

// Internals of the local org's SOQL executor (soql_executor.h): its errors, scopes, plans,
// compiler, row fetching and cursors.
namespace hilal::emulator::soqlexec {

// A query error before any row is read; rendered in Salesforce's
// "\n<line>\n<spaces>^\nERROR at Row:r:Column:c\n<explanation>" layout.
struct QueryError
{
    QString code;
    QString explanation;
    int offset = 0;
};

// Offsets below 0 are not positions in the query: the error is answered without the layout.
constexpr int kInternalFailure = -1; // the database failed: 500
constexpr int kUnplacedError = -2; // a 400 that points at no column

[[noreturn]] void fail(const QString &code, const QString &explanation, int offset);
[[noreturn]] void malformed(const QString &explanation, int offset);

// The error in Salesforce's layout: the query's line, a caret under the column, "ERROR at Row:r:Column:c".
SfError layoutError(const QString &soql, const QString &code, const QString &explanation, int offset);

// Salesforce's messages, word for word, for the errors the compiler raises in several places.
QString noSuchColumn(const QString &name, const QString &object);
QString notUnderstoodRelationship(const QString &name);
QString unsupportedObject(const QString &name);

} // namespace hilal::emulator::soqlexec
