#ifndef TRACKER_CSQLITE_SHIM_H
#define TRACKER_CSQLITE_SHIM_H

#include <sqlite3.h>

/// sqlite3_db_config is variadic, which Swift cannot call; these wrappers
/// give each option we use a fixed signature.
static inline int csqlite_db_config_int(sqlite3 *db, int op, int value, int *result) {
    return sqlite3_db_config(db, op, value, result);
}

/// sqlite3_config is variadic as well. It works only before SQLite
/// initializes (the first open); afterwards it returns SQLITE_MISUSE.
static inline int csqlite_config_statement_journal_spill(int bytes) {
    return sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, bytes);
}

/// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift
/// does not import; SQLite copies the bytes before the bind call returns.
static inline sqlite3_destructor_type csqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

#endif
