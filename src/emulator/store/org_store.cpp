#include "emulator/store/org_store.h"

#include "emulator/seed/seed_data.h"
#include "emulator/soql/soql_executor.h"
#include "emulator/store/custom_fields.h"
#include "emulator/store/describe_builder.h"
#include "emulator/store/duplicate_rules.h"
#include "emulator/store/id_generator.h"
#include "emulator/store/internal_error.h"
#include "emulator/store/password_hash.h"
#include "emulator/store/record_codec.h"
#include "emulator/store/schema.h"
#include "emulator/store/sqlite_unicode.h"

#include <QAtomicInteger>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QVariantMap>

namespace hilal::emulator {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

// Emulator Id counters start here so the 9-char counter part looks like a real org's.
constexpr quint64 kFirstCounter = 62ull * 62 * 62 * 62 * 10;

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString stripVersion(QString v)
{
    if (v.startsWith(QLatin1Char('v')) || v.startsWith(QLatin1Char('V')))
        v.remove(0, 1);
    return v.isEmpty() ? QStringLiteral("60.0") : v;
}

SfError notFound()
{
    return SfError {QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist"), {}, false};
}

SfError methodNotAllowed(const QString &method, const QString &allowed)
{
    return SfError {QStringLiteral("METHOD_NOT_ALLOWED"),
                    QStringLiteral("HTTP Method '%1' not allowed. Allowed are %2").arg(method, allowed),
                    {},
                    false};
}

QString fullName(const QVariant &first, const QVariant &last)
{
    return QString(first.toString() + QLatin1Char(' ') + last.toString()).trimmed();
}

} // namespace

struct OrgStore::Private
{
    QString connectionName;
    bool opened = false;
    bool unicodeCase = false;
    bool inBatch = false; // a collection's SAVEPOINT is open: single calls must not BEGIN/COMMIT
    QDate todayOverride;
    QHash<QString, quint64> counters; // key prefix → next counter
    std::unique_ptr<SoqlExecutor> executor;
    // The standard catalog plus this org's custom fields (setCustomFields before open()).
    Schema schema = Schema::standard();
    DuplicateRules::Mode duplicateRule = DuplicateRules::Mode::Off;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
    QDate today() const { return todayOverride.isValid() ? todayOverride : QDateTime::currentDateTimeUtc().date(); }

    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            if (error)
                *error = QStringLiteral("The local org's database refused a statement (%1): %2")
                             .arg(sql.left(60), q.lastError().text());
            return false;
        }
        return true;
    }

    QString meta(const QString &key) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT value FROM _meta WHERE key = ?"));
        q.addBindValue(key);
        if (q.exec() && q.next())
            return q.value(0).toString();
        return {};
    }

    void setMeta(const QString &key, const QString &value)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO _meta(key, value) VALUES(?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        q.exec();
    }

    QString nextId(const QString &prefix)
    {
        quint64 &c = counters[prefix];
        if (c == 0)
            c = kFirstCounter;
        return IdGenerator::make(prefix, c++);
    }

    void saveCounters()
    {
        for (auto it = counters.cbegin(); it != counters.cend(); ++it)
            setMeta(QStringLiteral("counter:") + it.key(), QString::number(it.value()));
    }

    void loadCounters()
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT key, value FROM _meta WHERE key LIKE 'counter:%'"));
        while (q.next())
            counters.insert(q.value(0).toString().mid(8), q.value(1).toULongLong());
    }

    bool createTables(QString *error)
    {
        if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS _meta(key TEXT PRIMARY KEY, value TEXT)"), error)
            || !exec(
                QStringLiteral("CREATE TABLE IF NOT EXISTS _auth(UserId TEXT PRIMARY KEY, PasswordHash TEXT NOT NULL)"),
                error))
            return false;
        for (const ObjectDef &o : schema.objects()) {
            QStringList cols;
            for (const FieldDef &f : o.fields) {
                QString col = quoted(f.name) + QLatin1Char(' ') + RecordCodec::sqlColumnType(f);
                if (f.name == QLatin1String("Id"))
                    col += QStringLiteral(" PRIMARY KEY");
                cols << col;
            }
            if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)")
                          .arg(quoted(o.name), cols.join(QStringLiteral(", "))),
                      error)
                || !addMissingColumns(o, error))
                return false;
        }
        return true;
    }

    // A --db file made before a custom field existed gets its column (empty for old rows).
    bool addMissingColumns(const ObjectDef &o, QString *error)
    {
        QSqlQuery info(db());
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(o.name)));
        QSet<QString> present;
        while (info.next())
            present.insert(info.value(1).toString().toLower());
        for (const FieldDef &f : o.fields) {
            if (!present.contains(f.name.toLower())
                && !exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                             .arg(quoted(o.name), quoted(f.name), RecordCodec::sqlColumnType(f)),
                         error))
                return false;
        }
        return true;
    }

    // Seeded rows get each custom field's default, as rows created in Setup before the field
    // existed would once an admin mass-updated them.
    bool fillCustomDefaults(QString *error)
    {
        for (const ObjectDef &o : schema.objects()) {
            for (const FieldDef &f : o.fields) {
                if (!f.name.endsWith(QLatin1String("__c")) || f.defaultValue.isEmpty())
                    continue;
                QSqlQuery q(db());
                q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 IS NULL").arg(quoted(o.name), quoted(f.name)));
                q.addBindValue(storedDefault(f));
                if (!q.exec()) {
                    if (error)
                        *error = QStringLiteral("Could not fill %1.%2 in the seeded org: %3")
                                     .arg(o.name, f.name, q.lastError().text());
                    return false;
                }
            }
        }
        return true;
    }

    static QVariant storedDefault(const FieldDef &f)
    {
        if (f.type == FieldType::Boolean)
            return qint64(f.defaultValue == QLatin1String("true") ? 1 : 0);
        if (isNumberType(f.type))
            return f.defaultValue.toDouble();
        return f.defaultValue;
    }

    // DUPLICATE_VALUE for a unique field (external Ids are usually unique) whose value another
    // live row already holds; text compares ignoring case, as Salesforce's unique does by default.
    std::optional<SfError> duplicateValue(const ObjectDef &o, const QVariantMap &values, const QString &ownId) const
    {
        for (const FieldDef &f : o.fields) {
            if (!f.unique || !values.contains(f.name) || values.value(f.name).isNull())
                continue;
            QSqlQuery q(db());
            q.prepare(QStringLiteral("SELECT \"Id\" FROM %1 WHERE %2 = ? AND \"IsDeleted\" = 0 AND \"Id\" <> ? LIMIT 1")
                          .arg(quoted(o.name), quoted(f.name)));
            q.addBindValue(values.value(f.name));
            q.addBindValue(ownId.isNull() ? QStringLiteral("") : ownId); // NULL would match nothing
            if (q.exec() && q.next())
                return SfError {QStringLiteral("DUPLICATE_VALUE"),
                                QStringLiteral("duplicate value found: %1 duplicates value on record with id: %2")
                                    .arg(f.name, q.value(0).toString()),
                                {f.name}};
        }
        return std::nullopt;
    }

    // Indexes on what the executor joins and filters by most. Created after a seed's bulk
    // insert (much faster than maintaining them row by row) or when opening a seeded file.
    bool createIndexes(QString *error)
    {
        for (const ObjectDef &o : schema.objects()) {
            for (const FieldDef &f : o.fields) {
                const bool index = (f.type == FieldType::Reference && f.name != QLatin1String("CreatedById")
                                    && f.name != QLatin1String("LastModifiedById"))
                    || f.name == QLatin1String("Name") || f.name == QLatin1String("Username");
                if (index
                    && !exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(%3)")
                                 .arg(quoted(QStringLiteral("idx_") + o.name + QLatin1Char('_') + f.name),
                                      quoted(o.name), quoted(f.name)),
                             error))
                    return false;
            }
        }
        return true;
    }

    // --- rows -------------------------------------------------------------------------------
    std::optional<QVariantMap> row(const ObjectDef &o, const QString &id) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE \"Id\" = ?").arg(quoted(o.name)));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return std::nullopt;
        QVariantMap m;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            m.insert(rec.fieldName(i), q.value(i));
        return m;
    }

    bool exists(const QString &objectName, const QString &id) const
    {
        const ObjectDef *o = schema.object(objectName);
        if (!o)
            return true; // a target we don't model (Profile, UserRole): accept any well-formed Id
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE \"Id\" = ? AND \"IsDeleted\" = 0").arg(quoted(o->name)));
        q.addBindValue(id);
        return q.exec() && q.next();
    }

    QString defaultUserId() const
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT \"Id\" FROM \"User\" ORDER BY rowid LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    }

    int fiscalYearStartMonth() const
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT \"FiscalYearStartMonth\" FROM \"Organization\" LIMIT 1"));
        const int m = q.next() ? q.value(0).toInt() : 1;
        return m >= 1 && m <= 12 ? m : 1;
    }

    // Resolves the row Id from a path segment: 404 when it can't be an Id of `o`.
    std::optional<QString> rowId(const ObjectDef &o, const QString &raw, StoreResult *failure) const
    {
        const QString id = IdGenerator::normalize(raw);
        if (id.isEmpty() || id.left(3) != o.keyPrefix) {
            *failure = StoreResult::failure(
                404,
                SfError {QStringLiteral("NOT_FOUND"),
                         QStringLiteral("Provided external ID field does not exist or is not accessible: %1").arg(raw),
                         {},
                         false});
            return std::nullopt;
        }
        return id;
    }

    // The row a PATCH or DELETE acts on: it must exist and not be deleted (404 otherwise).
    std::optional<std::pair<QString, QVariantMap>> liveRow(const ObjectDef &o, const QString &raw,
                                                           StoreResult *failure) const
    {
        const auto id = rowId(o, raw, failure);
        if (!id)
            return std::nullopt;
        const auto found = row(o, *id);
        if (!found) {
            *failure = StoreResult::failure(404, notFound());
            return std::nullopt;
        }
        if (found->value(QStringLiteral("IsDeleted")).toLongLong() != 0) {
            *failure = StoreResult::failure(
                404, SfError {QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted"), {}});
            return std::nullopt;
        }
        return std::make_pair(*id, *found);
    }

    // What a PATCH or DELETE of one record works on: its object, which must allow `method`, and its
    // live row. Nullopt with Salesforce's answer in *failure otherwise.
    struct Target
    {
        const ObjectDef *object;
        QString id;
        QVariantMap row;
    };
    std::optional<Target> writableRow(const QString &sobject, const QString &raw, const QString &method,
                                      StoreResult *failure) const
    {
        const ObjectDef *o = schema.object(sobject);
        if (!o) {
            *failure = StoreResult::failure(404, notFound());
            return std::nullopt;
        }
        if (!(method == QLatin1String("DELETE") ? o->deletable : o->updateable)) {
            *failure = StoreResult::failure(405, methodNotAllowed(method, o->allowedRowMethods()));
            return std::nullopt;
        }
        auto live = liveRow(*o, raw, failure);
        if (!live)
            return std::nullopt;
        return Target {o, std::move(live->first), std::move(live->second)};
    }

    // Validates a create/update body into canonical field → storage value.
    bool collect(const ObjectDef &o, const QJsonObject &body, bool creating, const QString &rowId, QVariantMap *values,
                 QList<SfError> *errors) const
    {
        QStringList readOnly;
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key().compare(QLatin1String("attributes"), Qt::CaseInsensitive) == 0)
                continue; // clients echo it back from retrieved records; Salesforce ignores it
            const FieldDef *f = o.field(it.key());
            if (!f) {
                errors->append(
                    SfError {QStringLiteral("INVALID_FIELD"),
                             QStringLiteral("No such column '%1' on sobject of type %2").arg(it.key(), o.name),
                             {}});
                return false;
            }
            if (f->name == QLatin1String("Id")) {
                if (creating) {
                    errors->append(SfError {QStringLiteral("INVALID_FIELD"),
                                            QStringLiteral("Id: cannot specify Id in an insert call"),
                                            {QStringLiteral("Id")}});
                    return false;
                }
                if (IdGenerator::normalize(it.value().toString()) == rowId)
                    continue; // the row's own Id in an update body is harmless
            }
            if (creating ? !f->createable : !f->updateable)
                readOnly << f->name;
        }
        if (!readOnly.isEmpty()) {
            errors->append(SfError {
                QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"),
                QStringLiteral("Unable to create/update fields: %1. Please check the security settings of this field "
                               "and verify that it is read/write for your profile or permission set.")
                    .arg(readOnly.join(QStringLiteral(", "))),
                readOnly});
            return false;
        }
        for (auto it = body.begin(); it != body.end(); ++it) {
            const FieldDef *f = o.field(it.key());
            if (!f || f->name == QLatin1String("Id"))
                continue;
            SfError e;
            const auto v = RecordCodec::fromJson(o, *f, it.value(), &e);
            if (!v) {
                errors->append(e);
                return false;
            }
            if (f->type == FieldType::Reference && !v->isNull()) {
                bool found = false;
                for (const QString &target : f->referenceTo)
                    found = found || exists(target, v->toString());
                if (!found) {
                    errors->append(SfError {QStringLiteral("INVALID_CROSS_REFERENCE_KEY"),
                                            QStringLiteral("%1: invalid cross reference id").arg(f->label),
                                            {f->name}});
                    return false;
                }
            }
            values->insert(f->name, *v);
        }
        return true;
    }

    // Fills the fields Salesforce computes: Name, Opportunity stage semantics, fiscal period.
    void derive(const ObjectDef &o, const QVariantMap &before, QVariantMap *values, const QStringList &sentFields) const
    {
        auto current = [&](const QString &f) { return values->contains(f) ? values->value(f) : before.value(f); };
        if (o.field(QStringLiteral("FirstName")) && o.field(QStringLiteral("Name"))
            && !o.field(QStringLiteral("Name"))->createable
            && (values->contains(QStringLiteral("FirstName")) || values->contains(QStringLiteral("LastName"))))
            values->insert(QStringLiteral("Name"),
                           fullName(current(QStringLiteral("FirstName")), current(QStringLiteral("LastName"))));
        if (o.name != QLatin1String("Opportunity"))
            return;
        if (values->contains(QStringLiteral("StageName"))) {
            if (const StageInfo *s = stageInfo(values->value(QStringLiteral("StageName")).toString())) {
                if (!sentFields.contains(QStringLiteral("Probability")))
                    values->insert(QStringLiteral("Probability"), double(s->defaultProbability));
                if (!sentFields.contains(QStringLiteral("ForecastCategoryName")))
                    values->insert(QStringLiteral("ForecastCategoryName"), s->forecastCategoryName);
                values->insert(QStringLiteral("IsClosed"), qint64(s->isClosed));
                values->insert(QStringLiteral("IsWon"), qint64(s->isWon));
            }
        }
        if (values->contains(QStringLiteral("ForecastCategoryName"))) {
            const QString name = values->value(QStringLiteral("ForecastCategoryName")).toString();
            const QString api = name == QLatin1String("Best Case") ? QStringLiteral("BestCase")
                : name == QLatin1String("Commit")                  ? QStringLiteral("Forecast")
                                                                   : name;
            values->insert(QStringLiteral("ForecastCategory"), api.isEmpty() ? QVariant() : QVariant(api));
        }
        const QVariant amount = current(QStringLiteral("Amount"));
        const QVariant probability = current(QStringLiteral("Probability"));
        values->insert(QStringLiteral("ExpectedRevenue"),
                       amount.isNull() || probability.isNull()
                           ? QVariant()
                           : QVariant(amount.toDouble() * probability.toDouble() / 100.0));
        const QDate close = QDate::fromString(current(QStringLiteral("CloseDate")).toString(), Qt::ISODate);
        if (close.isValid()) {
            const int start = fiscalYearStartMonth();
            const int monthIndex = (close.month() - start + 12) % 12; // 0 = first fiscal month
            // Fiscal years are named after the calendar year they end in (Salesforce's default).
            const int fiscalYear
                = start == 1 ? close.year() : (close.month() >= start ? close.year() + 1 : close.year());
            values->insert(QStringLiteral("FiscalYear"), qint64(fiscalYear));
            values->insert(QStringLiteral("FiscalQuarter"), qint64(monthIndex / 3 + 1));
        }
    }

    bool insertRow(const ObjectDef &o, const QVariantMap &values, QString *error)
    {
        QStringList cols, marks;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            cols << quoted(it.key());
            marks << QStringLiteral("?");
        }
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(quoted(o.name), cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.addBindValue(it.value());
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }

    bool updateRow(const ObjectDef &o, const QString &id, const QVariantMap &values, QString *error)
    {
        QStringList sets;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            sets << quoted(it.key()) + QStringLiteral(" = ?");
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE \"Id\" = ?").arg(quoted(o.name), sets.join(QLatin1Char(','))));
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.addBindValue(it.value());
        q.addBindValue(id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }

    void cascadeDelete(const ObjectDef &o, const QString &id, const QString &stamp, int depth = 0)
    {
        if (depth > 3)
            return;
        for (const ChildRelationship &c : o.childRelationships) {
            const ObjectDef *child = schema.object(c.childSObject);
            if (!c.cascadeDelete || !child)
                continue;
            QSqlQuery ids(db());
            ids.prepare(QStringLiteral("SELECT \"Id\" FROM %1 WHERE %2 = ? AND \"IsDeleted\" = 0")
                            .arg(quoted(child->name), quoted(c.field)));
            ids.addBindValue(id);
            ids.exec();
            QStringList childIds;
            while (ids.next())
                childIds << ids.value(0).toString();
            for (const QString &cid : childIds) {
                QString ignored;
                updateRow(*child, cid,
                          {{QStringLiteral("IsDeleted"), qint64(1)}, {QStringLiteral("SystemModstamp"), stamp}},
                          &ignored);
                cascadeDelete(*child, cid, stamp, depth + 1);
            }
        }
    }

    static UserRecord userFrom(const QSqlQuery &q)
    {
        UserRecord u;
        u.id = q.value(QStringLiteral("Id")).toString();
        u.username = q.value(QStringLiteral("Username")).toString();
        u.email = q.value(QStringLiteral("Email")).toString();
        u.firstName = q.value(QStringLiteral("FirstName")).toString();
        u.lastName = q.value(QStringLiteral("LastName")).toString();
        u.name = q.value(QStringLiteral("Name")).toString();
        u.alias = q.value(QStringLiteral("Alias")).toString();
        u.isActive = q.value(QStringLiteral("IsActive")).toLongLong() != 0;
        u.userType = q.value(QStringLiteral("UserType")).toString();
        u.timeZoneSidKey = q.value(QStringLiteral("TimeZoneSidKey")).toString();
        u.localeSidKey = q.value(QStringLiteral("LocaleSidKey")).toString();
        u.languageLocaleKey = q.value(QStringLiteral("LanguageLocaleKey")).toString();
        u.lastModifiedDate = RecordCodec::fromStorageDateTime(q.value(QStringLiteral("LastModifiedDate")).toString());
        return u;
    }

    std::optional<UserRecord> userWhere(const QString &column, const QString &value) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT * FROM \"User\" WHERE %1 = ?").arg(quoted(column)));
        q.addBindValue(value);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return userFrom(q);
    }
};

