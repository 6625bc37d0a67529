#include "emulator/soql/query_error.h"

namespace hilal::emulator::soqlexec {

[[noreturn]] void fail(const QString &code, const QString &explanation, int offset)
{
    throw QueryError {code, explanation, offset};
}

[[noreturn]] void malformed(const QString &explanation, int offset)
{
    fail(QStringLiteral("MALFORMED_QUERY"), explanation, offset);
}

SfError layoutError(const QString &soql, const QString &code, const QString &explanation, int offset)
{
    offset = qBound(0, offset, int(soql.size()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; ++i) {
        if (soql.at(i) == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
        }
    }
    int lineEnd = int(soql.indexOf(QLatin1Char('\n'), lineStart));
    if (lineEnd < 0)
        lineEnd = int(soql.size());
    const int column = offset - lineStart + 1;
    const QString text = QLatin1Char('\n') + soql.mid(lineStart, lineEnd - lineStart) + QLatin1Char('\n')
        + QString(column - 1, QLatin1Char(' ')) + QStringLiteral("^\nERROR at Row:%1:Column:%2\n").arg(line).arg(column)
        + explanation;
    return SfError {code, text, {}, false};
}

QString noSuchColumn(const QString &name, const QString &object)
{
    return QStringLiteral("No such column '%1' on entity '%2'. If you are attempting to use a custom field, "
                          "be sure to append "
                          "the '__c' after the custom field name. Please reference your WSDL or the describe "
                          "call for the appropriate names.")
        .arg(name, object);
}

QString notUnderstoodRelationship(const QString &name)
{
    return QStringLiteral("Didn't understand relationship '%1' in field path. If you are attempting to use a "
                          "custom relationship, be "
                          "sure to append the '__r' after the custom relationship name. Please reference "
                          "your WSDL or the describe call "
                          "for the appropriate names.")
        .arg(name);
}

QString unsupportedObject(const QString &name)
{
    return QStringLiteral("sObject type '%1' is not supported. If you are attempting to use a custom object, "
                          "be sure to append the "
                          "'__c' after the entity name. Please reference your WSDL or the describe call for "
                          "the appropriate names.")
        .arg(name);
}

} // namespace hilal::emulator::soqlexec
