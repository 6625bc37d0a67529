#include "ui/common/gui_preferences.h"

#include "ui/console/bulk_export_dialog.h"

#include "core/app_paths.h"

#include <QLocale>
#include <QSettings>

namespace hilal::ui {

namespace {

const auto kAudienceKey = QStringLiteral("newBot/audience");
const auto kOrgKindKey = QStringLiteral("newBot/orgKind");
const auto kBulkRowsKey = QStringLiteral("console/bulkSuggestRows");

QVariant stored(const QString &key)
{
    const QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    return s.value(key);
}

void store(const QString &key, const QVariant &value)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.setValue(key, value);
}

} // namespace

bots::Audience GuiPreferences::newBotAudience()
{
    return bots::Chatbot::audienceFromName(stored(kAudienceKey).toString()).value_or(bots::Audience::Internal);
}

void GuiPreferences::setNewBotAudience(bots::Audience audience)
{
    store(kAudienceKey, bots::Chatbot::audienceName(audience));
}

bots::OrgKind GuiPreferences::newBotOrgKind()
{
    return bots::Chatbot::orgKindFromName(stored(kOrgKindKey).toString()).value_or(bots::OrgKind::Production);
}

void GuiPreferences::setNewBotOrgKind(bots::OrgKind kind)
{
    store(kOrgKindKey, bots::Chatbot::orgKindName(kind));
}

qint64 GuiPreferences::bulkSuggestRows()
{
    bool ok = false;
    const qint64 rows = stored(kBulkRowsKey).toLongLong(&ok);
    return ok && rows >= MinBulkSuggestRows && rows <= MaxBulkSuggestRows ? rows : DefaultBulkSuggestRows;
}

QString GuiPreferences::setBulkSuggestRows(qint64 rows)
{
    if (rows < MinBulkSuggestRows || rows > MaxBulkSuggestRows)
        return tr("The row count for suggesting a Bulk export must be between %1 and %2.")
            .arg(QLocale().toString(MinBulkSuggestRows), QLocale().toString(MaxBulkSuggestRows));
    store(kBulkRowsKey, rows);
    apply();
    return {};
}

void GuiPreferences::apply()
{
    BulkExportDialog::setLargeResultRows(bulkSuggestRows());
}

} // namespace hilal::ui
