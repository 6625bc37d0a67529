#include "emulator/token_registry.h"

#include <QMutexLocker>
#include <QRandomGenerator>

namespace hilal::emulator {

TokenRegistry::TokenRegistry(const QString &orgId15)
    : m_orgId15(orgId15)
{
}

void TokenRegistry::setOrgId15(const QString &orgId15)
{
    QMutexLocker lock(&m_mutex);
    m_orgId15 = orgId15;
}

QString TokenRegistry::randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    token.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        token.append(QLatin1Char(alphabet[random->bounded(62)]));
    return token;
}

QString TokenRegistry::issueCode(const AuthorizationCode &code)
{
    const QString value = QStringLiteral("aPrx") + randomToken(56) + QStringLiteral("==");
    QMutexLocker lock(&m_mutex);
    m_codes.insert(value, code);
    return value;
}

TokenRegistry::CodeState TokenRegistry::takeCode(const QString &code, AuthorizationCode *out)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_codes.constFind(code);
    if (it == m_codes.cend())
        return CodeState::Unknown;
    *out = it.value();
    m_codes.erase(it);
    return QDateTime::currentDateTimeUtc() >= out->expiresAt ? CodeState::Expired : CodeState::Valid;
}

QString TokenRegistry::issueAccessToken(const TokenGrant &grant)
{
    QMutexLocker lock(&m_mutex);
    const QString token = m_orgId15 + QStringLiteral("!AQ") + randomToken(94);
    m_access.insert(token, grant);
    return token;
}

QString TokenRegistry::issueRefreshToken(const TokenGrant &grant)
{
    const QString token = QStringLiteral("5Aep861") + randomToken(80);
    QMutexLocker lock(&m_mutex);
    m_refresh.insert(token, grant);
    return token;
}

std::optional<TokenGrant> TokenRegistry::accessGrant(const QString &accessToken) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_access.constFind(accessToken);
    if (it == m_access.cend())
        return std::nullopt;
    return it.value();
}

std::optional<TokenGrant> TokenRegistry::refreshGrant(const QString &refreshToken) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_refresh.constFind(refreshToken);
    if (it == m_refresh.cend())
        return std::nullopt;
    return it.value();
}

bool TokenRegistry::revoke(const QString &token)
{
    QMutexLocker lock(&m_mutex);
    if (m_access.remove(token) > 0)
        return true;
    if (m_refresh.remove(token) == 0)
        return false;
    for (auto it = m_access.begin(); it != m_access.end();) {
        if (it.value().refreshToken == token)
            it = m_access.erase(it);
        else
            ++it;
    }
    return true;
}

void TokenRegistry::expireAccessTokens()
{
    QMutexLocker lock(&m_mutex);
    m_access.clear();
}

void TokenRegistry::revokeRefreshTokens()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_access.begin(); it != m_access.end();) {
        if (!it.value().refreshToken.isEmpty())
            it = m_access.erase(it);
        else
            ++it;
    }
    m_refresh.clear();
}

} // namespace hilal::emulator
