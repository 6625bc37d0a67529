#include "emulator/seed/seed_data.h"

#include "emulator/store/password_hash.h"
#include "emulator/store/record_codec.h"
#include "emulator/store/schema.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

#include <random>

#include <dlfcn.h>

namespace hilal::emulator {

namespace {

// std::mt19937's output sequence is fixed by the standard (unlike the distributions), so the
// same seed gives the same org on every platform.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_gen(seed)
    {
    }
    int below(int n) { return n <= 1 ? 0 : int(m_gen() % quint32(n)); }
    bool chance(int percent) { return below(100) < percent; }
    const QString &pick(const QStringList &l) { return l.at(below(int(l.size()))); }

private:
    std::mt19937 m_gen;
};

const QStringList kFirstNames {
    QStringLiteral("Amira"),   QStringLiteral("Ben"),   QStringLiteral("Chloe"), QStringLiteral("Dmitri"),
    QStringLiteral("Elif"),    QStringLiteral("Farid"), QStringLiteral("Grace"), QStringLiteral("Hana"),
    QStringLiteral("Ivan"),    QStringLiteral("Jonas"), QStringLiteral("Keiko"), QStringLiteral("Leila"),
    QStringLiteral("Marco"),   QStringLiteral("Nadia"), QStringLiteral("Omar"),  QStringLiteral("Priya"),
    QStringLiteral("Quentin"), QStringLiteral("Rosa"),  QStringLiteral("Samir"), QStringLiteral("Tess"),
    QStringLiteral("Umar"),    QStringLiteral("Vera"),  QStringLiteral("Wei"),   QStringLiteral("Yusuf"),
    QStringLiteral("Zara"),    QStringLiteral("Aisha"), QStringLiteral("Bruno"), QStringLiteral("Clara"),
    QStringLiteral("Diego"),   QStringLiteral("Emma")};
const QStringList kLastNames {
    QStringLiteral("Okafor"), QStringLiteral("Schmidt"),  QStringLiteral("Haddad"),  QStringLiteral("Nakamura"),
    QStringLiteral("Silva"),  QStringLiteral("Kowalski"), QStringLiteral("Rahman"),  QStringLiteral("Dubois"),
    QStringLiteral("Jensen"), QStringLiteral("Moreau"),   QStringLiteral("Yilmaz"),  QStringLiteral("Rossi"),
    QStringLiteral("Novak"),  QStringLiteral("Fischer"),  QStringLiteral("Ibrahim"), QStringLiteral("Lindqvist"),
    QStringLiteral("Mensah"), QStringLiteral("Ortega"),   QStringLiteral("Petrov"),  QStringLiteral("Quinn"),
    QStringLiteral("Sato"),   QStringLiteral("Tanaka"),   QStringLiteral("Varga"),   QStringLiteral("Weber"),
    QStringLiteral("Zhang"),  QStringLiteral("Al-Farsi"), QStringLiteral("Brennan"), QStringLiteral("Castillo"),
    QStringLiteral("Demir"),  QStringLiteral("Eriksen")};
const QStringList kCompanyStems {
    QStringLiteral("Northwind"),  QStringLiteral("Brightwave"), QStringLiteral("Bluepeak"),  QStringLiteral("Crescent"),
    QStringLiteral("Evergreen"),  QStringLiteral("Ironbridge"), QStringLiteral("Lumen"),     QStringLiteral("Meridian"),
    QStringLiteral("Oakridge"),   QStringLiteral("Pinnacle"),   QStringLiteral("Quantum"),   QStringLiteral("Redwood"),
    QStringLiteral("Silverline"), QStringLiteral("Summit"),     QStringLiteral("Tidewater"), QStringLiteral("Vertex"),
    QStringLiteral("Willow"),     QStringLiteral("Zenith"),     QStringLiteral("Harbor"),    QStringLiteral("Granite"),
    QStringLiteral("Falcon"),     QStringLiteral("Aurora"),     QStringLiteral("Cobalt"),    QStringLiteral("Delta"),
    QStringLiteral("Ember")};
const QStringList kCompanyKinds {QStringLiteral("Traders"),  QStringLiteral("Logistics"), QStringLiteral("Systems"),
                                 QStringLiteral("Foods"),    QStringLiteral("Health"),    QStringLiteral("Energy"),
                                 QStringLiteral("Labs"),     QStringLiteral("Media"),     QStringLiteral("Partners"),
                                 QStringLiteral("Robotics"), QStringLiteral("Textiles"),  QStringLiteral("Analytics"),
                                 QStringLiteral("Telecom"),  QStringLiteral("Builders"),  QStringLiteral("Capital")};
const QStringList kCompanySuffixes {QStringLiteral("Ltd"),
                                    QStringLiteral("GmbH"),
                                    QStringLiteral("Inc."),
                                    QStringLiteral("LLC"),
                                    QStringLiteral("S.A."),
                                    QStringLiteral("Co."),
                                    QString()};
const QStringList kCities {QStringLiteral("Berlin"),    QStringLiteral("London"),  QStringLiteral("Istanbul"),
                           QStringLiteral("Lagos"),     QStringLiteral("Paris"),   QStringLiteral("Madrid"),
                           QStringLiteral("Dubai"),     QStringLiteral("Toronto"), QStringLiteral("Austin"),
                           QStringLiteral("Singapore"), QStringLiteral("Tokyo"),   QStringLiteral("Milan")};
const QStringList kCountries {QStringLiteral("Germany"),
                              QStringLiteral("United Kingdom"),
                              QStringLiteral("Turkey"),
                              QStringLiteral("Nigeria"),
                              QStringLiteral("France"),
                              QStringLiteral("Spain"),
                              QStringLiteral("United Arab Emirates"),
                              QStringLiteral("Canada"),
                              QStringLiteral("United States"),
                              QStringLiteral("Singapore"),
                              QStringLiteral("Japan"),
                              QStringLiteral("Italy")};
const QStringList kTitles {QStringLiteral("Head of Operations"),
                           QStringLiteral("CFO"),
                           QStringLiteral("IT Manager"),
                           QStringLiteral("Buyer"),
                           QStringLiteral("VP Sales"),
                           QStringLiteral("Procurement Lead"),
                           QStringLiteral("CTO"),
                           QStringLiteral("Office Manager")};
const QStringList kDeals {QStringLiteral("Q1 renewal"),       QStringLiteral("Q2 renewal"),
                          QStringLiteral("Q3 expansion"),     QStringLiteral("Q4 expansion"),
                          QStringLiteral("Platform upgrade"), QStringLiteral("Pilot"),
                          QStringLiteral("Support contract"), QStringLiteral("New licences"),
                          QStringLiteral("Chatbot rollout"),  QStringLiteral("Data migration")};
const QStringList kAccountTypes {QStringLiteral("Prospect"), QStringLiteral("Customer - Direct"),
                                 QStringLiteral("Customer - Channel"), QStringLiteral("Channel Partner / Reseller"),
                                 QStringLiteral("Other")};
const QStringList kOppTypes {QStringLiteral("Existing Customer - Upgrade"),
                             QStringLiteral("Existing Customer - Replacement"),
                             QStringLiteral("Existing Customer - Downgrade"), QStringLiteral("New Customer")};
const QStringList kLeadSources {QStringLiteral("Web"), QStringLiteral("Phone Inquiry"),
                                QStringLiteral("Partner Referral"), QStringLiteral("Purchased List"),
                                QStringLiteral("Other")};
const QStringList kRatings {QStringLiteral("Hot"), QStringLiteral("Warm"), QStringLiteral("Cold")};
const QStringList kRoles {QStringLiteral("Decision Maker"),  QStringLiteral("Economic Buyer"),
                          QStringLiteral("Evaluator"),       QStringLiteral("Influencer"),
                          QStringLiteral("Technical Buyer"), QStringLiteral("Business User")};
const QStringList kIndustries {
    QStringLiteral("Banking"),     QStringLiteral("Retail"),        QStringLiteral("Technology"),
    QStringLiteral("Healthcare"),  QStringLiteral("Manufacturing"), QStringLiteral("Energy"),
    QStringLiteral("Education"),   QStringLiteral("Media"),         QStringLiteral("Transportation"),
    QStringLiteral("Hospitality"), QStringLiteral("Consulting"),    QStringLiteral("Insurance")};

QString slug(QString s)
{
    s = s.toLower();
    QString out;
    for (QChar c : s) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
    }
    return out;
}

