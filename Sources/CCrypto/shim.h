#ifndef TRACKER_CCRYPTO_SHIM_H
#define TRACKER_CCRYPTO_SHIM_H

/// OpenSSL's libcrypto, for SHA-256 only (the EVP interface: the
/// SHA256_* functions are deprecated in OpenSSL 3). It picks the fastest
/// code the processor has (SHA extensions, AVX2) when the library loads.
#include <openssl/evp.h>

#endif
