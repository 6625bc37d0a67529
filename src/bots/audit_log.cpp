#include "bots/audit_log.h"

#include "bots/database.h"
#include "bots/logging.h"
#include "core/app_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace hilal::bots {

namespace {

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
    return re;
}

bool isPhoneKey(const QString &key)
{
    const QString k = key.toLower();
    return k == QLatin1String("phone") || k == QLatin1String("mobilephone") || k == QLatin1String("fax");
}

QString maskEmailsInText(const QString &text)
{
    QString out;
    qsizetype last = 0;
    auto it = emailPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        out += AuditLog::maskEmail(m.captured());
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QJsonValue maskValue(const QString &key, const QJsonValue &value)
{
    if (value.isObject())
        return AuditLog::maskParameters(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(maskValue(key, v));
        return out;
    }
    if (!value.isString())
        return value;
    if (key.compare(QLatin1String("email"), Qt::CaseInsensitive) == 0)
        return AuditLog::maskEmail(value.toString());
    if (isPhoneKey(key))
        return AuditLog::maskPhone(value.toString());
    return maskEmailsInText(value.toString());
}

} // namespace

AuditLog::AuditLog(const QString &databaseFile, QObject *parent)
    : QObject(parent)
    , m_file(databaseFile.isEmpty() ? AppPaths::databaseFile() : databaseFile)
    , m_connectionName(Database::uniqueConnectionName("audit"))
{
    const QSqlDatabase db = Database::open(m_file, m_connectionName, &m_error);
    if (!db.isValid())
        qCWarning(lcBots) << m_error;
}

AuditLog::~AuditLog()
{
    Database::close(m_connectionName);
}

bool AuditLog::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString AuditLog::errorString() const
{
    return m_error;
}

qint64 AuditLog::append(AuditEntry entry)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return 0;
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    entry.parameters = maskParameters(entry.parameters);
    entry.id = insert(db, entry, &m_error);
    if (entry.id == 0) {
        qCWarning(lcBots) << "audit entry not written:" << m_error;
        return 0;
    }
    Q_EMIT appended(entry);
    return entry.id;
}

QList<AuditEntry> AuditLog::entries(const AuditQuery &query) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return {};
    return select(db, query);
}

QFuture<QList<AuditEntry>> AuditLog::entriesAsync(const AuditQuery &query) const
{
    const QString file = m_file;
    return QtConcurrent::run([file, query] {
        const QString name = Database::uniqueConnectionName("audit-reader");
        QList<AuditEntry> out;
        {
            QString error;
            QSqlDatabase db = Database::open(file, name, &error);
            if (db.isValid())
                out = select(db, query);
            else
                qCWarning(lcBots) << error;
        }
        Database::close(name);
        return out;
    });
}

QString AuditLog::maskEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return email.isEmpty() ? email : QStringLiteral("***");
    return email.left(1) + QStringLiteral("***") + email.mid(at);
}

QString AuditLog::maskPhone(const QString &phone)
{
    // Keep the last two digits so a support person can tell two numbers apart; hide the rest.
    QString out = phone;
    int digitsSeen = 0;
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        if (!out.at(i).isDigit())
            continue;
        if (++digitsSeen > 2)
            out[i] = QLatin1Char('*');
    }
    return out;
}

QJsonObject AuditLog::maskParameters(const QJsonObject &parameters)
{
    QJsonObject out;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        out.insert(it.key(), maskValue(it.key(), it.value()));
    return out;
}

qint64 AuditLog::insert(QSqlDatabase &db, AuditEntry entry, QString *error)
{
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, bot_id, kind, action, parameters, status, salesforce_id, "
                             "duration_ms, confirmed_by, actor, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(entry.botId);
    q.addBindValue(AuditEntry::kindName(entry.kind));
    q.addBindValue(entry.action);
    q.addBindValue(
        entry.parameters.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(maskParameters(entry.parameters)).toJson(QJsonDocument::Compact)));
    q.addBindValue(entry.status);
    q.addBindValue(entry.salesforceId);
    q.addBindValue(entry.durationMs);
    q.addBindValue(entry.confirmedBy);
    q.addBindValue(entry.actor);
    q.addBindValue(entry.detail);
    if (!q.exec()) {
        if (error)
            *error = tr("The audit log could not be written (%1).").arg(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<AuditEntry> AuditLog::select(QSqlDatabase &db, const AuditQuery &query)
{
    QString sql = QStringLiteral("SELECT id, at, bot_id, kind, action, parameters, status, salesforce_id, "
                                 "duration_ms, confirmed_by, actor, detail FROM audit_log WHERE 1 = 1");
    if (!query.botId.isEmpty())
        sql += QStringLiteral(" AND bot_id = :bot");
    if (query.beforeId > 0)
        sql += QStringLiteral(" AND id < :before");
    sql += QStringLiteral(" ORDER BY id DESC");
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT :limit");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!query.botId.isEmpty())
        q.bindValue(QStringLiteral(":bot"), query.botId);
    if (query.beforeId > 0)
        q.bindValue(QStringLiteral(":before"), query.beforeId);
    if (query.limit > 0)
        q.bindValue(QStringLiteral(":limit"), query.limit);
    QList<AuditEntry> out;
    if (!q.exec()) {
        qCWarning(lcBots) << "audit log could not be read:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.at.setTimeSpec(Qt::UTC);
        e.botId = q.value(2).toString();
        AuditEntry::kindFromName(q.value(3).toString(), &e.kind);
        e.action = q.value(4).toString();
        e.parameters = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        e.status = q.value(6).toInt();
        e.salesforceId = q.value(7).toString();
        e.durationMs = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
        e.confirmedBy = q.value(9).toString();
        e.actor = q.value(10).toString();
        e.detail = q.value(11).toString();
        out << e;
    }
    return out;
}

} // namespace hilal::bots
