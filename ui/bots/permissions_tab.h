#pragma once

#include "ui/bots/bot_tab.h"

#include "bots/confirmation_policy.h"
#include "bots/permission_set.h"

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

class EmptyState;

// The Permissions tab: what the selected bot may do (the seven permissions in two groups, each
// with a line saying what it allows), the confirmation policy, and whether the dispatcher is
// unlocked. Changes are staged: nothing is stored until Apply (Revert drops them), and widening a
// public bot beyond the safe preset asks first, naming the risk and taking a reason for the audit
// trail. The repository writes the audit entry of each applied change.
class PermissionsTab : public QWidget, public BotTab
{
    Q_OBJECT
public:
    // Uses the services' repository.
    explicit PermissionsTab(const Services &services, QWidget *parent = nullptr);

    void setBot(const QString &botId) override;
    QString botId() const { return m_botId; }

    QCheckBox *checkBox(bots::Permission permission) const { return m_checks.value(permission); }
    QCheckBox *confirmUpdatesBox() const { return m_confirmUpdates; }
    QCheckBox *confirmCreatesBox() const { return m_confirmCreates; }
    QComboBox *confirmSoqlBox() const { return m_confirmSoql; }
    QPushButton *safePresetButton() const { return m_safePreset; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    bool hasPendingChanges() const;
    // The warning about risky permissions on a public bot (hidden when none applies).
    QLabel *warningLabel() const { return m_warning; }
    QLabel *dispatcherLabel() const { return m_dispatcher; }

public slots:
    // Stages exactly CREATE_LEAD + READ_ACCOUNT (applied with Apply, like any other change).
    void applySafePreset();
    // Stores the staged permissions and policy (asking first when a public bot is widened).
    bool apply();
    // Drops the staged changes and shows what is stored.
    void revert();

private:
    QWidget *buildEditor();
    QWidget *buildGroup(const QString &title, bots::PermissionGroup group);
    void load(bool keepStaged = false);
    void showStaged();
    void stagePolicy();
    bots::ConfirmationPolicy stagedPolicy() const;
    void updateIndicators();

    bots::BotRepository *m_bots;
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
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    bots::PermissionSet m_staged;
    bool m_policyEdited = false;
};

} // namespace hilal::ui
