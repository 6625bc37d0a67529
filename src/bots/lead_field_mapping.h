#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hilal::bots {

// Where one Lead field's value comes from when the bot creates a Lead: a chat parameter
// (`--from region`) or a fixed value (`--default EMEA`, used when the chat gives none).
struct LeadFieldSource
{
    enum class Kind { Parameter, Fixed };

    QString field; // Lead API name, e.g. "Region__c" or "LeadSource"
    Kind kind = Kind::Parameter;
    QString value; // the parameter's name, or the fixed value

    bool isParameter() const { return kind == Kind::Parameter; }
    // "from the chat's \"region\"" / "default \"EMEA\"".
    QString summary() const;
    QJsonObject toJson() const; // {"from": "region"} | {"default": "EMEA"}

    friend bool operator==(const LeadFieldSource &a, const LeadFieldSource &b)
    {
        return a.field == b.field && a.kind == b.kind && a.value == b.value;
    }
};

// A bot's mapping from chat parameters to the fields of the Lead its create-lead makes
// (docs/custom-fields.md). Stored with the bot (BotRepository::leadFieldMapping); each field has
// at most one source. Field names compare case-insensitively, as Salesforce's do; parameter names
// are exact (they are JSON keys of the chat's payload).
class LeadFieldMapping
{
public:
    const QList<LeadFieldSource> &sources() const { return m_sources; } // sorted by field
    bool isEmpty() const { return m_sources.isEmpty(); }
    const LeadFieldSource *source(const QString &field) const;
    // The Lead field fed by chat parameter `parameter`, or null.
    const LeadFieldSource *sourceOfParameter(const QString &parameter) const;
    QStringList parameters() const; // the chat parameters the mapping reads

    void set(const LeadFieldSource &source); // replaces the field's old source
    bool unset(const QString &field);

    // {"Region__c": {"from": "region"}, "LeadSource": {"default": "Chat"}}
    QJsonObject toJson() const;

    // Salesforce field API names: a letter, then letters, digits, single underscores; custom ones
    // end in __c. Parameter names: 1–80 of letters, digits, '_', '-', '.'.
    static bool isValidFieldName(const QString &name);
    static bool isValidParameterName(const QString &name);
    // A fixed value: 1–32000 characters, no control characters but line breaks and tabs.
    static bool isValidFixedValue(const QString &value);

private:
    QList<LeadFieldSource> m_sources;
};

} // namespace hilal::bots
