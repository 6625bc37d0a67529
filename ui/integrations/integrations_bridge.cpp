#include "ui/integrations/integrations_bridge.h"

namespace hilal::ui {

IntegrationsBridge::IntegrationsBridge(QObject *parent)
    : QObject(parent)
{
}

QVariantMap IntegrationsBridge::strings() const
{
    return {
        {QStringLiteral("pageTitle"), tr("Integrations")},
        {QStringLiteral("salesforce"), tr("Salesforce")},
        {QStringLiteral("salesforceDescription"),
         tr("Lets the bot create leads, read accounts, update opportunities and run read-only queries.")},
        {QStringLiteral("moreActions"), tr("More actions")},
        {QStringLiteral("testConnection"), tr("Test connection")},
        {QStringLiteral("disconnect"), tr("Disconnect…")},
        {QStringLiteral("org"), tr("Org")},
        {QStringLiteral("user"), tr("User")},
        {QStringLiteral("instance"), tr("Instance")},
        {QStringLiteral("connectedSince"), tr("Connected since")},
        {QStringLiteral("sandbox"), tr("Sandbox")},
        {QStringLiteral("connect"), tr("Connect")},
        {QStringLiteral("cancel"), tr("Cancel")},
        {QStringLiteral("flashSuccess"), tr("Salesforce is connected.")},
        {QStringLiteral("flashError"), tr("Salesforce was not connected. The card below says why and what to do.")},
    };
}

void IntegrationsBridge::setPalette(const QVariantMap &palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    emit paletteChanged(m_palette);
}

void IntegrationsBridge::setState(const QVariantMap &state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(m_state);
}

void IntegrationsBridge::connectBot()
{
    emit connectRequested();
}

void IntegrationsBridge::cancelConnect()
{
    emit cancelRequested();
}

void IntegrationsBridge::disconnectBot()
{
    emit disconnectRequested();
}

void IntegrationsBridge::testConnection()
{
    emit testRequested();
}

void IntegrationsBridge::pageReady()
{
    m_pageReady = true;
    emit pageLoaded();
}

} // namespace hilal::ui
