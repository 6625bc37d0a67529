#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QSpinBox;
class QLineEdit;
class QFormLayout;
class QNetworkAccessManager;
class QPushButton;

namespace hilal::secrets {
class TokenStore;
}

namespace hilal::ui {

// Settings… : the Connected App (consumer key, callback URL) and the Salesforce API version,
// each validated as you type with Config's own rules; Save stores them (nothing is stored while
// any is wrong). "Check" asks the org's login host whether it knows the consumer key and the
// callback URL, and says so in a sentence — without logging in.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `loginUrl`: the login host to check against (the selected bot's; empty → production).
    explicit SettingsDialog(QNetworkAccessManager *network, const QUrl &loginUrl = {}, QWidget *parent = nullptr);

    QLineEdit *consumerKeyEdit() const { return m_clientId; }
    QLineEdit *callbackUrlEdit() const { return m_callback; }
    QLineEdit *apiVersionEdit() const { return m_apiVersion; }
    QPushButton *saveButton() const { return m_save; }
    // The Connected App's consumer secret, when it requires one: kept only in the keychain, never
    // shown; an empty field keeps what is stored, "Remove" deletes it.
    QLineEdit *consumerSecretEdit() const { return m_secret; }
    QCheckBox *removeSecretBox() const { return m_removeSecret; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *checkResultLabel() const { return m_checkResult; }
    // Defaults for new bots and the console's Bulk export suggestion (GuiPreferences).
    QComboBox *newBotAudienceBox() const { return m_newBotAudience; }
    QComboBox *newBotOrgKindBox() const { return m_newBotOrgKind; }
    QSpinBox *bulkSuggestRowsBox() const { return m_bulkRows; }
    // The API versions the org lists at /services/data (empty until it answered).
    QStringList orgApiVersions() const { return m_orgVersions; }

    // Stores the three values (and the secret, in the keychain); false (storing nothing) when one
    // is invalid or the keychain refuses the secret.
    bool save();
    // Starts the check; checkFinished() follows with the sentence shown.
    void check();

    // The sentence for an authorize answer (status, body, Location header) from `host`; *ok
    // tells whether the org knows both.
    static QString checkSentence(int status, const QByteArray &body, const QUrl &location, const QString &host,
                                 bool *ok = nullptr);

Q_SIGNALS:
    void checkFinished(bool ok, const QString &sentence);
    void apiVersionsLoaded(const QStringList &versions);

private:
    void revalidate();
    void addSecretRow(QFormLayout *form);
    bool saveSecret();
    void addPreferenceRows(QFormLayout *form);
    void loadApiVersions();

    QNetworkAccessManager *m_network;
    QUrl m_loginUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_callback;
    QLineEdit *m_apiVersion;
    QLabel *m_problem;
    QLabel *m_checkResult;
    QPushButton *m_check;
    QPushButton *m_save;
    secrets::TokenStore *m_secrets = nullptr;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_removeSecret = nullptr;
    QComboBox *m_newBotAudience = nullptr;
    QComboBox *m_newBotOrgKind = nullptr;
    QSpinBox *m_bulkRows = nullptr;
    QLabel *m_versionsNote = nullptr;
    QStringList m_orgVersions;
};

} // namespace hilal::ui
