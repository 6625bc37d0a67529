#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace hilal::bots {

// When the dispatcher must ask a human before acting (409 with a preview and a one-time token).
class ConfirmationPolicy
{
public:
    enum class Soql {
        Off, // never ask
        NonTrivial, // ask when the classifier says NeedsConfirmation (default)
        All, // ask for every query
    };

    bool confirmUpdates = true; // UPDATE_OPPORTUNITY: on by default — a change to a deal
    Soql confirmSoql = Soql::NonTrivial;
    bool confirmCreates = false; // CREATE_LEAD: off by default — a new lead is cheap to undo

    static QString soqlName(Soql s); // "off" | "nontrivial" | "all"
    static std::optional<Soql> soqlFromName(const QString &name);

    QJsonObject toJson() const; // {"confirmUpdates": true, "confirmSoql": "nontrivial", "confirmCreates": false}
    QString summary() const; // "updates on, soql nontrivial, creates off"

    friend bool operator==(const ConfirmationPolicy &a, const ConfirmationPolicy &b)
    {
        return a.confirmUpdates == b.confirmUpdates && a.confirmSoql == b.confirmSoql
            && a.confirmCreates == b.confirmCreates;
    }
    friend bool operator!=(const ConfirmationPolicy &a, const ConfirmationPolicy &b) { return !(a == b); }
};

} // namespace hilal::bots
