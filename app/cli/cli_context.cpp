#include "cli_context.h"

#include "command.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace hilal::cli {

namespace {

QIODevice *standardInput()
{
    static QFile in;
    if (!in.isOpen())
        in.open(stdin, QIODevice::ReadOnly);
    return &in;
}

} // namespace

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
    , m_in(standardInput())
    , m_stderrIsTerminal(isatty(fileno(stderr)) == 1)
    , m_stdoutIsTerminal(isatty(fileno(stdout)) == 1)
    , m_stdinIsTerminal(isatty(fileno(stdin)) == 1)
{
}

CliContext::CliContext(QIODevice *out, QIODevice *err, QIODevice *in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{
}

int CliContext::fail(const QString &message, int code, const QStringList &actions)
{
    if (m_json) {
        m_out << '{' << errorMembers(message, code, actions) << '}' << Qt::endl;
        return code;
    }
    m_err << "hilal-sf: " << message << Qt::endl;
    return code;
}

int CliContext::succeed(const QJsonValue &result, const QStringList &warnings)
{
    QJsonObject envelope {{QStringLiteral("status"), 0},
                          {QStringLiteral("result"), result},
                          {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    m_out << QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact)) << Qt::endl;
    return ExitOk;
}

QString CliContext::errorName(int code)
{
    switch (code) {
    case ExitUsage:
        return QStringLiteral("UsageError");
    case ExitNotFound:
        return QStringLiteral("NotFoundError");
    case ExitPermission:
        return QStringLiteral("PermissionError");
    case ExitNotConnected:
        return QStringLiteral("NotConnectedError");
    case ExitNeedsConfirmation:
        return QStringLiteral("ConfirmationNeededError");
    case ExitOrgRefused:
        return QStringLiteral("OrgRefusedError");
    case ExitInterrupted:
        return QStringLiteral("InterruptedError");
    default:
        return QStringLiteral("Error");
    }
}

QString CliContext::errorMembers(const QString &message, int code, const QStringList &actions)
{
    const QJsonObject o {{QStringLiteral("status"), code},
                         {QStringLiteral("name"), errorName(code)},
                         {QStringLiteral("message"), message},
                         {QStringLiteral("exitCode"), code},
                         {QStringLiteral("actions"), QJsonArray::fromStringList(actions)}};
    QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2); // without the braces, to close a streamed object
}

bool CliContext::confirm(const QString &question)
{
    m_err << question << " [y/N] " << Qt::flush;
    if (!m_in)
        return false;
    const QString answer = QString::fromUtf8(m_in->readLine()).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace hilal::cli
