#include "soql/literal_escaper.h"

namespace hilal::soql {

namespace {

void appendEscaped(QString &out, QStringView value, bool like)
{
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\'':
            out += QLatin1String("\\'");
            break;
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'%':
            out += like ? QLatin1String("\\%") : QLatin1String("%");
            break;
        case u'_':
            out += like ? QLatin1String("\\_") : QLatin1String("_");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
            break;
        }
    }
}

} // namespace

QString LiteralEscaper::escape(QStringView value)
{
    QString out;
    out.reserve(value.size() + 8);
    appendEscaped(out, value, false);
    return out;
}

QString LiteralEscaper::quote(QStringView value)
{
    QString out;
    out.reserve(value.size() + 10);
    out += QLatin1Char('\'');
    appendEscaped(out, value, false);
    out += QLatin1Char('\'');
    return out;
}

QString LiteralEscaper::escapeLike(QStringView value)
{
    QString out;
    out.reserve(value.size() + 8);
    appendEscaped(out, value, true);
    return out;
}

QString LiteralEscaper::likePattern(QStringView value, LikeMatch match)
{
    const bool leading = match == LikeMatch::EndsWith || match == LikeMatch::Contains;
    const bool trailing = match == LikeMatch::StartsWith || match == LikeMatch::Contains;
    QString out;
    out.reserve(value.size() + 12);
    out += QLatin1Char('\'');
    if (leading)
        out += QLatin1Char('%');
    appendEscaped(out, value, true);
    if (trailing)
        out += QLatin1Char('%');
    out += QLatin1Char('\'');
    return out;
}

} // namespace hilal::soql
