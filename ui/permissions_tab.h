#pragma once

#include "ui/bot_tab.h"

#include "bots/permission.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace hilal::bots {
class PermissionSet;
}

namespace hilal::ui {

class AppContext;
class EmptyState;

// The Permissions tab: what the selected bot may do (the seven permissions in two groups, each
// with a line saying what it allows), the confirmation policy, and whether the dispatcher is
// unlocked. Every change is saved at once; the repository writes the audit entry.
class PermissionsTab : public QWidget, public BotTab
{
    Q_OBJECT
public:
    explicit PermissionsTab(AppContext *context, QWidget *parent = nullptr);

    void setBot(const QString &botId) override;
    QString botId() const { return m_botId; }

    QCheckBox *checkBox(bots::Permission permission) const { return m_checks.value(permission); }
    QCheckBox *confirmUpdatesBox() const { return m_confirmUpdates; }
    QCheckBox *confirmCreatesBox() const { return m_confirmCreates; }
    QComboBox *confirmSoqlBox() const { return m_confirmSoql; }
    QPushButton *safePresetButton() const { return m_safePreset; }
    // The warning about risky permissions on a public bot (hidden when none applies).
    QLabel *warningLabel() const { return m_warning; }
    QLabel *dispatcherLabel() const { return m_dispatcher; }

public slots:
    // Grants exactly CREATE_LEAD + READ_ACCOUNT.
    void applySafePreset();

private:
    QWidget *buildEditor();
    QWidget *buildGroup(const QString &title, bots::PermissionGroup group);
    void load();
    void savePermissions(const bots::PermissionSet &permissions);
    void savePolicy();
    void updateIndicators();

    AppContext *m_context;
    QString m_botId;
    bool m_loading = false;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_title = nullptr;
    QLabel *m_audience = nullptr;
    QLabel *m_dispatcher = nullptr;
    QLabel *m_warning = nullptr;
    QHash<bots::Permission, QCheckBox *> m_checks;
    QPushButton *m_safePreset = nullptr;
    QCheckBox *m_confirmUpdates = nullptr;
    QCheckBox *m_confirmCreates = nullptr;
    QComboBox *m_confirmSoql = nullptr;
    QLabel *m_saved = nullptr;
};

} // namespace hilal::ui