// SQLite's own statement API, looked up in the library the Qt SQLite plugin already loaded (as
// sqlite_unicode.cpp does): binding through QSqlQuery costs more than SQLite's insert itself
// when a million rows are seeded, so the seed binds directly when it can.
struct sqlite3;
struct sqlite3_stmt;
struct SqliteApi
{
    using Prepare = int (*)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
    using BindText16 = int (*)(sqlite3_stmt *, int, const void *, int, void (*)(void *));
    using BindInt64 = int (*)(sqlite3_stmt *, int, qint64);
    using BindDouble = int (*)(sqlite3_stmt *, int, double);
    using BindNull = int (*)(sqlite3_stmt *, int);
    using Step = int (*)(sqlite3_stmt *);
    using Reset = int (*)(sqlite3_stmt *);
    using Finalize = int (*)(sqlite3_stmt *);
    using ErrMsg = const char *(*)(sqlite3 *);

    Prepare prepare = nullptr;
    BindText16 bindText16 = nullptr;
    BindInt64 bindInt64 = nullptr;
    BindDouble bindDouble = nullptr;
    BindNull bindNull = nullptr;
    Step step = nullptr;
    Reset reset = nullptr;
    Finalize finalize = nullptr;
    ErrMsg errmsg = nullptr;

    bool ok() const
    {
        return prepare && bindText16 && bindInt64 && bindDouble && bindNull && step && reset && finalize && errmsg;
    }

