#ifndef TRACKER_CLIBCRYPTO_SHIM_H
#define TRACKER_CLIBCRYPTO_SHIM_H

#include <dlfcn.h>
#include <stddef.h>

/// The system's SHA-256 (OpenSSL's libcrypto, which libpq5 already brings),
/// for the work that hashes millions of audit entries: `tracker check`
/// verifies every link of the chain, an import writes one per row. OpenSSL
/// uses the CPU's SHA instructions where it has them, several times the
/// speed of SQLCore's portable Swift SHA-256, which stays the fallback and
/// the reference the two are tested against.
///
/// Opened with dlopen, not linked, and only by the callers that ask for it
/// (SHA256.preferSystemLibrary()): a command that hashes a handful of
/// entries should not pay for loading a 4.5 MB library at every start.
/// No header from libssl-dev is needed: the three functions' signatures are
/// stable since OpenSSL 0.9.8, and the context is an opaque buffer larger
/// than OpenSSL's SHA256_CTX (112 bytes).
static inline void *clibcrypto_library(void) {
    static void *handle;
    void *loaded = __atomic_load_n(&handle, __ATOMIC_ACQUIRE);
    if (loaded == NULL) {
        loaded = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
        if (loaded == NULL) loaded = dlopen("libcrypto.so.1.1", RTLD_NOW | RTLD_LOCAL);
        if (loaded != NULL) __atomic_store_n(&handle, loaded, __ATOMIC_RELEASE);
    }
    return loaded;
}

typedef int (*clibcrypto_sha256_init_t)(void *context);
typedef int (*clibcrypto_sha256_update_t)(void *context, const void *data, size_t length);
typedef int (*clibcrypto_sha256_final_t)(unsigned char *digest, void *context);

/// The SHA-256 of `length` bytes at `data` written to the 32 bytes at
/// `digest`: 1 when done, 0 when libcrypto (or one of its functions) is missing.
static inline int clibcrypto_sha256(const void *data, size_t length, unsigned char *digest) {
    static clibcrypto_sha256_init_t init;
    static clibcrypto_sha256_update_t update;
    static clibcrypto_sha256_final_t final;
    clibcrypto_sha256_final_t found = __atomic_load_n(&final, __ATOMIC_ACQUIRE);
    if (found == NULL) {
        void *library = clibcrypto_library();
        if (library == NULL) return 0;
        clibcrypto_sha256_init_t i = (clibcrypto_sha256_init_t)dlsym(library, "SHA256_Init");
        clibcrypto_sha256_update_t u = (clibcrypto_sha256_update_t)dlsym(library, "SHA256_Update");
        found = (clibcrypto_sha256_final_t)dlsym(library, "SHA256_Final");
        if (i == NULL || u == NULL || found == NULL) return 0;
        __atomic_store_n(&init, i, __ATOMIC_RELEASE);
        __atomic_store_n(&update, u, __ATOMIC_RELEASE);
        __atomic_store_n(&final, found, __ATOMIC_RELEASE);
    }
    _Alignas(16) unsigned char context[256];
    clibcrypto_sha256_init_t i = __atomic_load_n(&init, __ATOMIC_ACQUIRE);
    clibcrypto_sha256_update_t u = __atomic_load_n(&update, __ATOMIC_ACQUIRE);
    if (!i(context) || !u(context, data, length) || !found(digest, context)) return 0;
    return 1;
}

#endif
