#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace hilal::emulator {
class LocalOrgThread;
}

namespace hilal::ui {
class AppContext;
}

namespace hilal::gui {

// `hilal-sf-admin --demo`: a local Salesforce org in-process (its own thread, a free loopback
// port, 10,000 seeded opportunities), a throw-away data dir and a keychain service of its own,
// and two demo bots pointed at the org. Nothing touches the user's real bots or keychain entries.
//
//   DemoSession demo;
//   if (!demo.prepare(&error)) …          // before AppContext: settles AppPaths and the keychain service
//   AppContext context; MainWindow window(&context); window.show();
//   demo.startInBackground();             // seeds on the org's thread; the window stays responsive
//   on orgStarted(ok): demo.createBots(&context); window.setBanner(demo.bannerText());
// start() does prepare + a blocking start, for tests.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultRecords = 10000;

    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    // Makes the data dir and points AppPaths and the keychain service at it. False with a
    // sentence in *error when the folder can't be made.
    bool prepare(QString *error, int records = DefaultRecords);
    // Seeds and starts the org on its own thread; orgStarted() follows. Call after prepare().
    void startInBackground();
    // prepare() and a blocking start (about a second of seeding for 10,000 records).
    bool start(QString *error, int records = DefaultRecords);
    bool isOrgRunning() const;

    // Creates "Website concierge" (public; CREATE_LEAD, READ_ACCOUNT) and "Sales ops" (internal;
    // all seven), both logging in at the local org. Returns the ids (concierge, sales ops).
    QStringList createBots(ui::AppContext *context);

    // Deletes the demo bots' keychain entries (the data dir goes with this object).
    void cleanUp(ui::AppContext *context);

    QUrl orgUrl() const;
    QString dataDir() const;
    QString keychainService() const { return m_keychainService; }
    QString bannerText() const;
    emulator::LocalOrgThread *org() const { return m_org.get(); }

    // Shown while the org seeds.
    QString startingText() const;

signals:
    void orgStarted(bool ok, const QString &error);

private:
    QTemporaryDir m_dir;
    QString m_keychainService;
    QString m_previousKeychainService;
    bool m_hadKeychainEnv = false;
    QStringList m_botIds;
    int m_records = DefaultRecords;
    std::unique_ptr<emulator::LocalOrgThread> m_org;
};

} // namespace hilal::gui