    static const SqliteApi &get()
    {
        static const SqliteApi api = [] {
            SqliteApi a;
            void *lib = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
            if (!lib)
                return a;
            a.prepare = reinterpret_cast<Prepare>(dlsym(lib, "sqlite3_prepare_v2"));
            a.bindText16 = reinterpret_cast<BindText16>(dlsym(lib, "sqlite3_bind_text16"));
            a.bindInt64 = reinterpret_cast<BindInt64>(dlsym(lib, "sqlite3_bind_int64"));
            a.bindDouble = reinterpret_cast<BindDouble>(dlsym(lib, "sqlite3_bind_double"));
            a.bindNull = reinterpret_cast<BindNull>(dlsym(lib, "sqlite3_bind_null"));
            a.step = reinterpret_cast<Step>(dlsym(lib, "sqlite3_step"));
            a.reset = reinterpret_cast<Reset>(dlsym(lib, "sqlite3_reset"));
            a.finalize = reinterpret_cast<Finalize>(dlsym(lib, "sqlite3_finalize"));
            a.errmsg = reinterpret_cast<ErrMsg>(dlsym(lib, "sqlite3_errmsg"));
            return a;
        }();
        return api;
    }
};

constexpr int kSqliteDone = 101;

// One cell of a seeded row, without QVariant's copies: text points at a QString that lives
// until the end of the insert() call (a temporary of the caller's full expression or a const).
class Cell
{
public:
    enum class Kind { Null, Integer, Real, Text };

    Cell(int value)
        : m_kind(Kind::Integer)
        , m_integer(value)
    {
    }
    Cell(double value)
        : m_kind(Kind::Real)
        , m_real(value)
    {
    }
    Cell(const QString &text)
        : m_kind(text.isNull() ? Kind::Null : Kind::Text)
        , m_text(&text)
    {
    }
    // The few optional cells (an amount, a next step, a private contact's account).
    Cell(const QVariant &value)
    {
        if (value.isNull())
            return;
        if (value.typeId() == QMetaType::Double) {
            m_kind = Kind::Real;
            m_real = value.toDouble();
        } else {
            m_kind = Kind::Text;
            m_owned = value.toString();
            m_text = &m_owned;
        }
    }
    Cell(const Cell &) = delete;
    Cell &operator=(const Cell &) = delete;

    Kind kind() const { return m_kind; }
    qint64 integer() const { return m_integer; }
    double real() const { return m_real; }
    const QString &text() const { return *m_text; }

    QVariant toVariant() const
    {
        switch (m_kind) {
        case Kind::Integer:
            return m_integer;
        case Kind::Real:
            return m_real;
        case Kind::Text:
            return *m_text;
        case Kind::Null:
            break;
        }
        return QVariant();
    }

private:
    Kind m_kind = Kind::Null;
    qint64 m_integer = 0;
    double m_real = 0;
    const QString *m_text = nullptr;
    QString m_owned;
};

