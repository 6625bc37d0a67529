#include "emulator/store/sqlite_api.h"

#include <QSqlDriver>
#include <QVariant>

#include <dlfcn.h>

namespace hilal::emulator {

namespace {

template<typename Fn> void bind(void *lib, Fn &fn, const char *name)
{
    fn = reinterpret_cast<Fn>(dlsym(lib, name));
}

} // namespace

const SqliteApi &SqliteApi::get()
{
    static const SqliteApi a = [] {
        SqliteApi r;
        void *lib = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
        if (!lib)
            return r;
        bind(lib, r.createCollation, "sqlite3_create_collation");
        bind(lib, r.createFunction, "sqlite3_create_function");
        bind(lib, r.valueText16, "sqlite3_value_text16");
        bind(lib, r.valueBytes16, "sqlite3_value_bytes16");
        bind(lib, r.valueType, "sqlite3_value_type");
        bind(lib, r.resultInt, "sqlite3_result_int");
        bind(lib, r.resultNull, "sqlite3_result_null");
        bind(lib, r.prepare, "sqlite3_prepare_v2");
        bind(lib, r.step, "sqlite3_step");
        bind(lib, r.finalize, "sqlite3_finalize");
        bind(lib, r.columnType, "sqlite3_column_type");
        bind(lib, r.columnText, "sqlite3_column_text");
        bind(lib, r.columnBytes, "sqlite3_column_bytes");
        bind(lib, r.columnInt64, "sqlite3_column_int64");
        bind(lib, r.columnDouble, "sqlite3_column_double");
        bind(lib, r.errmsg, "sqlite3_errmsg");
        return r;
    }();
    return a;
}

bool SqliteApi::ok() const
{
    return createCollation && createFunction && valueText16 && valueBytes16 && valueType && resultInt && resultNull
        && prepare && step && finalize && columnType && columnText && columnBytes && columnInt64 && columnDouble
        && errmsg;
}

sqlite3 *SqliteApi::connection(const QSqlDatabase &db)
{
    if (!get().ok() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace hilal::emulator
