#include "emulator/oauth/token_registry.h"

#include "emulator/logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSaveFile>

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

namespace {

QJsonObject grantToJson(const TokenGrant &grant)
{
    return QJsonObject {{QStringLiteral("client"), grant.clientId},
                        {QStringLiteral("user"), grant.userId},
                        {QStringLiteral("scopes"), QJsonArray::fromStringList(grant.scopes)},
                        {QStringLiteral("refresh"), grant.refreshToken}};
}

TokenGrant grantFromJson(const QJsonObject &json)
{
    TokenGrant grant;
    grant.clientId = json.value(QStringLiteral("client")).toString();
    grant.userId = json.value(QStringLiteral("user")).toString();
    for (const QJsonValue &scope : json.value(QStringLiteral("scopes")).toArray())
        grant.scopes.append(scope.toString());
    grant.refreshToken = json.value(QStringLiteral("refresh")).toString();
    return grant;
}

QHash<QString, TokenGrant> grantsFromJson(const QJsonObject &json)
{
    QHash<QString, TokenGrant> grants;
    for (auto it = json.begin(); it != json.end(); ++it)
        grants.insert(it.key(), grantFromJson(it.value().toObject()));
    return grants;
}

QJsonObject grantsToJson(const QHash<QString, TokenGrant> &grants)
{
    QJsonObject json;
    for (auto it = grants.cbegin(); it != grants.cend(); ++it)
        json.insert(it.key(), grantToJson(it.value()));
    return json;
}

} // namespace

QString TokenRegistry::key(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void TokenRegistry::setPersistenceFile(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return; // first run
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("org")).toString() != m_orgId15) {
        qCWarning(lcEmulator).noquote() << "Ignoring" << path << "- it holds the sessions of another org.";
        return;
    }
    m_access = grantsFromJson(json.value(QStringLiteral("access")).toObject());
    m_refresh = grantsFromJson(json.value(QStringLiteral("refresh")).toObject());
}

void TokenRegistry::saveLocked() const
{
    if (m_file.isEmpty())
        return;
    const QJsonObject json {{QStringLiteral("org"), m_orgId15},
                            {QStringLiteral("access"), grantsToJson(m_access)},
                            {QStringLiteral("refresh"), grantsToJson(m_refresh)}};
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        qCWarning(lcEmulator).noquote() << "Could not keep the sessions in" << m_file << "-" << file.errorString()
                                        << "- they will be lost when the org stops.";
    }
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
    // Unused codes do not pile up: long-expired ones go, and past the cap the oldest goes (a
    // client asking for codes it never redeems only wastes its own).
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addSecs(-kExpiredCodeGraceSecs);
    for (auto it = m_codes.begin(); it != m_codes.end();) {
        if (it.value().expiresAt < longAgo)
            it = m_codes.erase(it);
        else
            ++it;
    }
    while (m_codes.size() >= kMaxUnusedCodes) {
        auto oldest = m_codes.begin();
        for (auto it = m_codes.begin(); it != m_codes.end(); ++it) {
            if (it.value().expiresAt < oldest.value().expiresAt)
                oldest = it;
        }
        m_codes.erase(oldest);
    }
    m_codes.insert(value, code);
    return value;
}

int TokenRegistry::unusedCodeCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_codes.size());
}

TokenRegistry::CodeState TokenRegistry::takeCode(const QString &code, AuthorizationCode *out)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_codes.constFind(code);
    if (it == m_codes.cend()) {
        const auto spent = m_spentCodes.find(key(code));
        if (spent == m_spentCodes.end())
            return CodeState::Unknown;
        for (const QString &hashed : std::as_const(spent.value()))
            revokeKeyLocked(hashed);
        spent.value().clear();
        saveLocked();
        return CodeState::Replayed;
    }
    *out = it.value();
    m_codes.erase(it);
    m_spentCodes.insert(key(code), {});
    return QDateTime::currentDateTimeUtc() >= out->expiresAt ? CodeState::Expired : CodeState::Valid;
}

QString TokenRegistry::issueAccessToken(const TokenGrant &grant)
{
    QMutexLocker lock(&m_mutex);
    const QString token = m_orgId15 + QStringLiteral("!AQ") + randomToken(94);
    TokenGrant stored = grant;
    if (!stored.refreshToken.isEmpty())
        stored.refreshToken = key(stored.refreshToken);
    m_access.insert(key(token), stored);
    saveLocked();
    return token;
}

QString TokenRegistry::issueRefreshToken(const TokenGrant &grant)
{
    const QString token = QStringLiteral("5Aep861") + randomToken(80);
    QMutexLocker lock(&m_mutex);
    TokenGrant stored = grant;
    stored.refreshToken.clear();
    m_refresh.insert(key(token), stored);
    saveLocked();
    return token;
}

std::optional<TokenGrant> TokenRegistry::accessGrant(const QString &accessToken) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_access.constFind(key(accessToken));
    if (it == m_access.cend())
        return std::nullopt;
    return it.value();
}

std::optional<TokenGrant> TokenRegistry::refreshGrant(const QString &refreshToken) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_refresh.constFind(key(refreshToken));
    if (it == m_refresh.cend())
        return std::nullopt;
    return it.value();
}

void TokenRegistry::recordIssuedFromCode(const QString &code, const QStringList &tokens)
{
    QStringList keys;
    for (const QString &token : tokens) {
        if (!token.isEmpty())
            keys.append(key(token));
    }
    QMutexLocker lock(&m_mutex);
    m_spentCodes.insert(key(code), keys);
}

void TokenRegistry::revokeKeyLocked(const QString &hashed)
{
    m_access.remove(hashed);
    if (m_refresh.remove(hashed) == 0)
        return;
    for (auto it = m_access.begin(); it != m_access.end();) {
        if (it.value().refreshToken == hashed)
            it = m_access.erase(it);
        else
            ++it;
    }
}

bool TokenRegistry::revoke(const QString &token)
{
    const QString hashed = key(token);
    QMutexLocker lock(&m_mutex);
    if (m_access.remove(hashed) > 0) {
        saveLocked();
        return true;
    }
    if (m_refresh.remove(hashed) == 0)
        return false;
    for (auto it = m_access.begin(); it != m_access.end();) {
        if (it.value().refreshToken == hashed)
            it = m_access.erase(it);
        else
            ++it;
    }
    saveLocked();
    return true;
}

void TokenRegistry::expireAccessTokens()
{
    QMutexLocker lock(&m_mutex);
    m_access.clear();
    saveLocked();
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
    saveLocked();
}

} // namespace hilal::emulator