// One prepared INSERT per object, reused for every row of the seed.
class Inserter
{
public:
    Inserter(QSqlDatabase db, const QString &object, const QStringList &columns)
        : m_query(db)
        , m_columns(columns)
    {
        QStringList quotedCols, marks;
        for (const QString &c : columns) {
            quotedCols << QLatin1Char('"') + c + QLatin1Char('"');
            marks << QStringLiteral("?");
        }
        const QString sql = QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                                .arg(object, quotedCols.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        const QVariant handle = db.driver()->handle();
        if (SqliteApi::get().ok() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            m_db = *static_cast<sqlite3 *const *>(handle.data());
            m_ok = m_db && SqliteApi::get().prepare(m_db, sql.toUtf8().constData(), -1, &m_statement, nullptr) == 0;
            if (!m_ok)
                m_error = m_db ? QString::fromUtf8(SqliteApi::get().errmsg(m_db)) : QStringLiteral("no SQLite handle");
            return;
        }
        m_ok = m_query.prepare(sql);
        m_error = m_query.lastError().text();
    }

    ~Inserter()
    {
        if (m_statement)
            SqliteApi::get().finalize(m_statement);
    }

    Inserter(const Inserter &) = delete;
    Inserter &operator=(const Inserter &) = delete;

    bool insert(std::initializer_list<Cell> values)
    {
        if (!m_ok)
            return false;
        if (m_statement)
            return insertDirect(values);
        int i = 0;
        for (const Cell &cell : values)
            m_query.bindValue(i++, cell.toVariant());
        if (!m_query.exec()) {
            m_ok = false;
            m_error = m_query.lastError().text();
        }
        return m_ok;
    }

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

private:
    bool insertDirect(std::initializer_list<Cell> values)
    {
        const SqliteApi &api = SqliteApi::get();
        int at = 0;
        for (const Cell &cell : values) {
            ++at;
            switch (cell.kind()) {
            case Cell::Kind::Null:
                api.bindNull(m_statement, at);
                break;
            case Cell::Kind::Integer:
                api.bindInt64(m_statement, at, cell.integer());
                break;
            case Cell::Kind::Real:
                api.bindDouble(m_statement, at, cell.real());
                break;
            case Cell::Kind::Text:
                // SQLITE_STATIC: the text outlives the step below.
                api.bindText16(m_statement, at, cell.text().utf16(), int(cell.text().size() * 2), nullptr);
                break;
            }
        }
        const int rc = api.step(m_statement);
        api.reset(m_statement);
        if (rc != kSqliteDone) {
            m_ok = false;
            m_error = QString::fromUtf8(api.errmsg(m_db));
        }
        return m_ok;
    }

    QSqlQuery m_query;
    QStringList m_columns;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = false;
    QString m_error;
};

const QStringList kSystemColumns {QStringLiteral("Id"),
                                  QStringLiteral("IsDeleted"),
                                  QStringLiteral("CreatedDate"),
                                  QStringLiteral("CreatedById"),
                                  QStringLiteral("LastModifiedDate"),
                                  QStringLiteral("LastModifiedById"),
                                  QStringLiteral("SystemModstamp")};

struct Stamp
{
    QString created;
    QString modified;
};

// RecordCodec::toStorageDateTime for a UTC epoch-milliseconds value, without QDateTime.
QString storageStamp(qint64 msecs)
{
    const qint64 days = msecs >= 0 ? msecs / 86400000 : (msecs - 86399999) / 86400000;
    const qint64 rest = msecs - days * 86400000;
    const QDate d = QDate::fromJulianDay(2440588 + days); // 1970-01-01 is Julian day 2440588
    const int ms = int(rest % 1000), secs = int(rest / 1000);
    // "yyyy-MM-dd HH:mm:ss.zzz" digit by digit: asprintf showed in the seed's profile.
    char text[] = "0000-00-00 00:00:00.000";
    auto put = [&text](int at, int value, int width) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, d.year(), 4);
    put(5, d.month(), 2);
    put(8, d.day(), 2);
    put(11, secs / 3600, 2);
    put(14, (secs / 60) % 60, 2);
    put(17, secs % 60, 2);
    put(20, ms, 3);
    return QString::fromLatin1(text, int(sizeof text) - 1);
}

} // namespace

