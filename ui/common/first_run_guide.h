#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace hilal::ui {

class AppContext;

// The first-run walk-through, a panel across the top of the main window (not a dialog: the
// window stays usable under it) shown when the app starts with no bots. Three steps, each with
// its button and ticked once done: check the Connected App in Settings, add a bot, connect it.
// It goes away for good when the last step is done or when dismissed; both are remembered in
// AppPaths::settingsFile(). Hidden in demo mode, which brings its own bots.
class FirstRunGuide : public QFrame
{
    Q_OBJECT
public:
    enum Step { ConnectedAppStep, AddBotStep, ConnectStep, StepCount };

    explicit FirstRunGuide(AppContext *context, QWidget *parent = nullptr);

    // Whether the guide applies at all (not dismissed, not completed, not demo).
    bool isActive() const;
    bool isStepDone(Step step) const;
    QPushButton *stepButton(Step step) const { return m_buttons[step]; }
    QPushButton *dismissButton() const { return m_dismiss; }

    // The settings key that remembers a dismissed or completed walk-through.
    static QString doneKey();

public Q_SLOTS:
    void dismiss();
    // The Connected App step is done once Settings… has been opened from anywhere.
    void markConnectedAppChecked();
    void refresh();

Q_SIGNALS:
    void settingsRequested();
    void addBotRequested();
    void connectRequested();

private:
    void remember(const QString &key);
    bool remembered(const QString &key) const;

    AppContext *m_context;
    QLabel *m_marks[StepCount] = {};
    QPushButton *m_buttons[StepCount] = {};
    QPushButton *m_dismiss = nullptr;
    bool m_active = false;
};

} // namespace hilal::ui