OrgStore::OrgStore()
    : d(std::make_unique<Private>())
{
    d->connectionName = QStringLiteral("hilal-orgstore-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
}

OrgStore::~OrgStore()
{
    close();
}

void OrgStore::close()
{
    if (!d->opened)
        return;
    d->executor.reset();
    {
        QSqlDatabase db = d->db();
        db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
    d->opened = false;
}

bool OrgStore::open(const QString &dbFile, QString *error)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
        if (dbFile.isEmpty()) {
            // Named shared-cache memory database: other connections of this process (Bulk query
            // workers) can open the same rows; it lives as long as this connection is open.
            db.setDatabaseName(QStringLiteral("file:%1?mode=memory&cache=shared").arg(d->connectionName));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(dbFile);
        }
        if (!db.open()) {
            if (error)
                *error = QStringLiteral("Could not open the local org's database %1: %2. Check that the folder exists "
                                        "and is writable.")
                             .arg(dbFile.isEmpty() ? QStringLiteral("(in memory)") : dbFile, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(d->connectionName);
            return false;
        }
    }
    d->opened = true;
    // Before any table exists: the NOCASE columns then fold every script's case, not just ASCII.
    d->unicodeCase = SqliteUnicode::install(d->db());
    if (!dbFile.isEmpty()) {
        d->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        d->exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    if (!d->createTables(error)) {
        close();
        return false;
    }
    d->loadCounters();
    // A file indexed under the other text ordering (ASCII-only vs Unicode case folding) is
    // reindexed, so its NOCASE indexes agree with the collation in use.
    const QString collation = d->unicodeCase ? QStringLiteral("unicode") : QStringLiteral("ascii");
    if (d->meta(QStringLiteral("collation")) != collation) {
        d->exec(QStringLiteral("REINDEX NOCASE"));
        d->setMeta(QStringLiteral("collation"), collation);
    }
    if (isSeeded() && !d->createIndexes(error)) {
        close();
        return false;
    }
    d->executor = std::make_unique<SoqlExecutor>(d->connectionName, d->schema);
    d->executor->setToday(d->today());
    d->executor->setFiscalYearStartMonth(d->fiscalYearStartMonth());
    return true;
}

bool OrgStore::isSeeded() const
{
    return d->opened && recordCount(QStringLiteral("Organization")) > 0;
}

bool OrgStore::seed(const SeedOptions &options, QString *error)
{
    if (!d->opened) {
        if (error)
            *error = QStringLiteral("The local org's database is not open; call open() first.");
        return false;
    }
    if (isSeeded()) {
        if (error)
            *error = QStringLiteral("The local org's database already holds an org; seed only an empty database.");
        return false;
    }
    QSqlDatabase db = d->db();
    if (!db.transaction()) {
        if (error)
            *error
                = QStringLiteral("Could not start a transaction to seed the local org: %1").arg(db.lastError().text());
        return false;
    }
    const bool ok = SeedData::populate(
                        db, options, d->today(), [this](const QString &p) { return d->nextId(p); }, error)
        && d->fillCustomDefaults(error) && d->createIndexes(error);
    if (ok)
        d->saveCounters();
    if (!ok || !db.commit()) {
        db.rollback();
        if (error && error->isEmpty())
            *error = QStringLiteral("Could not save the seeded org: %1").arg(db.lastError().text());
        return false;
    }
    d->executor->setFiscalYearStartMonth(d->fiscalYearStartMonth());
    return true;
}

const Schema &OrgStore::schema() const
{
    return d->schema;
}

void OrgStore::setCustomFields(const CustomFields &fields)
{
    d->schema = Schema::standard();
    fields.apply(&d->schema);
}

void OrgStore::setDuplicateRule(DuplicateRules::Mode mode)
{
    d->duplicateRule = mode;
}

StoreResult OrgStore::create(const QString &sobject, const QJsonObject &body, const QString &actingUserId,
                             bool allowDuplicateSave)
{
    const ObjectDef *o = d->schema.object(sobject);
    if (!o)
        return StoreResult::failure(404, notFound());
    if (!o->createable)
        return StoreResult::failure(405, methodNotAllowed(QStringLiteral("POST"), QStringLiteral("GET,HEAD")));
    QVariantMap values;
    QList<SfError> errors;
    if (!d->collect(*o, body, true, QString(), &values, &errors))
        return StoreResult::failure(400, errors);

    const QString user = actingUserId.isEmpty() ? d->defaultUserId() : actingUserId;
    for (const FieldDef &f : o->fields) {
        if (values.contains(f.name))
            continue;
        if (!f.defaultValue.isEmpty())
            values.insert(f.name, Private::storedDefault(f));
        else if (f.type == FieldType::Boolean)
            values.insert(f.name, qint64(f.name == QLatin1String("IsActive") ? 1 : 0));
        else if (f.name == QLatin1String("OwnerId"))
            values.insert(f.name, user);
    }
    if (o->name == QLatin1String("User") && !values.contains(QStringLiteral("CommunityNickname")))
        values.insert(QStringLiteral("CommunityNickname"), values.value(QStringLiteral("Alias")));

    QStringList missing;
    for (const FieldDef &f : o->fields) {
        if (f.isRequiredOnCreate() && values.value(f.name).isNull())
            missing << f.name;
    }
    if (!missing.isEmpty())
        return StoreResult::failure(
            400,
            SfError {QStringLiteral("REQUIRED_FIELD_MISSING"),
                     QStringLiteral("Required fields are missing: [%1]").arg(missing.join(QStringLiteral(", "))),
                     missing});
    if (o->name == QLatin1String("User")
        && d->userWhere(QStringLiteral("Username"), values.value(QStringLiteral("Username")).toString()))
        return StoreResult::failure(
            400,
            SfError {QStringLiteral("DUPLICATE_USERNAME"),
                     QStringLiteral(
                         "Duplicate Username.<br>The username already exists in this or another Salesforce "
                         "organization. Usernames must be unique across all Salesforce organizations. To resolve, use "
                         "a different username (it doesn't need to match the user's email address)."),
                     {QStringLiteral("Username")}});

    if (const std::optional<SfError> duplicate = d->duplicateValue(*o, values, QString()))
        return StoreResult::failure(400, *duplicate);
    if (d->duplicateRule != DuplicateRules::Mode::Off
        && !(d->duplicateRule == DuplicateRules::Mode::Alert && allowDuplicateSave)) {
        const QStringList matches = DuplicateRules::matches(d->db(), *o, values);
        if (!matches.isEmpty())
            return StoreResult::failure(400, DuplicateRules::error(d->duplicateRule, *o, matches));
    }

    d->derive(*o, {}, &values, QStringList(values.keys()));
    const QString id = d->nextId(o->keyPrefix);
    const QString now = RecordCodec::toStorageDateTime(QDateTime::currentDateTimeUtc());
    values.insert(QStringLiteral("Id"), id);
    values.insert(QStringLiteral("IsDeleted"), qint64(0));
    values.insert(QStringLiteral("CreatedDate"), now);
    values.insert(QStringLiteral("LastModifiedDate"), now);
    values.insert(QStringLiteral("SystemModstamp"), now);
    values.insert(QStringLiteral("CreatedById"), user);
    values.insert(QStringLiteral("LastModifiedById"), user);
    QString error;
    if (!d->insertRow(*o, values, &error))
        return StoreResult::failure(500,
                                    SfError {QStringLiteral("UNKNOWN_EXCEPTION"),
                                             InternalError::report(QStringLiteral("could not save a record"), error),
                                             {},
                                             false});
    d->setMeta(QStringLiteral("counter:") + o->keyPrefix, QString::number(d->counters.value(o->keyPrefix)));
    return StoreResult::success(201,
                                QJsonObject {{QStringLiteral("id"), id},
                                             {QStringLiteral("success"), true},
                                             {QStringLiteral("errors"), QJsonArray()}});
}

StoreResult OrgStore::retrieve(const QString &sobject, const QString &rawId, const QStringList &fields,
                               const QString &apiVersion)
{
    const ObjectDef *o = d->schema.object(sobject);
    if (!o)
        return StoreResult::failure(404, notFound());
    StoreResult failure;
    const auto id = d->rowId(*o, rawId, &failure);
    if (!id)
        return failure;
    QList<const FieldDef *> selected;
    for (const QString &name : fields) {
        const FieldDef *f = o->field(name.trimmed());
        if (!f)
            return StoreResult::failure(
                400,
                SfError {QStringLiteral("INVALID_FIELD"),
                         QStringLiteral("No such column '%1' on entity '%2'. If you are attempting to use a custom "
                                        "field, be sure to append the '__c' after the custom field name. Please "
                                        "reference your WSDL or the describe call for the appropriate names.")
                             .arg(name.trimmed(), o->name),
                         {},
                         false});
        if (!selected.contains(f))
            selected << f;
    }
    if (selected.isEmpty()) {
        for (const FieldDef &f : o->fields)
            selected << &f;
    } else if (!selected.contains(o->field(QStringLiteral("Id")))) {
        selected << o->field(QStringLiteral("Id"));
    }
    const auto row = d->row(*o, *id);
    if (!row)
        return StoreResult::failure(404, notFound());
    if (row->value(QStringLiteral("IsDeleted")).toLongLong() != 0)
        return StoreResult::failure(
            404, SfError {QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted"), {}});
    QJsonObject out {
        {QStringLiteral("attributes"),
         QJsonObject {
             {QStringLiteral("type"), o->name},
             {QStringLiteral("url"),
              QStringLiteral("/services/data/v%1/sobjects/%2/%3").arg(stripVersion(apiVersion), o->name, *id)}}}};
    for (const FieldDef *f : selected)
        out.insert(f->name, RecordCodec::toJson(*f, row->value(f->name)));
    return StoreResult::success(200, out);
}

StoreResult OrgStore::update(const QString &sobject, const QString &rawId, const QJsonObject &body,
                             std::optional<QDateTime> ifUnmodifiedSince, const QString &actingUserId)
{
    StoreResult failure;
    const auto target = d->writableRow(sobject, rawId, QStringLiteral("PATCH"), &failure);
    if (!target)
        return failure;
    const ObjectDef *o = target->object;
    const QString *id = &target->id;
    const QVariantMap *before = &target->row;
    if (ifUnmodifiedSince) {
        const QDateTime modified
            = RecordCodec::fromStorageDateTime(before->value(QStringLiteral("LastModifiedDate")).toString());
        // HTTP dates have whole seconds: compare at that precision.
        if (modified.toSecsSinceEpoch() > ifUnmodifiedSince->toSecsSinceEpoch())
            return StoreResult::failure(412,
                                        SfError {QStringLiteral("PRECONDITION_FAILED"),
                                                 QStringLiteral("The record was modified after %1")
                                                     .arg(RecordCodec::toApiDateTime(*ifUnmodifiedSince)),
                                                 {},
                                                 false});
    }
    QVariantMap values;
    QList<SfError> errors;
    if (!d->collect(*o, body, false, *id, &values, &errors))
        return StoreResult::failure(400, errors);
    QStringList missing;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldDef *f = o->field(it.key());
        if (f && !f->nillable && it.value().isNull())
            missing << f->name;
    }
    if (!missing.isEmpty())
        return StoreResult::failure(
            400,
            SfError {QStringLiteral("REQUIRED_FIELD_MISSING"),
                     QStringLiteral("Required fields are missing: [%1]").arg(missing.join(QStringLiteral(", "))),
                     missing});
    if (const std::optional<SfError> duplicate = d->duplicateValue(*o, values, *id))
        return StoreResult::failure(400, *duplicate);
    d->derive(*o, *before, &values, QStringList(values.keys()));
    const QString now = RecordCodec::toStorageDateTime(QDateTime::currentDateTimeUtc());
    values.insert(QStringLiteral("LastModifiedDate"), now);
    values.insert(QStringLiteral("SystemModstamp"), now);
    values.insert(QStringLiteral("LastModifiedById"), actingUserId.isEmpty() ? d->defaultUserId() : actingUserId);
    QString error;
    if (!d->updateRow(*o, *id, values, &error))
        return StoreResult::failure(500,
                                    SfError {QStringLiteral("UNKNOWN_EXCEPTION"),
                                             InternalError::report(QStringLiteral("could not save a record"), error),
                                             {},
                                             false});
    return StoreResult::success(204);
}

StoreResult OrgStore::remove(const QString &sobject, const QString &rawId)
{
    StoreResult failure;
    const auto target = d->writableRow(sobject, rawId, QStringLiteral("DELETE"), &failure);
    if (!target)
        return failure;
    const ObjectDef *o = target->object;
    const QString *id = &target->id;
    const QString now = RecordCodec::toStorageDateTime(QDateTime::currentDateTimeUtc());
    QSqlDatabase db = d->db();
    // Inside a batch the batch's SAVEPOINT is the transaction; a COMMIT here would end it early.
    const bool ownTransaction = !d->inBatch;
    if (ownTransaction)
        db.transaction();
    QString error;
    if (!d->updateRow(*o, *id, {{QStringLiteral("IsDeleted"), qint64(1)}, {QStringLiteral("SystemModstamp"), now}},
                      &error)) {
        if (ownTransaction)
            db.rollback();
        return StoreResult::failure(500,
                                    SfError {QStringLiteral("UNKNOWN_EXCEPTION"),
                                             InternalError::report(QStringLiteral("could not delete a record"), error),
                                             {},
                                             false});
    }
    d->cascadeDelete(*o, *id, now);
    if (ownTransaction)
        db.commit();
    return StoreResult::success(204);
}

bool OrgStore::beginBatch()
{
    if (d->inBatch || !d->exec(QStringLiteral("SAVEPOINT hilal_batch")))
        return false;
    d->inBatch = true;
    return true;
}

bool OrgStore::commitBatch()
{
    if (!d->inBatch)
        return false;
    d->inBatch = false;
    return d->exec(QStringLiteral("RELEASE SAVEPOINT hilal_batch"));
}

void OrgStore::rollbackBatch()
{
    if (!d->inBatch)
        return;
    d->inBatch = false;
    // ROLLBACK TO keeps the savepoint open; RELEASE then ends the (now empty) transaction.
    d->exec(QStringLiteral("ROLLBACK TO SAVEPOINT hilal_batch"));
    d->exec(QStringLiteral("RELEASE SAVEPOINT hilal_batch"));
}

QueryResult OrgStore::query(const QString &soql, bool includeDeleted, int batchSize, const QString &apiVersion)
{
    if (!d->executor)
        return StoreResult::failure(500,
                                    SfError {QStringLiteral("UNKNOWN_EXCEPTION"),
                                             QStringLiteral("The local org's database is not open."),
                                             {},
                                             false});
    d->executor->setToday(d->today());
    return d->executor->query(soql, includeDeleted, batchSize, stripVersion(apiVersion));
}

QueryResult OrgStore::queryMore(const QString &locator, const QString &apiVersion)
{
    if (!d->executor)
        return StoreResult::failure(500,
                                    SfError {QStringLiteral("UNKNOWN_EXCEPTION"),
                                             QStringLiteral("The local org's database is not open."),
                                             {},
                                             false});
    return d->executor->queryMore(locator, stripVersion(apiVersion));
}

QueryResult OrgStore::explain(const QString &soql)
{
    if (!d->executor)
        return StoreResult::failure(500,
                                    SfError {QStringLiteral("UNKNOWN_EXCEPTION"),
                                             QStringLiteral("The local org's database is not open."),
                                             {},
                                             false});
    d->executor->setToday(d->today());
    return d->executor->explain(soql);
}

StoreResult OrgStore::describeGlobal(const QString &apiVersion) const
{
    return StoreResult::success(200, DescribeBuilder::global(d->schema, stripVersion(apiVersion)));
}

StoreResult OrgStore::describe(const QString &sobject, const QString &apiVersion) const
{
    const ObjectDef *o = d->schema.object(sobject);
    if (!o)
        return StoreResult::failure(404, notFound());
    return StoreResult::success(200, DescribeBuilder::object(*o, stripVersion(apiVersion)));
}

std::optional<UserRecord> OrgStore::authenticate(const QString &username, const QString &password) const
{
    const auto user = userByUsername(username);
    if (!user || !user->isActive)
        return std::nullopt;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT PasswordHash FROM _auth WHERE UserId = ?"));
    q.addBindValue(user->id);
    if (!q.exec() || !q.next() || !PasswordHash::verify(password, q.value(0).toString()))
        return std::nullopt;
    return user;
}

std::optional<UserRecord> OrgStore::userById(const QString &id) const
{
    const QString normalized = IdGenerator::normalize(id);
    if (normalized.isEmpty())
        return std::nullopt;
    return d->userWhere(QStringLiteral("Id"), normalized);
}

std::optional<UserRecord> OrgStore::userByUsername(const QString &username) const
{
    return d->userWhere(QStringLiteral("Username"), username);
}

OrganizationRecord OrgStore::organization() const
{
    OrganizationRecord r;
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT * FROM \"Organization\" LIMIT 1")) || !q.next())
        return r;
    r.id = q.value(QStringLiteral("Id")).toString();
    r.name = q.value(QStringLiteral("Name")).toString();
    r.organizationType = q.value(QStringLiteral("OrganizationType")).toString();
    r.isSandbox = q.value(QStringLiteral("IsSandbox")).toLongLong() != 0;
    r.instanceName = q.value(QStringLiteral("InstanceName")).toString();
    r.timeZoneSidKey = q.value(QStringLiteral("TimeZoneSidKey")).toString();
    r.defaultLocaleSidKey = q.value(QStringLiteral("DefaultLocaleSidKey")).toString();
    r.languageLocaleKey = q.value(QStringLiteral("LanguageLocaleKey")).toString();
    r.fiscalYearStartMonth = q.value(QStringLiteral("FiscalYearStartMonth")).toInt();
    return r;
}

qint64 OrgStore::recordCount(const QString &sobject) const
{
    const ObjectDef *o = d->schema.object(sobject);
    if (!o || !d->opened)
        return -1;
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE \"IsDeleted\" = 0").arg(quoted(o->name))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void OrgStore::setTodayForTesting(const QDate &today)
{
    d->todayOverride = today;
    if (d->executor)
        d->executor->setToday(d->today());
}

QString OrgStore::connectionName() const
{
    return d->connectionName;
}

QDate OrgStore::today() const
{
    return d->today();
}

std::shared_ptr<soqlexec::QueryCursors> OrgStore::queryCursors() const
{
    return d->executor ? d->executor->cursors() : nullptr;
}

void OrgStore::ageLocatorsForTesting(int seconds)
{
    if (d->executor)
        d->executor->ageLocators(seconds);
}

} // namespace hilal::emulator
