#ifndef TRACKER_CZLIB_SHIM_H
#define TRACKER_CZLIB_SHIM_H

#include <zlib.h>

/// deflateInit2 and inflateInit2 are macros (they pass the library version
/// and the stream size), which Swift does not import; these wrappers give
/// the raw-deflate form ZIP uses (negative window bits: no zlib header).
static inline int czlib_deflate_init_raw(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}

static inline int czlib_inflate_init_raw(z_streamp stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

#endif
