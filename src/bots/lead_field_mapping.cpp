#include "bots/lead_field_mapping.h"

#include <QRegularExpression>

#include <algorithm>

namespace hilal::bots {

QString LeadFieldSource::summary() const
{
    // not user text: written into audit records as it is
    return isParameter() ? QStringLiteral("from the chat's \"%1\"").arg(value)
                         : QStringLiteral("default \"%1\"").arg(value);
}

QJsonObject LeadFieldSource::toJson() const
{
    return {{isParameter() ? QStringLiteral("from") : QStringLiteral("default"), value}};
}

const LeadFieldSource *LeadFieldMapping::source(const QString &field) const
{
    for (const LeadFieldSource &s : m_sources) {
        if (s.field.compare(field, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const LeadFieldSource *LeadFieldMapping::sourceOfParameter(const QString &parameter) const
{
    for (const LeadFieldSource &s : m_sources) {
        if (s.isParameter() && s.value == parameter)
            return &s;
    }
    return nullptr;
}

QStringList LeadFieldMapping::parameters() const
{
    QStringList out;
    for (const LeadFieldSource &s : m_sources) {
        if (s.isParameter())
            out << s.value;
    }
    return out;
}

void LeadFieldMapping::set(const LeadFieldSource &source)
{
    unset(source.field);
    m_sources.append(source);
    std::sort(m_sources.begin(), m_sources.end(), [](const LeadFieldSource &a, const LeadFieldSource &b) {
        return a.field.compare(b.field, Qt::CaseInsensitive) < 0;
    });
}

bool LeadFieldMapping::unset(const QString &field)
{
    const auto before = m_sources.size();
    m_sources.erase(
        std::remove_if(m_sources.begin(), m_sources.end(),
                       [&field](const LeadFieldSource &s) { return s.field.compare(field, Qt::CaseInsensitive) == 0; }),
        m_sources.end());
    return m_sources.size() != before;
}

QJsonObject LeadFieldMapping::toJson() const
{
    QJsonObject out;
    for (const LeadFieldSource &s : m_sources)
        out.insert(s.field, s.toJson());
    return out;
}

bool LeadFieldMapping::isValidFieldName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*(?:__[cC])?$"));
    return name.size() <= 80 && re.match(name).hasMatch();
}

bool LeadFieldMapping::isValidParameterName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,80}$"));
    return re.match(name).hasMatch();
}

bool LeadFieldMapping::isValidFixedValue(const QString &value)
{
    if (value.isEmpty() || value.size() > 32000)
        return false;
    return std::none_of(value.begin(), value.end(), [](QChar c) {
        return c != QLatin1Char('\n') && c != QLatin1Char('\t')
            && (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format);
    });
}

} // namespace hilal::bots
