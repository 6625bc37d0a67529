#include "ui/common/first_run_guide.h"

#include "ui/common/app_context.h"

#include "bots/bot_repository.h"
#include "core/app_paths.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace hilal::ui {

namespace {

const auto kConnectedAppKey = QStringLiteral("firstRun/connectedAppChecked");

} // namespace

QString FirstRunGuide::doneKey()
{
    return QStringLiteral("firstRun/done");
}

FirstRunGuide::FirstRunGuide(AppContext *context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("firstRunGuide"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Getting started"));

    auto *title = new QLabel(tr("<b>Getting started</b> — three steps to a bot that works in Salesforce"), this);
    title->setTextFormat(Qt::RichText);
    m_dismiss = new QPushButton(tr("Hide this guide"), this);
    m_dismiss->setAccessibleName(tr("Hide the getting started guide"));
    m_dismiss->setFlat(true);
    auto *head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(m_dismiss);

    const QString texts[StepCount] = {
        tr("Check the Connected App: the consumer key and callback URL your Salesforce org knows."),
        tr("Add a bot: its name, who chats with it, and which org it logs in to."),
        tr("Connect the bot: log in to Salesforce once; the app keeps the token in your keychain."),
    };
    const QString buttons[StepCount] = {tr("Settings…"), tr("Add Bot…"), tr("Connect…")};
    const QString names[StepCount] = {tr("Open Settings"), tr("Add a bot"), tr("Connect the bot")};
    auto *steps = new QGridLayout;
    steps->setColumnStretch(1, 1);
    for (int i = 0; i < StepCount; ++i) {
        m_marks[i] = new QLabel(this);
        m_marks[i]->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.✓")) + 4);
        auto *text = new QLabel(texts[i], this);
        text->setWordWrap(true);
        m_buttons[i] = new QPushButton(buttons[i], this);
        m_buttons[i]->setAccessibleName(names[i]);
        steps->addWidget(m_marks[i], i, 0);
        steps->addWidget(text, i, 1);
        steps->addWidget(m_buttons[i], i, 2);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(head);
    layout->addLayout(steps);

    connect(m_dismiss, &QPushButton::clicked, this, &FirstRunGuide::dismiss);
    connect(m_buttons[ConnectedAppStep], &QPushButton::clicked, this, &FirstRunGuide::settingsRequested);
    connect(m_buttons[AddBotStep], &QPushButton::clicked, this, &FirstRunGuide::addBotRequested);
    connect(m_buttons[ConnectStep], &QPushButton::clicked, this, &FirstRunGuide::connectRequested);
    connect(context, &AppContext::botsChanged, this, &FirstRunGuide::refresh);
    connect(context, &AppContext::connectionChanged, this, &FirstRunGuide::refresh);

    // Only a start with no bots begins the walk-through; someone who has bots knows the way.
    m_active = !remembered(doneKey()) && context->bots()->list().isEmpty();
    refresh();
}

bool FirstRunGuide::isActive() const
{
    return m_active && !m_context->isDemo();
}

bool FirstRunGuide::isStepDone(Step step) const
{
    switch (step) {
    case ConnectedAppStep:
        return remembered(kConnectedAppKey);
    case AddBotStep:
        return !m_context->bots()->list().isEmpty();
    case ConnectStep:
        for (const bots::Chatbot &bot : m_context->bots()->list()) {
            if (m_context->bots()->connectionInfo(bot.id))
                return true;
        }
        return false;
    case StepCount:
        break;
    }
    return false;
}

void FirstRunGuide::dismiss()
{
    remember(doneKey());
    m_active = false;
    refresh();
}

void FirstRunGuide::markConnectedAppChecked()
{
    remember(kConnectedAppKey);
    refresh();
}

void FirstRunGuide::refresh()
{
    if (m_active && isStepDone(ConnectStep)) {
        // A connected bot is what the walk-through was for: done, for good.
        remember(doneKey());
        m_active = false;
    }
    bool previousDone = true;
    for (int i = 0; i < StepCount; ++i) {
        const bool done = isStepDone(Step(i));
        m_marks[i]->setText(done ? tr("%1. ✓").arg(i + 1) : tr("%1.").arg(i + 1));
        m_marks[i]->setAccessibleName(done ? tr("Step %1, done").arg(i + 1) : tr("Step %1").arg(i + 1));
        // The next step to do is the default-looking one; Connect needs a bot first.
        m_buttons[i]->setEnabled(Step(i) != ConnectStep || isStepDone(AddBotStep));
        m_buttons[i]->setDefault(!done && previousDone);
        previousDone = previousDone && done;
    }
    setVisible(isActive());
}

void FirstRunGuide::remember(const QString &key)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.setValue(key, true);
}

bool FirstRunGuide::remembered(const QString &key) const
{
    const QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    return s.value(key, false).toBool();
}

} // namespace hilal::ui
