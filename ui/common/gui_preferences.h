#pragma once

#include "bots/chatbot.h"

#include <QCoreApplication>
#include <QString>

namespace hilal::ui {

// The desktop app's own preferences, kept in AppPaths::settingsFile() beside the window's
// geometry (the CLI has no use for them): what a new bot starts as, and the row estimate above
// which the SOQL console suggests a Bulk export instead of the grid.
class GuiPreferences
{
    Q_DECLARE_TR_FUNCTIONS(hilal::ui::GuiPreferences)
public:
    static constexpr qint64 DefaultBulkSuggestRows = 50000;
    static constexpr qint64 MinBulkSuggestRows = 1000;
    static constexpr qint64 MaxBulkSuggestRows = 100000000;

    static bots::Audience newBotAudience(); // Internal unless set
    static void setNewBotAudience(bots::Audience audience);
    static bots::OrgKind newBotOrgKind(); // Production unless set
    static void setNewBotOrgKind(bots::OrgKind kind);

    // The console's threshold (BulkExportDialog::largeResultRows follows it, see apply()).
    static qint64 bulkSuggestRows();
    // Empty when stored; else the sentence saying why not (nothing stored).
    static QString setBulkSuggestRows(qint64 rows);

    // Hands the stored values to the parts that read them (the console's threshold); at start
    // and after Settings… saves.
    static void apply();
};

} // namespace hilal::ui
