#ifndef TRACKER_CLIBPQ_SHIM_H
#define TRACKER_CLIBPQ_SHIM_H

// The header from libpq-dev (Debian puts it under postgresql/).
#include <postgresql/libpq-fe.h>
#include <dlfcn.h>
#include <stddef.h>

/// The PG_DIAG_* field codes are character-literal macros, which Swift does
/// not import; these constants give the ones PostgresKit reads a name.
static const int clibpq_diag_sqlstate = PG_DIAG_SQLSTATE;
static const int clibpq_diag_message_primary = PG_DIAG_MESSAGE_PRIMARY;
static const int clibpq_diag_message_hint = PG_DIAG_MESSAGE_HINT;
static const int clibpq_diag_constraint_name = PG_DIAG_CONSTRAINT_NAME;
static const int clibpq_diag_table_name = PG_DIAG_TABLE_NAME;
static const int clibpq_diag_column_name = PG_DIAG_COLUMN_NAME;

/// libpq is opened when the first PostgreSQL connection is made, not
/// linked: linked, it and the two dozen libraries it needs (TLS, Kerberos,
/// LDAP) would be loaded at every start of tracker, which mostly works on
/// an SQLite file. The module map therefore links nothing, and every libpq
/// function PostgresKit calls goes through a clibpq_ wrapper below that
/// finds it on first use.
static inline void *clibpq_library(void) {
    static void *handle;
    void *loaded = __atomic_load_n(&handle, __ATOMIC_ACQUIRE);
    if (loaded == NULL) {
        loaded = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
        if (loaded != NULL) __atomic_store_n(&handle, loaded, __ATOMIC_RELEASE);
    }
    return loaded;
}

/// Whether libpq could be opened (the libpq5 package is installed).
static inline int clibpq_available(void) { return clibpq_library() != NULL; }

/// Why libpq could not be opened, or NULL.
static inline const char *clibpq_load_error(void) { return clibpq_library() == NULL ? dlerror() : NULL; }

static inline void *clibpq_symbol(const char *name) {
    void *library = clibpq_library();
    return library == NULL ? NULL : dlsym(library, name);
}

// One wrapper per function: the address is looked up once and kept.
// Callers check clibpq_available() before the first call (PostgresConnection does).
#define CLIBPQ_WRAP(result, name, parameters, arguments) \
    static inline result clibpq_##name parameters { \
        static result (*function) parameters; \
        result (*found) parameters = __atomic_load_n(&function, __ATOMIC_ACQUIRE); \
        if (found == NULL) { \
            found = (result (*) parameters)clibpq_symbol(#name); \
            __atomic_store_n(&function, found, __ATOMIC_RELEASE); \
        } \
        return found arguments; \
    }

CLIBPQ_WRAP(PGconn *, PQconnectdb, (const char *conninfo), (conninfo))
CLIBPQ_WRAP(ConnStatusType, PQstatus, (const PGconn *conn), (conn))
CLIBPQ_WRAP(void, PQfinish, (PGconn *conn), (conn))
CLIBPQ_WRAP(char *, PQerrorMessage, (const PGconn *conn), (conn))
CLIBPQ_WRAP(PQnoticeProcessor, PQsetNoticeProcessor, (PGconn *conn, PQnoticeProcessor proc, void *arg), (conn, proc, arg))
CLIBPQ_WRAP(int, PQsetClientEncoding, (PGconn *conn, const char *encoding), (conn, encoding))
CLIBPQ_WRAP(PQconninfoOption *, PQconninfoParse, (const char *conninfo, char **errmsg), (conninfo, errmsg))
CLIBPQ_WRAP(void, PQconninfoFree, (PQconninfoOption *options), (options))
CLIBPQ_WRAP(void, PQfreemem, (void *ptr), (ptr))
CLIBPQ_WRAP(PGresult *, PQexec, (PGconn *conn, const char *query), (conn, query))
CLIBPQ_WRAP(PGresult *, PQexecParams,
            (PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues,
             const int *paramLengths, const int *paramFormats, int resultFormat),
            (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))
CLIBPQ_WRAP(void, PQclear, (PGresult *res), (res))
CLIBPQ_WRAP(ExecStatusType, PQresultStatus, (const PGresult *res), (res))
CLIBPQ_WRAP(char *, PQresultErrorField, (const PGresult *res, int fieldcode), (res, fieldcode))
CLIBPQ_WRAP(char *, PQcmdTuples, (PGresult *res), (res))
CLIBPQ_WRAP(int, PQntuples, (const PGresult *res), (res))
CLIBPQ_WRAP(int, PQnfields, (const PGresult *res), (res))
CLIBPQ_WRAP(char *, PQfname, (const PGresult *res, int field_num), (res, field_num))
CLIBPQ_WRAP(Oid, PQftype, (const PGresult *res, int field_num), (res, field_num))
CLIBPQ_WRAP(char *, PQgetvalue, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
CLIBPQ_WRAP(int, PQgetisnull, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
CLIBPQ_WRAP(int, PQgetlength, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
CLIBPQ_WRAP(PGTransactionStatusType, PQtransactionStatus, (const PGconn *conn), (conn))
CLIBPQ_WRAP(int, PQserverVersion, (const PGconn *conn), (conn))

#undef CLIBPQ_WRAP

#endif