bool SeedData::populate(QSqlDatabase db, const SeedOptions &options, const QDate &today, const IdSource &nextId,
                        QString *error)
{
    Dice dice(options.seed);
    // Bulk load: a big page cache while inserting and in-memory temporary B-trees (index builds
    // sort there).
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    const QDateTime midnight(today, QTime(0, 0), QTimeZone::utc());
    const qint64 midnightMs = midnight.toMSecsSinceEpoch();
    // A creation time up to `maxDaysBack` days ago and a later modification, both before today.
    // Plain integer arithmetic: QDateTime formatting dominated the seed's profile.
    auto stamp = [&](int maxDaysBack) {
        const qint64 created = midnightMs - qint64(1 + dice.below(maxDaysBack)) * 86400000
            + qint64(dice.below(86400)) * 1000 + dice.below(1000);
        qint64 modified = created + qint64(dice.below(86400 * 20)) * 1000;
        if (modified >= midnightMs)
            modified = qMax(created, midnightMs - 1000 - qint64(dice.below(3600)) * 1000);
        return Stamp {storageStamp(created), storageStamp(modified)};
    };
    auto fail = [&](const Inserter &ins, const QString &what) {
        if (error)
            *error = QStringLiteral("Seeding the local org failed while writing %1: %2").arg(what, ins.error());
        return false;
    };

    // --- Organization and users ---------------------------------------------------------------
    const QString orgId = nextId(QStringLiteral("00D"));
    const QString adminId = nextId(QStringLiteral("005"));
    const QString profileId = QStringLiteral("00e5g000000AbCdAAK"); // System Administrator (not modelled)
    {
        Inserter org(db, QStringLiteral("Organization"),
                     kSystemColumns
                         + QStringList {QStringLiteral("Name"), QStringLiteral("OrganizationType"),
                                        QStringLiteral("IsSandbox"), QStringLiteral("InstanceName"),
                                        QStringLiteral("TrialExpirationDate"), QStringLiteral("NamespacePrefix"),
                                        QStringLiteral("DefaultLocaleSidKey"), QStringLiteral("LanguageLocaleKey"),
                                        QStringLiteral("TimeZoneSidKey"), QStringLiteral("FiscalYearStartMonth"),
                                        QStringLiteral("Country"), QStringLiteral("City"), QStringLiteral("Division")});
        const QString created = RecordCodec::toStorageDateTime(midnight.addDays(-900));
        if (!org.insert({orgId,
                         0,
                         created,
                         adminId,
                         created,
                         adminId,
                         created,
                         options.orgName,
                         options.sandbox ? QStringLiteral("Enterprise Edition") : QStringLiteral("Developer Edition"),
                         options.sandbox ? 1 : 0,
                         options.sandbox ? QStringLiteral("CS108") : QStringLiteral("EU45"),
                         QVariant(),
                         QVariant(),
                         QStringLiteral("en_US"),
                         QStringLiteral("en_US"),
                         QStringLiteral("Europe/Berlin"),
                         1,
                         QStringLiteral("Germany"),
                         QStringLiteral("Berlin"),
                         QVariant()}))
            return fail(org, QStringLiteral("the Organization row"));
    }

    const QStringList userColumns = kSystemColumns
        + QStringList {
            QStringLiteral("Username"),          QStringLiteral("Email"),        QStringLiteral("FirstName"),
            QStringLiteral("LastName"),          QStringLiteral("Name"),         QStringLiteral("Alias"),
            QStringLiteral("CommunityNickname"), QStringLiteral("Title"),        QStringLiteral("CompanyName"),
            QStringLiteral("IsActive"),          QStringLiteral("ProfileId"),    QStringLiteral("UserType"),
            QStringLiteral("TimeZoneSidKey"),    QStringLiteral("LocaleSidKey"), QStringLiteral("EmailEncodingKey"),
            QStringLiteral("LanguageLocaleKey")};
    Inserter users(db, QStringLiteral("User"), userColumns);
    Inserter auth(db, QStringLiteral("_auth"), {QStringLiteral("UserId"), QStringLiteral("PasswordHash")});
    QStringList owners {adminId};
    {
        const Stamp s = stamp(800);
        const QString created = RecordCodec::toStorageDateTime(midnight.addDays(-899));
        if (!users.insert({adminId,
                           0,
                           created,
                           adminId,
                           s.modified,
                           adminId,
                           s.modified,
                           options.username,
                           options.username,
                           QStringLiteral("Dana"),
                           QStringLiteral("Admin"),
                           QStringLiteral("Dana Admin"),
                           QStringLiteral("dadmin"),
                           QStringLiteral("dana.admin"),
                           QStringLiteral("Salesforce Administrator"),
                           options.orgName,
                           1,
                           profileId,
                           QStringLiteral("Standard"),
                           QStringLiteral("Europe/Berlin"),
                           QStringLiteral("en_US"),
                           QStringLiteral("UTF-8"),
                           QStringLiteral("en_US")}))
            return fail(users, QStringLiteral("the admin user"));
        if (!auth.insert({adminId, PasswordHash::make(options.password)}))
            return fail(auth, QStringLiteral("the admin user's password hash"));
        for (int i = 0; i < 5; ++i) {
            const QString first = kFirstNames.at((i * 7 + 3) % kFirstNames.size());
            const QString last = kLastNames.at((i * 11 + 5) % kLastNames.size());
            const QString id = nextId(QStringLiteral("005"));
            const QString username
                = slug(first) + QLatin1Char('.') + slug(last) + QStringLiteral("@hilal-demo.example");
            const Stamp st = stamp(800);
            if (!users.insert({id,
                               0,
                               st.created,
                               adminId,
                               st.modified,
                               adminId,
                               st.modified,
                               username,
                               username,
                               first,
                               last,
                               QString(first + QLatin1Char(' ') + last),
                               QString(slug(first).left(1) + slug(last)).left(8),
                               QString(slug(first) + QString::number(i)),
                               QStringLiteral("Account Executive"),
                               options.orgName,
                               i == 4 ? 0 : 1,
                               profileId,
                               QStringLiteral("Standard"),
                               QStringLiteral("Europe/Berlin"),
                               QStringLiteral("en_US"),
                               QStringLiteral("UTF-8"),
                               QStringLiteral("en_US")}))
                return fail(users, QStringLiteral("the users"));
            if (i != 4)
                owners << id; // the inactive user owns nothing
        }
    }

    // --- OpportunityStage / LeadStatus ----------------------------------------------------------
    {
        Inserter stages(db, QStringLiteral("OpportunityStage"),
                        kSystemColumns
                            + QStringList {QStringLiteral("ApiName"), QStringLiteral("MasterLabel"),
                                           QStringLiteral("IsActive"), QStringLiteral("IsClosed"),
                                           QStringLiteral("IsWon"), QStringLiteral("DefaultProbability"),
                                           QStringLiteral("ForecastCategory"), QStringLiteral("ForecastCategoryName"),
                                           QStringLiteral("SortOrder")});
        const QString created = RecordCodec::toStorageDateTime(midnight.addDays(-900));
        int order = 1;
        for (const StageInfo &s : standardStages()) {
            if (!stages.insert({nextId(QStringLiteral("01J")), 0, created, adminId, created, adminId, created,
                                s.apiName, s.apiName, 1, s.isClosed ? 1 : 0, s.isWon ? 1 : 0,
                                double(s.defaultProbability), s.forecastCategory, s.forecastCategoryName, order++}))
                return fail(stages, QStringLiteral("the opportunity stages"));
        }
        Inserter statuses(db, QStringLiteral("LeadStatus"),
                          kSystemColumns
                              + QStringList {QStringLiteral("ApiName"), QStringLiteral("MasterLabel"),
                                             QStringLiteral("IsDefault"), QStringLiteral("IsConverted"),
                                             QStringLiteral("SortOrder")});
        const QStringList names {QStringLiteral("Open - Not Contacted"), QStringLiteral("Working - Contacted"),
                                 QStringLiteral("Closed - Converted"), QStringLiteral("Closed - Not Converted")};
        for (int i = 0; i < names.size(); ++i) {
            if (!statuses.insert({nextId(QStringLiteral("01J")), 0, created, adminId, created, adminId, created,
                                  names.at(i), names.at(i), i == 0 ? 1 : 0, i == 2 ? 1 : 0, i + 1}))
                return fail(statuses, QStringLiteral("the lead statuses"));
        }
    }

    const int opportunities = qMax(0, options.opportunities);
    // No opportunities means an empty org (users, stages and statuses only): tests fill it by hand.
    const int accountCount = opportunities > 0 ? qMax(1, opportunities / 4) : 0;

    // --- Accounts ----------------------------------------------------------------------------
    struct AccountInfo
    {
        QString id;
        QString name;
        QString domain;
    };
    QList<AccountInfo> accounts;
    accounts.reserve(accountCount);
    {
        Inserter ins(db, QStringLiteral("Account"),
                     kSystemColumns
                         + QStringList {QStringLiteral("OwnerId"), QStringLiteral("Name"), QStringLiteral("Type"),
                                        QStringLiteral("Industry"), QStringLiteral("BillingCity"),
                                        QStringLiteral("BillingCountry"), QStringLiteral("Phone"),
                                        QStringLiteral("Website"), QStringLiteral("AnnualRevenue"),
                                        QStringLiteral("NumberOfEmployees"), QStringLiteral("Rating"),
                                        QStringLiteral("AccountNumber")});
        for (int i = 0; i < accountCount; ++i) {
            const QString stem = dice.pick(kCompanyStems);
            const QString kind = dice.pick(kCompanyKinds);
            const QString suffix = dice.pick(kCompanySuffixes);
            QString name
                = stem + QLatin1Char(' ') + kind + (suffix.isEmpty() ? QString() : QString(QLatin1Char(' ') + suffix));
            if (i >= kCompanyStems.size() * kCompanyKinds.size() / 2)
                name += QStringLiteral(" %1").arg(i / 100 + 1); // keep names mostly distinct in big orgs
            const QString domain = slug(stem) + slug(kind) + QStringLiteral(".example");
            const int city = dice.below(int(kCities.size()));
            const Stamp s = stamp(700);
            const QString id = nextId(QStringLiteral("001"));
            if (!ins.insert({id, 0, s.created, adminId, s.modified, adminId, s.modified,
                             owners.at(dice.below(int(owners.size()))), name, dice.pick(kAccountTypes),
                             dice.pick(kIndustries), kCities.at(city), kCountries.at(city),
                             QStringLiteral("+49 30 %1").arg(1000000 + dice.below(8999999)),
                             QString(QStringLiteral("https://www.") + domain), double((1 + dice.below(500)) * 100000),
                             5 + dice.below(20000), dice.pick(kRatings), QStringLiteral("AC-%1").arg(100000 + i)}))
                return fail(ins, QStringLiteral("the accounts"));
            accounts.append({id, name, domain});
        }
    }

    // --- Contacts (two per account on average) -----------------------------------------------------
    QList<QStringList> contactsByAccount(accountCount);
    {
        Inserter ins(db, QStringLiteral("Contact"),
                     kSystemColumns
                         + QStringList {QStringLiteral("OwnerId"), QStringLiteral("AccountId"),
                                        QStringLiteral("FirstName"), QStringLiteral("LastName"), QStringLiteral("Name"),
                                        QStringLiteral("Title"), QStringLiteral("Email"), QStringLiteral("Phone"),
                                        QStringLiteral("LeadSource"), QStringLiteral("MailingCity")});
        const int contactCount = accountCount > 0 ? qMax(1, opportunities / 2) : 0;
        for (int i = 0; i < contactCount; ++i) {
            const int a = i < accountCount ? i : dice.below(accountCount);
            const QString first = dice.pick(kFirstNames);
            const QString last = dice.pick(kLastNames);
            const Stamp s = stamp(600);
            const QString id = nextId(QStringLiteral("003"));
            const bool orphan = i >= accountCount && dice.chance(3); // a few private contacts
            if (!ins.insert({id, 0, s.created, adminId, s.modified, adminId, s.modified,
                             owners.at(dice.below(int(owners.size()))),
                             orphan ? QVariant() : QVariant(accounts.at(a).id), first, last,
                             QString(first + QLatin1Char(' ') + last), dice.pick(kTitles),
                             QString(slug(first) + QLatin1Char('.') + slug(last) + QString::number(i % 97)
                                     + QLatin1Char('@') + accounts.at(a).domain),
                             QStringLiteral("+44 20 7946 %1").arg(dice.below(10000), 4, 10, QLatin1Char('0')),
                             dice.pick(kLeadSources), dice.pick(kCities)}))
                return fail(ins, QStringLiteral("the contacts"));
            if (!orphan)
                contactsByAccount[a].append(id);
        }
    }

    // --- Opportunities and their contact roles ------------------------------------------------------
    {
        Inserter ins(
            db, QStringLiteral("Opportunity"),
            kSystemColumns
                + QStringList {QStringLiteral("OwnerId"), QStringLiteral("AccountId"), QStringLiteral("Name"),
                               QStringLiteral("StageName"), QStringLiteral("Amount"), QStringLiteral("Probability"),
                               QStringLiteral("ExpectedRevenue"), QStringLiteral("CloseDate"), QStringLiteral("Type"),
                               QStringLiteral("LeadSource"), QStringLiteral("IsClosed"), QStringLiteral("IsWon"),
                               QStringLiteral("ForecastCategoryName"), QStringLiteral("ForecastCategory"),
                               QStringLiteral("FiscalYear"), QStringLiteral("FiscalQuarter"),
                               QStringLiteral("HasOpportunityLineItem"), QStringLiteral("NextStep")});
        Inserter roles(db, QStringLiteral("OpportunityContactRole"),
                       kSystemColumns
                           + QStringList {QStringLiteral("OpportunityId"), QStringLiteral("ContactId"),
                                          QStringLiteral("Role"), QStringLiteral("IsPrimary")});
        const QList<StageInfo> &stages = standardStages();
        for (int i = 0; i < opportunities; ++i) {
            const int a = dice.below(accountCount);
            // Roughly: 60% open across the pipeline, 25% won, 15% lost.
            const int roll = dice.below(100);
            const StageInfo &stage = roll < 60 ? stages.at(dice.below(8)) : roll < 85 ? stages.at(8) : stages.at(9);
            const QDate close = stage.isClosed
                ? today.addDays(-dice.below(400))
                : today.addDays(dice.below(100) < 10 ? -dice.below(30) : dice.below(300));
            const double amount = double((5 + dice.below(4995)) * 100);
            const bool hasAmount = !dice.chance(4);
            const Stamp s = stamp(500);
            const QString id = nextId(QStringLiteral("006"));
            if (!ins.insert({id,
                             0,
                             s.created,
                             adminId,
                             s.modified,
                             adminId,
                             s.modified,
                             owners.at(dice.below(int(owners.size()))),
                             accounts.at(a).id,
                             QString(accounts.at(a).name + QStringLiteral(" — ") + dice.pick(kDeals)),
                             stage.apiName,
                             hasAmount ? QVariant(amount) : QVariant(),
                             double(stage.defaultProbability),
                             hasAmount ? QVariant(amount * stage.defaultProbability / 100.0) : QVariant(),
                             close.toString(Qt::ISODate),
                             dice.pick(kOppTypes),
                             dice.pick(kLeadSources),
                             stage.isClosed ? 1 : 0,
                             stage.isWon ? 1 : 0,
                             stage.forecastCategoryName,
                             stage.forecastCategory,
                             close.year(),
                             (close.month() - 1) / 3 + 1,
                             0,
                             stage.isClosed ? QVariant() : QVariant(QStringLiteral("Follow up call"))}))
                return fail(ins, QStringLiteral("the opportunities"));
            const QStringList &contacts = contactsByAccount.at(a);
            if (!contacts.isEmpty() && i % 2 == 0) {
                if (!roles.insert({nextId(QStringLiteral("00K")), 0, s.created, adminId, s.created, adminId, s.created,
                                   id, contacts.at(dice.below(int(contacts.size()))), dice.pick(kRoles), 1}))
                    return fail(roles, QStringLiteral("the opportunity contact roles"));
            }
        }
    }

    // --- Leads ------------------------------------------------------------------------------------
    {
        Inserter ins(db, QStringLiteral("Lead"),
                     kSystemColumns
                         + QStringList {QStringLiteral("OwnerId"), QStringLiteral("FirstName"),
                                        QStringLiteral("LastName"), QStringLiteral("Name"), QStringLiteral("Company"),
                                        QStringLiteral("Title"), QStringLiteral("Email"), QStringLiteral("Phone"),
                                        QStringLiteral("LeadSource"), QStringLiteral("Status"),
                                        QStringLiteral("Industry"), QStringLiteral("Rating"), QStringLiteral("City"),
                                        QStringLiteral("Country"), QStringLiteral("IsConverted"),
                                        QStringLiteral("NumberOfEmployees")});
        const QStringList statuses {QStringLiteral("Open - Not Contacted"), QStringLiteral("Working - Contacted"),
                                    QStringLiteral("Closed - Not Converted")};
        const int leadCount = opportunities > 0 ? qMax(1, opportunities / 2) : 0;
        for (int i = 0; i < leadCount; ++i) {
            const QString first = dice.pick(kFirstNames);
            const QString last = dice.pick(kLastNames);
            const QString company = dice.pick(kCompanyStems) + QLatin1Char(' ') + dice.pick(kCompanyKinds);
            const int city = dice.below(int(kCities.size()));
            const Stamp s = stamp(365);
            if (!ins.insert({nextId(QStringLiteral("00Q")),
                             0,
                             s.created,
                             adminId,
                             s.modified,
                             adminId,
                             s.modified,
                             owners.at(dice.below(int(owners.size()))),
                             first,
                             last,
                             QString(first + QLatin1Char(' ') + last),
                             company,
                             dice.pick(kTitles),
                             QString(slug(first) + QLatin1Char('.') + slug(last) + QLatin1Char('@') + slug(company)
                                     + QStringLiteral(".example")),
                             QStringLiteral("+1 512 555 %1").arg(dice.below(10000), 4, 10, QLatin1Char('0')),
                             dice.pick(kLeadSources),
                             statuses.at(dice.below(int(statuses.size()))),
                             dice.pick(kIndustries),
                             dice.pick(kRatings),
                             kCities.at(city),
                             kCountries.at(city),
                             0,
                             1 + dice.below(5000)}))
                return fail(ins, QStringLiteral("the leads"));
        }
    }
    // The index builds that follow sort in runs of the cache's size: runs that fit the CPU's
    // caches and are merged afterwards cost less than one list of a million keys.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -8000"));
    return true;
}

} // namespace hilal::emulator
