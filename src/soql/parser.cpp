#include "soql/parser.h"

namespace hilal::soql {

QString SoqlError::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
}

ParseResult Parser::parse(QStringView source)
{
    ParseResult result;
    result.error.line = 1;
    result.error.column = 1;
    result.error.message = QStringLiteral("the parser is not finished yet");
    Q_UNUSED(source);
    return result;
}

} // namespace hilal::soql
