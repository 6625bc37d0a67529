#include "ui/common/settings_dialog.h"

#include "ui/common/gui_preferences.h"

#include "core/config.h"
#include "salesforce/network_error_text.h"
#include "secrets/token_store.h"

#include <QCheckBox>
#include <QEventLoop>
#include <QTimer>

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSpinBox>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

namespace hilal::ui {

Q_LOGGING_CATEGORY(lcSettingsDialog, "hilal.ui.settings", QtInfoMsg)

namespace {

QLineEdit *lineEdit(Config::Key key, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(Config::get(key), parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(Config::defaultValue(key));
    return edit;
}

} // namespace

SettingsDialog::SettingsDialog(QNetworkAccessManager *network, const QUrl &loginUrl, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
    , m_loginUrl(loginUrl.isValid() ? loginUrl : QUrl(QStringLiteral("https://login.salesforce.com")))
    , m_clientId(lineEdit(Config::SalesforceClientId, tr("Consumer key"), this))
    , m_callback(lineEdit(Config::SalesforceCallbackUrl, tr("Callback URL"), this))
    , m_apiVersion(lineEdit(Config::SalesforceApiVersion, tr("API version"), this))
    , m_problem(new QLabel(this))
    , m_checkResult(new QLabel(this))
    , m_check(new QPushButton(tr("C&heck"), this))
    , m_save(nullptr)
{
    setWindowTitle(tr("Settings"));
    auto *intro = new QLabel(tr("The Connected App the bots log in through. Its consumer key and callback URL are in "
                                "Salesforce Setup → App Manager → your app → View."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Consumer &key:"), m_clientId);
    form->addRow(tr("Call&back URL:"), m_callback);
    form->addRow(tr("API &version:"), m_apiVersion);
    addSecretRow(form);
    addPreferenceRows(form);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setAccessibleName(tr("Problem"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setAccessibleName(tr("Check result"));
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check->setToolTip(
        tr("Ask %1 whether it knows this consumer key and callback URL (no login).").arg(m_loginUrl.host()));
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_checkResult, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &SettingsDialog::check);
    for (QLineEdit *edit : {m_clientId, m_callback, m_apiVersion})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(checkRow);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    revalidate();
    if (loginUrl.isValid())
        loadApiVersions();
}

void SettingsDialog::addPreferenceRows(QFormLayout *form)
{
    m_versionsNote = new QLabel(this);
    m_versionsNote->setWordWrap(true);
    m_versionsNote->setForegroundRole(QPalette::PlaceholderText);
    m_versionsNote->hide();
    form->addRow(QString(), m_versionsNote);

    m_newBotAudience = new QComboBox(this);
    m_newBotAudience->addItem(tr("Internal — staff only"), int(bots::Audience::Internal));
    m_newBotAudience->addItem(tr("Public — anyone on a website"), int(bots::Audience::Public));
    m_newBotAudience->setCurrentIndex(m_newBotAudience->findData(int(GuiPreferences::newBotAudience())));
    m_newBotAudience->setAccessibleName(tr("Audience of new bots"));
    form->addRow(tr("New bots' a&udience:"), m_newBotAudience);

    m_newBotOrgKind = new QComboBox(this);
    m_newBotOrgKind->addItem(tr("Production or Developer Edition"), int(bots::OrgKind::Production));
    m_newBotOrgKind->addItem(tr("Sandbox"), int(bots::OrgKind::Sandbox));
    m_newBotOrgKind->setCurrentIndex(m_newBotOrgKind->findData(int(GuiPreferences::newBotOrgKind())));
    m_newBotOrgKind->setAccessibleName(tr("Org kind of new bots"));
    form->addRow(tr("New bots' &org:"), m_newBotOrgKind);

    m_bulkRows = new QSpinBox(this);
    m_bulkRows->setRange(int(GuiPreferences::MinBulkSuggestRows), int(GuiPreferences::MaxBulkSuggestRows));
    m_bulkRows->setSingleStep(10000);
    m_bulkRows->setGroupSeparatorShown(true);
    m_bulkRows->setSuffix(tr(" rows"));
    m_bulkRows->setValue(int(GuiPreferences::bulkSuggestRows()));
    m_bulkRows->setAccessibleName(tr("Suggest a Bulk export above this many rows"));
    m_bulkRows->setToolTip(tr("When Salesforce estimates more rows than this, the SOQL console suggests "
                              "exporting them through a Bulk API job instead of loading them into the grid."));
    form->addRow(tr("Suggest Bulk e&xport above:"), m_bulkRows);
}

// Salesforce lists the API versions an instance serves at /services/data, without a login:
// offered as completions, and named under the field.
void SettingsDialog::loadApiVersions()
{
    QUrl url = m_loginUrl;
    url.setPath(QStringLiteral("/services/data"));
    url.setQuery(QString());
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        QStringList versions;
        for (const QJsonValue &entry : QJsonDocument::fromJson(reply->readAll()).array()) {
            const QString version = entry.toObject().value(QStringLiteral("version")).toString();
            if (Config::validate(Config::SalesforceApiVersion, version).isEmpty())
                versions << version;
        }
        if (versions.isEmpty())
            return; // unreachable or not a Salesforce answer: the field stays free text
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
        m_orgVersions = versions;
        auto *completer = new QCompleter(versions, m_apiVersion);
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        m_apiVersion->setCompleter(completer);
        m_versionsNote->setText(
            tr("%1 serves API versions %2 to %3.").arg(m_loginUrl.host(), versions.last(), versions.first()));
        m_versionsNote->show();
        Q_EMIT apiVersionsLoaded(versions);
    });
}

void SettingsDialog::revalidate()
{
    QStringList problems;
    const QList<QPair<Config::Key, QLineEdit *>> fields {{Config::SalesforceClientId, m_clientId},
                                                         {Config::SalesforceCallbackUrl, m_callback},
                                                         {Config::SalesforceApiVersion, m_apiVersion}};
    for (const auto &[key, edit] : fields) {
        const QString problem = Config::validate(key, edit->text().trimmed());
        if (!problem.isEmpty())
            problems << problem + QLatin1Char('.');
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_save->setEnabled(problems.isEmpty());
    m_check->setEnabled(Config::validate(Config::SalesforceClientId, m_clientId->text().trimmed()).isEmpty()
                        && Config::validate(Config::SalesforceCallbackUrl, m_callback->text().trimmed()).isEmpty());
}

bool SettingsDialog::save()
{
    revalidate();
    if (!m_save->isEnabled())
        return false;
    // The secret first: when the keychain refuses it, nothing is stored.
    if (!saveSecret())
        return false;
    // All three were validated above, so none of these can refuse.
    Config::set(Config::SalesforceClientId, m_clientId->text().trimmed());
    Config::set(Config::SalesforceCallbackUrl, m_callback->text().trimmed());
    Config::set(Config::SalesforceApiVersion, m_apiVersion->text().trimmed());
    GuiPreferences::setNewBotAudience(bots::Audience(m_newBotAudience->currentData().toInt()));
    GuiPreferences::setNewBotOrgKind(bots::OrgKind(m_newBotOrgKind->currentData().toInt()));
    GuiPreferences::setBulkSuggestRows(m_bulkRows->value()); // the spin box keeps it in range
    return true;
}

void SettingsDialog::addSecretRow(QFormLayout *form)
{
    // Not a child: a keychain job still running when the dialog closes must finish on a live
    // store, so the store goes once it is idle.
    m_secrets = new secrets::TokenStore;
    secrets::TokenStore *store = m_secrets;
    connect(this, &QObject::destroyed, store, [store] {
        if (store->pendingJobs() == 0)
            store->deleteLater();
        else
            connect(store, &secrets::TokenStore::idle, store, &QObject::deleteLater);
    });
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Consumer secret"));
    m_secret->setPlaceholderText(tr("Only if the Connected App requires it"));
    m_secret->setToolTip(tr("Kept in the system keychain only, and sent on the token and refresh calls."));
    m_removeSecret = new QCheckBox(tr("Re&move"), this);
    m_removeSecret->setToolTip(tr("Delete the stored consumer secret from the keychain."));
    m_removeSecret->setEnabled(false);
    connect(m_removeSecret, &QCheckBox::toggled, m_secret, [this](bool on) { m_secret->setEnabled(!on); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(m_removeSecret);
    // A label of its own: addRow(QString, QLayout *) would give it no buddy for the mnemonic.
    auto *label = new QLabel(tr("Consumer s&ecret:"), this);
    label->setBuddy(m_secret);
    form->addRow(label, row);
    secrets::TokenJob *job = m_secrets->loadSecret(secrets::TokenStore::kClientSecretKey);
    connect(job, &secrets::TokenJob::finished, this, [this, job] {
        if (!job->ok())
            return;
        m_secret->setPlaceholderText(tr("Stored in the keychain; type to replace"));
        m_removeSecret->setEnabled(true);
    });
}

// Waits for the keychain (a moment) so a refusal can keep the dialog open with the reason.
bool SettingsDialog::saveSecret()
{
    const QString typed = m_secret->text().trimmed();
    const bool remove = m_removeSecret->isChecked();
    if (typed.isEmpty() && !remove)
        return true;
    secrets::TokenJob *job = m_secrets->saveSecret(secrets::TokenStore::kClientSecretKey, remove ? QString() : typed);
    QEventLoop loop;
    bool ok = false;
    QString error = tr("The keychain did not answer.");
    connect(job, &secrets::TokenJob::finished, &loop, [&] {
        ok = job->ok() || (remove && job->notFound());
        error = job->errorString();
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    if (ok && !m_secrets->isPersistent()) {
        ok = false;
        error = tr("No keychain is available, so the secret cannot be kept (%1).").arg(m_secrets->fallbackReason());
    }
    if (!ok) {
        m_problem->setText(tr("The consumer secret was not saved: %1").arg(error));
        m_problem->setVisible(true);
        return false;
    }
    m_secret->clear();
    return true;
}

void SettingsDialog::check()
{
    // The authorize endpoint answers an unknown consumer key or a callback URL the app does not
    // list with an error, before any login page: a safe question to ask.
    QUrl url = m_loginUrl;
    url.setPath(QStringLiteral("/services/oauth2/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_clientId->text().trimmed());
    query.addQueryItem(QStringLiteral("redirect_uri"), m_callback->text().trimmed());
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    m_check->setEnabled(false);
    m_checkResult->setText(tr("Asking %1…").arg(m_loginUrl.host()));
    QNetworkReply *reply = m_network->get(request);
    const QString host = m_loginUrl.host();
    connect(reply, &QNetworkReply::finished, this, [this, reply, host] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString sentence;
        bool ok = false;
        if (status == 0) {
            // Qt's wording ("Host … not found") goes to the log; the dialog says what it means.
            qCInfo(lcSettingsDialog) << "check of" << host << "failed:" << reply->error() << reply->errorString();
            sentence = tr("Could not reach %1: %2. %3")
                           .arg(host, salesforce::NetworkErrorText::reason(reply->error()),
                                salesforce::NetworkErrorText::advice(reply->error()));
        } else {
            sentence = checkSentence(status, reply->readAll(), reply->header(QNetworkRequest::LocationHeader).toUrl(),
                                     host, &ok);
        }
        m_checkResult->setText(sentence);
        // A sentence that wraps to more lines than the dialog has room for grows the dialog.
        if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
            resize(width(), needed);
        revalidate();
        Q_EMIT checkFinished(ok, sentence);
    });
}

QString SettingsDialog::checkSentence(int status, const QByteArray &body, const QUrl &location, const QString &host,
                                      bool *ok)
{
    if (ok)
        *ok = false;
    const QString answer = QString::fromUtf8(body) + QLatin1Char(' ') + location.toString();
    if (answer.contains(QLatin1String("invalid_client_id")))
        return tr("%1 does not know this consumer key: copy it again from the Connected App.").arg(host);
    if (answer.contains(QLatin1String("redirect_uri_mismatch")))
        return tr("%1 knows the consumer key, but the callback URL is not one of the Connected App's: add it there "
                  "or correct it here.")
            .arg(host);
    if (status >= 400)
        return tr("%1 does not accept this Connected App (HTTP %2).").arg(host).arg(status);
    if (ok)
        *ok = true;
    return tr("%1 knows the consumer key and accepts the callback URL.").arg(host);
}

} // namespace hilal::ui
