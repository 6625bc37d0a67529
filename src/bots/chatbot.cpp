#include "bots/chatbot.h"
#include "bots/messages.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace hilal::bots {

namespace {
const int kMaxNameLength = 80;
const char kBase32[] = "abcdefghijklmnopqrstuvwxyz234567";

// A literal IPv4 address in 127.0.0.0/8: four decimal parts 0-255, the first 127. A name that
// merely starts with "127." (127.0.0.1.nip.io) resolves wherever its DNS says, so it is not one.
bool isLoopbackIpv4(const QString &host)
{
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return parts.first() == QLatin1String("127");
}
} // namespace

QUrl Chatbot::effectiveLoginUrl() const
{
    return loginUrl.isEmpty() ? defaultLoginUrl(orgKind) : loginUrl;
}

QJsonObject Chatbot::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("audience"), audienceName(audience));
    o.insert(QStringLiteral("org"), orgKindName(orgKind));
    o.insert(QStringLiteral("loginUrl"), loginUrl.isEmpty() ? QJsonValue() : QJsonValue(loginUrl.toString()));
    o.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

QString Chatbot::newId()
{
    QString id = QStringLiteral("bot_");
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < 8; ++i)
        id += QLatin1Char(kBase32[random->bounded(32)]);
    return id;
}

bool Chatbot::isValidId(const QString &id)
{
    // Also accept UUID-shaped ids so bots created by other tools stay addressable.
    static const QRegularExpression shape(QStringLiteral("^(bot_[a-z2-7]{8}|[0-9a-fA-F-]{36})$"));
    return shape.match(id).hasMatch();
}

QString Chatbot::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Messages::tr("The bot needs a name; type one, e.g. \"Website concierge\".");
    if (trimmed.size() > kMaxNameLength)
        return Messages::tr("The name is %1 characters long; keep it to %2.").arg(trimmed.size()).arg(kMaxNameLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return Messages::tr("The name contains a line break or control character; use plain text on one line.");
    }
    return {};
}

QString Chatbot::validateLoginUrl(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    if (!url.isValid() || url.host().isEmpty())
        return Messages::tr("The login URL is not a valid URL; give one like https://mycompany.my.salesforce.com.");
    // Loopback means the name localhost or a literal loopback address (IPv4 127/8, IPv6 ::1, which
    // QUrl gives in its compressed form); QtCore only here, so no QHostAddress.
    const QString host = url.host();
    const bool loopback = host == QLatin1String("localhost") || isLoopbackIpv4(host) || host == QLatin1String("::1");
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && loopback)
        return {}; // the local org (demo, tests) speaks plain HTTP on loopback
    return Messages::tr("The login URL must use https (plain http is only allowed for a local org on this machine).");
}

QString Chatbot::audienceName(Audience audience)
{
    return audience == Audience::Public ? QStringLiteral("public") : QStringLiteral("internal");
}

std::optional<Audience> Chatbot::audienceFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("public"))
        return Audience::Public;
    if (n == QLatin1String("internal"))
        return Audience::Internal;
    return std::nullopt;
}

QString Chatbot::orgKindName(OrgKind kind)
{
    return kind == OrgKind::Sandbox ? QStringLiteral("sandbox") : QStringLiteral("production");
}

std::optional<OrgKind> Chatbot::orgKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("production"))
        return OrgKind::Production;
    if (n == QLatin1String("sandbox"))
        return OrgKind::Sandbox;
    return std::nullopt;
}

QUrl Chatbot::defaultLoginUrl(OrgKind kind)
{
    return kind == OrgKind::Sandbox ? QUrl(QStringLiteral("https://test.salesforce.com"))
                                    : QUrl(QStringLiteral("https://login.salesforce.com"));
}

} // namespace hilal::bots
